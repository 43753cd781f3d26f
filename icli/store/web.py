"""What `icli serve` shows: Datasette's metadata for an archive (titles, hidden tables, facets,
full-text search, canned queries) and the SQL functions those queries call.

Plain data and sqlite3: Datasette itself is imported only by `icli.cli.web_plugin` and by
`icli serve`. Every canned query is read-only SQL over the archive's tables and its
`articles_browse` view (migration m013_browse_view).
"""

from __future__ import annotations

import html
import json
import os
import sqlite3
import threading
import urllib.parse
from collections.abc import Callable
from typing import Any

from icli.store import fulltext, lookup

BROWSE = "articles_browse"  # the view the Articles page shows
FACET_COLUMNS = {"person": "people", "country": "countries", "partner": "partners"}
MAX_ROWS = 1000  # Datasette's default max_returned_rows: a search gives at most this many
# datasette-vega draws the chart its URL fragment describes (escaped for an HTML attribute)
CHART = html.escape("#g.mark=bar&g.x_column=month&g.x_type=ordinal&g.y_column=articles"
                    "&g.y_type=quantitative")

ARTICLE_LIST = "a.id, a.date, a.language, a.title"


# The canned queries are SQL a reader sees and may edit in Datasette: Datasette fills in the
# parameters a page's form asks for (:q, :name, :id); the entity kind is written in.


def _entity_query(kind: str) -> str:
    role = ", m.name, m.role" if kind == "person" else ""  # a person as this article names them
    return f"""select {ARTICLE_LIST}{role}
from mentions m
join articles a on a.id = m.article_id
where m.entity_id in (select value from json_each(icli_entities('{kind}', :name)))
order by a.date desc, a.id"""


def _entity_list(kind: str) -> str:
    code = {"person": "", "country": "code, ", "partner": "code as acronym, "}[kind]
    return f"""select name as {kind}, {code}articles, first_date, last_date
from entities
where kind = '{kind}'
  and articles > 0
order by articles desc, name"""


QUERIES: dict[str, dict[str, str]] = {
    "search": {
        "title": "Search",
        "description": "What `icli search` finds, best first: words (all must match), "
                       "\"phrases\", prefix*, OR, NOT, title:word; English, French and Arabic.",
        "sql": f"""select {ARTICLE_LIST}
from json_each(icli_search(:q)) s
join articles a on a.id = s.value
order by s.key""",
    },
    "who": {"title": "Articles naming a person",
            "description": "Any spelling of the name, or part of one name (as `icli who`).",
            "sql": _entity_query("person")},
    "country": {"title": "Articles naming a country",
                "description": "By name, formal name, demonym or ISO code (as `icli country`).",
                "sql": _entity_query("country")},
    "partner": {"title": "Articles naming a partner",
                "description": "By name or acronym (as `icli partner`).",
                "sql": _entity_query("partner")},
    "article": {
        "title": "Article",
        "description": "One article: its title, date, people (as the article names them, "
                       "with their roles and the person each is in the archive), countries, "
                       "partners, its versions in other languages and its text.",
        "sql": """select field, value, detail, person, id
from (
  select 1 as part, 0 as n, 'title' as field, title as value, subtitle as detail,
         null as person, id
  from articles
  where id = :id
  union all
  select 2, 0, 'date', date, date_source, null, null
  from articles
  where id = :id
  union all
  select 3, 0, 'language', language, null, null, null
  from articles
  where id = :id
  union all
  select case e.kind when 'person' then 4 when 'country' then 5 else 6 end, m.rowid, e.kind,
         coalesce(m.name, e.name), case e.kind when 'person' then m.role else e.code end,
         case e.kind when 'person' then e.name end, null
  from mentions m
  join entities e on e.id = m.entity_id
  where m.article_id = :id
  union all
  select 7, b.id, 'version', b.title, b.language, null, b.id
  from articles a
  join articles b on b.item = a.item and b.id != a.id
  where a.id = :id
    and a.item is not null
  union all
  select 8, 0, 'text', body, null, null, null
  from articles
  where id = :id
)
order by part, n""",
    },
    "months": {
        "title": "Articles per month",
        "description": "Every month from the first dated article to the last, empty ones "
                       "included (the Articles page links to them as a chart).",
        "sql": """with recursive span as (
  select substr(min(date), 1, 7) as first, substr(max(date), 1, 7) as last
  from articles
), months(month) as (
  select first
  from span
  where first is not null
  union all
  select strftime('%Y-%m', month || '-01', '+1 month')
  from months, span
  where month < last
)
select month, (
  select count(*)
  from articles
  where date between month || '-01' and month || '-31'
) as articles
from months
order by month""",
    },
    "people": {"title": "People", "description": "People with their article counts.",
               "sql": _entity_list("person")},
    "countries": {"title": "Countries", "description": "Countries with their article counts.",
                  "sql": _entity_list("country")},
    "partners": {"title": "Partners",
                 "description": "Partner organizations with their article counts.",
                 "sql": _entity_list("partner")},
}


def database_name(path: str) -> str:
    """The name Datasette gives the database at `path` (its file name without the suffix)."""
    return os.path.splitext(os.path.basename(path))[0]


def metadata(path: str) -> dict[str, Any]:
    """Datasette's metadata for the archive at `path` (StoreError if it cannot be read):
    every table hidden (reachable from "hidden tables"), the Articles view shown."""
    from icli.store.connection import open_for_reading

    conn = open_for_reading(path)
    try:
        stored = [row[0] for row in conn.execute("""
            SELECT name
            FROM sqlite_master
            WHERE type = 'table'
        """)]
    finally:
        conn.close()
    tables: dict[str, Any] = {table: {"hidden": True} for table in stored}
    tables.update({
        BROWSE: {
            "title": "Articles",
            "description_html": "Every article, newest first: open one by its title. The search "
                                "box reads words (all must match); the <a href=\"search\">Search"
                                "</a> query reads what <code>icli search</code> reads. Facets: "
                                "language, month, people, countries, partners. <a href=\""
                                f"months{CHART}\">Articles per month</a> as a chart.",
            "sort_desc": "date",
            "fts_table": "articles_fts",
            "fts_pk": "id",
            "facets": ["language", "month", *({"array": column}
                                              for column in FACET_COLUMNS.values())],
        },
        "articles": {"title": "Articles (as stored)", "label_column": "title", "hidden": True,
                     "description": "The stored articles, with their keys and hashes."},
        "entities": {"title": "People, countries and partners", "label_column": "name",
                     "hidden": True},
        "mentions": {"title": "Mentions", "hidden": True,
                     "description": "Which article names which person, country or partner, "
                                    "with the role it gives a person."},
    })
    return {
        "title": "ICESCO news archive",
        "description": "Articles read from ICESCO's news pages by icli, with the people, "
                       "countries and partners they name.",
        "databases": {database_name(path): {"tables": tables, "queries": QUERIES}},
    }


def browse_link(base: str, kind: str, name: str) -> str:
    """The Articles page filtered to the articles naming `name` (a person, country or
    partner), at the database URL `base`."""
    query = urllib.parse.urlencode({f"{FACET_COLUMNS[kind]}__arraycontains": name})
    return f"{base}/{BROWSE}?{query}"


def article_link(base: str, article_id: int) -> str:
    """The page of one article, at the database URL `base`."""
    return f"{base}/article?{urllib.parse.urlencode({'id': article_id})}"


# --- SQL functions the canned queries call --------------------------------------------------


def sql_functions(path: str) -> dict[str, tuple[int, Callable[..., str]]]:
    """`icli_search(q)` and `icli_entities(kind, name)` for the archive at `path`: JSON arrays
    of ids, found as `icli search` and `icli who/country/partner` find them. They read through
    a connection of their own (one per thread), so they never disturb the one Datasette is
    running the query on."""
    local = threading.local()

    def connection() -> sqlite3.Connection:
        if not hasattr(local, "conn"):
            from icli.store.connection import open_for_reading

            local.conn = open_for_reading(path)
        return local.conn

    def search(query: str | None) -> str:
        if query is None or not query.strip():
            return "[]"
        return json.dumps(fulltext.search_ids(connection(), query, MAX_ROWS))

    def entities(kind: str, name: str | None) -> str:
        found = lookup.lookup(connection(), kind, name) if name is not None and name.strip() else None
        return json.dumps(found.ids if found else [])

    return {"icli_search": (1, search), "icli_entities": (2, entities)}

