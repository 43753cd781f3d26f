"""What the query commands do once their arguments are parsed, with no Typer in sight.

`icli.cli` (Typer) and `icli.fastpath` (the start-up shortcut for common queries) both call
these, so a command behaves the same whichever parsed it. Errors are one line on stderr and an
exit code (0 ok, 1 runtime failure, 2 usage).
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from icli.db import DbPath

LISTS = {"person": "people", "country": "countries", "partner": "partners"}


class ExitCode(enum.IntEnum):
    OK = 0
    FAILURE = 1
    USAGE = 2


def fail(message: str, code: ExitCode) -> NoReturn:
    """Print `icli: error: message` on stderr and leave with `code`."""
    sys.stderr.write(f"icli: error: {message}\n")
    raise SystemExit(int(code))


def db_path(db: DbPath | None) -> DbPath:
    """The database named by --db, else the default one."""
    from icli.paths import default_db_path

    return db or default_db_path()


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def filters(
    since: str | None,
    until: str | None,
    person: str | None,
    country: str | None,
    partner: str | None,
    language: str | None,
    limit: int,
) -> Any:
    """The shared filter options, checked, as queries.Filters."""
    from icli.dateargs import DateArgumentError, parse_range
    from icli.queries import Filters

    if limit < 0:
        fail(f"--limit must be 0 (no limit) or more, not {limit}", ExitCode.USAGE)
    if language is not None and language not in ("en", "fr", "ar"):
        fail(f"--language must be en, fr or ar, not {language!r}", ExitCode.USAGE)
    try:
        start, stop = parse_range(since, until)
    except DateArgumentError as error:
        fail(str(error), ExitCode.USAGE)
    return Filters(start, stop, person, country, partner, language, limit)


def run_query(db: DbPath | None, query: Callable[[Any], Any]) -> Any:
    """Open the archive read-only and run `query(conn)`, turning failures into exit codes."""
    import sqlite3

    from icli.queries import QueryError
    from icli.db import StoreError, open_for_reading

    try:
        conn = open_for_reading(db_path(db))
        try:
            return query(conn)
        finally:
            conn.close()
    except StoreError as error:
        fail(str(error), ExitCode.FAILURE)
    except QueryError as error:
        fail(str(error), ExitCode.USAGE)
    except sqlite3.Error as error:
        fail(f"{db_path(db)}: {error}", ExitCode.FAILURE)


def emit_articles(
    articles: list[dict[str, Any]], json_: bool, jsonl: bool, csv_: bool, table: bool, title: str = ""
) -> None:
    """Articles as a table on a terminal, else JSON (or as the flags ask)."""
    from icli import output

    terminal = stdout_is_terminal()
    fmt = output.choose_format(json_, jsonl, csv_, table, terminal)
    if fmt == "json":
        output.write_json(articles, sys.stdout, pretty=terminal)
    elif fmt == "jsonl":
        output.write_jsonl(articles, sys.stdout)
    elif fmt == "csv":
        output.write_csv(articles, sys.stdout)
    else:
        output.print_articles(output.make_console(sys.stdout, terminal), articles, title)


def emit_rows(rows: Any, fmt: str, terminal: bool) -> None:
    """Rows (entities, pairs) as JSON, JSON lines or CSV."""
    from icli import output

    if fmt == "jsonl":
        output.write_jsonl(rows, sys.stdout)
    elif fmt == "csv":
        output.write_csv(rows, sys.stdout)
    else:
        output.write_json(rows, sys.stdout, pretty=terminal)


def list_articles(db: DbPath | None, chosen: Any, json_: bool, jsonl: bool, csv_: bool,
                  table: bool) -> None:
    """`icli list`: the filtered articles, newest first."""
    from icli import queries

    emit_articles(run_query(db, lambda conn: queries.list_articles(conn, chosen)),
                  json_, jsonl, csv_, table)


def search(db: DbPath | None, query: str, chosen: Any, json_: bool, jsonl: bool, csv_: bool,
           table: bool) -> None:
    """`icli search`: full-text matches, best first."""
    from icli import queries

    emit_articles(run_query(db, lambda conn: queries.search_articles(conn, query, chosen)),
                  json_, jsonl, csv_, table)


def entity_articles(
    db: DbPath | None, kind: str, name: str, chosen: Any,
    json_: bool, jsonl: bool, csv_: bool, table: bool,
) -> None:
    """who / country / partner: the entity's profile on a terminal, then its articles."""
    from icli import output, queries

    terminal = stdout_is_terminal()
    as_table = output.choose_format(json_, jsonl, csv_, table, terminal) == "table"

    def run(conn: Any) -> tuple[Any, Any, Any]:
        ids = queries.find_entities(conn, kind, name)
        profile = queries.entity_profile(conn, kind, ids, chosen) if ids and as_table else None
        return ids, profile, queries.entity_articles(conn, ids, chosen)

    if not name.strip():
        fail(f"empty {kind} name", ExitCode.USAGE)
    ids, profile, articles = run_query(db, run)
    if not ids:
        sys.stderr.write(f"icli: no {kind} matches {name!r}; see `icli {LISTS[kind]}`\n")
    if profile:
        output.print_profile(output.make_console(sys.stdout, terminal), profile)
    emit_articles(articles, json_, jsonl, csv_, table)


def entity_list(
    db: DbPath | None, kind: str, chosen: Any, sort: str,
    json_: bool, jsonl: bool, csv_: bool, table: bool,
) -> None:
    """people / countries / partners: entities with their article counts."""
    from icli import output, queries

    if sort not in queries.SORTS:
        fail(f"--sort must be one of {', '.join(queries.SORTS)}, not {sort!r}", ExitCode.USAGE)
    rows = run_query(db, lambda conn: queries.entity_counts(conn, kind, chosen, sort))
    terminal = stdout_is_terminal()
    fmt = output.choose_format(json_, jsonl, csv_, table, terminal)
    if fmt == "table":
        output.print_entities(output.make_console(sys.stdout, terminal), kind, rows)
    else:
        emit_rows(rows, fmt, terminal)


def summary(db: DbPath | None, chosen: Any, top: int, json_: bool, table: bool) -> None:
    """`icli summary`: articles per month, the date range, the top entities."""
    from icli import output, queries

    if top < 0:
        fail(f"--top must be 0 or more, not {top}", ExitCode.USAGE)
    data = run_query(db, lambda conn: queries.summary(conn, chosen, top))
    terminal = stdout_is_terminal()
    if output.choose_format(json_, False, False, table, terminal) == "table":
        output.print_summary(output.make_console(sys.stdout, terminal), data)
    else:
        output.write_json(data, sys.stdout, pretty=terminal)
