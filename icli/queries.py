"""Read queries over the archive, returning contract-shaped article objects.

Plain sqlite3 only (no sqlite-utils, no dateparser): queries must start fast.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from typing import Any


class QueryError(ValueError):
    """A query that cannot be run as asked (nothing searchable, unknown entity kind)."""


@dataclass
class Filters:
    """The filters every query command accepts; dates are ISO strings, both inclusive."""

    since: str | None = None
    until: str | None = None
    person: str | None = None
    country: str | None = None
    partner: str | None = None
    language: str | None = None
    limit: int = 50


ARTICLE_COLUMNS = (
    "a.id, a.title, a.subtitle, a.date, a.date_source, a.source, a.position, a.language, a.body"
)
NEWEST_FIRST = "a.date IS NULL, a.date DESC, a.source, a.position"


def name_norm(text: str) -> str:
    """How names are compared: case, accents' marks kept, spaces, hyphens, dots and quotes dropped."""
    return re.sub(r"[\s\-‐–—.'’`]+", "", text.casefold())


def _where(filters: Filters) -> tuple[list[str], list[Any]]:
    """SQL conditions on alias `a` (articles) for the filters."""
    clauses: list[str] = []
    params: list[Any] = []
    if filters.since:
        clauses.append("a.date >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append("a.date <= ?")
        params.append(filters.until)
    if filters.language:
        clauses.append("a.language = ?")
        params.append(filters.language)
    for kind, value in (
        ("person", filters.person),
        ("country", filters.country),
        ("partner", filters.partner),
    ):
        if value:
            clauses.append(
                "a.id IN (SELECT m.article_id FROM mentions m WHERE m.entity_id IN "
                "(SELECT al.entity_id FROM entity_aliases al JOIN entities e ON e.id = al.entity_id "
                "WHERE al.norm = ? AND e.kind = ?))"
            )
            params.extend([name_norm(value), kind])
    return clauses, params


def _limit(filters: Filters) -> str:
    return f" LIMIT {int(filters.limit)}" if filters.limit else ""


def list_articles(conn: sqlite3.Connection, filters: Filters) -> list[dict[str, Any]]:
    """Articles matching the filters, newest first."""
    clauses, params = _where(filters)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    sql = f"SELECT {ARTICLE_COLUMNS} FROM articles a{where} ORDER BY {NEWEST_FIRST}{_limit(filters)}"
    return hydrate(conn, conn.execute(sql, params).fetchall())


def get_article(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """One article by id, or None."""
    rows = conn.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?", (article_id,))
    found = hydrate(conn, rows.fetchall())
    return found[0] if found else None


# --- full-text search ------------------------------------------------------------------------

_TOKEN = re.compile(r'"[^"]*"?|\(|\)|[^\s"()]+')
_OPERATORS = {"AND", "OR", "NOT"}


def plain_fts_query(query: str) -> str:
    """A query that FTS5 always accepts, keeping "phrases", prefix* terms and AND/OR/NOT.

    Every other token is quoted (so Al-Malik, d'Ivoire or MoU: are searched as words); tokens
    with no letter or digit are dropped, as are operators with nothing on one side.
    """
    parts: list[str] = []
    for token in _TOKEN.findall(query):
        if token in _OPERATORS:
            if parts and parts[-1] not in _OPERATORS:
                parts.append(token)
            continue
        if token in "()":
            continue
        prefix = token.endswith("*") and not token.startswith('"')
        words = token.strip('"').rstrip("*")
        if not any(ch.isalnum() for ch in words):
            continue
        parts.append('"' + words.replace('"', '""') + '"' + ("*" if prefix else ""))
    while parts and parts[-1] in _OPERATORS:
        parts.pop()
    if not parts:
        raise QueryError(f"nothing to search for in {query!r}")
    return " ".join(parts)


def search_articles(
    conn: sqlite3.Connection, query: str, filters: Filters
) -> list[dict[str, Any]]:
    """Articles matching an FTS5 query, best first (title weighted 10, subtitle 5, body 1).

    The query is tried as FTS5 syntax first; if FTS5 rejects it, it is searched as plain terms.
    """
    if not query.strip():
        raise QueryError("empty search query")
    clauses, params = _where(filters)
    extra = "".join(f" AND {clause}" for clause in clauses)
    sql = (
        f"SELECT {ARTICLE_COLUMNS}, bm25(articles_fts, 10.0, 5.0, 1.0) AS rank, "
        "snippet(articles_fts, -1, '**', '**', '…', 16) AS snippet "
        "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
        f"WHERE articles_fts MATCH ?{extra} ORDER BY rank{_limit(filters)}"
    )
    try:
        rows = conn.execute(sql, [query, *params]).fetchall()
    except sqlite3.OperationalError:
        rows = conn.execute(sql, [plain_fts_query(query), *params]).fetchall()
    articles = hydrate(conn, rows)
    for article, row in zip(articles, rows):
        article["snippet"] = " ".join(row["snippet"].split())
        article["score"] = round(-row["rank"], 4)
    return articles


# --- article objects -------------------------------------------------------------------------


def hydrate(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
    """Contract article objects for rows of ARTICLE_COLUMNS, with sources and entities."""
    if not rows:
        return []
    ids = [row["id"] for row in rows]
    marks = ",".join("?" * len(ids))
    sources: dict[int, list[str]] = defaultdict(list)
    for article_id, path in conn.execute(
        f"SELECT article_id, path FROM article_sources WHERE article_id IN ({marks}) "
        "ORDER BY article_id, rowid",
        ids,
    ):
        sources[article_id].append(path)
    entities: dict[int, dict[str, list[dict[str, Any]]]] = defaultdict(
        lambda: {"person": [], "country": [], "partner": []}
    )
    for article_id, kind, name, code, role in conn.execute(
        "SELECT m.article_id, e.kind, e.name, e.code, m.role FROM mentions m "
        f"JOIN entities e ON e.id = m.entity_id WHERE m.article_id IN ({marks}) "
        "ORDER BY m.article_id, m.rowid",
        ids,
    ):
        if kind == "person":
            item = {"name": name, "role": role}
        elif kind == "country":
            item = {"code": code, "name": name}
        else:
            item = {"name": name, "acronym": code}
        entities[article_id][kind].append(item)
    return [
        {
            "id": row["id"],
            "title": row["title"],
            "subtitle": row["subtitle"],
            "date": row["date"],
            "date_source": row["date_source"],
            "source": row["source"],
            "position": row["position"],
            "sources": sources.get(row["id"], [row["source"]]),
            "language": row["language"],
            "persons": entities[row["id"]]["person"],
            "countries": entities[row["id"]]["country"],
            "partners": entities[row["id"]]["partner"],
            "body": row["body"].split("\n\n") if row["body"] else [],
        }
        for row in rows
    ]
