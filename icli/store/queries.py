"""Read queries over the archive, returning contract-shaped article objects.

Plain sqlite3 only (no sqlite-utils, no dateparser): queries must start fast.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict, namedtuple
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any, NamedTuple

from icli.errors import UsageError
from icli.extract.gazetteer import country_display_names, english_acronym, real_country
from icli.extract.identity import HONORIFICS_RE, person_key, strip_honorifics
from icli.store.sources import path_shower
from icli.text.normalize import (
    ARABIC_LETTER,
    arabic_fold,
    arabic_search_text,
    arabic_word_key,
    lookup_norm,
    name_norm,
    normalize_text,
)
from icli.text.spellings import name_spellings


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


def _where(conn: sqlite3.Connection, filters: Filters, a: str = "a") -> tuple[list[str], list[Any]]:
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
            params.append(_id_array(ids))
    if filters.per_item and a == "a":
        other, other_params = _where(conn, filters._replace(per_item=()), "v")
        order = filters.per_item
        mine, theirs = _language_rank("a", order), _language_rank("v", order)
        clauses.append(  # no version of the item that matches the filters too comes first
            "(a.item IS NULL OR NOT EXISTS (SELECT 1 FROM articles v WHERE v.item = a.item "
            f"AND v.id != a.id AND ({theirs} < {mine} OR {theirs} = {mine} AND v.id < a.id)"
            + "".join(f" AND {clause}" for clause in other) + "))")
        params.extend([*order, *order, *order, *order, *other_params])
    return clauses, params


def _limit(filters: Filters) -> str:
    """LIMIT and OFFSET for the filters (limit 0: no limit)."""
    if not filters.limit and not filters.offset:
        return ""
    return f" LIMIT {int(filters.limit) or -1} OFFSET {int(filters.offset)}"


ARTICLE_ORDER = {"-date": NEWEST_FIRST, "date": "a.date IS NULL, a.date, a.id"}


def _selection(conn: sqlite3.Connection, filters: Filters) -> tuple[str, list[Any]]:
    """`FROM articles a WHERE ...` for the filters."""
    clauses, params = _where(conn, filters)
    return "FROM articles a" + (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def list_articles(conn: sqlite3.Connection, filters: Filters,
                  sort: str = "-date") -> Iterator[dict[str, Any]]:
    """Articles matching the filters, newest first (`sort="date"`: oldest first), as the
    query yields them."""
    selection, params = _selection(conn, filters)
    sql = f"SELECT {ARTICLE_COLUMNS} {selection} ORDER BY {ARTICLE_ORDER[sort]}{_limit(filters)}"
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
    clauses, params = _where(conn, filters)
    if len(ids) == 1:
        head, head_params = ["m.entity_id = ?"], [ids[0]]
    else:
        named = "IN (SELECT value FROM json_each(?))"
        head = [f"m.entity_id {named}",
                f"NOT EXISTS (SELECT 1 FROM mentions o WHERE o.article_id = m.article_id AND "
                f"o.entity_id < m.entity_id AND o.entity_id {named})"]
        head_params = [_id_array(ids), _id_array(ids)]
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
    sql = f"SELECT {ARTICLE_COLUMNS} {selection} ORDER BY {ENTITY_ORDER[sort]}{_limit(filters)}"
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


# --- full-text search ------------------------------------------------------------------------

MAX_QUERY_CHARS = 1000  # FTS5 time grows fast with the number of terms
SEARCH_SECONDS = 10.0  # a search taking longer is stopped (time_budget)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TOKEN = re.compile(r'"[^"]*"?|\(|\)|[^\s"()]+')
_OPERATORS = {"AND", "OR", "NOT"}


def plain_fts_query(query: str) -> str:
    """The same question as a query FTS5 accepts, for one it refused: "phrases", prefix*
    terms and AND/OR/NOT kept, every other token quoted (so Al-Malik, d'Ivoire, 2026-01-01 or
    MoU: are searched as the words they hold), tokens with no letter or digit dropped.

    Raises QueryError, in words saying what is wrong, where quoting would change the question:
    an operator with no term on one side (`NOT Kazakhstan`, `a AND`, `a AND NOT b`), or
    parentheses dropped from a query with operators or NEAR (`NEAR(`, `(a OR b`).
    """
    tokens = _TOKEN.findall(query)
    parts: list[str] = []
    dropped_bracket = False
    for token in tokens:
        if token in _OPERATORS:
            if not parts or parts[-1] in _OPERATORS:
                after = f" after {parts[-1]}" if parts else " at the start"
                raise QueryError(f"search: {token}{after} of {query!r} has no term before it; "
                                 f"AND, OR and NOT join two terms (a NOT b); write \"{token}\" "
                                 "in quotes to search for the word")
            parts.append(token)
            continue
        if token in "()":
            dropped_bracket = True
            continue
        prefix = token.endswith("*") and not token.startswith('"')
        words = token.strip('"').rstrip("*")
        if not any(ch.isalnum() for ch in words):
            continue
        parts.append('"' + words.replace('"', '""') + '"' + ("*" if prefix else ""))
    if parts and parts[-1] in _OPERATORS:
        raise QueryError(f"search: {parts[-1]} at the end of {query!r} has no term after it; "
                         f"AND, OR and NOT join two terms (a {parts[-1]} b)")
    if dropped_bracket and (set(tokens) & _OPERATORS or "NEAR" in tokens):
        raise QueryError(f"search: the parentheses of {query!r} do not match (a NEAR group is "
                         "NEAR(a b) or NEAR(a b, 5); a group is (a OR b))")
    if not parts:
        raise QueryError(f"nothing to search for in {query!r}")
    return " ".join(parts)


_NO_COLUMN = re.compile(r"no such column: (.+)")
_COLUMN_GROUP = re.compile(r"\{([^{}]*)\}\s*:")
FTS_COLUMNS = ("title", "subtitle", "body")


def _unknown_column(query: str, error: sqlite3.Error) -> QueryError | None:
    """The usage error for a column filter naming no column (`tilte:Kazakhstan`, a name
    right before a colon and a term, or in a `{title tilte}:` group); None where FTS5 read the
    name as one only because of punctuation (`Al-Malik`, `MoU: signed`)."""
    found = _NO_COLUMN.fullmatch(str(error))
    if not found:
        return None
    column = found.group(1)
    if not (re.search(rf"(?<![\w-]){re.escape(column)}:[^\s:]", query)
            or any(column in group.split() for group in _COLUMN_GROUP.findall(query))):
        return None
    return QueryError(f"search: no column {column!r} to search in; the columns are "
                      f"{', '.join(FTS_COLUMNS)} (e.g. title:Kazakhstan)")


# English articles are searched in articles_fts (porter stemming), French and Arabic ones in
# articles_fts_fr_ar (icli.store.fts.LANGUAGE_FTS: accents optional, Arabic as folded word keys);
# `m.src` says which index matched a row, `m.rank` is its bm25 score there.
# Every article is in articles_fts (English: porter stemming); French and Arabic articles are
# also in articles_fts_fr_ar (no stemming; Arabic as folded word keys), which answers for them.
# Each arm lets FTS5 order its own matches by bm25 (`rank MATCH`), and SQLite merges the two
# ordered arms: snippets are made only for the rows read, and the first row comes without
# sorting every match (at 100,000 matches, 0.2 s against 5 s).
_ARMS = (("articles_fts", "NOT coalesce(a.language IN ('fr', 'ar'), 0)"),
         ("articles_fts_fr_ar", "a.language IN ('fr', 'ar')"))
SEARCH_ORDER = {"score": "rank", "-date": "date DESC, id", "date": "date NULLS LAST, id"}


def _search(conn: sqlite3.Connection, query: str, columns: str, filters: Filters,
            order: str | None = None) -> tuple[sqlite3.Cursor, str]:
    """SELECT `columns` (which may name `{fts}`, each arm's FTS table) of the articles matching
    `query` in both indexes, in `order` (a SEARCH_ORDER value) and paged by the filters, or,
    with no order, COUNT(*) of them. The query is tried as FTS5 syntax first and, if FTS5
    rejects it, as plain terms; returns the cursor and the FTS query that was run. Getting the
    first row is bounded by SEARCH_SECONDS (time_budget)."""
    query = normalize_text(_CONTROL.sub(" ", query))  # as the stored text was (parse_dump)
    if not query.strip():
        raise QueryError("empty search query")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"search query too long ({len(query)} characters, at most {MAX_QUERY_CHARS})")
    clauses, params = _where(conn, filters)
    where = "".join(f" AND {clause}" for clause in clauses)
    sql = " UNION ALL ".join(
        f"SELECT {columns.format(fts=fts)} FROM {fts} JOIN articles a ON a.id = {fts}.rowid "
        f"WHERE {fts} MATCH ? AND {languages}{where} AND {fts}.rank MATCH 'bm25(10.0, 5.0, 1.0)'"
        for fts, languages in _ARMS)
    sql = f"{sql} ORDER BY {order}{_limit(filters)}" if order else f"SELECT COUNT(*) FROM ({sql})"

    def run(fts_query: str) -> sqlite3.Cursor:
        spelled = name_spellings(fts_query)  # AlMalik, Al-Malik, Al Malik: one name
        return conn.execute(sql, [spelled, *params, arabic_search_text(spelled), *params])

    with time_budget(conn, SEARCH_SECONDS, f"searching for {query!r}"):
        try:
            return run(query), query
        except sqlite3.OperationalError as error:
            if str(error) == "interrupted" or "no such table" in str(error):
                raise  # not the query's fault
            column_error = _unknown_column(query, error)
            if column_error is not None:
                raise column_error from None
            plain = plain_fts_query(query)
            try:
                return run(plain), plain
            except sqlite3.OperationalError as error:
                if str(error) == "interrupted":
                    raise
                raise QueryError(f"cannot search for {query!r}: {error}") from None


PROGRESS_STEPS = 4000  # SQLite virtual machine steps between calls of a progress handler


def interruptible() -> bool:
    """A progress handler that lets a statement run on: being Python, it is where a pending
    Ctrl-C is raised, and sqlite3 then interrupts the statement ("interrupted")."""
    return False


@contextmanager
def time_budget(conn: sqlite3.Connection, seconds: float, doing: str) -> Iterator[None]:
    """Stop the statements run in the block after `seconds` (QueryError saying so), and at
    once on Ctrl-C: SQLite calls a progress handler every few thousand steps, and Python
    raises a pending KeyboardInterrupt there (sqlite3 then interrupts the statement)."""
    import time

    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: time.monotonic() > deadline, PROGRESS_STEPS)
    try:
        yield
    except sqlite3.OperationalError as error:
        if str(error) != "interrupted":
            raise
        if time.monotonic() <= deadline:  # not the budget: the handler was interrupted
            raise KeyboardInterrupt from None
        raise QueryError(f"{doing} took more than {seconds:g} s: too many terms, prefixes or "
                         "NEAR groups; make the query simpler") from None
    finally:
        conn.set_progress_handler(interruptible, PROGRESS_STEPS)


def search_articles(
    conn: sqlite3.Connection, query: str, filters: Filters, sort: str = "score"
) -> Iterator[dict[str, Any]]:
    """Articles matching an FTS5 query, best first (title weighted 10, subtitle 5, body 1),
    or by date with `sort` "date" / "-date", as the query yields them."""
    columns = (f"{ARTICLE_COLUMNS}, {{fts}}.rank AS rank, "
               "snippet({fts}, 2, '**', '**', '…', 16) AS snippet")
    rows, fts_query = _search(conn, query, columns, filters, SEARCH_ORDER[sort])

    def scored(row: sqlite3.Row, article: dict[str, Any]) -> None:
        # Arabic is indexed as folded words: its passage is marked in the text as written
        snippet = (arabic_snippet(row["body"], fts_query) if row["language"] == "ar"
                   else row["snippet"])
        article["snippet"] = " ".join(snippet.split())
        article["score"] = round(-row["rank"], 4)

    return hydrate(conn, rows, scored)


_QUERY_WORD = re.compile(r"(\w+)(\*?)")


def arabic_snippet(body: str, fts_query: str, words: int = 16) -> str:
    """About `words` words of an Arabic body around its first match of the query's terms, as
    written (with their marks), the matching words between `**`."""
    terms: set[str] = set()
    prefixes: list[str] = []
    for term, star in _QUERY_WORD.findall(fts_query):
        if term in _OPERATORS:
            continue
        key = arabic_word_key(term).casefold()
        (prefixes.append(key) if star else terms.add(key))
    tokens = body.split()

    def matches(word: str) -> bool:
        key = arabic_word_key(word).casefold()
        return key in terms or bool(prefixes) and key.startswith(tuple(prefixes))

    def mark(token: str) -> str:
        return _QUERY_WORD_TEXT.sub(lambda m: f"**{m.group()}**" if matches(m.group())
                                    else m.group(), token)

    hits = [i for i, token in enumerate(tokens) if any(map(matches, _QUERY_WORD_TEXT.findall(token)))]
    first = max(0, (hits[0] if hits else 0) - words // 4)
    shown = [mark(token) for token in tokens[first : first + words]]
    return ("…" if first else "") + " ".join(shown) + ("…" if first + words < len(tokens) else "")


_QUERY_WORD_TEXT = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+")


def count_search(conn: sqlite3.Connection, query: str, filters: Filters) -> int:
    """How many articles search_articles would give with no limit."""
    return _search(conn, query, "a.id", filters)[0].fetchone()[0]

def search_ids(conn: sqlite3.Connection, query: str, most: int) -> list[int]:
    """The ids of the first `most` articles search_articles would give, best first."""
    rows, _ = _search(conn, query, "a.id, {fts}.rank AS rank", Filters(limit=most),
                      SEARCH_ORDER["score"])
    return [row[0] for row in rows]

# --- article objects -------------------------------------------------------------------------

HYDRATE_CHUNK = 256  # articles whose sources and entities are read by one statement each


def _id_array(ids: Iterable[int]) -> str:
    """Ids as the text of a JSON array: one SQL parameter, read with json_each."""
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


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
        ids = _id_array(row["id"] for row in chunk)
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
        "(SELECT value FROM json_each(?)) ORDER BY m.article_id, m.rowid", (_id_array(ids),),
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
    its stored count, or for an entity an ingest marked (see STORED_COUNTS) its mentions."""
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

    1. a country's ISO code or name (real_country) is that country, in the archive or not;
    2. a name one entity is known by (any alias; people also by first name + surname) is it;
    3. part of the names of exactly one entity (whole words, any case, accents and a leading
       Al-/El-/ال optional, honorifics ignored) is that entity, said in `note`;
    4. part of several entities' names is none of them: `candidates`, `ambiguous`;
    5. anything else gets the names spelled closest to it as `candidates`, never an answer.
    Only entities some article mentions count. The name is read as the archive's text was
    (normalize_text: a soft hyphen or a look-alike letter in it changes nothing)."""
    value = normalize_text(value)
    if kind == "country":
        code = real_country(value)
        if code is not None:
            row = conn.execute("SELECT id FROM entities WHERE kind = 'country' AND key = ? "
                               f"AND {mentioned('entities')}", (code,)).fetchone()
            if row:
                return Lookup([row[0]])
            return Lookup([], f"{country_display_names().get(code, code)} ({code}): no articles")
    sql, params = entity_match_sql(kind, value)
    named = _mentioned(conn, f"SELECT id, name, articles FROM entities WHERE "
                             f"{mentioned('entities')} AND id IN ({sql}) "
                             "ORDER BY articles DESC, name", params)
    if len(named) == 1:
        return Lookup([named[0]["id"]])
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
_WORD = re.compile(r"\w+")


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
                      [_id_array(sorted(close))]) if close else []


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


SORTS = {"count": "n_articles DESC, e.name", "name": "e.name COLLATE NOCASE",
         "latest": "last_seen DESC, n_articles DESC", "first": "first_seen, n_articles DESC"}


def entity_counts(
    conn: sqlite3.Connection, kind: str, filters: Filters, sort: str = "count",
    only: list[int] | None = None, details: bool = True,
) -> Iterator[dict[str, Any]]:
    """Entities of `kind` with how many (filtered) articles mention them, and when;
    with `details`, also their aliases and (people) roles; yielded as the query gives them.

    With no article filter the counts and date spans stored in `entities` are read (those of
    the entities an ingest marked, counted from their mentions: _stored_counts); with filters
    they are counted from the matching mentions.
    """
    clauses, params = _where(conn, filters)
    if not clauses:  # the whole archive
        where, values = ["kind = ?", "n_articles > 0"], [kind]
        if only is not None:
            where.append("id IN (SELECT value FROM json_each(?))")
            values.append(_id_array(only))
        rows = conn.execute(
            f"SELECT id, name, code, n_articles, first_seen, last_seen FROM {_stored_counts(conn)} "
            f"WHERE {' AND '.join(where)} ORDER BY {SORTS[sort]}{_limit(filters)}",
            values,
        )
    else:
        if only is not None:
            clauses.append("m.entity_id IN (SELECT value FROM json_each(?))")
            params.append(_id_array(only))
        rows = conn.execute(
            "WITH counted AS (SELECT m.entity_id, COUNT(*) AS articles, MIN(a.date) AS first, "
            "MAX(a.date) AS last FROM mentions m JOIN articles a ON a.id = m.article_id "
            f"WHERE {' AND '.join(clauses)} GROUP BY m.entity_id) "
            "SELECT e.id, e.name, e.code, counted.articles AS n_articles, "
            "counted.first AS first_seen, counted.last AS last_seen "
            "FROM counted JOIN entities e ON e.id = counted.entity_id WHERE e.kind = ? "
            f"ORDER BY {SORTS[sort]}{_limit(filters)}",
            [*params, kind],
        )
    return _entity_items(conn, kind, rows, filters, details)


# Each entity's articles and first and last dates, as `entities` stores them: an ingest marks
# (entity_dirty) every entity whose mentions it changes, in the transaction that changes them,
# and its end recounts the marked ones and clears the marks. While an ingest runs, and after one
# was interrupted, a marked entity is counted from its mentions here (idx_mentions_entity_date),
# so the lists and the summary agree with `who` at every moment.
STORED_COUNTS = (
    "(SELECT id, kind, name, code, articles AS n_articles, first_date AS first_seen, "
    "last_date AS last_seen FROM entities) e"
)
MARKED_COUNTS = (
    "(SELECT id, kind, name, code, "
    "CASE WHEN d.entity_id IS NULL THEN articles ELSE (SELECT COUNT(*) FROM mentions m "
    "WHERE m.entity_id = e.id) END AS n_articles, "
    "CASE WHEN d.entity_id IS NULL THEN first_date ELSE (SELECT MIN(m.date) FROM mentions m "
    "WHERE m.entity_id = e.id) END AS first_seen, "
    "CASE WHEN d.entity_id IS NULL THEN last_date ELSE (SELECT MAX(m.date) FROM mentions m "
    "WHERE m.entity_id = e.id) END AS last_seen "
    "FROM entities e LEFT JOIN entity_dirty d ON d.entity_id = e.id) e"
)


def _stored_counts(conn: sqlite3.Connection) -> str:
    """The FROM clause giving every entity's counts (STORED_COUNTS, or MARKED_COUNTS while
    some entity is marked for a recount)."""
    marked = conn.execute("SELECT 1 FROM entity_dirty LIMIT 1").fetchone()
    return MARKED_COUNTS if marked else STORED_COUNTS


def _entity_items(conn: sqlite3.Connection, kind: str, rows: Iterable[sqlite3.Row],
                  filters: Filters, details: bool) -> Iterator[dict[str, Any]]:
    """entity_counts' objects for its rows, HYDRATE_CHUNK at a time."""
    rows = iter(rows)
    while chunk := list(islice(rows, HYDRATE_CHUNK)):
        ids = [row["id"] for row in chunk]
        aliases = _aliases(conn, ids) if details and kind != "country" else {}
        roles = _roles(conn, ids, filters) if details and kind == "person" else {}
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
    clauses, params = _where(conn, filters)
    if not clauses:
        return conn.execute(f"SELECT COUNT(*) FROM {_stored_counts(conn)} WHERE kind = ? "
                            "AND n_articles > 0", (kind,)).fetchone()[0]
    return conn.execute(
        "SELECT COUNT(DISTINCT m.entity_id) FROM mentions m JOIN articles a ON a.id = "
        f"m.article_id JOIN entities e ON e.id = m.entity_id WHERE {' AND '.join(clauses)} "
        "AND e.kind = ?", [*params, kind],
    ).fetchone()[0]


def _aliases(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    if ids:
        for entity_id, alias in conn.execute(
            "SELECT DISTINCT entity_id, alias FROM entity_aliases WHERE entity_id IN "
            "(SELECT value FROM json_each(?)) ORDER BY entity_id, length(alias) DESC",
            (_id_array(ids),),
        ):
            found[entity_id].append(alias)
    return found


def _articles_join(clauses: list[str], mentions: str = "m") -> str:
    """The join to articles that filter clauses need (mentions carry their article's date, so
    nothing else does: reading an article's row reads its page of body text)."""
    return f"JOIN articles a ON a.id = {mentions}.article_id " if clauses else ""


def _roles(
    conn: sqlite3.Connection, ids: list[int], filters: Filters
) -> dict[int, list[dict[str, Any]]]:
    """Roles seen for each person in the filtered articles, with when and how often."""
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    clauses, params = _where(conn, filters)
    extra = "".join(f" AND {clause}" for clause in clauses)
    if ids:
        for entity_id, role, count, first, last in conn.execute(
            "SELECT m.entity_id, m.role, COUNT(*), MIN(m.date), MAX(m.date) FROM mentions m "
            f"{_articles_join(clauses)}"
            "WHERE m.entity_id IN (SELECT value FROM json_each(?)) AND m.role IS NOT NULL"
            f"{extra} GROUP BY m.entity_id, m.role "
            "ORDER BY m.entity_id, COUNT(*) DESC, MAX(m.date) DESC",
            [_id_array(ids), *params],
        ):
            found[entity_id].append({"role": role, "articles": count, "first": first, "last": last})
    return found


def timeline(conn: sqlite3.Connection, filters: Filters, ids: list[int] | None = None) -> list[dict[str, Any]]:
    """Articles and news items per month (YYYY-MM), oldest first, from the first month with an
    article to the last, months without any included (0); undated articles are left out (an
    item whose versions straddle two months counts in both)."""
    clauses, params = _where(conn, filters)
    clauses.append("a.date IS NOT NULL")
    if ids is not None:
        clauses.append("a.id IN (SELECT article_id FROM mentions WHERE entity_id IN "
                       "(SELECT value FROM json_each(?)))")
        params.append(_id_array(ids))
    rows = conn.execute(
        "SELECT substr(a.date, 1, 7) AS month, COUNT(*) AS articles, "
        f"COUNT(DISTINCT {ITEM}) AS items FROM articles a "
        f"WHERE {' AND '.join(clauses)} GROUP BY month ORDER BY month",
        params,
    )
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
    clauses, params = _where(conn, filters)
    named = "(SELECT value FROM json_each(?))"
    extra = "".join(f" AND {clause}" for clause in clauses)
    rows = conn.execute(
        f"SELECT e.kind, e.name, COUNT(DISTINCT {ITEM}) AS n FROM mentions m1 "
        "JOIN mentions m2 ON m2.article_id = m1.article_id "
        "JOIN entities e ON e.id = m2.entity_id JOIN articles a ON a.id = m1.article_id "
        f"WHERE m1.entity_id IN {named} AND m2.entity_id NOT IN {named}{extra} "
        "GROUP BY m2.entity_id ORDER BY n DESC, e.name",
        [_id_array(ids), _id_array(ids), *params],
    ).fetchall()
    result: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    for kind, name, count in rows:
        if len(result[kind]) < per_kind:
            result[kind].append({"name": name, "articles": count})
    return result


def entity_profile(
    conn: sqlite3.Connection, kind: str, ids: list[int], filters: Filters
) -> dict[str, Any]:
    """What the archive says about an entity: identities, roles, counts, timeline, company."""
    unlimited = filters._replace(limit=0)
    entities = list(entity_counts(conn, kind, unlimited, only=ids))
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


def summary(conn: sqlite3.Connection, filters: Filters, top: int = 10) -> dict[str, Any]:
    """Counts over time, the date range, the top entities and the sources, all by SQL."""
    clauses, params = _where(conn, filters)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    total, items, dated, first, last = conn.execute(
        f"SELECT COUNT(*), COUNT(DISTINCT {ITEM}), COUNT(a.date), MIN(a.date), MAX(a.date) "
        f"FROM articles a{where}", params
    ).fetchone()
    by_language = dict(conn.execute(
        f"SELECT a.language, COUNT(*) FROM articles a{where} GROUP BY a.language ORDER BY 2 DESC",
        params,
    ).fetchall())
    by_date_source = dict(conn.execute(
        f"SELECT COALESCE(a.date_source, 'none'), COUNT(*) FROM articles a{where} "
        "GROUP BY a.date_source ORDER BY 2 DESC",
        params,
    ).fetchall())
    limited = filters._replace(limit=top, offset=0)
    files, latest = conn.execute(
        "SELECT COUNT(DISTINCT s.path), MAX(src.ingested_at) FROM article_sources s "
        f"JOIN articles a ON a.id = s.article_id JOIN sources src ON src.path = s.path{where}",
        params,
    ).fetchone() if clauses else conn.execute(
        "SELECT COUNT(*), MAX(ingested_at) FROM sources WHERE articles > 0").fetchone()
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
    clauses, params = _where(conn, filters._replace(per_item=()))
    extra = "".join(f" AND {clause}" for clause in clauses)
    return dict(conn.execute(
        "SELECT m.entity_id, COUNT(*) - COUNT(DISTINCT a.item) FROM articles a "
        "INDEXED BY idx_articles_item JOIN mentions m ON m.article_id = a.id "
        "JOIN entities e ON e.id = m.entity_id "
        f"WHERE a.item IS NOT NULL AND e.kind = ?{extra} GROUP BY m.entity_id "
        "HAVING COUNT(*) > COUNT(DISTINCT a.item)", [kind, *params]))


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
    clauses, params = _where(conn, filters)
    extra = "".join(f" AND {clause}" for clause in clauses)
    return conn.execute(
        "SELECT COUNT(*) FROM (SELECT 1 FROM mentions m1 JOIN mentions m2 ON m2.article_id = "
        "m1.article_id AND m2.entity_id > m1.entity_id JOIN articles a ON a.id = m1.article_id "
        f"WHERE 1 = 1{extra} GROUP BY m1.entity_id, m2.entity_id)", params,
    ).fetchone()[0]


def _entity_names(conn: sqlite3.Connection) -> Callable[[int], dict[str, Any]]:
    """`{"id", "kind", "name"}` of an entity by id, each read once."""
    cache: dict[int, dict[str, Any]] = {}

    def named(entity_id: int) -> dict[str, Any]:
        found = cache.get(entity_id)
        if found is None:
            kind, name = conn.execute("SELECT kind, name FROM entities WHERE id = ?",
                                      (entity_id,)).fetchone()
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
PAIR_JOINS = ("FROM mentions m1 JOIN mentions m2 ON m2.article_id = m1.article_id "
              "AND m2.entity_id > m1.entity_id JOIN articles a ON a.id = m1.article_id")


def network(conn: sqlite3.Connection, filters: Filters) -> Iterator[dict[str, Any]]:
    """Pairs of entities named in the same articles, most shared articles first, as the query
    yields them (after it has counted every pair). Each pair carries the count and the latest
    article the two share."""
    clauses, params = _where(conn, filters)
    extra = "".join(f" AND {clause}" for clause in clauses)
    rows = conn.execute(
        f"SELECT {PAIR_COLUMNS} {PAIR_JOINS} WHERE 1 = 1{extra} GROUP BY m1.entity_id, "
        f"m2.entity_id ORDER BY shared DESC, latest_date DESC{_limit(filters)}", params)
    return _pairs(conn, rows)


def graph_pairs(conn: sqlite3.Connection, filters: Filters) -> Iterator[dict[str, Any]]:
    """The pairs `network` gives with no limit, in no ranking: entity by entity (the least
    mentioned first), each entity's pairs counted from its index entries, so the first come at
    once whatever the archive's size."""
    clauses, params = _where(conn, filters)
    extra = "".join(f" AND {clause}" for clause in clauses)
    sql = (f"SELECT {PAIR_COLUMNS} {PAIR_JOINS} WHERE m1.entity_id = ?{extra} "
           "GROUP BY m2.entity_id")
    entities = conn.execute(f"SELECT id FROM entities WHERE {mentioned('entities')} "
                            "ORDER BY articles, id")
    return _pairs(conn, (row for (entity_id,) in entities
                         for row in conn.execute(sql, [entity_id, *params])))
