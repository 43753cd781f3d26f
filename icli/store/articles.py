"""Writing parsed dumps into the archive: batched transactions of articles, their sources and
(through `mentions.MentionWriter`) their mentions.

Articles and their mentions are written as each dump arrives, a batch of dumps per transaction
(Batches). The links between mentions are made at the end of the ingest (`links.finish`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from icli.store.connection import FileWatch, StoreError, Transaction
from icli.store.fts import LANGUAGE_FTS_LANGUAGES, index_in_language_fts
from icli.store.integrity import check_integrity
from icli.store.links import LINKS, PENDING
from icli.store.mentions import LinkScope, MentionWriter
from icli.store.recount import any_marked
from icli.store.same_text import Identity, same_article
from icli.store.signals import stop_signals_held

if TYPE_CHECKING:
    from icli.extract.mention import Mention
    from icli.text.parse import ParsedArticle

DATE_SOURCE_RANK = {"dateline": 0, "text": 1, "inferred": 2, None: 3}
_KEY_RE = re.compile(r"[\W_]+", re.UNICODE)


def article_key(title: str) -> str:
    """What an article is looked up by: its title, case, spacing and punctuation ignored.
    Several articles may share one (a recurring title): same_article tells them apart."""
    return _KEY_RE.sub(" ", title.casefold()).strip()


def article_key_hash(key: str) -> int:
    """The 64-bit number an article is looked up by (`articles.key_hash`); the key itself is
    compared on the row, so two keys with the same hash stay two articles. Stored hashes were
    made by this function: changing it needs a migration step that recomputes them."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big",
                          signed=True)


def content_hash(article: ParsedArticle) -> str:
    """A hash of what a reader sees: title, subtitle and paragraphs."""
    text = "\x1f".join([article.title, article.subtitle or "", *article.body])
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass
class FileOutcome:
    """What writing one dump did."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0  # stored articles the file no longer has, and no other file has either

    def __add__(self, other: FileOutcome) -> FileOutcome:
        return FileOutcome(self.new + other.new, self.updated + other.updated,
                           self.unchanged + other.unchanged, self.removed + other.removed)

    @property
    def articles(self) -> int:
        """Articles written, whatever the outcome."""
        return self.new + self.updated + self.unchanged


def as_typed_source(conn: sqlite3.Connection, path: str, spellings: Collection[str],
                    digest: str) -> str | None:
    """The source an older icli stored the file at real path `path` under, as it was typed (one
    of `spellings`, e.g. relative to the working directory then), when `path` itself is not
    stored and that source holds this same content; None otherwise. With other content it may
    be another file typed alike from another directory: it stays a source of its own."""
    others = [spelling for spelling in spellings if spelling != path]
    if not others or conn.execute("""
        SELECT 1
        FROM sources
        WHERE path = :path
    """, {"path": path}).fetchone():
        return None
    row = conn.execute("""
        SELECT path
        FROM sources
        WHERE content_hash = :digest
          AND path IN (SELECT value FROM json_each(:paths))
        ORDER BY id
        LIMIT 1
    """, {"digest": digest, "paths": json.dumps(others)}).fetchone()
    return row[0] if row else None


def source_is_current(conn: sqlite3.Connection, path: str, digest: str, version: int) -> int | None:
    """The stored article count when `path` was ingested with this content and extractor."""
    row = conn.execute("""
        SELECT articles
        FROM sources
        WHERE path = :path
          AND content_hash = :digest
          AND extractor_version = :version
    """, {"path": path, "digest": digest, "version": version}).fetchone()
    return row[0] if row else None


class Batches:
    """Writes dumps in shared transactions: a commit once a batch holds `max_articles` articles
    or has been open `max_seconds`, and at the end.

    Each commit flushes FTS5's pending terms into a new index segment that later merges
    rewrite: committing every file made the writer a third slower at 30,000 articles. A batch
    is atomic like a file was: an interrupted ingest loses the open batch whole (its files are
    recorded in `sources` only with it, so the next ingest reads them again). Another writer
    waits at most about `max_seconds` for the lock: the ingest also commits before waiting
    for a slow file (`time_left`). Before its first write the file is checked
    (`integrity.check_integrity`; `checked`), and before each commit it must still be the file
    opened (`connection.FileWatch`); `on_wait` is told when another writer holds the lock for
    long.
    """

    def __init__(self, conn: sqlite3.Connection, max_articles: int = 2000,
                 max_seconds: float = 1.0, on_wait: Callable[[str], None] | None = None) -> None:
        self.conn = conn
        self._transaction = Transaction(conn, on_wait)  # on_wait: the lock is long in coming
        self._watch = FileWatch(conn)
        self.checked: int | None = None  # check_integrity's data_version once the file passed
        self.max_articles = max_articles
        self.max_seconds = max_seconds
        self._articles = 0
        self._files = 0
        self._opened = 0.0
        self.scope = LinkScope()
        self._mentions = MentionWriter(conn, self.scope)
        self._outcome = FileOutcome()  # of the open batch
        self.committed_files = 0  # files of the batches committed so far, and their articles
        self.committed = FileOutcome()

    def __enter__(self) -> Batches:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        if exc_type:
            self._transaction.rollback()
        else:
            self.commit()

    def commit(self) -> None:
        """End the open batch, if any."""
        if self.conn.in_transaction:
            self._mentions.flush()
            try:
                self._watch.check()
            except StoreError:
                self._transaction.rollback()
                raise
            with stop_signals_held():  # a Ctrl-C as COMMIT returns counts what it committed
                self._transaction.commit()
                self.committed_files += self._files
                self.committed = self.committed + self._outcome
            self._files, self._articles, self._outcome = 0, 0, FileOutcome()

    def time_left(self) -> float | None:
        """Seconds before the open batch is due to commit; None when no batch is open."""
        if not self.conn.in_transaction:
            return None
        return max(0.0, self.max_seconds - (time.monotonic() - self._opened))

    def _open(self) -> None:
        """Start a batch unless one is open."""
        if not self.conn.in_transaction:
            if self.checked is None:  # once, and only when there is something to write
                self.checked = check_integrity(self.conn)
                if any_marked(self.conn):
                    self.scope.forget()  # counts left to recount before this run
            self._transaction.begin()
            self._articles, self._files, self._opened = 0, 0, time.monotonic()
            self._outcome = FileOutcome()
            self._mentions = MentionWriter(self.conn, self.scope)  # ids cached while locked

    def rename_source(self, old: str, new: str) -> None:
        """Store the source `old` as `new` from now on (see as_typed_source), in the open batch."""
        self._open()
        for table, column in (("sources", "path"), ("article_sources", "path"),
                              ("articles", "source")):
            self.conn.execute(f"""
                UPDATE {table}
                SET {column} = :new
                WHERE {column} = :old
            """, {"old": old, "new": new})

    def write(self, path: str, digest: str, articles: Sequence[ParsedArticle],
              extractor_version: int, mentions: Sequence[list[Mention]] | None = None) -> FileOutcome:
        """Write one dump (see write_dump) in the open batch, starting or committing as due."""
        self._open()
        outcome = write_dump(self.conn, path, digest, articles, extractor_version, mentions,
                             self._mentions)
        self._articles += len(articles)
        self._files += 1
        self._outcome = self._outcome + outcome
        if (self._articles >= self.max_articles
                or time.monotonic() - self._opened >= self.max_seconds):
            self.commit()
        return outcome


def write_dump(
    conn: sqlite3.Connection,
    path: str,
    digest: str,
    articles: Sequence[ParsedArticle],
    extractor_version: int,
    mentions: Sequence[list[Mention]] | None = None,
    writer: MentionWriter | None = None,
) -> FileOutcome:
    """Store one dump's articles inside the caller's transaction; returns new/updated/unchanged.

    An article already stored (same title, and the same article by same_article) is updated
    when its text changed or this dump gives it a better-founded date, and left alone
    otherwise; either way this file is recorded among its sources. `mentions[i]` are the entities of `articles[i]`; they are (re)written for new
    and updated articles and for articles stored by an older extractor.
    """
    if not conn.in_transaction:
        raise RuntimeError("write_dump needs an open transaction (use Batches)")
    outcome = FileOutcome()
    own_writer = writer is None
    writer = writer or MentionWriter(conn)
    mark = writer.scope.token if writer.scope is not None else PENDING
    conn.execute("""
        INSERT INTO icli_meta (key, value)
        VALUES (:key, :mark)
        ON CONFLICT (key) DO UPDATE
        SET value = :pending
        WHERE value != :mark
    """, {"key": LINKS, "mark": mark, "pending": PENDING})
    previous = conn.execute("""
        SELECT content_hash
        FROM sources
        WHERE path = :path
    """, {"path": path}).fetchone()
    kept: set[int] = set()
    for index, article in enumerate(articles):
        before = outcome.new
        identities = ([(m.kind, m.key, m.alias) for m in mentions[index]]
                      if mentions is not None else [])
        article_id, changed = _write_article(conn, path, article, extractor_version, outcome,
                                             writer, kept, identities)
        kept.add(article_id)
        conn.execute("""
            INSERT OR IGNORE INTO article_sources (article_id, path, position)
            VALUES (:article, :path, :position)
        """, {"article": article_id, "path": path, "position": article.position})
        if changed and mentions is not None:
            writer.write(article_id, mentions[index], new=outcome.new > before, date=article.date)
    if previous is not None and previous[0] != digest:  # the file changed: what did it drop?
        outcome.removed = _forget_dropped(conn, path, kept, writer)
    conn.execute("""
        INSERT INTO sources (path, content_hash, ingested_at, articles, extractor_version)
        VALUES (:path, :digest, :now, :articles, :version)
        ON CONFLICT (path) DO UPDATE
        SET content_hash = excluded.content_hash,
            ingested_at = excluded.ingested_at,
            articles = excluded.articles,
            extractor_version = excluded.extractor_version
    """, {"path": path, "digest": digest,
          "now": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
          "articles": len(articles), "version": extractor_version})
    if own_writer:
        writer.flush()
    return outcome


def _stored_match(conn: sqlite3.Connection, key_hash: int, key: str, digest: str,
                  article: ParsedArticle, body: str, kept: Collection[int],
                  identities: Collection[Identity]) -> tuple | None:
    """The stored article `article` is (same title, and same_article), as (id, content_hash,
    date, date_source, extractor_version, source, length(body)); None if it is new. The same
    text first, then one this file has not given yet, then the oldest. `identities`: the
    mentions of `article` (kind, key, alias), compared with the stored article's."""
    rows = conn.execute("""
        SELECT id, content_hash, date, date_source, extractor_version, source, length(body)
        FROM articles
        WHERE key_hash = :key_hash
          AND key = :key
        ORDER BY id
    """, {"key_hash": key_hash, "key": key}).fetchall()
    for row in rows:
        if row[1] == digest:
            return row
    for row in sorted(rows, key=lambda row: row[0] in kept):
        other = conn.execute("""
            SELECT body
            FROM articles
            WHERE id = :id
        """, {"id": row[0]}).fetchone()[0]
        other_identities = conn.execute("""
            SELECT e.kind, e.key, m.alias
            FROM mentions m
            JOIN entities e ON e.id = m.entity_id
            WHERE m.article_id = :id
        """, {"id": row[0]}).fetchall()
        if same_article(article.date, article.date_source, body, row[2], row[3], other,
                        identities, other_identities):
            return row
    return None


def _forget_dropped(conn: sqlite3.Connection, path: str, kept: set[int],
                    writer: MentionWriter) -> int:
    """Forget that `path` holds the articles it no longer has (not in `kept`): an article no
    other file has is removed, with its mentions; one that another file still has stays, read
    from there. Returns how many were removed."""
    removed = 0
    dropped = [row[0] for row in conn.execute("""
        SELECT article_id
        FROM article_sources
        WHERE path = :path
    """, {"path": path}) if row[0] not in kept]
    for article_id in dropped:
        conn.execute("""
            DELETE FROM article_sources
            WHERE article_id = :article
              AND path = :path
        """, {"article": article_id, "path": path})
        other = conn.execute("""
            SELECT path, position
            FROM article_sources
            WHERE article_id = :article
            ORDER BY rowid
            LIMIT 1
        """, {"article": article_id}).fetchone()
        if other is not None:
            conn.execute("""
                UPDATE articles
                SET source = :source, position = :position
                WHERE id = :article
                  AND source = :path
            """, {"source": other[0], "position": other[1], "article": article_id, "path": path})
            continue
        writer.mark_article(article_id)
        for table in ("mentions", "head_mentions"):
            conn.execute(f"""
                DELETE FROM {table}
                WHERE article_id = :article
            """, {"article": article_id})
        conn.execute("""
            DELETE FROM articles
            WHERE id = :article
        """, {"article": article_id})  # its FTS rows go by trigger
        removed += 1
    return removed


def _write_article(
    conn: sqlite3.Connection,
    path: str,
    article: ParsedArticle,
    extractor_version: int,
    outcome: FileOutcome,
    writer: MentionWriter,
    kept: Collection[int] = (),
    identities: Collection[Identity] = (),
) -> tuple[int, bool]:
    """Insert or update one article; returns its id and whether its entities need writing
    (an article whose date changes is marked with `writer` first). `kept`: the articles this
    file gave already, matched last; `identities`: its mentions (kind, key, alias; same_article)."""
    key = article_key(article.title)
    digest = content_hash(article)
    body = "\n\n".join(article.body)
    key_hash = article_key_hash(key)
    row = _stored_match(conn, key_hash, key, digest, article, body, kept, identities)
    if row is None:
        article_id = conn.execute("""
            INSERT INTO articles (key, key_hash, title, subtitle, body, date, date_source,
                                  language, source, position, content_hash, extractor_version)
            VALUES (:key, :key_hash, :title, :subtitle, :body, :date, :date_source,
                    :language, :source, :position, :digest, :version)
        """, {"key": key, "key_hash": key_hash, "title": article.title,
              "subtitle": article.subtitle, "body": body, "date": article.date,
              "date_source": article.date_source, "language": article.language, "source": path,
              "position": article.position, "digest": digest, "version": extractor_version,
              }).lastrowid
        assert article_id is not None  # an INSERT's cursor holds the new row's id
        conn.execute("""
            INSERT INTO articles_fts (rowid, title, subtitle, body)
            VALUES (:id, :title, :subtitle, :body)
        """, {"id": article_id, "title": article.title, "subtitle": article.subtitle,
              "body": body})
        if article.language in LANGUAGE_FTS_LANGUAGES:
            index_in_language_fts(conn, article_id, article.language, article.title,
                                  article.subtitle, body)
        outcome.new += 1
        return article_id, True
    article_id, old_digest, old_date, old_date_source, old_version, first_path, old_length = row
    rank, old_rank = DATE_SOURCE_RANK[article.date_source], DATE_SOURCE_RANK[old_date_source]
    # The file it was first read from may change its text; another file (a teaser listing,
    # a copy) only replaces the text with a fuller one.
    new_text = old_digest != digest and (path == first_path or len(body) > old_length)
    if new_text or rank < old_rank:
        # the date of the text kept, unless the other is better founded
        date, date_source = ((article.date, article.date_source) if rank <= old_rank
                             else (old_date, old_date_source))
        if new_text:
            conn.execute("""
                UPDATE articles
                SET title = :title, subtitle = :subtitle, body = :body, language = :language,
                    content_hash = :digest
                WHERE id = :id
            """, {"title": article.title, "subtitle": article.subtitle, "body": body,
                  "language": article.language, "digest": digest, "id": article_id})
            index_in_language_fts(conn, article_id, article.language, article.title,
                                  article.subtitle, body)
        if date != old_date:
            writer.mark_article(article_id)
        conn.execute("""
            UPDATE articles
            SET date = :date, date_source = :date_source, extractor_version = :version
            WHERE id = :id
        """, {"date": date, "date_source": date_source, "version": extractor_version,
              "id": article_id})
        outcome.updated += 1
        return article_id, new_text or old_version != extractor_version
    outcome.unchanged += 1
    if old_version != extractor_version:
        conn.execute("""
            UPDATE articles
            SET extractor_version = :version
            WHERE id = :id
        """, {"version": extractor_version, "id": article_id})
        return article_id, True
    return article_id, False

