"""Each command's body: `run(query, env)` does what the checked `Query` asks and writes to `env`.

No Typer here: `icli.cli.app` (Typer) and the start-up shortcut in `icli.cli.main` both build a `Query`
and call `run`. Helpers raise (`UsageError`, `Failure`, the library's errors); `icli.cli.main`
turns every error into one line and an exit code.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from icli.choices import DEFAULT_LIMIT, ENTITY_COMMANDS, LIST_COMMANDS, default_sort
from icli.cli.names import resolve
from icli.cli.request import Env, Query
from icli.errors import ExitCode, Failure, Terminated, UsageError
from icli.store import fulltext, queries, summaries

if TYPE_CHECKING:
    from rich.console import Console

    from icli.store.ingest import IngestReport

Rows = Iterable[dict[str, Any]]


def run(query: Query, env: Env) -> ExitCode:
    """Run one command (after its notes, on stderr); the exit code for a run that did not
    raise."""
    for note in query.notes:
        env.note(note)
    return COMMANDS[query.command](paged(query, env), env)


def paged(query: Query, env: Env) -> Query:
    """The query with its limit decided: without --limit a table shows DEFAULT_LIMIT rows (and
    a footer when cut), while JSON, JSON lines, CSV and TSV are whole."""
    if query.filters.limit is not None:
        return query
    limit = DEFAULT_LIMIT if output_format(query, env) == "table" else 0
    return query._replace(filters=query.filters._replace(limit=limit))


def db_path(db: str | None) -> str:
    """The database named by --db, else the default one; Failure for a relative path when the
    working directory it is read from has been deleted."""
    import os

    from icli.cli.paths import default_db_path

    path = db or default_db_path()
    if not os.path.isabs(path):
        try:
            os.getcwd()
        except FileNotFoundError:
            raise Failure(f"{path}: the working directory was deleted; a relative path is read "
                          "from it (cd to an existing directory or give an absolute path)") from None
    return path


@contextmanager
def reading(query: Query, env: Env) -> Iterator[sqlite3.Connection]:
    """The archive opened read-only, in one read transaction: every statement of the command
    reads the same snapshot, whatever an ingest commits meanwhile. SQLite's own errors become
    a Failure naming the file. Ctrl-C stops a running statement at once
    (fulltext.interruptible). A --person, --country or --partner value that names nothing gets
    the hint `who` gives (on stderr; exit 1 when the filter is repeated, since the answer would
    be the other values' alone), and an archive without articles says so (on stderr)."""
    from icli.store.connection import open_for_reading

    path = db_path(query.db)
    conn = open_for_reading(path, on_wait=env.note)
    conn.set_progress_handler(fulltext.interruptible, fulltext.PROGRESS_STEPS)
    try:
        conn.execute("BEGIN")  # the snapshot is taken at the first read
        if queries.is_empty(conn):
            env.note("no articles yet: `icli ingest PATH` adds them (e.g. icli ingest data/dumps)")
        filters = query.filters
        for kind, names in (("person", filters.person), ("country", filters.country),
                            ("partner", filters.partner)):
            for name in names:
                resolve(conn, kind, name, query, env, alone=len(names) == 1)
        yield conn
    except sqlite3.Error as error:
        if str(error) == "interrupted":  # Ctrl-C, raised in the progress handler
            raise KeyboardInterrupt from None
        if "no such table: articles_fts" in str(error):  # removed by another tool
            raise Failure(f"{path}: the full-text index is missing; `icli ingest` rebuilds it "
                          "(with any dump, even one already ingested)") from None
        raise Failure(f"{path}: {error}") from None
    finally:
        conn.close()


def output_format(query: Query, env: Env) -> str:
    """The format asked for, else a table on a terminal and JSON in a pipe."""
    return query.format or ("table" if env.stdout_isatty else "json")


def check_fields(fields: tuple[str, ...], known: tuple[str, ...]) -> None:
    """Refuse (UsageError) a --fields name that the command's objects do not have."""
    unknown = [field for field in fields if field not in known]
    if unknown:
        raise UsageError(f"--fields: no field {', '.join(map(repr, unknown))} here "
                         f"(fields: {', '.join(known)})")


def only_fields(rows: Rows, fields: tuple[str, ...]) -> Rows:
    """Rows keeping only `fields` (already checked by check_fields); a field a row does not
    carry (`shared`, which `show --versions --shared` gives the article and not its versions)
    is left out of that row."""
    if not fields:
        return rows
    return ({field: row[field] for field in fields if field in row} for row in rows)


def emit(query: Query, env: Env, rows: Rows, table: Callable[[Console, list[Any]], None],
         known: tuple[str, ...], total: Callable[[], int] | None = None,
         objects: Mapping[str, Sequence[str]] | None = None) -> None:
    """Rows in the chosen format (`known`: the fields --fields may name, `objects`: the keys of
    those holding an object, for an empty CSV's header); a table ends with how many there are
    in all when cut."""
    from icli.cli import output, writers

    check_fields(query.fields, known)
    fmt = output_format(query, env)
    if fmt == "table":
        if query.fields:
            env.warn("--fields applies to machine output (JSON, JSON lines, CSV, TSV), not to tables")
        shown = list(rows)
        console = output.make_console(env)
        table(console, shown)
        limit, offset = query.filters.limit, query.filters.offset
        if total is not None and ((limit and len(shown) == limit) or offset):
            count = total()
            if count > len(shown) or offset:
                output.print_footer(console, len(shown), count, offset)
        return
    rows = only_fields(rows, query.fields)
    if fmt == "jsonl":
        writers.write_jsonl(rows, output.data_stream(env))
    elif fmt in ("csv", "tsv"):
        writers.write_csv(rows, output.data_stream(env), "," if fmt == "csv" else "\t",
                          query.fields or known, objects)
    else:
        writers.write_json_rows(rows, output.data_stream(env), pretty=env.stdout_isatty)


def list_articles(query: Query, env: Env) -> ExitCode:
    """`icli list`: the filtered articles, newest first."""
    from icli.cli import output

    sort, filters = query.sort or default_sort(query.command), query.filters
    with reading(query, env) as conn:
        emit(query, env, queries.list_articles(conn, filters, sort), output.print_articles,
             queries.ARTICLE_FIELDS, lambda: queries.count_articles(conn, filters))
    return ExitCode.OK


def search(query: Query, env: Env) -> ExitCode:
    """`icli search`: full-text matches, best first."""
    from icli.cli import output

    text, sort, filters = query.text or "", query.sort or default_sort(query.command), query.filters
    with reading(query, env) as conn:
        emit(query, env, fulltext.search_articles(conn, text, filters, sort),
             output.print_articles, queries.ARTICLE_FIELDS + queries.SEARCH_EXTRA,
             lambda: fulltext.count_search(conn, text, filters))
    return ExitCode.OK


def show(query: Query, env: Env) -> ExitCode:
    """`icli show ID...`: articles in full; JSON: one object for one ID, an array for several.
    With --versions each article comes with its versions (side by side on a terminal; JSON:
    the article then its versions, an array); with --why, the rule and words behind each of
    its entities; with --shared, what it shares with each version (JSON: `"shared"`). The
    articles found are shown, then an ID with no article is an error (exit 1)."""
    from icli.cli import output, writers

    check_fields(query.fields, queries.ARTICLE_FIELDS + tuple(
        name for name, asked in (("why", query.why), ("shared", query.shared)) if asked))
    with reading(query, env) as conn:
        articles = queries.get_articles(conn, list(query.ids))
        groups = [[article, *queries.get_articles(conn, [v["id"] for v in article["versions"]])]
                  for article in articles] if query.versions else [[a] for a in articles]
        if query.why:
            reasons = queries.why(conn, [a["id"] for group in groups for a in group])
            for article in (a for group in groups for a in group):
                article["why"] = reasons.get(article["id"], [])
        if query.shared:
            from icli.store import versions

            for article in articles:
                article["shared"] = versions.explain(conn, article["id"],
                                                     [v["id"] for v in article["versions"]])
    missing = sorted(set(query.ids) - {article["id"] for article in articles})
    fmt = output_format(query, env)
    if fmt in ("table", "text"):
        if query.fields:
            env.warn("--fields applies to JSON output, not to text")
        console = output.make_console(env)
        for group in groups:
            if query.versions and len(group) == 1:
                output.print_article(console, group[0])
                env.note(f"#{group[0]['id']} has no version in another language")
            elif query.versions:
                output.print_versions(console, group)
            else:
                output.print_article(console, group[0])
            if query.shared:
                output.print_shared(console, group[0])
    elif fmt == "jsonl":
        writers.write_jsonl(only_fields((a for group in groups for a in group), query.fields),
                           output.data_stream(env))
    elif articles:
        shown = list(only_fields([a for group in groups for a in group], query.fields))
        one = len(shown) == 1 and len(query.ids) == 1 and not query.versions  # --versions: an array
        writers.write_json(shown[0] if one else shown,
                          output.data_stream(env), pretty=env.stdout_isatty)
    if missing:
        raise Failure(f"no article with id {', '.join(map(str, missing))}")
    return ExitCode.OK


def entity_articles(query: Query, env: Env) -> ExitCode:
    """who / country / partner: the entity's profile on a terminal, then its articles."""
    from icli.cli import output

    kind, filters = ENTITY_COMMANDS[query.command], query.filters
    sort = query.sort or default_sort(query.command)
    with reading(query, env) as conn:
        ids = resolve(conn, kind, query.text or "", query, env)
        if ids and output_format(query, env) == "table":
            output.print_profile(output.make_console(env),
                                 summaries.entity_profile(conn, kind, ids, filters, query.text))
        articles = queries.entity_articles(conn, ids, filters, sort)
        fields: tuple[str, ...] = queries.ARTICLE_FIELDS
        if query.every:  # --all: each article says which of the entities asked it names
            articles, fields = queries.with_matched(conn, articles, ids), fields + queries.MATCHED
        emit(query, env, articles, output.print_articles, fields,
             lambda: queries.count_entity_articles(conn, ids, filters))
    return ExitCode.OK


def entity_list(query: Query, env: Env) -> ExitCode:
    """people / countries / partners: entities with their article counts."""
    from icli.cli import output

    kind, filters = LIST_COMMANDS[query.command], query.filters
    sort = query.sort or default_sort(query.command)
    with reading(query, env) as conn:
        emit(query, env, summaries.entity_counts(conn, kind, filters, sort),
             lambda console, rows: output.print_entities(console, kind, rows),
             queries.ENTITY_FIELDS[kind], lambda: summaries.count_entities(conn, kind, filters))
    return ExitCode.OK


def summary(query: Query, env: Env) -> ExitCode:
    """`icli summary`: articles per month, the date range, the top entities."""
    from icli.cli import output, writers

    with reading(query, env) as conn:
        data = summaries.summary(conn, query.filters, query.top)
    if output_format(query, env) == "table":
        output.print_summary(output.make_console(env), data)
    else:
        writers.write_json(data, output.data_stream(env), pretty=env.stdout_isatty)
    return ExitCode.OK


def network(query: Query, env: Env) -> ExitCode:
    """`icli network`: co-mentioned pairs; `--format graphml|json` exports the whole graph."""
    from icli.cli import export, output

    filters = query.filters
    with reading(query, env) as conn:
        if query.export:  # the whole graph streams; --limit N exports the N strongest pairs
            pairs = (summaries.network if filters.limit else summaries.graph_pairs)(conn, filters)
            if query.export == "graphml":
                export.write_graphml(pairs, output.data_stream(env))
            else:
                export.write_graph_json(pairs, output.data_stream(env), pretty=env.stdout_isatty)
        else:
            emit(query, env, summaries.network(conn, filters), output.print_network,
                 queries.PAIR_FIELDS, lambda: summaries.count_pairs(conn, filters),
                 queries.PAIR_OBJECTS)
    return ExitCode.OK


def export(query: Query, env: Env) -> ExitCode:
    """`icli export`: the filtered articles with their entities as JSON lines, CSV or markdown."""
    from icli.cli import export, output, writers

    check_fields(query.fields, queries.ARTICLE_FIELDS)
    with reading(query, env) as conn:
        articles = _said_if_none(queries.list_articles(
            conn, query.filters, query.sort or default_sort(query.command)), env,
            "no articles match: the export is empty")
        if query.export == "markdown":
            if query.fields:
                env.warn("--fields applies to jsonl and csv exports, not to markdown")
            export.write_markdown(articles, output.data_stream(env))
        elif query.export == "csv":
            writers.write_csv(only_fields(articles, query.fields), output.data_stream(env),
                              fields=query.fields or queries.ARTICLE_FIELDS)
        else:
            writers.write_jsonl(only_fields(articles, query.fields), output.data_stream(env))
    return ExitCode.OK


def _said_if_none(rows: Rows, env: Env, note: str) -> Iterator[dict[str, Any]]:
    """The rows as they come; `note` said on stderr at their end when there were none (a file
    with no article in it is not left to speak for itself)."""
    empty = True
    for row in rows:
        empty = False
        yield row
    if empty:
        env.note(note)


def completion(query: Query, env: Env) -> ExitCode:
    """`icli completion SHELL`: the shell's completion script."""
    from icli.cli.complete import script

    env.stdout.write(script(query.text or ""))
    return ExitCode.OK


def path(query: Query, env: Env) -> ExitCode:
    """`icli path`: the database in use."""
    import os

    from icli.cli import output
    from icli.cli.paths import describe_default

    chosen = db_path(query.db)
    output.data_stream(env).write(chosen + "\n")
    if not os.path.exists(chosen):
        env.note("(no database there yet: `icli ingest` creates it)")
    if query.db is None and env.stdout_isatty:
        env.note(describe_default())
    return ExitCode.OK


def migrate(query: Query, env: Env) -> ExitCode:
    """`icli migrate`: apply the schema steps the database lacks and make the links they ask
    for; one line says which steps ran."""
    from icli.cli import output
    from icli.store.connection import open_for_writing, upgrade
    from icli.store.links import finish

    chosen = db_path(query.db)
    applied = upgrade(chosen)
    conn = open_for_writing(chosen)
    try:
        finish(conn, env.note)  # the links a step asked for, as the next ingest would make them
    finally:
        conn.close()
    done = f"upgraded ({', '.join(applied)})" if applied else "already up to date"
    output.data_stream(env).write(f"{chosen}: {done}\n")
    return ExitCode.OK


def serve(query: Query, env: Env) -> ExitCode:
    """`icli serve`: the archive in Datasette (icli.cli.serve)."""
    from icli.cli import serve as serving

    return serving.run(query, env, db_path(query.db))


def ingest(query: Query, env: Env) -> ExitCode:
    """`icli ingest`: parse dumps into articles and store them; 1 if any file failed. SIGTERM
    stops it like Ctrl-C from the command's first step (exit 143)."""
    with _terminate_raises():
        return _ingest(query, env)


def _ingest(query: Query, env: Env) -> ExitCode:
    """The work of `ingest`."""
    from icli.cli import output, writers
    from icli.store.connection import open_for_writing, write_failure
    from icli.store.ingest import IngestReport
    from icli.store.ingest import ingest as run_ingest

    report = IngestReport()
    as_json = query.format == "json" or not env.stdout_isatty
    try:
        conn = open_for_writing(db_path(query.db))
    except (KeyboardInterrupt, Terminated) as stop:  # while migrating: nothing done yet
        raise _stopped(stop, report, env, as_json) from None
    progress = _Progress(env) if query.format != "json" and env.stderr_isatty else None
    write_error = stopped = None
    try:
        run_ingest(conn, list(query.paths), stdin=env.read_stdin, stdin_name=query.name,
                   on_file=progress.advance if progress else None,
                   count_files=progress.start if progress else None, report=report,
                   on_wait=env.note)
    except sqlite3.Error as error:  # e.g. disk full: the report of what was kept still prints
        write_error = write_failure(db_path(query.db), error)
    except (KeyboardInterrupt, Terminated) as stop:
        stopped = stop
    finally:
        if progress:
            progress.stop()
        conn.close()
    if stopped is not None:
        raise _stopped(stopped, report, env, as_json) from None
    for warning in report.warnings:
        env.warn(warning)
    for failure in report.failed:
        env.error(f"{failure['path']}: {failure['error']}")
    if as_json:
        writers.write_json(report.as_json(), output.data_stream(env), pretty=False)
    else:
        env.stdout.write(f"{report.done()}\n")
    if write_error is not None:
        raise write_error
    return ExitCode.FAILURE if report.failed else ExitCode.OK


def _stopped(stop: BaseException, report: IngestReport, env: Env,
             as_json: bool) -> BaseException:
    """The error (KeyboardInterrupt or Terminated) an interrupted ingest ends with, its message
    saying what was committed; that report (`"interrupted": true`) is written first to stdout
    when the ingest writes JSON, so a pipe gets its JSON either way."""
    from icli.cli import output, writers

    report.interrupted = True
    if as_json:
        writers.write_json(report.as_json(), output.data_stream(env), pretty=False)
    return type(stop)(report.stopped())


@contextmanager
def _terminate_raises() -> Iterator[None]:
    """SIGTERM raises Terminated while the block runs (so the ingest stops between commits)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(_signum: int, _frame: Any) -> None:
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class _Progress:
    """A rich progress bar on stderr: files and articles done."""

    def __init__(self, env: Env) -> None:
        self._env = env
        self._progress: Any = None
        self._task: Any = None

    def start(self, total: int) -> None:
        if total < 2:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self._progress = Progress(
            TextColumn("Ingesting"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
            TextColumn("· {task.fields[articles]} articles"),
            console=Console(file=self._env.stderr, force_terminal=True), transient=True)
        self._progress.start()
        self._task = self._progress.add_task("ingest", total=total, articles=0)

    def advance(self, _path: str, articles: int) -> None:
        if self._progress is not None:
            self._progress.update(self._task, advance=1, articles=articles)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()


COMMANDS: dict[str, Callable[[Query, Env], ExitCode]] = {
    "ingest": ingest, "list": list_articles, "search": search, "show": show,
    "who": entity_articles, "country": entity_articles, "partner": entity_articles,
    "people": entity_list, "countries": entity_list, "partners": entity_list,
    "summary": summary, "network": network, "export": export, "path": path,
    "completion": completion, "migrate": migrate,
    "serve": serve,
}
