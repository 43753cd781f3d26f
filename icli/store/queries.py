"""Read queries over the archive, returning contract-shaped article objects: the filters every
query takes, and articles listed and read. Entities are looked up by name in `lookup`, full-text
search is in `fulltext`, entity lists, timelines, summaries and the network in `summaries`.

Plain sqlite3 only (no sqlite-utils, no dateparser): queries must start fast.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict, namedtuple
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from icli.choices import DEFAULT_LIMIT, ENTITY_KINDS, LANGUAGES, NEWEST, OLDEST
from icli.errors import UsageError
from icli.store.lookup import find_entities
from icli.store.sources import path_shower
from icli.store.sql import id_array, named_list, placeholders


class QueryError(UsageError):
    """A query that cannot be run as asked (nothing searchable, unknown entity kind)."""


class Filters(namedtuple("Filters",
                         "since until person country partner language limit offset per_item every",
                         defaults=(None, None, (), (), (), (), DEFAULT_LIMIT, 0, (), False))):
    """The filters every query command accepts: dates are ISO strings, both inclusive; each
    of person, country, partner and language is a tuple of values, any of which matches;
    `per_item` (languages in order of preference, none: every article) keeps one article per
    news item, the matching version in the first language it can; `every` (--all): a name
    means all the entities lookup.find_entities gives it with `every`.

    A named tuple rather than a dataclass: importing dataclasses costs every query 9 ms.
    """

    __slots__ = ()


# The keys of an article object (docs/contract.md), in order; `search` adds SEARCH_EXTRA.
ARTICLE_FIELDS = ("id", "title", "subtitle", "date", "date_source", "source", "position",
                  "sources", "language", "persons", "countries", "partners", "body", "versions")
SEARCH_EXTRA = ("snippet", "score")
MATCHED = ("matched",)  # what who/country/partner --all add: which of the entities each names
# The keys of entity_counts' objects for each kind, and of a network pair.
ENTITY_FIELDS = {
    "person": ("id", "name", "aliases", "roles", "articles", "first", "last"),
    "country": ("id", "name", "code", "articles", "first", "last"),
    "partner": ("id", "name", "acronym", "aliases", "articles", "first", "last"),
}
PAIR_FIELDS = ("source", "target", "articles", "latest", "items")
# The keys of a pair's objects (summaries.network), which CSV spreads over columns of their own.
PAIR_OBJECTS = {"source": ("id", "kind", "name"), "target": ("id", "kind", "name"),
                "latest": ("id", "date", "title")}

ARTICLE_COLUMNS = (
    "a.id, a.title, a.subtitle, a.date, a.date_source, a.source, a.position, a.language, a.body"
)
NEWEST_FIRST = "a.date DESC, a.id"  # undated last (NULL sorts lowest); walks idx_articles_date


def entity_ids(conn: sqlite3.Connection, kind: str, values: Iterable[str],
               every: bool = False) -> list[int]:
    """Ids of the entities of `kind` that any of `values` names, each as lookup resolves it (all
    candidates of an ambiguous one; with `every`, also those a surname's owner leaves out), in
    order."""
    return sorted({i for value in values for i in find_entities(conn, kind, value, every)})


def names_any(a: str, param: str) -> str:
    """SQL: article `a` names one of the entities in the JSON array parameter `:param`, probed
    per article through the mentions' primary key (article, entity)."""
    return f"""EXISTS (
                SELECT 1
                FROM mentions x
                WHERE x.article_id = {a}.id
                  AND x.entity_id IN (SELECT value FROM json_each(:{param}))
            )"""


def filter_clauses(conn: sqlite3.Connection, filters: Filters, a: str = "a",
                   probe: bool = False, skip: tuple[str, ...] = (),
                   own: Callable[[str], str] | None = None) -> tuple[list[str], dict[str, Any]]:
    """SQL conditions on alias `a` (articles) for the filters, and their named parameters
    (:since, :until, :language_N, :person, :country, :partner, :prefer_N). A statement adds
    its own parameters under other names, or under these names with the same values.

    An entity filter reads the list of the entity's articles (IN), for a statement that goes
    through all of them; with `probe`, each article is checked through the mentions' primary
    key (EXISTS), for one that stops at a limit. The entity filters of the kinds in `skip` are
    left to the caller (the per-item condition still applies them to the other versions).

    With --per-item, an article is kept unless another version of its item that matches comes
    first in the order of preference; "matches" is the filters and `own`, the command's own
    match (a search's terms, who/country/partner's entities) as SQL on an alias, which the
    caller applies to `a` itself and gives the parameters of."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if filters.since:
        clauses.append(f"{a}.date >= :since")
        params["since"] = filters.since
    if filters.until:
        clauses.append(f"{a}.date <= :until")
        params["until"] = filters.until
    if filters.language:
        languages = named_list("language", filters.language)
        clauses.append(f"{a}.language IN ({placeholders(languages)})")
        params.update(languages)
    for kind, values in (
        ("person", filters.person),
        ("country", filters.country),
        ("partner", filters.partner),
    ):
        if values and kind not in skip:
            clauses.append(names_any(a, kind) if probe else f"""{a}.id IN (
                SELECT m.article_id
                FROM mentions m
                WHERE m.entity_id IN (SELECT value FROM json_each(:{kind}))
            )""")
            params[kind] = id_array(entity_ids(conn, kind, values, filters.every))
    if filters.per_item and a == "a":
        other, other_params = filter_clauses(conn, filters._replace(per_item=()), "v", probe)
        prefer = named_list("prefer", filters.per_item)
        mine, theirs = _language_rank("a", prefer), _language_rank("v", prefer)
        if own is not None:
            other.append(own("v"))
        # no version of the item that matches too comes first
        clauses.append(f"""(a.item IS NULL OR NOT EXISTS (
                SELECT 1
                FROM articles v
                WHERE v.item = a.item
                  AND v.id != a.id
                  AND ({theirs} < {mine} OR {theirs} = {mine} AND v.id < a.id)
                  {"".join(f" AND {clause}" for clause in other)}
            ))""")
        params.update(other_params)
        params.update(prefer)
    return clauses, params


def limit_sql(filters: Filters) -> str:
    """LIMIT and OFFSET for the filters (limit 0: no limit), as integers written out: SQLite's
    planner counts on a constant LIMIT (a bound one it cannot read) when it weighs an index
    that gives the order against a sort."""
    if not filters.limit and not filters.offset:
        return ""
    return f" LIMIT {int(filters.limit) or -1} OFFSET {int(filters.offset)}"


ARTICLE_ORDER = {NEWEST: NEWEST_FIRST, OLDEST: "a.date IS NULL, a.date, a.id"}


def where_sql(clauses: list[str]) -> str:
    """`WHERE` and the clauses joined by AND, one per line ('' for none)."""
    return "WHERE " + "\n  AND ".join(clauses) if clauses else ""


def _selection(conn: sqlite3.Connection, filters: Filters) -> tuple[str, dict[str, Any]]:
    """`FROM articles a WHERE ...` for the filters."""
    clauses, params = filter_clauses(conn, filters)
    return f"""
        FROM articles a
        {where_sql(clauses)}
    """, params


SELF = "entity"  # in an entity selection's sets: the entities who/country/partner was asked for


def _filter_sets(conn: sqlite3.Connection, filters: Filters) -> dict[str, list[int]]:
    """The ids each entity filter of `filters` names, by kind (only the filters given)."""
    return {kind: entity_ids(conn, kind, getattr(filters, kind), filters.every)
            for kind in ENTITY_KINDS if getattr(filters, kind)}


def list_articles(conn: sqlite3.Connection, filters: Filters,
                  sort: str = NEWEST) -> Iterator[dict[str, Any]]:
    """Articles matching the filters, newest first (`sort="date"`: oldest first), as the
    query yields them. With an entity filter (--person, --country, --partner) they come from
    the mentions' index of the least mentioned of the filters' entities (_entity_arms)."""
    sets = _filter_sets(conn, filters)
    if sets:
        return _entity_rows(conn, sets, filters, sort)
    selection, params = _selection(conn, filters)
    return hydrate(conn, conn.execute(f"""
        SELECT {ARTICLE_COLUMNS}
        {selection}
        ORDER BY {ARTICLE_ORDER[sort]}
        {limit_sql(filters)}
    """, params))


def is_empty(conn: sqlite3.Connection) -> bool:
    """Whether the archive holds no article at all."""
    return conn.execute("""
        SELECT NOT EXISTS (SELECT 1 FROM articles)
    """).fetchone()[0] == 1


def count_articles(conn: sqlite3.Connection, filters: Filters) -> int:
    """How many articles list_articles would give with no limit."""
    sets = _filter_sets(conn, filters)
    if sets:
        return _count_entity_rows(conn, sets, filters)
    selection, params = _selection(conn, filters)
    return conn.execute(f"""
        SELECT COUNT(*)
        {selection}
    """, params).fetchone()[0]


# An entity's articles in each order, with the column each order needs: both orders are
# those of ARTICLE_ORDER, read from an index on mentions (m008's newest first, m015's oldest
# first) with no sort. With --since/--until no undated article is left, and the bounds go to
# the index once `date IS NULL` is fixed (`(m.date IS NULL) = 0`).
ENTITY_COLUMNS = ("m.article_id AS id, a.title, a.subtitle, m.date AS date, a.date_source, "
                  "a.source, a.position, a.language, a.body")
ENTITY_ORDER = {NEWEST: "date DESC, id", OLDEST: "undated, date, id"}
ENTITY_SORT_COLUMN = {NEWEST: "", OLDEST: ", m.date IS NULL AS undated"}
MAX_ARMS = 64  # entities read each from its own index range and merged; more: one range, sorted


def _stored_articles(conn: sqlite3.Connection, ids: list[int]) -> float:
    """How many articles the entities `ids` have in all, as stored (recounted at each ingest's
    end: a choice of plan, not an answer)."""
    return conn.execute("""
        SELECT total(articles)
        FROM entities
        WHERE id IN (SELECT value FROM json_each(:ids))
    """, {"ids": id_array(ids)}).fetchone()[0]


def _entity_arms(conn: sqlite3.Connection, sets: dict[str, list[int]], filters: Filters,
                 columns: str) -> tuple[list[str], dict[str, Any]]:
    """SELECTs of `columns`, one per entity (to join by UNION ALL), of the articles naming an
    entity of every set in `sets` (the kinds of the filters' entity filters, and SELF for
    who/country/partner's own entities) and matching the other filters; none if a set is
    empty. Each SELECT walks the mentions' index of one entity of the set whose entities have
    the fewest articles (the others are checked per article through the primary key), so
    ORDER BY ENTITY_ORDER merges the SELECTs as they come and a LIMIT stops them; an article
    naming several of those entities counts once (under the smallest)."""
    if not all(sets.values()):
        return [], {}
    driver = min(sets, key=lambda kind: _stored_articles(conn, sets[kind])) if len(sets) > 1 \
        else next(iter(sets))
    own = (lambda alias: names_any(alias, SELF)) if SELF in sets else None
    clauses, params = filter_clauses(conn, filters, probe=True, skip=(driver,), own=own)
    if SELF in sets:
        params[SELF] = id_array(sets[SELF])
        if driver != SELF:
            clauses.append(names_any("a", SELF))
    ids = sets[driver]
    params["driver"] = id_array(ids)
    head = []
    if len(ids) > 1:
        head.append("""NOT EXISTS (
                    SELECT 1
                    FROM mentions o
                    WHERE o.article_id = m.article_id
                      AND o.entity_id < m.entity_id
                      AND o.entity_id IN (SELECT value FROM json_each(:driver))
                )""")
    if filters.since or filters.until:  # the same bounds as filter_clauses', on the index
        head.append("(m.date IS NULL) = 0")
    if filters.since:
        head.append("m.date >= :since")
    if filters.until:
        head.append("m.date <= :until")
    if len(ids) > MAX_ARMS:
        entities = ["m.entity_id IN (SELECT value FROM json_each(:driver))"]
    else:
        entities = [f"m.entity_id = :driver_{n}" for n in range(len(ids))]
        params.update(named_list("driver", ids))
    return [f"""
        SELECT {columns}
        FROM mentions m
        JOIN articles a ON a.id = m.article_id
        {where_sql([entity, *head, *clauses])}
    """ for entity in entities], params


def _entity_rows(conn: sqlite3.Connection, sets: dict[str, list[int]], filters: Filters,
                 sort: str) -> Iterator[dict[str, Any]]:
    """The articles _entity_arms selects, in `sort`'s order, as the query yields them."""
    arms, params = _entity_arms(conn, sets, filters, ENTITY_COLUMNS + ENTITY_SORT_COLUMN[sort])
    if not arms:
        return iter(())
    dated = sort == OLDEST and (filters.since or filters.until)  # `undated` is fixed: left out
    return hydrate(conn, conn.execute(f"""
        {" UNION ALL ".join(arms)}
        ORDER BY {"date, id" if dated else ENTITY_ORDER[sort]}
        {limit_sql(filters)}
    """, params))


def _count_entity_rows(conn: sqlite3.Connection, sets: dict[str, list[int]],
                       filters: Filters) -> int:
    """How many articles _entity_rows would give with no limit."""
    arms, params = _entity_arms(conn, sets, filters, "m.article_id")
    if not arms:
        return 0
    return conn.execute(f"""
        SELECT COUNT(*)
        FROM ({" UNION ALL ".join(arms)})
    """, params).fetchone()[0]


def _entity_sets(conn: sqlite3.Connection, ids: list[int],
                 filters: Filters) -> dict[str, list[int]]:
    """The sets _entity_arms takes for the articles naming any of the entities `ids`."""
    return {SELF: ids, **_filter_sets(conn, filters)}


def entity_articles(conn: sqlite3.Connection, ids: list[int], filters: Filters,
                    sort: str = NEWEST) -> Iterator[dict[str, Any]]:
    """Articles naming any of the entities `ids` and matching the filters, newest first
    (`sort="date"`: oldest first), as the query yields them."""
    return _entity_rows(conn, _entity_sets(conn, ids, filters), filters, sort)


def with_matched(conn: sqlite3.Connection, articles: Iterable[dict[str, Any]],
                 ids: list[int]) -> Iterator[dict[str, Any]]:
    """The articles of several entities (a name that is part of several names, with --all),
    each with `matched`: which of the entities `ids` it names ({id, name}, in the order of
    `ids`), read through the mentions' primary key (article, entity)."""
    names = dict(conn.execute("""
        SELECT id, name
        FROM entities
        WHERE id IN (SELECT value FROM json_each(:ids))
    """, {"ids": id_array(ids)}).fetchall())
    for article in articles:
        named = {row[0] for row in conn.execute("""
            SELECT entity_id
            FROM mentions
            WHERE article_id = :article
              AND entity_id IN (SELECT value FROM json_each(:ids))
        """, {"article": article["id"], "ids": id_array(ids)})}
        article["matched"] = [{"id": entity_id, "name": names.get(entity_id)}
                              for entity_id in ids if entity_id in named]
        yield article


def count_entity_articles(conn: sqlite3.Connection, ids: list[int], filters: Filters) -> int:
    """How many articles entity_articles would give with no limit."""
    return _count_entity_rows(conn, _entity_sets(conn, ids, filters), filters)


def get_articles(conn: sqlite3.Connection, ids: list[int]) -> list[dict[str, Any]]:
    """The articles with these ids, in the order given (missing ids are left out)."""
    rows = (row for article_id in ids for row in conn.execute(f"""
        SELECT {ARTICLE_COLUMNS}
        FROM articles a
        WHERE a.id = :id
    """, {"id": article_id}))
    return list(hydrate(conn, rows))


# --- article objects -------------------------------------------------------------------------

HYDRATE_CHUNK = 256  # articles whose sources and entities are read by one statement each


ITEM = "coalesce(a.item, a.id)"  # the news item of an article (alias a), as one value


def _language_rank(alias: str, order: dict[str, str]) -> str:
    """SQL ranking `alias`.language by `order` (named parameters, named_list), others last."""
    whens = " ".join(f"WHEN :{name} THEN {rank}" for rank, name in enumerate(order))
    return f"CASE {alias}.language {whens} ELSE {len(order)} END"


def hydrate(conn: sqlite3.Connection, rows: Iterable[sqlite3.Row],
            extra: Callable[[sqlite3.Row, dict[str, Any]], None] | None = None,
            ) -> Iterator[dict[str, Any]]:
    """Contract article objects for rows of ARTICLE_COLUMNS, with sources and entities, yielded
    as `rows` come, HYDRATE_CHUNK rows at a time (`extra` adds fields from each row)."""
    rows = iter(rows)
    shown = path_shower()
    while chunk := list(islice(rows, HYDRATE_CHUNK)):
        ids = {"ids": id_array(row["id"] for row in chunk)}
        sources: dict[int, list[str]] = defaultdict(list)
        for article_id, path in conn.execute("""
            SELECT article_id, path
            FROM article_sources
            WHERE article_id IN (SELECT value FROM json_each(:ids))
            ORDER BY article_id, rowid
        """, ids):
            sources[article_id].append(shown(path))
        entities: dict[int, dict[str, list[dict[str, Any]]]] = defaultdict(
            lambda: {kind: [] for kind in ENTITY_KINDS}
        )
        for article_id, kind, entity_id, name, written, code, role, link in conn.execute("""
            SELECT m.article_id, e.kind, e.id, e.name, m.name, e.code, m.role, m.link
            FROM mentions m
            JOIN entities e ON e.id = m.entity_id
            WHERE m.article_id IN (SELECT value FROM json_each(:ids))
            ORDER BY m.article_id, m.rowid
        """, ids):
            if kind == "person":  # as this article writes it (older mentions: as the archive)
                item = {"name": written or name, "role": role,
                        "person": {"id": entity_id, "name": name}}
                if link == "role":  # named by ICESCO's top role alone, linked to its holder
                    item["inferred"] = True
            elif kind == "country":
                item = {"code": code, "name": name}
            else:  # as this article writes it (older mentions: as the archive)
                item = {"name": written or name, "acronym": code}
            entities[article_id][kind].append(item)
        versions: dict[int, list[dict[str, Any]]] = defaultdict(list)
        order = named_list("order", LANGUAGES)  # versions in this order
        for article_id, other_id, language, title in conn.execute(f"""
            SELECT a.id, b.id, b.language, b.title
            FROM articles a
            JOIN articles b ON b.item = a.item AND b.id != a.id
            WHERE a.id IN (SELECT value FROM json_each(:ids))
              AND a.item IS NOT NULL
            ORDER BY a.id, {_language_rank('b', order)}, b.id
        """, {**ids, **order}):
            versions[article_id].append({"id": other_id, "language": language, "title": title})
        for row in chunk:
            found = entities[row["id"]]
            article = dict(zip(ARTICLE_FIELDS, (
                row["id"], row["title"], row["subtitle"], row["date"], row["date_source"],
                shown(row["source"]), row["position"],
                sources.get(row["id"], [shown(row["source"])]),
                row["language"], found["person"], found["country"], found["partner"],
                row["body"].split("\n\n") if row["body"] else [], versions.get(row["id"], []),
            ), strict=True))
            if extra is not None:
                extra(row, article)
            yield article


WHY_FIELDS = ("kind", "name", "rule", "words", "role", "version")


def why(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """For each article, its date (kind "date", first: `date_reasons`), then each entity it
    names with the rule that found it (`rule`, as extraction named it; "unknown" for mentions
    stored before rules were recorded) and the words it matched (`words`: the form the article
    used), in the article's order; a person joined to the person another version of its item
    names (docs/versions.md) gives that version (`version`: its `id`, `language` and the `name`
    it writes; null otherwise)."""
    found = date_reasons(conn, ids)
    order = named_list("order", LANGUAGES)  # the version the join followed comes first
    for article_id, kind, name, rule, words, role, version in conn.execute(f"""
        SELECT m.article_id, e.kind, coalesce(m.name, e.name), m.rule, m.alias, m.role,
               CASE WHEN m.link = 'version' THEN (
                   SELECT json_object('id', v.id, 'language', v.language,
                                      'name', coalesce(vm.name, e.name))
                   FROM articles a
                   JOIN articles v ON v.item = a.item AND v.id != a.id
                   JOIN mentions vm ON vm.article_id = v.id AND vm.entity_id = m.entity_id
                   WHERE a.id = m.article_id
                     AND vm.link IS NOT 'version'
                   ORDER BY {_language_rank('v', order)}, v.id
                   LIMIT 1
               ) END
        FROM mentions m
        JOIN entities e ON e.id = m.entity_id
        WHERE m.article_id IN (SELECT value FROM json_each(:ids))
        ORDER BY m.article_id, m.rowid
    """, {"ids": id_array(ids), **order}):
        found[article_id].append(dict(zip(WHY_FIELDS, (
            kind, name, rule or "unknown", words, role,
            json.loads(version) if version else None), strict=True)))
    return found


def date_reasons(conn: sqlite3.Connection,
                 ids: list[int]) -> defaultdict[int, list[dict[str, Any]]]:
    """For each dated article, why it has its date, as a why entry of kind "date": the rule
    `date.dateline` (a date line), `date.inferred` (from a neighbour), or for a date from the
    text the rule that chose it and its words (`dates.explain_event_date` on the stored body;
    "unknown" when the body no longer gives that date: stored by an older icli)."""
    from icli.text.dates import explain_event_date

    found: defaultdict[int, list[dict[str, Any]]] = defaultdict(list)
    for article_id, date, source, title, body in conn.execute("""
        SELECT id, date, date_source, title, body FROM articles
        WHERE id IN (SELECT value FROM json_each(:ids)) AND date IS NOT NULL
    """, {"ids": id_array(ids)}):
        rule, words = f"date.{source}", None
        if source == "text":
            chosen = explain_event_date(body.split("\n\n") if body else [], title)
            rule, words = ((chosen.rule, chosen.words) if chosen and chosen.date.isoformat() == date
                           else ("unknown", None))
        found[article_id].append(dict(zip(WHY_FIELDS, ("date", date, rule, words, None, None),
                                          strict=True)))
    return found
