"""The floor icli is measured against: the least work that gets dumps into SQLite FTS5.

Standard library only. Splits each file into articles (a line with no closing punctuation
starts one; the page header's lines are dropped), stores them in a table with an FTS5 index
(same tokenizer as icli), committing every 2000 articles as icli does. No dates, no entities, no
deduplication.

    python -m bench.floor ingest DB DIR
    python -m bench.floor query DB search|list|summary [ARG]
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

BATCH = 2000  # articles per transaction, as icli.store.articles.Batches
HEADER = {"your opinion", "user feedback", "overall, how satisfied are you about the website?",
          "extremely dissatisfied extremely satisfied"}


def split(text: str) -> list[tuple[str, str]]:
    """(title, body) pairs."""
    articles: list[tuple[str, list[str]]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.lower() in HEADER or line.startswith("Disclaimer:"):
            continue
        if line[-1] not in ".!?:;”\"’)" and not line.startswith("•"):
            articles.append((line, []))
        elif articles:
            articles[-1][1].append(line)
    return [(title, "\n\n".join(body)) for title, body in articles]


def ingest(db: str, folder: str) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, title TEXT, body TEXT)")
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, body, "
                 "content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')")
    in_batch = 0
    for path in sorted(Path(folder).rglob("*.txt")):
        if not conn.in_transaction:
            conn.execute("BEGIN")
        for title, body in split(path.read_text(encoding="utf-8")):
            rowid = conn.execute("INSERT INTO articles (title, body) VALUES (?, ?)",
                                 (title, body)).lastrowid
            conn.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                         (rowid, title, body))
            in_batch += 1
        if in_batch >= BATCH:
            conn.execute("COMMIT")
            in_batch = 0
    if conn.in_transaction:
        conn.execute("COMMIT")


def query(db: str, kind: str, arg: str = "") -> None:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    if kind == "search":
        rows = conn.execute(
            "SELECT a.id, a.title, a.body FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 10.0, 1.0) LIMIT 50", (arg,)).fetchall()
    elif kind == "list":
        rows = conn.execute("SELECT id, title, body FROM articles ORDER BY id DESC LIMIT 50").fetchall()
    else:
        rows = conn.execute("SELECT length(title) / 10, COUNT(*) FROM articles GROUP BY 1").fetchall()
    sys.stdout.write(repr(rows)[:0])


if __name__ == "__main__":
    command, db, *rest = sys.argv[1:]
    ingest(db, rest[0]) if command == "ingest" else query(db, *rest)
