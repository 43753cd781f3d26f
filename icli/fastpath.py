"""The console-script entry point, with a shortcut for plain queries.

Importing Typer (and the Click inside it) takes longer than most queries themselves: about
35 ms of a 100 ms `icli list`. An invocation of a query command that uses only its documented
options, each once, in their plain forms (`--limit 5`, `--limit=5`, `--json`) is parsed here
and run by the same functions the Typer commands call (`icli.commands`); `icli --help` is
printed from a copy of Typer's. Anything else, from a command's `--help` to a typo, goes to the
Typer CLI, which answers exactly as it always does.
`tests/test_fastpath.py` checks this table against the Typer commands and compares outputs.
"""

from __future__ import annotations

import os
import sys
from collections import namedtuple

_FILTERS = ("--since", "--until", "--person", "--country", "--partner", "--language", "--limit")
_SUMMARY = (*_FILTERS[:-1], "--top")
_FORMATS = ("--json", "--jsonl", "--csv", "--table")
_ENTITY_KINDS = {"who": "person", "country": "country", "partner": "partner",
                 "people": "person", "countries": "country", "partners": "partner"}


# A command's shape: how many arguments, which options take a value, which are flags.
Spec = namedtuple("Spec", "arguments values flags", defaults=(_FORMATS,))


COMMANDS: dict[str, Spec] = {
    "list": Spec(0, _FILTERS),
    "search": Spec(1, _FILTERS),
    "who": Spec(1, _FILTERS),
    "country": Spec(1, _FILTERS),
    "partner": Spec(1, _FILTERS),
    "people": Spec(0, (*_FILTERS, "--sort")),
    "countries": Spec(0, (*_FILTERS, "--sort")),
    "partners": Spec(0, (*_FILTERS, "--sort")),
    "summary": Spec(0, _SUMMARY, ("--json", "--table")),
}
GLOBAL_VALUES = ("--db",)

# `icli --help` as the Typer CLI prints it where Click formats help at its widest (a terminal of
# 80 columns or more, or no terminal), without importing Typer; test_fastpath compares the two.
TOP_HELP = """\
Usage: icli [OPTIONS] COMMAND [ARGS]...

  Turn plain-text dumps of ICESCO news pages into a searchable local archive.

Options:
  --db <path>  Database file [default: $ICLI_DB, else icli.db in the app dir].
  --version    Show the version.
  -h, --help   Show this message and exit.

Commands:
  ingest     Parse dumps into articles and store them (re-ingesting is...
  list       List articles, newest first.
  search     Full-text search, best match first (title matches rank above...
  show       Show one article in full.
  who        Articles mentioning a person (any spelling), with their...
  people     People with their aliases, roles and article counts...
  country    Articles mentioning a country, by name, formal name, demonym...
  countries  Countries with article counts.
  partner    Articles naming a partner organization, by name or acronym.
  partners   Partner organizations with article counts.
  summary    Articles per month, the date range, the top people,...
  network    Who appears with whom: pairs of entities named in the same...
  export     Export the filtered articles with their entities.
"""
DEFAULTS = {"--limit": 50, "--sort": "count", "--top": 10}


# What parse() read: the command, --db, its arguments, options with values, flags given.
Invocation = namedtuple("Invocation", "command db arguments values flags")


def parse(argv: list[str]) -> Invocation | None:
    """The invocation, when argv is a plain query this module can run; else None."""
    globals_: dict[str, str] = {}
    rest = _options(argv, GLOBAL_VALUES, (), globals_, set(), stop_at_argument=True)
    if rest is None or not rest or rest[0] not in COMMANDS:
        return None
    command, spec = rest[0], COMMANDS[rest[0]]
    values: dict[str, str] = {}
    flags: set[str] = set()
    arguments = _options(rest[1:], spec.values, spec.flags, values, flags)
    if arguments is None or len(arguments) != spec.arguments:
        return None
    if not all(_is_int(values[name]) for name in ("--limit", "--top") if name in values):
        return None  # Typer words that error
    db = globals_.get("--db")
    if db is not None and not _as_pathlib_writes_it(db):
        return None  # Typer's Path would print it otherwise (in messages)
    return Invocation(command, db, arguments, values, flags)


def _as_pathlib_writes_it(path: str) -> bool:
    """Whether str(Path(path)) == path: then the path is used as given, without importing
    pathlib (5 ms of a query's start)."""
    if os.sep != "/":
        return False
    if path in (".", "/"):
        return True
    parts = path.split("/")
    return all(part not in ("", ".") for part in parts[path.startswith("/"):])


def _options(tokens: list[str], takes_value: tuple[str, ...], flags_allowed: tuple[str, ...],
             values: dict[str, str], flags: set[str],
             stop_at_argument: bool = False) -> list[str] | None:
    """Read options into `values`/`flags`; the arguments left (from the first one on, with
    `stop_at_argument`), or None for anything this module leaves to Typer."""
    arguments: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if not token.startswith("-") or token == "-":
            if stop_at_argument:
                return tokens[index:]
            arguments.append(token)
        elif token in flags_allowed and token not in flags:
            flags.add(token)
        else:
            name, equals, value = token.partition("=")
            if name not in takes_value or name in values:
                return None  # unknown, repeated, --help, --, a flag with a value...
            if not equals:
                index += 1
                if index == len(tokens) or tokens[index].startswith("-"):
                    return None
                value = tokens[index]
            values[name] = value
        index += 1
    return arguments


def _is_int(text: str) -> bool:
    try:
        int(text)
    except ValueError:
        return False
    return True


def run(invocation: Invocation) -> None:
    """Run a parsed query with the functions behind the Typer commands."""
    from icli import commands

    values, flags = invocation.values, invocation.flags
    command, db = invocation.command, invocation.db
    chosen = commands.filters(
        values.get("--since"), values.get("--until"), values.get("--person"),
        values.get("--country"), values.get("--partner"), values.get("--language"),
        0 if command == "summary" else int(values.get("--limit", DEFAULTS["--limit"])),
    )
    formats = [name in flags for name in _FORMATS]
    if command == "summary":
        commands.summary(db, chosen, int(values.get("--top", DEFAULTS["--top"])),
                         "--json" in flags, "--table" in flags)
    elif command == "list":
        commands.list_articles(db, chosen, *formats)
    elif command == "search":
        commands.search(db, invocation.arguments[0], chosen, *formats)
    elif COMMANDS[command].arguments:
        commands.entity_articles(db, _ENTITY_KINDS[command], invocation.arguments[0], chosen,
                                 *formats)
    else:
        commands.entity_list(db, _ENTITY_KINDS[command], chosen, values.get("--sort", DEFAULTS["--sort"]),
                             *formats)


def _help_as_typer_prints_it() -> bool:
    """Whether TOP_HELP is what Typer would print here: the program is called `icli` (not
    `python -m icli`) and Click would format help 78 columns wide."""
    import os
    import shutil

    if getattr(sys.modules.get("__main__"), "__package__", None):
        return False
    return (os.path.basename(sys.argv[0]) == "icli"
            and shutil.get_terminal_size().columns >= 80)


def main() -> None:
    """Console-script entry point: plain queries here, everything else through Typer; a bug
    still ends in one line, not a traceback."""
    if sys.argv[1:] in (["--help"], ["-h"]) and _help_as_typer_prints_it():
        sys.stdout.write(TOP_HELP)
        return
    invocation = parse(sys.argv[1:])
    if invocation is None:
        from icli.cli import main as typer_main

        typer_main()
        return
    try:
        run(invocation)
        sys.stdout.flush()
    except BrokenPipeError:  # `icli list | head`: as the Typer CLI does
        sys.stderr.close()
        sys.exit(1)
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        sys.exit(1)
    except Exception as error:  # noqa: BLE001 - the last line of defence
        sys.stderr.write(f"icli: internal error: {type(error).__name__}: {error}\n")
        sys.exit(1)
