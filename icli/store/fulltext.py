"""Full-text search: a user's query made safe for FTS5, run on the English and the French and
Arabic indexes, with a time budget, snippets, and counts."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from icli.choices import BEST, NEWEST, OLDEST
from icli.store.fts import LANGUAGE_FTS, LANGUAGE_FTS_LANGUAGES
from icli.store.queries import (
    ARTICLE_COLUMNS,
    Filters,
    QueryError,
    filter_clauses,
    hydrate,
    limit_sql,
    where_sql,
)
from icli.store.sql import named_list, placeholders
from icli.text.normalize import (
    arabic_search_text,
    arabic_word_key,
    normalize_text,
)
from icli.text.spellings import name_spellings

MAX_QUERY_CHARS = 1000  # FTS5 time grows fast with the number of terms
SEARCH_SECONDS = 10.0  # a search taking longer is stopped (time_budget)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TOKEN = re.compile(r'"[^"]*"?|\(|\)|[^\s"()]+')
_OPERATORS = {"AND", "OR", "NOT"}


def plain_fts_query(query: str) -> str:
    """The same question as a query FTS5 accepts, for one it refused: "phrases", prefix*
    terms and AND/OR/NOT kept, every other token quoted (so Al-Malik, d'Ivoire, 2026-01-01 or
    MoU: are searched as the words they hold), tokens with no letter or digit dropped.

    A word with a leading `-` is excluded: `a -b` is `a NOT b`.

    Raises QueryError, in words saying what is wrong, where quoting would change the question:
    an operator with no term on one side (`NOT Kazakhstan`, `a AND`, `a AND NOT b`, `-b`
    first), parentheses that do not match (`(Kazakhstan`, `a)`), or parentheses dropped from a
    query with operators or NEAR (`NEAR(a b)` where FTS5 refused what is inside).
    """
    tokens = _TOKEN.findall(query)
    depth = 0
    for token in tokens:
        depth += {"(": 1, ")": -1}.get(token, 0)
        if depth < 0:
            break
    if depth:
        raise QueryError(f"search: the parentheses of {query!r} do not match (a group is "
                         "(a OR b); write \"(\" in quotes to search for it)")
    parts: list[str] = []
    dropped_bracket = False
    for token in tokens:
        if token[0] == "-" and token[1:2].isalnum():  # "-Ambassador": NOT Ambassador
            if not parts or parts[-1] in _OPERATORS:
                raise QueryError(f"search: {token} in {query!r} excludes a word from what the "
                                 f"terms before it find, and has none (a {token})")
            parts.append("NOT")
            token = token[1:]
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
# A * before a letter or digit ("Kaz*stan", "*stan"): FTS5 reads a prefix and another word.
_STAR_INSIDE = re.compile(r"[^\s()]*\*(?=\w)[^\s()]*")
_COLUMN_GROUP = re.compile(r"\{([^{}]*)\}\s*:")
FTS_COLUMNS = ("title", "subtitle", "body")
# A column filter with no term after it ("title:", "Kazakhstan body:").
_BARE_COLUMN = re.compile(rf"(?<![\w-])({'|'.join(FTS_COLUMNS)})\s*:\s*$", re.IGNORECASE)


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


# Every article is in articles_fts (porter stemming), which answers for English ones; French and
# Arabic articles are also in articles_fts_fr_ar (icli.store.fts.LANGUAGE_FTS: no stemming,
# accents optional, Arabic as folded word keys), which answers for them. `m.src` says which
# index matched a row, `m.rank` is its bm25 score there.
# Each arm lets FTS5 order its own matches by bm25 (`rank MATCH`), and SQLite merges the two
# ordered arms: snippets are made only for the rows read, and the first row comes without
# sorting every match (at 100,000 matches, 0.2 s against 5 s).
_OWN_LANGUAGES = named_list("fts_language", LANGUAGE_FTS_LANGUAGES)
_ARMS = (  # (FTS table, the parameter its query is, which articles (alias {a}) it answers for)
    ("articles_fts", "query",
     f"NOT coalesce({{a}}.language IN ({placeholders(_OWN_LANGUAGES)}), 0)"),
    (LANGUAGE_FTS, "folded_query", f"{{a}}.language IN ({placeholders(_OWN_LANGUAGES)})"),
)


def _matches(alias: str) -> str:
    """SQL: article `alias` matches the search in the index that answers for its language (the
    other versions --per-item weighs against the one a row is)."""
    return "(" + " OR ".join(f"""({languages.format(a=alias)} AND {alias}.id IN (
                SELECT rowid
                FROM {fts}
                WHERE {fts} MATCH :{match}
            ))""" for fts, match, languages in _ARMS) + ")"


SEARCH_ORDER = {BEST: "rank", NEWEST: "date DESC, id", OLDEST: "date NULLS LAST, id"}


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
    if bare := _BARE_COLUMN.search(query):
        raise QueryError(f"search: {bare.group(1)}: at the end of {query!r} has no term after it "
                         f"(e.g. {bare.group(1)}:Kazakhstan)")
    if inside := _STAR_INSIDE.search(query):
        raise QueryError(f"search: * ends a word (Kaz* finds the words starting with Kaz); in "
                         f"{inside.group().strip(chr(34))!r} it comes before letters, which no "
                         "search can ask for (FTS5 would read two words)")
    clauses, params = filter_clauses(conn, filters, own=_matches)
    params.update(_OWN_LANGUAGES)
    sql = "\n    UNION ALL\n".join(f"""
        SELECT {columns.format(fts=fts)}
        FROM {fts}
        JOIN articles a ON a.id = {fts}.rowid
        {where_sql([f"{fts} MATCH :{match}", languages.format(a="a"), *clauses,
                    f"{fts}.rank MATCH 'bm25(10.0, 5.0, 1.0)'"])}
    """ for fts, match, languages in _ARMS)
    sql = (f"{sql}\nORDER BY {order}\n{limit_sql(filters)}" if order
           else f"SELECT COUNT(*)\nFROM ({sql})")

    def run(fts_query: str) -> sqlite3.Cursor:
        spelled = name_spellings(fts_query)  # AlMalik, Al-Malik, Al Malik: one name
        return conn.execute(sql, {**params, "query": spelled,
                                  "folded_query": arabic_search_text(spelled)})

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
    conn: sqlite3.Connection, query: str, filters: Filters, sort: str = BEST
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
                      SEARCH_ORDER[BEST])
    return [row[0] for row in rows]
