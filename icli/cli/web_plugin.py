"""icli's Datasette plugin (entry point `datasette: icli`): the SQL functions of the canned
queries `icli.store.web` writes, and links in their cells (a title to its article, a name to
its articles).

Cells are built with markupsafe, which escapes every value: text from a dump stays text.
"""

from __future__ import annotations

import json
from typing import Any

from datasette import hookimpl
from markupsafe import Markup

from icli.store import web

KINDS = {column: kind for kind, column in web.FACET_COLUMNS.items()}


@hookimpl
def prepare_connection(conn: Any, database: str, datasette: Any) -> None:
    """Register icli's SQL functions on the connections to a database `icli serve` shows."""
    if not _shown_by_icli(datasette, database):
        return
    path = datasette.databases[database].path
    for name, (arguments, function) in web.sql_functions(path).items():
        conn.create_function(name, arguments, function)


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str,
                datasette: Any) -> Markup | None:
    """Links in a database `icli serve` shows: an article's title (or a version's) to its
    page; a person, country or partner to the Articles page filtered to it (a person named
    otherwise in an article: to the archive's person); an article's text as paragraphs.
    (Datasette does not tell a canned query's name: its columns say what a row is.)"""
    if value is None or not _shown_by_icli(datasette, database):
        return None
    base = datasette.urls.database(database)
    columns = row.keys()
    if column == "title" and "id" in columns:
        return _link(web.article_link(base, row["id"]), value)
    if column in web.FACET_COLUMNS:
        return _link(web.browse_link(base, column, value), value)
    if table == web.BROWSE and column in KINDS:
        names = json.loads(value)
        if not names:  # an empty cell (Datasette shows its raw value for an empty answer)
            return Markup("&nbsp;")
        return Markup(", ").join(_link(web.browse_link(base, KINDS[column], n), n) for n in names)
    if column == "value" and "field" in columns:
        if row["field"] == "person" and row["person"]:  # as written, to the archive's person
            return _link(web.browse_link(base, "person", row["person"]), value)
        if row["field"] in web.FACET_COLUMNS:
            return _link(web.browse_link(base, row["field"], value), value)
        if row["field"] == "version":
            return _link(web.article_link(base, row["id"]), value)
        if row["field"] == "text":
            return Markup("").join(Markup("<p>{}</p>").format(paragraph)
                                   for paragraph in value.split("\n\n"))
    return None


def _link(href: str, text: str) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href, text)


def _shown_by_icli(datasette: Any, database: str) -> bool:
    """Whether `database` is an archive shown with icli's metadata (the plugin leaves any other
    database Datasette serves alone)."""
    return web.BROWSE in (datasette.metadata("tables", database=database) or {})
