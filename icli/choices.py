"""The choices icli's command line offers, each defined once: the help and metavars
(`icli.cli.app`), the checks (`icli.cli.request`), shell completion (`icli.cli.complete`), the
store's SQL order maps (keyed by these names) and the generated command reference derive from
them; tests/test_choices.py fails when one is written out anywhere else.

Plain constants: any layer may import it, and it costs a query's start-up nothing measurable.
"""

from __future__ import annotations

LANGUAGES = ("en", "fr", "ar")  # --language, --prefer; also the order versions are listed in

# Output formats, each a flag (--json, --jsonl, --csv, --tsv, --table; `show --text`).
OUTPUT_FORMATS = ("json", "jsonl", "csv", "tsv", "table", "text")

# Sort orders (--sort).
OLDEST = "date"
NEWEST = "-date"
BEST = "score"
MOST = "count"
BY_NAME = "name"
LATEST = "latest"
FIRST = "first"
ARTICLE_SORTS = (OLDEST, NEWEST)  # list, who, country, partner, export
SEARCH_SORTS = (BEST, OLDEST, NEWEST)
ENTITY_SORTS = (MOST, BY_NAME, LATEST, FIRST)  # people, countries, partners

# Entity kinds, the commands that read one entity's articles, and those that list a kind.
ENTITY_KINDS = ("person", "country", "partner")
ENTITY_COMMANDS = dict(zip(("who", "country", "partner"), ENTITY_KINDS))
LIST_COMMANDS = dict(zip(("people", "countries", "partners"), ENTITY_KINDS))

# --sort's choices and default by command (ARTICLE_SORTS and NEWEST for the others).
SORTS = {"search": SEARCH_SORTS, **dict.fromkeys(LIST_COMMANDS, ENTITY_SORTS)}
DEFAULT_SORTS = {"search": BEST, **dict.fromkeys(LIST_COMMANDS, MOST)}

# --format of the commands that export (network has no default).
DEFAULT_EXPORT = "jsonl"
EXPORT_FORMATS = {"network": ("graphml", "json"), "export": (DEFAULT_EXPORT, "csv", "markdown")}

SHELLS = ("bash", "zsh", "fish")  # icli completion SHELL
DEFAULT_LIMIT = 50  # a table's page when --limit is not given; machine formats are whole
DEFAULT_TOP = 10  # summary --top: how many top people, countries and partners
SERVE_HOST = "127.0.0.1"  # serve --host: this machine only
SERVE_PORT = 8001  # serve --port: Datasette's


def sorts(command: str) -> tuple[str, ...]:
    """The --sort choices of `command`."""
    return SORTS.get(command, ARTICLE_SORTS)


def default_sort(command: str) -> str:
    """The order `command` lists in when --sort is not given."""
    return DEFAULT_SORTS.get(command, NEWEST)


def metavar(choices: tuple[str, ...], sep: str = "|") -> str:
    """Choices as a help placeholder: `en|fr|ar`."""
    return sep.join(choices)


def in_words(choices: tuple[str, ...]) -> str:
    """Choices as prose: `bash, zsh or fish`."""
    return f"{', '.join(choices[:-1])} or {choices[-1]}" if len(choices) > 1 else choices[0]
