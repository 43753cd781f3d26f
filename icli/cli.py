"""The `icli` command line: a thin layer that parses options, calls the library, prints results.

Library errors become one line on stderr and an exit code (0 ok, 1 runtime failure, 2 usage).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from typer.core import TyperGroup

from icli import __version__, _typer_speed, commands
from icli.commands import (
    ExitCode,
    emit_rows,
    fail,
    filters,
    run_query,
    stdout_is_terminal,
)

_typer_speed.install()


class _OneLineErrors(TyperGroup):
    """Click/Typer usage errors as one line on stderr, not a usage block or a panel."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        from typer._click.exceptions import ClickException, NoArgsIsHelpError

        try:
            result = super().main(*args, standalone_mode=False, **kwargs)
        except NoArgsIsHelpError as error:
            sys.stdout.write(error.ctx.get_help() + "\n")  # type: ignore[union-attr]
            result = int(ExitCode.USAGE)
        except ClickException as error:
            sys.stderr.write(f"icli: error: {error.format_message()}\n")
            result = error.exit_code
        except typer.Abort:
            result = int(ExitCode.FAILURE)
        except BrokenPipeError:
            sys.stderr.close()
            result = int(ExitCode.FAILURE)
        if not standalone_mode:
            return result
        sys.exit(result if isinstance(result, int) else 0)


app = typer.Typer(
    cls=_OneLineErrors,
    help="Turn plain-text dumps of ICESCO news pages into a searchable local archive.",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"icli {__version__}\n")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    db: Annotated[
        Optional[Path],
        typer.Option("--db", help="Database file [default: $ICLI_DB, else icli.db in the app dir]."),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """icli: ingest ICESCO news dumps, then search them by text, person, country or partner."""
    ctx.obj = db


# --- shared options --------------------------------------------------------------------------

Since = Annotated[Optional[str], typer.Option(help="Only articles on or after DATE (2026-01 = 1 Jan).")]
Until = Annotated[Optional[str], typer.Option(help="Only articles on or before DATE (2026-01 = 31 Jan).")]
Person = Annotated[Optional[str], typer.Option(help="Only articles mentioning this person.")]
Country = Annotated[Optional[str], typer.Option(help="Only articles mentioning this country.")]
Partner = Annotated[Optional[str], typer.Option(help="Only articles naming this partner.")]
Language = Annotated[Optional[str], typer.Option(help="Only articles in this language (en, fr, ar).")]
Limit = Annotated[int, typer.Option(help="At most N results (0 = no limit).")]
AsJson = Annotated[bool, typer.Option("--json", help="One JSON array (default when piped).")]
AsJsonl = Annotated[bool, typer.Option("--jsonl", help="One JSON object per line.")]
AsCsv = Annotated[bool, typer.Option("--csv", help="CSV with a header row.")]
AsTable = Annotated[bool, typer.Option("--table", help="A table, even when piped.")]


# --- commands --------------------------------------------------------------------------------


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Dump files, directories (*.txt, recursively) or - for stdin.")],
    json_: AsJson = False,
) -> None:
    """Parse dumps into articles and store them (re-ingesting is safe).

    Example: icli ingest data/dumps
    """
    from icli.ingest import ingest as run_ingest
    from icli.db import StoreError, open_for_writing

    try:
        conn = open_for_writing(commands.db_path(ctx.obj))
    except StoreError as error:
        fail(str(error), ExitCode.FAILURE)
    show_progress = not json_ and sys.stderr.isatty()
    progress = _Progress() if show_progress else None
    try:
        report = run_ingest(
            conn,
            paths,
            stdin=sys.stdin.buffer.read,
            on_file=progress.advance if progress else None,
            count_files=progress.start if progress else None,
        )
    finally:
        if progress:
            progress.stop()
        conn.close()
    for warning in report.warnings:
        sys.stderr.write(f"icli: warning: {warning}\n")
    for failure in report.failed:
        sys.stderr.write(f"icli: error: {failure['path']}: {failure['error']}\n")
    if json_ or not stdout_is_terminal():
        from icli.output import write_json

        write_json(report.as_json(), sys.stdout, pretty=False)
    else:
        sys.stdout.write(
            f"{report.files} file(s): {report.articles_new} new, {report.articles_updated} updated, "
            f"{report.articles_unchanged} unchanged article(s); {len(report.failed)} failed\n"
        )
    if report.failed:
        raise typer.Exit(int(ExitCode.FAILURE))


class _Progress:
    """A rich progress bar on stderr for multi-file ingests."""

    def __init__(self) -> None:
        self._progress: Any = None
        self._task: Any = None

    def start(self, total: int) -> None:
        if total < 2:
            return
        from rich.console import Console
        from rich.progress import Progress

        self._progress = Progress(console=Console(stderr=True), transient=True)
        self._progress.start()
        self._task = self._progress.add_task("Ingesting", total=total)

    def advance(self, _path: str) -> None:
        if self._progress is not None:
            self._progress.advance(self._task)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()


@app.command("list")
def list_(
    ctx: typer.Context,
    since: Since = None,
    until: Until = None,
    person: Person = None,
    country: Country = None,
    partner: Partner = None,
    language: Language = None,
    limit: Limit = 50,
    json_: AsJson = False,
    jsonl: AsJsonl = False,
    csv_: AsCsv = False,
    table: AsTable = False,
) -> None:
    """List articles, newest first.

    Example: icli list --since 2026-02-10 --until 2026-02-18
    """
    chosen = filters(since, until, person, country, partner, language, limit)
    commands.list_articles(ctx.obj, chosen, json_, jsonl, csv_, table)


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help='FTS5 query: words, "phrases", prefix*, AND/OR/NOT.')],
    since: Since = None,
    until: Until = None,
    person: Person = None,
    country: Country = None,
    partner: Partner = None,
    language: Language = None,
    limit: Limit = 50,
    json_: AsJson = False,
    jsonl: AsJsonl = False,
    csv_: AsCsv = False,
    table: AsTable = False,
) -> None:
    """Full-text search, best match first (title matches rank above body matches).

    Example: icli search "Kazakhstan" --since 2026
    """
    chosen = filters(since, until, person, country, partner, language, limit)
    commands.search(ctx.obj, query, chosen, json_, jsonl, csv_, table)


@app.command()
def show(
    ctx: typer.Context,
    article_id: Annotated[int, typer.Argument(metavar="ID", help="The article's id.")],
    json_: AsJson = False,
) -> None:
    """Show one article in full.

    Example: icli show 12
    """
    from icli import output
    from icli.queries import get_article

    article = run_query(ctx.obj, lambda conn: get_article(conn, article_id))
    if article is None:
        fail(f"no article with id {article_id}", ExitCode.FAILURE)
    terminal = stdout_is_terminal()
    if json_ or not terminal:
        output.write_json(article, sys.stdout, pretty=terminal)
    else:
        output.print_article(output.make_console(sys.stdout, terminal), article)


# --- entities --------------------------------------------------------------------------------

Sort = Annotated[str, typer.Option(help="Order: count, name, latest or first.")]


EntityName = Annotated[str, typer.Argument(
    metavar="NAME", help="Any form of the name: alias, formal name, demonym, acronym or code.")]


def _register_entity_commands(kind: str, command: str, list_command: str,
                              about: str, example: str, list_about: str, list_example: str) -> None:
    """Add `icli <command> NAME` (articles naming one entity) and `icli <list_command>`."""

    def articles(
        ctx: typer.Context, name: EntityName, since: Since = None, until: Until = None,
        person: Person = None, country: Country = None, partner: Partner = None,
        language: Language = None, limit: Limit = 50, json_: AsJson = False,
        jsonl: AsJsonl = False, csv_: AsCsv = False, table: AsTable = False,
    ) -> None:
        chosen = filters(since, until, person, country, partner, language, limit)
        commands.entity_articles(ctx.obj, kind, name, chosen, json_, jsonl, csv_, table)

    def entity_list(
        ctx: typer.Context, since: Since = None, until: Until = None, person: Person = None,
        country: Country = None, partner: Partner = None, language: Language = None,
        limit: Limit = 50, sort: Sort = "count", json_: AsJson = False, jsonl: AsJsonl = False,
        csv_: AsCsv = False, table: AsTable = False,
    ) -> None:
        chosen = filters(since, until, person, country, partner, language, limit)
        commands.entity_list(ctx.obj, kind, chosen, sort, json_, jsonl, csv_, table)

    articles.__doc__ = f"{about}\n\nExample: {example}"
    entity_list.__doc__ = f"{list_about}\n\nExample: {list_example}"
    app.command(command)(articles)
    app.command(list_command)(entity_list)


_register_entity_commands(
    "person", "who", "people",
    "Articles mentioning a person (any spelling), with their profile on a terminal.",
    "icli who AlMalik --since 2026-01",
    "People with their aliases, roles and article counts (--country etc.: people named with it).",
    "icli people --since 2026 --sort latest")
_register_entity_commands(
    "country", "country", "countries",
    "Articles mentioning a country, by name, formal name, demonym or ISO code.",
    'icli country Kazakh   (same as KAZ or "Republic of Kazakhstan")',
    "Countries with article counts.",
    "icli countries --person AlMalik")
_register_entity_commands(
    "partner", "partner", "partners",
    "Articles naming a partner organization, by name or acronym.",
    'icli partner AOU   (same as "Arab Open University")',
    "Partner organizations with article counts.",
    "icli partners --country Kuwait")


# --- summaries and exports -------------------------------------------------------------------


@app.command()
def summary(
    ctx: typer.Context, since: Since = None, until: Until = None, person: Person = None,
    country: Country = None, partner: Partner = None, language: Language = None,
    top: Annotated[int, typer.Option(help="How many top people, countries and partners.")] = 10,
    json_: AsJson = False, table: AsTable = False,
) -> None:
    """Articles per month, the date range, the top people, countries and partners.

    Example: icli summary --country Azerbaijan
    """
    chosen = filters(since, until, person, country, partner, language, 0)
    commands.summary(ctx.obj, chosen, top, json_, table)


@app.command()
def network(
    ctx: typer.Context, since: Since = None, until: Until = None, person: Person = None,
    country: Country = None, partner: Partner = None, language: Language = None,
    limit: Limit = 50,
    format_: Annotated[
        Optional[str], typer.Option("--format", help="Export the graph: graphml or json.")
    ] = None,
    json_: AsJson = False, jsonl: AsJsonl = False, csv_: AsCsv = False, table: AsTable = False,
) -> None:
    """Who appears with whom: pairs of entities named in the same articles, most shared first.

    Example: icli network --since 2026 --format graphml > icesco.graphml
    """
    from icli import output, queries

    chosen = filters(since, until, person, country, partner, language, limit)
    if format_ not in (None, "graphml", "json"):
        fail(f"--format must be graphml or json, not {format_!r}", ExitCode.USAGE)
    pairs = run_query(ctx.obj, lambda conn: queries.network(conn, chosen))
    terminal = stdout_is_terminal()
    if format_ == "graphml":
        output.write_graphml(pairs, sys.stdout)
    elif format_ == "json":
        output.write_json(output.graph_json(pairs), sys.stdout, pretty=terminal)
    else:
        fmt = output.choose_format(json_, jsonl, csv_, table, terminal)
        if fmt == "table":
            output.print_network(output.make_console(sys.stdout, terminal), pairs)
        else:
            emit_rows(pairs, fmt, terminal)


@app.command()
def export(
    ctx: typer.Context, since: Since = None, until: Until = None, person: Person = None,
    country: Country = None, partner: Partner = None, language: Language = None,
    limit: Annotated[int, typer.Option(help="At most N articles (0 = no limit).")] = 0,
    format_: Annotated[str, typer.Option("--format", help="jsonl, csv or markdown.")] = "jsonl",
) -> None:
    """Export the filtered articles with their entities.

    Example: icli export --country Oman --format markdown > oman.md
    """
    from icli import output
    from icli.queries import list_articles

    if format_ not in ("jsonl", "csv", "markdown"):
        fail(f"--format must be jsonl, csv or markdown, not {format_!r}", ExitCode.USAGE)
    chosen = filters(since, until, person, country, partner, language, limit)
    articles = run_query(ctx.obj, lambda conn: list_articles(conn, chosen))
    {"jsonl": output.write_jsonl, "csv": output.write_csv,
     "markdown": output.write_markdown}[format_](articles, sys.stdout)


def main() -> None:
    """Console-script entry point: a bug still ends in one line, not a traceback."""
    try:
        app()
    except Exception as error:  # noqa: BLE001 - the last line of defence
        sys.stderr.write(f"icli: internal error: {type(error).__name__}: {error}\n")
        sys.exit(int(ExitCode.FAILURE))
