"""The French and Arabic articles' own FTS5 index (`articles_fts_fr_ar`, made by migration m007):
no English stemming, accents optional, Arabic as folded word keys
(`normalize.arabic_search_text`). Its rows are written by icli only."""

from __future__ import annotations

import sqlite3

from icli.store.sql import named_list, placeholders
from icli.text.normalize import arabic_search_text

LANGUAGE_FTS = "articles_fts_fr_ar"
LANGUAGE_FTS_LANGUAGES = ("fr", "ar")


def index_in_language_fts(conn: sqlite3.Connection, article_id: int, language: str | None,
                          title: str, subtitle: str | None, body: str) -> None:
    """(Re)index one article in LANGUAGE_FTS if it is French or Arabic (Arabic as folded word
    keys); any row it had there goes first, so a changed text or language is indexed anew."""
    conn.execute("""
        DELETE FROM articles_fts_fr_ar
        WHERE rowid = :id
    """, {"id": article_id})
    if language not in LANGUAGE_FTS_LANGUAGES:
        return
    if language == "ar":
        title, subtitle, body = (arabic_search_text(title), subtitle and arabic_search_text(
            subtitle), arabic_search_text(body))
    conn.execute("""
        INSERT INTO articles_fts_fr_ar (rowid, title, subtitle, body)
        VALUES (:id, :title, :subtitle, :body)
    """, {"id": article_id, "title": title, "subtitle": subtitle, "body": body})


def refill_language_fts(conn: sqlite3.Connection) -> None:
    """Index every stored French and Arabic article anew."""
    languages = named_list("language", LANGUAGE_FTS_LANGUAGES)
    rows = conn.execute(f"""
        SELECT id, language, title, subtitle, body
        FROM articles
        WHERE language IN ({placeholders(languages)})
    """, languages).fetchall()
    for row in rows:
        index_in_language_fts(conn, *row)
