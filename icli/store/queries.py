"""Read queries over the archive, returning contract-shaped article objects: the filters every
query takes, articles listed and read, and entities looked up by name. Full-text search is in
`fulltext`, entity lists, timelines, summaries and the network in `summaries`.

Plain sqlite3 only (no sqlite-utils, no dateparser): queries must start fast.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict, namedtuple
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, NamedTuple

from icli.errors import UsageError
from icli.extract.country_tables import country_display_names, real_country
from icli.extract.gazetteer import english_acronym
from icli.extract.identity import HONORIFICS_RE, person_key, strip_honorifics
from icli.store.sources import path_shower
from icli.store.sql import id_array
from icli.text.normalize import (
    ARABIC_LETTER,
    arabic_fold,
    lookup_norm,
    name_norm,
    normalize_text,
)


class QueryError(UsageError):
    """A query that cannot be run as asked (nothing searchable, unknown entity kind)."""


class Filters(namedtuple("Filters",
                         "since until person country partner language limit offset per_item",
                         defaults=(None, None, (), (), (), (), 50, 0, ()))):
    """The filters every query command accepts: dates are ISO strings, both inclusive; each
    of person, country, partner and language is a tuple of values, any of which matches;
    `per_item` (languages in order of preference, none: every article) keeps one article per
    news item, the matching version in the first language it can.

    A named tuple rather than a dataclass: importing dataclasses costs every query 9 ms.
    """

    __slots__ = ()


# The keys of an article object (docs/contract.md), in order; `search` adds SEARCH_EXTRA.
ARTICLE_FIELDS = ("id", "title", "subtitle", "date", "date_source", "source", "position",
                  "sources", "language", "persons", "countries", "partners", "body", "versions")
SEARCH_EXTRA = ("snippet", "score")
# The keys of entity_counts' objects for each kind, and of a network pair.
ENTITY_FIELDS = {
    "person": ("id", "name", "aliases", "roles", "articles", "first", "last"),
    "country": ("id", "name", "code", "articles", "first", "last"),
    "partner": ("id", "name", "acronym", "aliases", "articles", "first", "last"),
}
PAIR_FIELDS = ("source", "target", "articles", "latest", "items")

ARTICLE_COLUMNS = (
    "a.id, a.title, a.subtitle, a.date, a.date_source, a.source, a.position, a.language, a.body"
)
NEWEST_FIRST = "a.date DESC, a.id"  # undated last (NULL sorts lowest); walks idx_articles_date


def entity_match_sql(kind: str, value: str) -> tuple[str, list[Any]]:
    """SQL selecting the ids of entities of `kind` that `value` names (any alias).

    People also match on first name + surname, so "Salim Mohammed AlMalik" finds
    "Salim M. AlMalik" even if that exact form never appeared; partners also on the English
    acronym of a French one ("PNUD" finds UNDP).
    """
    if kind == "person":
        value = strip_honorifics(value)
        return (
            "SELECT al.entity_id FROM entity_aliases al JOIN entities e ON e.id = al.entity_id "
            "WHERE al.norm = ? AND e.kind = 'person' "
            "UNION SELECT id FROM entities WHERE kind = 'person' AND key = ?",
            [name_norm(value), person_key(value)],
        )
    norm = name_norm(value)
    english = name_norm(english_acronym(value.strip().upper())) if kind == "partner" else norm
    return (
        "SELECT al.entity_id FROM entity_aliases al JOIN entities e ON e.id = al.entity_id "
        "WHERE al.norm IN (?, ?) AND e.kind = ?",
        [norm, english, kind],
    )


def filter_clauses(conn: sqlite3.Connection, filters: Filters, a: str = "a") -> tuple[list[str], list[Any]]:
    """SQL conditions on alias `a` (articles) for the filters."""
    clauses: list[str] = []
    params: list[Any] = []
    if filters.since:
        clauses.append(f"{a}.date >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append(f"{a}.date <= ?")
        params.append(filters.until)
    if filters.language:
        clauses.append(f"{a}.language IN ({','.join('?' * len(filters.language))})")
        params.extend(filters.language)
    for kind, values in (
        ("person", filters.person),
        ("country", filters.country),
        ("partner", filters.partner),
    ):
        if values:  # each value as lookup resolves it (all candidates of an ambiguous one)
            ids = sorted({i for value in values for i in find_entities(conn, kind, value)})
            clauses.append(f"{a}.id IN (SELECT m.article_id FROM mentions m WHERE m.entity_id IN "
                           "(SELECT value FROM json_each(?)))")
            params.append(id_array(ids))
    if filters.per_item and a == "a":
        other, other_params = filter_clauses(conn, filters._replace(per_item=()), "v")
        order = filters.per_item
        mine, theirs = _language_rank("a", order), _language_rank("v", order)
        clauses.append(  # no version of the item that matches the filters too comes first
            "(a.item IS NULL OR NOT EXISTS (SELECT 1 FROM articles v WHERE v.item = a.item "
            f"AND v.id != a.id AND ({theirs} < {mine} OR {theirs} = {mine} AND v.id < a.id)"
            + "".join(f" AND {clause}" for clause in other) + "))")
        params.extend([*order, *order, *order, *order, *other_params])
    return clauses, params


def limit_sql(filters: Filters) -> str:
    """LIMIT and OFFSET for the filters (limit 0: no limit)."""
    if not filters.limit and not filters.offset:
        return ""
    return f" LIMIT {int(filters.limit) or -1} OFFSET {int(filters.offset)}"


ARTICLE_ORDER = {"-date": NEWEST_FIRST, "date": "a.date IS NULL, a.date, a.id"}


def _selection(conn: sqlite3.Connection, filters: Filters) -> tuple[str, list[Any]]:
    """`FROM articles a WHERE ...` for the filters."""
    clauses, params = filter_clauses(conn, filters)
    return "FROM articles a" + (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def list_articles(conn: sqlite3.Connection, filters: Filters,
                  sort: str = "-date") -> Iterator[dict[str, Any]]:
    """Articles matching the filters, newest first (`sort="date"`: oldest first), as the
    query yields them."""
    selection, params = _selection(conn, filters)
    sql = f"SELECT {ARTICLE_COLUMNS} {selection} ORDER BY {ARTICLE_ORDER[sort]}{limit_sql(filters)}"
    return hydrate(conn, conn.execute(sql, params))


def is_empty(conn: sqlite3.Connection) -> bool:
    """Whether the archive holds no article at all."""
    return conn.execute("SELECT NOT EXISTS (SELECT 1 FROM articles)").fetchone()[0] == 1


def count_articles(conn: sqlite3.Connection, filters: Filters) -> int:
    """How many articles list_articles would give with no limit."""
    selection, params = _selection(conn, filters)
    return conn.execute(f"SELECT COUNT(*) {selection}", params).fetchone()[0]


def _entities_selection(conn: sqlite3.Connection, ids: list[int], filters: Filters) -> tuple[str, list[Any]]:
    """`FROM mentions m JOIN articles a ... WHERE ...`: one row per article naming any of the
    entities `ids` and matching the filters.

    Walks idx_mentions_entity_date (entity, date newest first, article): for one entity the
    rows come in NEWEST_FIRST order with no sort. The ids go in as one JSON parameter; an
    article naming several of them counts once (under the smallest).
    """
    clauses, params = filter_clauses(conn, filters)
    if len(ids) == 1:
        head, head_params = ["m.entity_id = ?"], [ids[0]]
    else:
        named = "IN (SELECT value FROM json_each(?))"
        head = [f"m.entity_id {named}",
                f"NOT EXISTS (SELECT 1 FROM mentions o WHERE o.article_id = m.article_id AND "
                f"o.entity_id < m.entity_id AND o.entity_id {named})"]
        head_params = [id_array(ids), id_array(ids)]
    for bound, value in (("m.date >= ?", filters.since), ("m.date <= ?", filters.until)):
        if value:  # the same bounds as _where's, on the index
            head.append(bound)
            head_params.append(value)
    return ("FROM mentions m JOIN articles a ON a.id = m.article_id WHERE "
            + " AND ".join(head + clauses)), head_params + params


ENTITY_ORDER = {"-date": "m.date DESC, m.article_id",
                "date": "m.date IS NULL, m.date, m.article_id"}


def entity_articles(conn: sqlite3.Connection, ids: list[int], filters: Filters,
                    sort: str = "-date") -> Iterator[dict[str, Any]]:
    """Articles naming any of the entities `ids` and matching the filters, newest first
    (`sort="date"`: oldest first), as the query yields them."""
    if not ids:
        return iter(())
    selection, params = _entities_selection(conn, ids, filters)
    sql = f"SELECT {ARTICLE_COLUMNS} {selection} ORDER BY {ENTITY_ORDER[sort]}{limit_sql(filters)}"
    return hydrate(conn, conn.execute(sql, params))


def count_entity_articles(conn: sqlite3.Connection, ids: list[int], filters: Filters) -> int:
    """How many articles entity_articles would give with no limit."""
    if not ids:
        return 0
    selection, params = _entities_selection(conn, ids, filters)
    return conn.execute(f"SELECT COUNT(*) {selection}", params).fetchone()[0]


def get_articles(conn: sqlite3.Connection, ids: list[int]) -> list[dict[str, Any]]:
    """The articles with these ids, in the order given (missing ids are left out)."""
    rows = (row for article_id in ids for row in conn.execute(
        f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?", (article_id,)))
    return list(hydrate(conn, rows))


# --- article objects -------------------------------------------------------------------------

HYDRATE_CHUNK = 256  # articles whose sources and entities are read by one statement each


ITEM = "coalesce(a.item, a.id)"  # the news item of an article (alias a), as one value
LANGUAGE_ORDER = ("en", "fr", "ar")  # versions are listed, and --prefer defaults, in this order


def _language_rank(alias: str, order: tuple[str, ...]) -> str:
    """SQL ranking `alias`.language by `order` (its values as parameters), others last."""
    whens = " ".join(f"WHEN ? THEN {rank}" for rank in range(len(order)))
    return f"CASE {alias}.language {whens} ELSE {len(order)} END"


def hydrate(conn: sqlite3.Connection, rows: Iterable[sqlite3.Row],
            extra: Callable[[sqlite3.Row, dict[str, Any]], None] | None = None,
            ) -> Iterator[dict[str, Any]]:
    """Contract article objects for rows of ARTICLE_COLUMNS, with sources and entities, yielded
    as `rows` come, HYDRATE_CHUNK rows at a time (`extra` adds fields from each row)."""
    rows = iter(rows)
    shown = path_shower()
    while chunk := list(islice(rows, HYDRATE_CHUNK)):
        ids = id_array(row["id"] for row in chunk)
        sources: dict[int, list[str]] = defaultdict(list)
        for article_id, path in conn.execute(
            "SELECT article_id, path FROM article_sources WHERE article_id IN "
            "(SELECT value FROM json_each(?)) ORDER BY article_id, rowid", (ids,),
        ):
            sources[article_id].append(shown(path))
        entities: dict[int, dict[str, list[dict[str, Any]]]] = defaultdict(
            lambda: {"person": [], "country": [], "partner": []}
        )
        for article_id, kind, name, code, role, link in conn.execute(
            "SELECT m.article_id, e.kind, e.name, e.code, m.role, m.link FROM mentions m "
            "JOIN entities e ON e.id = m.entity_id WHERE m.article_id IN "
            "(SELECT value FROM json_each(?)) ORDER BY m.article_id, m.rowid", (ids,),
        ):
            if kind == "person":
                item = {"name": name, "role": role}
                if link == "role":  # named by ICESCO's top role alone, linked to its holder
                    item["inferred"] = True
            elif kind == "country":
                item = {"code": code, "name": name}
            else:
                item = {"name": name, "acronym": code}
            entities[article_id][kind].append(item)
        versions: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for article_id, other_id, language, title in conn.execute(
            "SELECT a.id, b.id, b.language, b.title FROM articles a JOIN articles b "
            "ON b.item = a.item AND b.id != a.id WHERE a.id IN (SELECT value FROM json_each(?)) "
            f"AND a.item IS NOT NULL ORDER BY a.id, {_language_rank('b', LANGUAGE_ORDER)}, b.id",
            (ids, *LANGUAGE_ORDER),
        ):
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


WHY_FIELDS = ("kind", "name", "rule", "words", "role")


def why(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """For each article, each entity it names with the rule that found it (`rule`, as
    extraction named it; "unknown" for mentions stored before rules were recorded) and the
    words it matched (`words`: the form the article used), in the article's order."""
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for article_id, kind, name, rule, words, role in conn.execute(
        "SELECT m.article_id, e.kind, e.name, m.rule, m.alias, m.role FROM mentions m "
        "JOIN entities e ON e.id = m.entity_id WHERE m.article_id IN "
        "(SELECT value FROM json_each(?)) ORDER BY m.article_id, m.rowid", (id_array(ids),),
    ):
        found[article_id].append(dict(zip(WHY_FIELDS, (kind, name, rule or "unknown", words,
                                                       role), strict=True)))
    return found


# --- entities --------------------------------------------------------------------------------

KINDS = ("person", "country", "partner")


def find_entities(conn: sqlite3.Connection, kind: str, value: str) -> list[int]:
    """Ids of the entities of `kind` that `value` names (lookup's rule; a name that is part of
    several entities' names gives them all)."""
    found = lookup(conn, kind, value)
    return found.ids or ([c["id"] for c in found.candidates] if found.ambiguous else [])


def mentioned(entities: str) -> str:
    """SQL: whether some article mentions the entity (`entities`: the table's name or alias):
    its stored count, or for an entity an ingest marked (see summaries.STORED_COUNTS) its mentions."""
    return (f"(CASE WHEN {entities}.id IN (SELECT entity_id FROM entity_dirty) THEN EXISTS "
            f"(SELECT 1 FROM mentions WHERE entity_id = {entities}.id) "
            f"ELSE {entities}.articles > 0 END)")


class Lookup(NamedTuple):
    """What a name given to who/country/partner (or a filter) denotes: `ids` the entities it
    is (one, or none); `note` the line to say on stderr; `candidates` the entities it may mean
    (most mentioned first) when it is part of several names (`ambiguous`) or a misspelling."""

    ids: list[int]
    note: str | None = None
    candidates: list[dict[str, Any]] = []
    ambiguous: bool = False


_HONORIFICS_ANY_CASE = re.compile(HONORIFICS_RE.pattern, re.IGNORECASE)


def lookup(conn: sqlite3.Connection, kind: str, value: str, most: int = 6) -> Lookup:
    """The one rule of every lookup (docs/entities.md, "Lookups"):

    1. a name one entity is known by (any alias; people also by first name + surname) is it;
    2. a country's ISO code or name (real_country) is that country, in the archive or not
       (an entity's aliases come from the same table, so 1 never contradicts 2: 1 only spares
       loading pycountry for a name the archive knows);
    3. part of the names of exactly one entity (whole words, any case, accents and a leading
       Al-/El-/ال optional, honorifics ignored) is that entity, said in `note`;
    4. part of several entities' names is none of them: `candidates`, `ambiguous`;
    5. anything else gets the names spelled closest to it as `candidates`, never an answer.
    Only entities some article mentions count. The name is read as the archive's text was
    (normalize_text: a soft hyphen or a look-alike letter in it changes nothing)."""
    value = normalize_text(value)
    sql, params = entity_match_sql(kind, value)
    named = _mentioned(conn, f"SELECT id, name, articles FROM entities WHERE "
                             f"{mentioned('entities')} AND id IN ({sql}) "
                             "ORDER BY articles DESC, name", params)
    if len(named) == 1:  # a name an entity is known by: pycountry's table is not needed
        return Lookup([named[0]["id"]])
    if kind == "country":
        code = real_country(value)
        if code is not None:
            row = conn.execute("SELECT id FROM entities WHERE kind = 'country' AND key = ? "
                               f"AND {mentioned('entities')}", (code,)).fetchone()
            if row:
                return Lookup([row[0]])
            return Lookup([], f"{country_display_names().get(code, code)} ({code}): no articles")
    if not named:
        query = alias_words_query(_HONORIFICS_ANY_CASE.sub("", value.strip())
                                  if kind == "person" else value)
        named = _mentioned(conn, PART_OF_NAMES, [query, kind, most + 1]) if query else []
        if len(named) == 1:
            return Lookup([named[0]["id"]], f"{value!r}: {named[0]['name']}")
    if named:
        return Lookup([], None, named, True)
    return Lookup([], None, _spelled_like(conn, kind, value, most))


# The entities of a kind whose alias words match an FTS5 query (alias_words_query), read from
# the entity_words index, most mentioned first.
PART_OF_NAMES = (
    "SELECT e.id, e.name, e.articles FROM entities e WHERE e.id IN "
    "(SELECT entity_id FROM entity_words WHERE entity_words MATCH ?) "
    "AND +e.kind = ? AND " + mentioned("e") + " ORDER BY e.articles DESC, e.name LIMIT ?"
)  # the unary + keeps SQLite from reading every entity of the kind by idx_entities_kind_articles
_ARTICLES = {"al", "el", "ال"}
_WORD = re.compile(r"[^\W_]+")  # letters and digits: "_" and "%" are no word


def alias_words_query(value: str) -> str:
    """An FTS5 query for entity_words matching aliases that hold a word starting with each word
    of `value`, with or without a leading Al-/El-/ال ("Al Malik", "AlMalik" and "Malik" all
    match "AlMalik" and "Al-Malik"; "Azerbai" matches "Azerbaijan"); Arabic folded as the
    index folds it. '' for no word."""
    words: list[str] = []
    for word in _WORD.findall(arabic_fold(value).casefold()):
        if words and words[-1] in _ARTICLES:
            word = words.pop() + word
        words.append(word)
    terms = []
    for word in words:
        latin = not ARABIC_LETTER.search(word)
        bare = word[2:] if (word[:2] in _ARTICLES and len(word) > 2 + 2) else word
        forms = {word, bare} | ({"al" + bare, "el" + bare} if latin else {"ال" + bare})
        terms.append("(" + " OR ".join(f'"{form}"*' for form in sorted(forms)) + ")")
    return " AND ".join(terms)


def _mentioned(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return [{"id": row[0], "name": row[1], "articles": row[2]} for row in conn.execute(sql, params)]


def _spelled_like(conn: sqlite3.Connection, kind: str, value: str,
                  most: int) -> list[dict[str, Any]]:
    """Entities of `kind` with a name or a word of one spelled closest to `value` (difflib),
    most mentioned first: suggestions for a misspelling, read from every alias (only when
    nothing matched)."""
    import difflib

    norm = lookup_norm(strip_honorifics(value) if kind == "person" else value)
    if not norm:
        return []
    names: dict[str, set[int]] = defaultdict(set)
    for alias, entity_id in conn.execute(
        "SELECT al.alias, al.entity_id FROM entity_aliases al JOIN entities e ON e.id = "
        f"al.entity_id WHERE e.kind = ? AND {mentioned('e')}", (kind,)
    ):
        for form in (alias, *alias.split()):  # the whole name, and each of its words
            names[lookup_norm(form)].add(entity_id)
    close = {i for n in difflib.get_close_matches(norm, list(names), n=most, cutoff=0.75) for i in names[n]}
    return _mentioned(conn, "SELECT id, name, articles FROM entities WHERE id IN "
                            "(SELECT value FROM json_each(?)) ORDER BY articles DESC, name",
                      [id_array(sorted(close))]) if close else []


def names_matching(conn: sqlite3.Connection, kind: str, typed: str, most: int = 50) -> list[str]:
    """Names of entities of `kind` (shell completion) with a word that starts with `typed`, in
    any case: a word of the name or of an alias ("Ben" finds "Abdelilah Benarafa", "malik"
    finds "Salim M. AlMalik" through "Al-Malik"), or the code or acronym ("ALE" finds the
    partner whose acronym is ALECSO). Names starting with `typed` come first, then the most
    mentioned."""
    escaped = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    words = "' ' || replace(replace({0}, '-', ' '), '.', ' ') LIKE :word ESCAPE '\\'"
    rows = conn.execute(
        "SELECT e.name FROM entities e WHERE e.kind = :kind AND " + mentioned("e") + " AND ("
        f"{words.format('e.name')} OR e.code LIKE :start ESCAPE '\\' OR EXISTS ("
        f"SELECT 1 FROM entity_aliases al WHERE al.entity_id = e.id AND {words.format('al.alias')}"
        ")) ORDER BY e.name LIKE :start ESCAPE '\\' DESC, e.articles DESC, e.name LIMIT :most",
        {"kind": kind, "word": f"% {escaped}%", "start": f"{escaped}%", "most": most},
    )
    return [name for (name,) in rows]


