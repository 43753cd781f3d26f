"""The `icli` command line, declared once with Typer.

Each command is a declaration: its arguments and docstring, plus groups of shared options
(filters, paging, output formats) added by `command()`. Every command runs the same way: its
parameters become a checked `request.Query` and `commands.run` does the work. `icli.cli.main` runs
this app (and, for plain invocations, a shortcut generated from it: `shortcut_spec()`).
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Annotated, Any, Optional

import typer
from typer.core import TyperCommand

from icli import __version__
from icli.choices import (
    ARTICLE_SORTS,
    DEFAULT_EXPORT,
    DEFAULT_LIMIT,
    DEFAULT_TOP,
    ENTITY_SORTS,
    EXPORT_FORMATS,
    LANGUAGES,
    SEARCH_SORTS,
    SERVE_HOST,
    SERVE_PORT,
    SHELLS,
    default_sort,
    in_words,
    metavar,
)
from icli.cli import commands, request
from icli.cli.shortcut import SPEC_FILE
from icli.errors import ReaderGone

app = typer.Typer(
    help="Turn plain-text dumps of ICESCO news pages into a searchable local archive.",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=False,  # icli's own: `icli completion SHELL` (icli.cli.complete)
    context_settings={"help_option_names": ["-h", "--help"]},
)

Db = Annotated[Optional[str], typer.Option(
    "--db", metavar="PATH",
    help="Database file, before or after the command [default: $ICLI_DB, else icli.db in the "
         "user data directory; `icli path` shows it].")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"icli {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    db: Db = None,
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Show the version.")] = False,
) -> None:
    """icli: ingest ICESCO news dumps, then search them by text, person, country or partner."""


# --- shared options: each declared here once ---------------------------------------------------

Group = dict[str, tuple[Any, Any]]  # parameter name -> (annotation, default)


def _integer(value: Any) -> int:
    """An integer option or argument as typed; anything else is a usage error in icli's words
    (Typer's own check words it as pydantic does)."""
    try:
        return int(value)
    except ValueError:
        raise typer.BadParameter(f"not an integer: {value!r}") from None


def _article_id(value: Any) -> int:
    """An article's id as typed: its number, or "#" and its number as `show` heads it ("#12")."""
    try:
        return int(value[1:] if isinstance(value, str) and value.startswith("#") else value)
    except ValueError:
        raise typer.BadParameter(f"not an article id: {value!r}") from None


def _names_option(what: str) -> Any:
    return Annotated[Optional[list[str]], typer.Option(
        metavar="NAME", help=f"Only articles {what} (any form of the name; repeat for any of "
                             "several).")]


def _flag(*names: str, help: str) -> tuple[Any, Any]:
    return Annotated[bool, typer.Option(*names, help=help)], False


FILTERS: Group = {
    "since": (Annotated[Optional[str], typer.Option(
        metavar="DATE", help="Only articles on or after DATE: 2026-01-15, 2026-01 (from 1 Jan), "
                             "2026, 'January 2026', '2 months ago'.")], None),
    "until": (Annotated[Optional[str], typer.Option(
        metavar="DATE", help="Only articles on or before DATE (2026-01 = to 31 Jan).")], None),
    "person": (_names_option("mentioning this person"), None),
    "country": (_names_option("mentioning this country"), None),
    "partner": (_names_option("naming this partner"), None),
    "language": (Annotated[Optional[list[str]], typer.Option(
        metavar=metavar(LANGUAGES),
        help="Only articles in this language (repeat for any of several).")],
        None),
    "all": _flag("--all", help="A name that is part of several entities' names means all of "
                               "them (without it: their list, exit 1)."),
}
def _paging(default: str) -> Group:
    """--limit (its default as `default` says) and --offset."""
    return {
        "limit": (Annotated[Optional[int], typer.Option(
            "--limit", "-n", metavar="N", parser=_integer,
            help=f"At most N results [default: {default}; 0 = no limit].")], None),
        "offset": (Annotated[int, typer.Option(
            metavar="N", parser=_integer, help="Skip the first N results.")], 0),
    }


PAGING = _paging(f"{DEFAULT_LIMIT} in a table, all in JSON, JSON lines, CSV and TSV")
WHOLE = _paging("all")


def _fields(example: str) -> Group:
    """--fields, its help giving `example`, fields the command's rows have."""
    return {"fields": (Annotated[Optional[str], typer.Option(
        metavar="a,b,c", help=f"Keep only these fields in machine output (e.g. {example}); not in tables.")],
        None)}


def _rows(example: str) -> Group:
    """The output formats of a command listing rows, and --fields (its help giving `example`)."""
    return {
        "json": _flag("--json", help="One JSON array (the default when piped)."),
        "jsonl": _flag("--jsonl", "--nl", help="One JSON object per line."),
        "csv": _flag("--csv", help="CSV with a header row."),
        "tsv": _flag("--tsv", help="Tab-separated values with a header row."),
        "table": _flag("--table", help="A table, even when piped."),
        **_fields(example),
    }


FIELDS = _fields("id,title,date")  # an article's
ROWS = _rows("id,title,date")  # articles'


ITEMS: Group = {
    "per_item": _flag("--per-item", help="One article per news item (its versions in other "
                                         "languages left out), saying how many versions it has."),
    "prefer": (Annotated[Optional[str], typer.Option(
        metavar=metavar(LANGUAGES, ","),
        help="With --per-item, the version to keep: the first of these languages that the item "
             f"has [default: {metavar(LANGUAGES, ',')}].")], None),
}


def _sort(choices: tuple[str, ...], default: str) -> Group:
    """--sort among `choices` (`default`: the default, said how it orders)."""
    return {"sort": (Annotated[Optional[str], typer.Option(
        metavar=metavar(choices), help=f"Order [default: {default}].")], None)}


ARTICLE_SORT = _sort(ARTICLE_SORTS, f"{default_sort('list')}, newest first")
DB: Group = {"db": (Db, None)}


class _Command(TyperCommand):
    """Help that names arguments by their placeholder alone (`QUERY`, not `{QUERY}` or
    `QUERY <str>`).

    The two overrides take typer.Context: the base classes name the Context of the click that
    Typer vendors privately, which icli does not import (hence their `type: ignore[override]`)."""

    def _arguments(self, ctx: typer.Context) -> list[Any]:
        return [p for p in self.get_params(ctx) if p.param_type_name == "argument"]

    def collect_usage_pieces(self, ctx: typer.Context) -> list[str]:  # type: ignore[override]
        return ["[OPTIONS]", *(f"{p.metavar or p.name.upper()}{'...' if p.nargs != 1 else ''}"
                               for p in self._arguments(ctx))]

    def format_options(self, ctx: typer.Context, formatter: Any) -> None:  # type: ignore[override]
        arguments = [(p.metavar or p.name.upper(), p.help or "") for p in self._arguments(ctx)]
        options = [record for p in self.get_params(ctx) if p.param_type_name == "option"
                   and (record := p.get_help_record(ctx)) is not None]
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


def command(name: str, *groups: Group) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register a declaration as the command `name`: its own parameters and docstring, then
    the shared option groups and --db; running it builds a Query and calls commands.run."""

    def register(declaration: Callable[..., None]) -> Callable[..., None]:
        def run(ctx: typer.Context, **params: Any) -> None:
            params["db"] = params.get("db") or ctx.find_root().params.get("db")
            env = ctx.obj if isinstance(ctx.obj, request.Env) else request.Env()
            try:
                code = commands.run(request.build(name, params), env)
                env.stdout.flush()
            except BrokenPipeError:
                raise ReaderGone from None
            if code:
                raise typer.Exit(int(code))

        shared = [inspect.Parameter(key, inspect.Parameter.KEYWORD_ONLY, annotation=annotation,
                                    default=default)
                  for group in (*groups, DB) for key, (annotation, default) in group.items()]
        own = inspect.signature(declaration, eval_str=True).parameters.values()
        context = inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                    annotation=typer.Context)
        # Typer reads a command's parameters from inspect.signature(), which honours
        # __signature__: one generic `run` gets the declaration's own parameters plus the
        # shared groups, so each option is declared once and every command runs the same way.
        # (a function declares no __signature__ attribute, hence the ignore)
        run.__signature__ = inspect.Signature([context, *own, *shared])  # type: ignore[attr-defined]
        run.__doc__ = declaration.__doc__
        app.command(name, cls=_Command)(run)
        return declaration

    return register


def _entity_name(kind: str) -> Any:
    return Annotated[list[str], typer.Argument(
        metavar="NAME",
        help="Any form of the name, or part of it (a few letters suggest names); several "
             "words are one name.")]


# --- commands ------------------------------------------------------------------------------------


@command("ingest")
def ingest(
    paths: Annotated[list[str], typer.Argument(
        metavar="PATH", help="Dump files, directories (*.txt, recursively) or - for stdin.")],
    name: Annotated[Optional[str], typer.Option(
        metavar="NAME", help="The source name for stdin [default: <stdin:HASH> of its content].")
    ] = None,
    json: Annotated[bool, typer.Option("--json", help="One JSON object: the report.")] = False,
) -> None:
    """Parse dumps into articles and store them (re-ingesting is safe).

    Example: icli ingest data/dumps
    """


@command("list", FILTERS, ITEMS, PAGING, ARTICLE_SORT, ROWS)
def list_() -> None:
    """List articles, newest first.

    Example: icli list --since 2026-02-10 --until 2026-02-18
    """


@command("search", FILTERS, ITEMS, PAGING,
         _sort(SEARCH_SORTS, f"{default_sort('search')}, best first"), ROWS)
def search(
    query: Annotated[list[str], typer.Argument(
        metavar="QUERY", help="What to search for; several words are one query.")],
) -> None:
    """Full-text search, best match first (title matches rank above body matches).

    QUERY is words (all must match), "a phrase" in quotes, a prefix* (Kaz* finds Kazakhstan
    and Kazan; a * only ends a word), OR and NOT between terms (Oman OR Syria, heritage NOT museum; a leading -
    is NOT: heritage -museum), and title:word for words in titles only. Punctuation FTS5 cannot read (d'Ivoire, MoU:) is searched as the
    words it holds; NOT or AND with no term on a side, unmatched parentheses or an unknown
    column is an error. A name particle joined, hyphenated or apart is one name: AlMalik,
    Al-Malik and Al Malik (and عبدالله, عبد الله) find the same articles.

    Example: icli search '"cultural heritage" OR title:Kazakhstan' --since 2026
    """


@command("show", FIELDS)
def show(
    ids: Annotated[list[int], typer.Argument(metavar="ID", parser=_article_id,
                                             help="Article ids (12 or #12).")],
    json: Annotated[bool, typer.Option(
        "--json", help="One JSON object (an array for several IDs); the default when piped.")
    ] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", "--nl", help="One JSON object per line.")
                     ] = False,
    text: Annotated[bool, typer.Option(
        "--text", "--table", help="Readable text, even when piped.")] = False,
    versions: Annotated[bool, typer.Option(
        "--versions", help="Each article with its versions in other languages, side by side "
                           "(JSON: the article, then its versions).")] = False,
    why: Annotated[bool, typer.Option(
        "--why", help="For the date and each person, country and partner, the rule that "
                      "found it and the words it matched (JSON: a \"why\" list).")] = False,
    shared: Annotated[bool, typer.Option(
        "--shared", help="What each article shares with its versions (people, countries, "
                         "partners, numbers, the day), the evidence they were linked on "
                         "(JSON: a \"shared\" list).")] = False,
) -> None:
    """Show articles in full (on a terminal, with the languages they are also in).

    Example: icli show 12 14 --text | less
    """


ENTITIES = (
    ("person", "who", "people",
     "Articles mentioning a person (any spelling or script), with their profile on a terminal.",
     "icli who AlMalik --since 2026-01",
     "People with their aliases, roles and article counts.", "icli people --since 2026 --sort latest"),
    ("country", "country", "countries",
     "Articles mentioning a country, by name, formal name, demonym or ISO code.",
     "icli country Kazakh   (as KAZ or 'Republic of Kazakhstan')",
     "Countries with article counts.", "icli countries --person AlMalik"),
    ("partner", "partner", "partners",
     "Articles naming a partner organization, by name or acronym.",
     "icli partner AOU   (as 'Arab Open University')",
     "Partner organizations with article counts.", "icli partners --country Kuwait"),
)


def _entity_commands(kind: str, one: str, many: str, about: str, example: str,
                     list_about: str, list_example: str) -> None:
    """Declare `icli <one> NAME` (articles naming the entity) and `icli <many>` (the list)."""

    def articles(name_: list[str]) -> None: ...

    # The NAME argument's Typer declaration is set as the annotation here; command() reads it
    # through inspect.signature.
    articles.__annotations__["name_"] = _entity_name(kind)
    articles.__doc__ = f"{about}\n\nExample: {example}"
    command(one, FILTERS, ITEMS, PAGING, ARTICLE_SORT, ROWS)(articles)

    def entities() -> None: ...

    entities.__doc__ = f"{list_about}\n\nExample: {list_example}"
    command(many, FILTERS, PAGING, _sort(ENTITY_SORTS, default_sort(many)),
            _rows("id,name,articles"))(entities)


for _entity in ENTITIES:
    _entity_commands(*_entity)


@command("summary", FILTERS)
def summary(
    top: Annotated[int, typer.Option(
        metavar="N", parser=_integer, help="How many top people, countries and partners (0: none).")] = DEFAULT_TOP,
    json: Annotated[bool, typer.Option(
        "--json", help="One JSON object (the default when piped).")] = False,
    table: Annotated[bool, typer.Option("--table", help="The chart and tables, even when piped.")
                     ] = False,
) -> None:
    """Articles per month (a run of three or more empty months is one line), the date range,
    the top people, countries and partners.

    Example: icli summary --country Azerbaijan
    """


@command("network", FILTERS, PAGING, _rows("source,target,articles"))
def network(
    format: Annotated[Optional[str], typer.Option(
        "--format", metavar=metavar(EXPORT_FORMATS["network"]),
        help="Export the whole graph (cut only by --limit) for Gephi, yEd or networkx.")] = None,
) -> None:
    """Who appears with whom: pairs of entities named in the same articles, most shared first.

    Example: icli network --since 2026 --format graphml > icesco.graphml
    """


@command("export", FILTERS, ITEMS, WHOLE, ARTICLE_SORT, FIELDS)
def export(
    format: Annotated[str, typer.Option(
        "--format", metavar=metavar(EXPORT_FORMATS["export"]), help="The export format.")
    ] = DEFAULT_EXPORT,
) -> None:
    """Export the filtered articles with their entities (all of them unless --limit is given).

    Example: icli export --country Oman --format markdown > oman.md
    """


def completion(
    shell: Annotated[str, typer.Argument(metavar="SHELL", help=f"{in_words(SHELLS)}.")],
) -> None: ...


completion.__doc__ = f"""Print the shell completion script for {in_words(SHELLS)}: commands, options, their
    values (--sort, --language, --format) and names from the archive (any word of a name, any
    case, acronyms), quoted for the shell.

    Example: icli completion bash >> ~/.bashrc   (zsh: ~/.zshrc; fish:
    icli completion fish > ~/.config/fish/completions/icli.fish)
    """
command("completion")(completion)


@command("migrate")
def migrate() -> None:
    """Bring the database to this icli's schema (an ingest does it too); says which steps ran.

    Example: icli migrate   (without icli on PATH: python -m icli migrate)
    """


@command("path")
def path() -> None:
    """Print the database in use (and, on a terminal, how the default is found).

    Example: sqlite3 "$(icli path)" 'SELECT COUNT(*) FROM articles'
    """


@command("serve")
def serve(
    port: Annotated[int, typer.Option(
        metavar="N", parser=_integer, help="The port to listen on.")] = SERVE_PORT,
    host: Annotated[str, typer.Option(
        metavar="HOST", help=f"The address to listen on (another than {SERVE_HOST} lets other "
                             "machines read the archive).")] = SERVE_HOST,
    open: Annotated[bool, typer.Option("--open", help="Open it in a web browser.")] = False,
) -> None:
    """The archive in a browser, read-only, through Datasette (pip install 'icli[web]'):
    search, facets on language, month, people, countries and partners, articles with the
    people, countries and partners they name, and articles per month as a chart. Ctrl-C stops.

    Example: icli serve --open
    """


# --- the shortcut's table, read from the definition above ---------------------------------------

def _integers(callback: Callable[..., Any]) -> set[str]:
    """Names of a callback's parameters that Typer reads as integers (int, list[int])."""
    import typing

    found = set()
    for param in inspect.signature(callback, eval_str=True).parameters.values():
        kinds = typing.get_args(param.annotation)[:1] or (param.annotation,)
        while kinds and typing.get_origin(kinds[0]) in (list, typing.Union):
            kinds = typing.get_args(kinds[0])
        if kinds and kinds[0] is int:
            found.add(param.name)
    return found


def shortcut_spec() -> dict[str, Any]:
    """Every command's options and arguments as Typer builds them from this app: what
    `icli.cli.main` needs to parse a plain invocation without importing Typer."""
    group = typer.main.get_group(app)

    def describe(params: list[Any], integers: set[str]) -> dict[str, Any]:
        options: dict[str, Any] = {}
        arguments = []
        for param in params:
            if param.param_type_name == "argument":
                arguments.append({"name": param.name, "nargs": param.nargs,
                                  "int": param.name in integers})
            else:
                entry = {"name": param.name, "flag": param.is_flag, "multiple": param.multiple,
                         "int": param.name in integers, "default": param.default}
                options.update((opt, entry) for opt in (*param.opts, *param.secondary_opts))
        return {"options": options, "arguments": arguments}

    callbacks = {info.name: info.callback for info in app.registered_commands if info.callback}
    return {
        "root": describe(group.params, set())["options"],
        "commands": {name: describe(cmd.params, _integers(callbacks[name]))
                     for name, cmd in group.commands.items()},
    }


def _lines(value: Any, indent: str = "") -> str:
    """JSON with one line per option: dicts of dicts spread over lines, the rest inline."""
    if not (isinstance(value, dict) and any(isinstance(v, dict) for v in value.values())):
        return json.dumps(value, sort_keys=True)
    inner = indent + " "
    items = [f"{inner}{json.dumps(key)}: {_lines(value[key], inner)}" for key in sorted(value)]
    return "{\n" + ",\n".join(items) + f"\n{indent}}}"


def write_shortcut_spec() -> None:
    """Write shortcut_spec() to icli/cli/cli_spec.json (`make spec`)."""
    with open(SPEC_FILE, "w", encoding="utf-8") as stream:
        stream.write(_lines(shortcut_spec()) + "\n")
