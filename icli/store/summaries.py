"""Entities listed with their counts, timelines, who appears with whom, summaries and the
network of co-mentions."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from icli.choices import BY_NAME, DEFAULT_TOP, ENTITY_KINDS, FIRST, LATEST, MOST
from icli.extract.offices import as_one_office, office_key, office_spelling
from icli.store.queries import (
    HYDRATE_CHUNK,
    ITEM,
    Filters,
    filter_clauses,
    limit_sql,
    where_sql,
)
from icli.store.recount import any_marked
from icli.store.sql import id_array, mentioned
from icli.text.normalize import ARABIC_LETTER

ENTITY_ORDER = {MOST: "n_articles DESC, e.name", BY_NAME: "e.name COLLATE NOCASE",
                LATEST: "last_seen DESC, n_articles DESC", FIRST: "first_seen, n_articles DESC"}


def entity_counts(
    conn: sqlite3.Connection, kind: str, filters: Filters, sort: str = MOST,
    only: list[int] | None = None, details: bool = True, asked: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Entities of `kind` with how many (filtered) articles mention them, and when;
    with `details`, also their aliases and (people) roles (each office in the script of
    `asked`, the name the user typed, when given: _roles); yielded as the query gives them.

    With no article filter the counts and date spans stored in `entities` are read (those of
    the entities an ingest marked, counted from their mentions: _stored_counts); with filters
    they are counted from the matching mentions.
    """
    clauses, params = filter_clauses(conn, filters)
    params["kind"] = kind
    if only is not None:
        params["only"] = id_array(only)
    if not clauses:  # the whole archive
        where = ["kind = :kind", "n_articles > 0"]
        if only is not None:
            where.append("id IN (SELECT value FROM json_each(:only))")
        rows = conn.execute(f"""
            SELECT id, name, code, n_articles, first_seen, last_seen
            FROM {_stored_counts(conn)}
            {where_sql(where)}
            ORDER BY {ENTITY_ORDER[sort]}
            {limit_sql(filters)}
        """, params)
    else:
        if only is not None:
            clauses.append("m.entity_id IN (SELECT value FROM json_each(:only))")
        rows = conn.execute(f"""
            WITH counted AS (
                SELECT m.entity_id, COUNT(*) AS articles, MIN(a.date) AS first,
                       MAX(a.date) AS last
                FROM mentions m
                JOIN articles a ON a.id = m.article_id
                {where_sql(clauses)}
                GROUP BY m.entity_id
            )
            SELECT e.id, e.name, e.code, counted.articles AS n_articles,
                   counted.first AS first_seen, counted.last AS last_seen
            FROM counted
            JOIN entities e ON e.id = counted.entity_id
            WHERE e.kind = :kind
            ORDER BY {ENTITY_ORDER[sort]}
            {limit_sql(filters)}
        """, params)
    return _entity_items(conn, kind, rows, filters, details, asked)


# Each entity's articles and first and last dates, as `entities` stores them: an ingest marks
# (entity_dirty) every entity whose mentions it changes, in the transaction that changes them,
# and its end recounts the marked ones and clears the marks. While an ingest runs, and after one
# was interrupted, a marked entity is counted from its mentions here (idx_mentions_entity_date),
# so the lists and the summary agree with `who` at every moment.
STORED_COUNTS = """(
    SELECT id, kind, name, code, articles AS n_articles, first_date AS first_seen,
           last_date AS last_seen
    FROM entities
) e"""
MARKED_COUNTS = """(
    SELECT id, kind, name, code,
           CASE WHEN d.entity_id IS NULL THEN articles
                ELSE (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id)
           END AS n_articles,
           CASE WHEN d.entity_id IS NULL THEN first_date
                ELSE (SELECT MIN(m.date) FROM mentions m WHERE m.entity_id = e.id)
           END AS first_seen,
           CASE WHEN d.entity_id IS NULL THEN last_date
                ELSE (SELECT MAX(m.date) FROM mentions m WHERE m.entity_id = e.id)
           END AS last_seen
    FROM entities e
    LEFT JOIN entity_dirty d ON d.entity_id = e.id
) e"""


def _stored_counts(conn: sqlite3.Connection) -> str:
    """The FROM clause giving every entity's counts (STORED_COUNTS, or MARKED_COUNTS while
    some entity is marked for a recount)."""
    return MARKED_COUNTS if any_marked(conn) else STORED_COUNTS


def _entity_items(conn: sqlite3.Connection, kind: str, rows: Iterable[sqlite3.Row],
                  filters: Filters, details: bool, asked: str | None = None
                  ) -> Iterator[dict[str, Any]]:
    """entity_counts' objects for its rows, HYDRATE_CHUNK at a time."""
    rows = iter(rows)
    while chunk := list(islice(rows, HYDRATE_CHUNK)):
        ids = [row["id"] for row in chunk]
        aliases = _aliases(conn, ids) if details and kind != "country" else {}
        roles = _roles(conn, ids, filters, asked) if details and kind == "person" else {}
        for row in chunk:
            item: dict[str, Any] = {"id": row["id"], "name": row["name"]}
            if kind == "country":
                item["code"] = row["code"]
            if kind == "partner":
                item["acronym"] = row["code"]
            if details and kind != "country":
                item["aliases"] = aliases.get(row["id"], [])
            if details and kind == "person":
                item["roles"] = roles.get(row["id"], [])
            item.update(articles=row["n_articles"], first=row["first_seen"], last=row["last_seen"])
            yield item


def count_entities(conn: sqlite3.Connection, kind: str, filters: Filters) -> int:
    """How many entities entity_counts would give with no limit."""
    clauses, params = filter_clauses(conn, filters)
    params["kind"] = kind
    if not clauses:
        return conn.execute(f"""
            SELECT COUNT(*)
            FROM {_stored_counts(conn)}
            WHERE kind = :kind
              AND n_articles > 0
        """, params).fetchone()[0]
    return conn.execute(f"""
        SELECT COUNT(DISTINCT m.entity_id)
        FROM mentions m
        JOIN articles a ON a.id = m.article_id
        JOIN entities e ON e.id = m.entity_id
        {where_sql([*clauses, "e.kind = :kind"])}
    """, params).fetchone()[0]


def _aliases(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    if ids:
        for entity_id, alias in conn.execute("""
            SELECT DISTINCT entity_id, alias
            FROM entity_aliases
            WHERE entity_id IN (SELECT value FROM json_each(:ids))
            ORDER BY entity_id, length(alias) DESC
        """, {"ids": id_array(ids)}):
            found[entity_id].append(alias)
    return found


def _articles_join(clauses: list[str], mentions: str = "m") -> str:
    """The join to articles that filter clauses need (mentions carry their article's date, so
    nothing else does: reading an article's row reads its page of body text)."""
    return f"JOIN articles a ON a.id = {mentions}.article_id" if clauses else ""


def _roles(
    conn: sqlite3.Connection, ids: list[int], filters: Filters, asked: str | None = None
) -> dict[int, list[dict[str, Any]]]:
    """Roles seen for each person in the filtered articles, with when and how often: the
    spellings of one office (offices.office_key of the mention's office: "Director-General
    of ICESCO", "ICESCO Director-General", "المدير العام للإيسيسكو") as one role, shown as a
    spelling (offices.office_spelling) in the script of `asked` (the name typed), else
    in the script most of the person's role mentions are written in (a tie: Latin); an office
    the person's other roles say more fully (offices.as_one_office: its country, the rank of a
    French "adjoint") counts as that one, shown in its spellings; roles by mentions, then the
    latest, then text order."""
    rows: dict[int, list[tuple[str, str, int, str | None, str | None]]] = defaultdict(list)
    clauses, params = filter_clauses(conn, filters)
    if ids:
        params["ids"] = id_array(ids)
        where = ["m.entity_id IN (SELECT value FROM json_each(:ids))", "m.role IS NOT NULL"]
        for entity_id, role, held, count, first, last in conn.execute(f"""
            SELECT m.entity_id, m.role, coalesce(m.office, m.role), COUNT(*), MIN(m.date),
                   MAX(m.date)
            FROM mentions m
            {_articles_join(clauses)}
            {where_sql(where + clauses)}
            GROUP BY m.entity_id, m.role, m.office
        """, params):
            rows[entity_id].append((office_key(held) or role, role, count, first, last))
    roles = {}
    for entity_id, held in rows.items():
        # one office said more fully elsewhere is that office ("Minister of Culture" is his
        # "Minister of Culture of Jordan"), shown in a spelling that says it fully
        shown = as_one_office(office for office, *_ in held)
        offices: dict[str, list[tuple[str, int, str | None]]] = {}
        counts: dict[str, list[Any]] = {}  # office → [count, first, last]
        for office, role, count, first, last in held:
            if office == shown[office]:
                offices.setdefault(office, []).append((role, count, last))
            seen = counts.setdefault(shown[office], [0, None, None])
            seen[0] += count
            seen[1] = min(filter(None, (seen[1], first)), default=None)
            seen[2] = max(filter(None, (seen[2], last)), default=None)
        spellings = [spelling for written in offices.values() for spelling in written]
        arabic = (bool(ARABIC_LETTER.search(asked)) if asked and asked.strip()
                  else 2 * sum(n for role, n, _ in spellings if ARABIC_LETTER.search(role))
                  > sum(n for _, n, _ in spellings))
        listed = sorted(({"role": office_spelling(written, arabic), "articles": counts[office][0],
                          "first": counts[office][1], "last": counts[office][2]}
                         for office, written in offices.items()), key=lambda r: r["role"])
        listed.sort(key=lambda r: r["last"] or "", reverse=True)
        roles[entity_id] = sorted(listed, key=lambda r: -r["articles"])
    return roles


def timeline(conn: sqlite3.Connection, filters: Filters, ids: list[int] | None = None) -> list[dict[str, Any]]:
    """Articles and news items per month (YYYY-MM), oldest first, from the first month with an
    article to the last, months without any included (0); undated articles are left out (an
    item whose versions straddle two months counts in both)."""
    clauses, params = filter_clauses(conn, filters)
    clauses.append("a.date IS NOT NULL")
    if ids is not None:
        clauses.append("""a.id IN (
            SELECT article_id
            FROM mentions
            WHERE entity_id IN (SELECT value FROM json_each(:ids))
        )""")
        params["ids"] = id_array(ids)
    rows = conn.execute(f"""
        SELECT substr(a.date, 1, 7) AS month, COUNT(*) AS articles,
               COUNT(DISTINCT {ITEM}) AS items
        FROM articles a
        {where_sql(clauses)}
        GROUP BY month
        ORDER BY month
    """, params)
    return every_month([{"month": month, "articles": count, "items": items}
                        for month, count, items in rows])


def every_month(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Month counts (YYYY-MM, oldest first: articles and items) with the months between them
    that have none."""
    if not rows:
        return []
    counts = {row["month"]: (row["articles"], row["items"]) for row in rows}
    year, month = map(int, rows[0]["month"].split("-"))
    filled = []
    while True:
        key = f"{year:04d}-{month:02d}"
        articles, items = counts.get(key, (0, 0))
        filled.append({"month": key, "articles": articles, "items": items})
        if key >= rows[-1]["month"]:
            return filled
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def co_mentions(
    conn: sqlite3.Connection, ids: list[int], filters: Filters, per_kind: int = 5
) -> dict[str, list[dict[str, Any]]]:
    """The people, countries and partners most often named in the same news items as `ids`
    (`articles`: how many items)."""
    clauses, params = filter_clauses(conn, filters)
    params["ids"] = id_array(ids)
    named = "(SELECT value FROM json_each(:ids))"
    rows = conn.execute(f"""
        SELECT e.kind, e.name, COUNT(DISTINCT {ITEM}) AS n
        FROM mentions m1
        JOIN mentions m2 ON m2.article_id = m1.article_id
        JOIN entities e ON e.id = m2.entity_id
        JOIN articles a ON a.id = m1.article_id
        {where_sql([f"m1.entity_id IN {named}", f"m2.entity_id NOT IN {named}", *clauses])}
        GROUP BY m2.entity_id
        ORDER BY n DESC, e.name
    """, params).fetchall()
    result: dict[str, list[dict[str, Any]]] = {kind: [] for kind in ENTITY_KINDS}
    for kind, name, count in rows:
        if len(result[kind]) < per_kind:
            result[kind].append({"name": name, "articles": count})
    return result


def entity_profile(
    conn: sqlite3.Connection, kind: str, ids: list[int], filters: Filters,
    asked: str | None = None,
) -> dict[str, Any]:
    """What the archive says about an entity: identities, roles (in the script of `asked`, the
    name typed: _roles), counts, timeline, company."""
    unlimited = filters._replace(limit=0)
    # Articles and items are counted over every version, whether or not --per-item keeps one.
    entities = list(entity_counts(conn, kind, unlimited._replace(per_item=()), only=ids,
                                  asked=asked))
    extra = _extra_versions(conn, kind, filters)
    for entity in entities:
        entity["items"] = entity["articles"] - extra.get(entity["id"], 0)
    return {
        "kind": kind,
        "entities": entities,
        "timeline": timeline(conn, unlimited, ids),
        "appears_with": co_mentions(conn, ids, unlimited),
    }


# --- summaries -------------------------------------------------------------------------------


def summary(conn: sqlite3.Connection, filters: Filters, top: int = DEFAULT_TOP) -> dict[str, Any]:
    """Counts over time, the date range, the top entities and the sources, all by SQL."""
    clauses, params = filter_clauses(conn, filters)
    where = where_sql(clauses)
    total, items, dated, first, last = conn.execute(f"""
        SELECT COUNT(*), COUNT(DISTINCT {ITEM}), COUNT(a.date), MIN(a.date), MAX(a.date)
        FROM articles a
        {where}
    """, params).fetchone()
    by_language = dict(conn.execute(f"""
        SELECT a.language, COUNT(*)
        FROM articles a
        {where}
        GROUP BY a.language
        ORDER BY 2 DESC
    """, params).fetchall())
    by_date_source = dict(conn.execute(f"""
        SELECT COALESCE(a.date_source, 'none'), COUNT(*)
        FROM articles a
        {where}
        GROUP BY a.date_source
        ORDER BY 2 DESC
    """, params).fetchall())
    limited = filters._replace(limit=top, offset=0)
    files, latest = conn.execute(f"""
        SELECT COUNT(DISTINCT s.path), MAX(src.ingested_at)
        FROM article_sources s
        JOIN articles a ON a.id = s.article_id
        JOIN sources src ON src.path = s.path
        {where}
    """, params).fetchone() if clauses else conn.execute("""
        SELECT COUNT(*), MAX(ingested_at)
        FROM sources
        WHERE articles > 0
    """).fetchone()
    return {
        "articles": total,
        "items": items,
        "dated": dated,
        "undated": total - dated,
        "first": first,
        "last": last,
        "months": timeline(conn, filters),
        "languages": by_language,
        "date_sources": by_date_source,
        "top": {
            "people": _top_items(conn, "person", limited),
            "countries": _top_items(conn, "country", limited),
            "partners": _top_items(conn, "partner", limited),
        },
        "sources": {"files": files, "last_ingested": latest},
    }


def _extra_versions(conn: sqlite3.Connection, kind: str, filters: Filters) -> dict[int, int]:
    """For each entity of `kind` named in several versions of one item (among the filtered
    articles): how many more articles than items name it. Reads only linked articles."""
    clauses, params = filter_clauses(conn, filters._replace(per_item=()))
    params["kind"] = kind
    return dict(conn.execute(f"""
        SELECT m.entity_id, COUNT(*) - COUNT(DISTINCT a.item)
        FROM articles a INDEXED BY idx_articles_item
        JOIN mentions m ON m.article_id = a.id
        JOIN entities e ON e.id = m.entity_id
        {where_sql(["a.item IS NOT NULL", "e.kind = :kind", *clauses])}
        GROUP BY m.entity_id
        HAVING COUNT(*) > COUNT(DISTINCT a.item)
    """, params))


def _top_items(conn: sqlite3.Connection, kind: str, filters: Filters) -> list[dict[str, Any]]:
    """The `filters.limit` entities of `kind` named in the most news items (`items`; ties by
    articles, then name), with their article counts: read in article-count order until no
    entity left can have more items than the last one kept."""
    top = filters.limit
    if not top:
        return []
    extra = _extra_versions(conn, kind, filters)
    kept: list[dict[str, Any]] = []
    for entity in entity_counts(conn, kind, filters._replace(limit=0, offset=0), details=False):
        if len(kept) >= top and entity["articles"] < kept[-1]["items"]:
            break
        entity["items"] = entity["articles"] - extra.get(entity["id"], 0)
        kept.append(entity)
        kept.sort(key=lambda e: (-e["items"], -e["articles"], e["name"]))
        del kept[top:]
    keep = ("id", "name", "code", "acronym", "items", "articles")
    return [{k: e[k] for k in keep if k in e} for e in kept]


def count_pairs(conn: sqlite3.Connection, filters: Filters) -> int:
    """How many pairs network would give with no limit."""
    clauses, params = filter_clauses(conn, filters)
    return conn.execute(f"""
        SELECT COUNT(*)
        FROM (
            SELECT 1
            {PAIR_JOINS}
            {where_sql(clauses)}
            GROUP BY m1.entity_id, m2.entity_id
        )
    """, params).fetchone()[0]


def _entity_names(conn: sqlite3.Connection) -> Callable[[int], dict[str, Any]]:
    """`{"id", "kind", "name"}` of an entity by id, each read once."""
    cache: dict[int, dict[str, Any]] = {}

    def named(entity_id: int) -> dict[str, Any]:
        found = cache.get(entity_id)
        if found is None:
            kind, name = conn.execute("""
                SELECT kind, name
                FROM entities
                WHERE id = :id
            """, {"id": entity_id}).fetchone()
            found = cache[entity_id] = {"id": entity_id, "kind": kind, "name": name}
        return found

    return named


def _pairs(conn: sqlite3.Connection, rows: Iterable[tuple[Any, ...]]) -> Iterator[dict[str, Any]]:
    """Pair objects for rows of (entity, other entity, shared, latest date, id, title)."""
    named = _entity_names(conn)
    for source, target, shared, articles, latest_date, latest_id, latest_title in rows:
        yield {"source": named(source), "target": named(target), "articles": articles,
               "latest": {"id": latest_id, "date": latest_date, "title": latest_title},
               "items": shared}


PAIR_COLUMNS = (f"m1.entity_id, m2.entity_id, COUNT(DISTINCT {ITEM}) AS shared, "
                "COUNT(*) AS articles, MAX(a.date) AS latest_date, a.id, a.title")
PAIR_JOINS = """
    FROM mentions m1
    JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.entity_id > m1.entity_id
    JOIN articles a ON a.id = m1.article_id
"""


def network(conn: sqlite3.Connection, filters: Filters) -> Iterator[dict[str, Any]]:
    """Pairs of entities named in the same articles, most shared articles first, as the query
    yields them (after it has counted every pair). Each pair carries the count and the latest
    article the two share."""
    clauses, params = filter_clauses(conn, filters)
    rows = conn.execute(f"""
        SELECT {PAIR_COLUMNS}
        {PAIR_JOINS}
        {where_sql(clauses)}
        GROUP BY m1.entity_id, m2.entity_id
        ORDER BY shared DESC, latest_date DESC
        {limit_sql(filters)}
    """, params)
    return _pairs(conn, rows)


def graph_pairs(conn: sqlite3.Connection, filters: Filters) -> Iterator[dict[str, Any]]:
    """The pairs `network` gives with no limit, in no ranking: entity by entity (the least
    mentioned first), each entity's pairs counted from its index entries, so the first come at
    once whatever the archive's size."""
    clauses, params = filter_clauses(conn, filters)
    sql = f"""
        SELECT {PAIR_COLUMNS}
        {PAIR_JOINS}
        {where_sql(["m1.entity_id = :entity", *clauses])}
        GROUP BY m2.entity_id
    """
    entities = conn.execute(f"""
        SELECT id
        FROM entities
        WHERE {mentioned('entities')}
        ORDER BY articles, id
    """)
    return _pairs(conn, (row for (entity_id,) in entities
                         for row in conn.execute(sql, {**params, "entity": entity_id})))
