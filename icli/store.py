"""The SQLite archive: schema and migrations, opening safely, and writing parsed dumps.

The schema is created with sqlite-utils (tables, indexes, the FTS5 index with triggers, so
`sqlite-utils search` and Datasette work on the same file); the per-article hot path uses plain
SQL on the same connection. Dumps are written in batches, one transaction each (Batches).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import time
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from icli.gazetteer import OWN_HEAD_ROLES
from icli.identity import head_by_role_key, surname_merges

if TYPE_CHECKING:
    from icli.extract import Mention
    from icli.parse import ParsedArticle

    DbPath = str | os.PathLike[str]  # a database file's path (queries do not import pathlib)

SCHEMA_VERSION = 5
APP_ID = "icli"
BUSY_TIMEOUT_MS = 60_000
WRITER_CACHE_KB = 32_768
WAL_CHECKPOINT_PAGES = 16384  # of 4 KB
DATE_SOURCE_RANK = {"dateline": 0, "text": 1, "inferred": 2, None: 3}


class StoreError(RuntimeError):
    """The database cannot be used: missing, not icli's, corrupt or from a newer icli."""


def _create_v1(conn: sqlite3.Connection) -> None:
    """Sources, articles, where each article was read, and the FTS5 index."""
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    db["sources"].create(
        {"id": int, "path": str, "content_hash": str, "ingested_at": str, "articles": int,
         "extractor_version": int},
        pk="id",
        not_null={"path", "content_hash"},
    )
    db["sources"].create_index(["path"], unique=True)
    db["articles"].create(
        # body last: reading any other column never walks the body's overflow pages
        {"id": int, "key": str, "title": str, "subtitle": str, "date": str, "date_source": str,
         "language": str, "source": str, "position": int, "content_hash": str,
         "extractor_version": int, "body": str},
        pk="id",
        not_null={"key", "title", "body", "source", "position", "content_hash"},
    )
    db["articles"].create_index(["key"], unique=True)
    db["articles"].create_index(["date"])
    db["article_sources"].create(
        {"article_id": int, "path": str, "position": int},
        pk=("article_id", "path"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["articles"].enable_fts(
        ["title", "subtitle", "body"],
        fts_version="FTS5",
        create_triggers=True,
        tokenize="porter unicode61 remove_diacritics 2",
    )


def _create_v2(conn: sqlite3.Connection) -> None:
    """People, countries and partners, their aliases, and which articles mention them."""
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    db["entities"].create(
        {"id": int, "kind": str, "key": str, "name": str, "code": str, "surname": str},
        pk="id",
        not_null={"kind", "key", "name"},
    )
    db["entities"].create_index(["kind", "key"], unique=True)
    db["entities"].create_index(["kind", "surname"])
    db["entity_aliases"].create(
        {"entity_id": int, "norm": str, "alias": str},
        pk=("entity_id", "alias"),
        foreign_keys=[("entity_id", "entities", "id")],
    )
    db["entity_aliases"].create_index(["norm"])
    db["mentions"].create(
        {"article_id": int, "entity_id": int, "role": str, "alias": str},
        pk=("article_id", "entity_id"),
        foreign_keys=[("article_id", "articles", "id"), ("entity_id", "entities", "id")],
    )
    db["mentions"].create_index(["entity_id", "article_id"])


def _create_v3(conn: sqlite3.Connection) -> None:
    """Per-entity article counts and date spans kept in `entities`, so lists and summaries
    need not group every mention. Triggers keep them: an added mention updates them in place;
    a removed mention or a re-dated article marks the entity for a recount at the end of the
    ingest (entity_dirty, written in the same transaction, so an interrupted ingest leaves the
    marks for the next one)."""
    for column, kind in (("articles", "INTEGER NOT NULL DEFAULT 0"), ("first_date", "TEXT"),
                         ("last_date", "TEXT")):
        conn.execute(f"ALTER TABLE entities ADD COLUMN {column} {kind}")
    conn.execute("CREATE INDEX idx_entities_kind_articles ON entities (kind, articles)")
    conn.execute("CREATE INDEX idx_articles_language ON articles (language)")
    conn.execute(  # who held ICESCO's top role: a partial index, tiny and cheap to keep
        "CREATE INDEX idx_mentions_head ON mentions (entity_id) WHERE role IN "
        f"({', '.join(repr(role) for role in OWN_HEAD_ROLES)})"
    )
    conn.execute("CREATE INDEX idx_articles_date_source ON articles (date_source)")
    conn.execute("CREATE TABLE entity_dirty (entity_id INTEGER PRIMARY KEY)")
    conn.execute(  # a new mention updates its entity's count and date span in place
        "CREATE TRIGGER mentions_added AFTER INSERT ON mentions BEGIN "
        "UPDATE entities SET articles = articles + 1, "
        "first_date = CASE WHEN d.date IS NULL THEN first_date "
        "WHEN first_date IS NULL OR d.date < first_date THEN d.date ELSE first_date END, "
        "last_date = CASE WHEN d.date IS NULL THEN last_date "
        "WHEN last_date IS NULL OR d.date > last_date THEN d.date ELSE last_date END "
        "FROM (SELECT date FROM articles WHERE id = new.article_id) AS d "
        "WHERE entities.id = new.entity_id; END"
    )
    conn.execute(
        "CREATE TRIGGER mentions_removed AFTER DELETE ON mentions BEGIN "
        "INSERT OR IGNORE INTO entity_dirty VALUES (old.entity_id); END"
    )
    conn.execute(
        "CREATE TRIGGER article_redated AFTER UPDATE OF date ON articles "
        "WHEN old.date IS NOT new.date BEGIN "
        "INSERT OR IGNORE INTO entity_dirty SELECT entity_id FROM mentions "
        "WHERE article_id = new.id; END"
    )
    conn.execute("INSERT INTO entity_dirty SELECT id FROM entities")
    _refresh_dirty(conn)  # databases migrated from v2 already hold mentions


def _create_v4(conn: sqlite3.Connection) -> None:
    """Two insert triggers become the writer's work, for speed:

    - a new article is added to the FTS index by the writer's own statement: the same FTS5
      insert cost twice as much when the trigger made it (measured: 215 against 110 µs);
    - added mentions are counted once per entity per batch (EntityStore.flush), not by a
      trigger that rewrote the entity's row for every mention.

    Rows inserted into `articles` by other tools are therefore not indexed; deletes and edits
    of the text are still mirrored into the index by triggers (the update trigger now fires
    only when the title, subtitle or body changes, not when a date or version is set).
    """
    conn.execute("DROP TRIGGER articles_ai")
    conn.execute("DROP TRIGGER mentions_added")
    conn.execute("DROP TRIGGER articles_au")
    conn.execute(
        "CREATE TRIGGER articles_au AFTER UPDATE OF title, subtitle, body ON articles BEGIN "
        "INSERT INTO articles_fts (articles_fts, rowid, title, subtitle, body) "
        "VALUES ('delete', old.rowid, old.title, old.subtitle, old.body); "
        "INSERT INTO articles_fts (rowid, title, subtitle, body) "
        "VALUES (new.rowid, new.title, new.subtitle, new.body); END"
    )


FTS_HASH_BYTES = 8 * 2**20


def _create_v5(conn: sqlite3.Connection) -> None:
    """FTS5 keeps up to 8 MB of new terms in memory before writing them out (the default is
    1 MB, less than a batch's): fewer, larger index segments and less merging, a fifth less
    work per inserted article. Stored in the index's own config table. An SQLite too old to
    know the option keeps its default."""
    try:
        conn.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', ?)",
                     (FTS_HASH_BYTES,))
    except sqlite3.OperationalError:
        pass


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _create_v1, _create_v2, _create_v3, _create_v4, _create_v5,
]


def _refresh_dirty(conn: sqlite3.Connection) -> None:
    """Recount the entities marked stale (inside the caller's transaction)."""
    conn.execute(
        "UPDATE entities SET articles = (SELECT COUNT(*) FROM mentions WHERE entity_id = entities.id), "
        "first_date = (SELECT MIN(a.date) FROM mentions m JOIN articles a ON a.id = m.article_id "
        "WHERE m.entity_id = entities.id), "
        "last_date = (SELECT MAX(a.date) FROM mentions m JOIN articles a ON a.id = m.article_id "
        "WHERE m.entity_id = entities.id) "
        "WHERE id IN (SELECT entity_id FROM entity_dirty)"
    )
    conn.execute("DELETE FROM entity_dirty")


def refresh_entity_counts(conn: sqlite3.Connection) -> None:
    """Bring the stored per-entity counts and dates up to date (end of every ingest)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        _refresh_dirty(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _connect(path: DbPath, readonly: bool) -> sqlite3.Connection:
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}?mode=rwc"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _schema_version(conn: sqlite3.Connection, path: DbPath) -> int:
    """The icli schema version of an open database; 0 for an empty file."""
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: not an SQLite database ({error})") from None
    if not tables:
        return 0
    if "icli_meta" not in tables:
        raise StoreError(f"{path}: not an icli database (refusing to touch it)")
    row = conn.execute("SELECT value FROM icli_meta WHERE key = 'schema_version'").fetchone()
    version = int(row[0]) if row else 0
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: schema version {version} is newer than this icli supports "
            f"({SCHEMA_VERSION}); upgrade icli"
        )
    return version


def open_for_writing(path: DbPath) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the archive for ingesting.

    WAL mode is set before migrating: a journal-mode switch needs every other connection out of
    the way, and in the old rollback mode SQLite refuses (rather than waits for) a lock upgrade
    that could deadlock, so the switch is retried until the busy timeout.
    """
    from pathlib import Path

    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"{path.parent}: cannot create the directory ({error.strerror})") from None
    try:
        conn = _connect(path, readonly=False)
        version = _schema_version(conn, path)  # refuses a file that is not icli's
        _retry_while_locked(lambda: conn.execute("PRAGMA journal_mode = WAL"))
        conn.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: no corruption on a crash
        conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KB}")  # indexes grow past the default 2 MB
        # Copy the WAL into the database every 64 MB rather than 4 MB (about every batch): pages
        # that every batch changes (index and FTS interiors) are copied once per checkpoint.
        # Measured on 50k articles: the writer 12% faster. SQLite removes the WAL at the last close.
        conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        if version < SCHEMA_VERSION:
            conn.execute("BEGIN IMMEDIATE")
            version = _schema_version(conn, path)  # another process may have migrated
            if version == 0:
                conn.execute("CREATE TABLE icli_meta (key TEXT PRIMARY KEY, value TEXT)")
            for number in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[number - 1](conn)
            conn.execute(
                "INSERT OR REPLACE INTO icli_meta VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )
            conn.execute("COMMIT")
    except sqlite3.Error as error:
        raise StoreError(f"{path}: {error}") from None
    return conn


def _retry_while_locked(statement: Callable[[], object]) -> None:
    """Run `statement`, retrying on "database is locked" until the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.01
    while True:
        try:
            statement()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def open_for_reading(path: DbPath) -> sqlite3.Connection:
    """Open the archive read-only; a missing file is an error with a hint."""
    if not os.path.exists(path):
        raise StoreError(f"{path}: no database yet; run `icli ingest PATH` first")
    if os.path.isdir(path):
        raise StoreError(f"{path}: is a directory, not a database file")
    try:
        conn = _connect(path, readonly=True)
        version = _schema_version(conn, path)
    except sqlite3.Error as error:
        raise StoreError(f"{path}: {error}") from None
    if version == 0:
        raise StoreError(f"{path}: empty database; run `icli ingest PATH` first")
    if version < SCHEMA_VERSION:
        raise StoreError(f"{path}: schema version {version} is old; run `icli ingest` to upgrade")
    conn.row_factory = sqlite3.Row
    return conn


# --- writing ---------------------------------------------------------------------------------

_KEY_RE = re.compile(r"[\W_]+", re.UNICODE)


def article_key(title: str) -> str:
    """The identity of an article: its title, case, spacing and punctuation ignored."""
    return _KEY_RE.sub(" ", title.casefold()).strip()


def content_hash(article: ParsedArticle) -> str:
    """A hash of what a reader sees: title, subtitle and paragraphs."""
    import hashlib  # (it loads OpenSSL: 4 ms that queries, which import this module, skip)

    text = "\x1f".join([article.title, article.subtitle or "", *article.body])
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class FileOutcome:
    """What writing one dump did (a plain class: queries import this module, and importing
    dataclasses would cost each of them 9 ms)."""

    __slots__ = ("new", "updated", "unchanged")

    def __init__(self) -> None:
        self.new = self.updated = self.unchanged = 0


def source_is_current(conn: sqlite3.Connection, path: str, digest: str, version: int) -> int | None:
    """The stored article count when `path` was ingested with this content and extractor."""
    row = conn.execute(
        "SELECT articles FROM sources WHERE path = ? AND content_hash = ? AND extractor_version = ?",
        (path, digest, version),
    ).fetchone()
    return row[0] if row else None


class Batches:
    """Writes dumps in shared transactions: a commit once a batch holds `max_articles` articles
    or has been open `max_seconds`, and at the end.

    Each commit flushes FTS5's pending terms into a new index segment that later merges
    rewrite: committing every file made the writer a third slower at 30,000 articles. A batch
    is atomic like a file was: an interrupted ingest loses the open batch whole (its files are
    recorded in `sources` only with it, so the next ingest reads them again). Another writer
    waits at most about `max_seconds` for the lock: the ingest also commits before waiting
    for a slow file (`time_left`).
    """

    def __init__(self, conn: sqlite3.Connection, max_articles: int = 2000,
                 max_seconds: float = 1.0) -> None:
        self.conn = conn
        self.max_articles = max_articles
        self.max_seconds = max_seconds
        self._articles = 0
        self._opened = 0.0
        self._entities = EntityStore(conn)

    def __enter__(self) -> Batches:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        if self.conn.in_transaction:
            if exc_type:
                self.conn.execute("ROLLBACK")
            else:
                self.commit()

    def commit(self) -> None:
        """End the open batch, if any."""
        if self.conn.in_transaction:
            self._entities.flush()
            self.conn.execute("COMMIT")

    def time_left(self) -> float | None:
        """Seconds before the open batch is due to commit; None when no batch is open."""
        if not self.conn.in_transaction:
            return None
        return max(0.0, self.max_seconds - (time.monotonic() - self._opened))

    def write(self, path: str, digest: str, articles: Sequence[ParsedArticle],
              extractor_version: int, mentions: Sequence[list[Mention]] | None = None) -> FileOutcome:
        """Write one dump (see write_dump) in the open batch, starting or committing as due."""
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self._articles, self._opened = 0, time.monotonic()
            self._entities = EntityStore(self.conn)  # ids cached only while the lock is held
        outcome = write_dump(self.conn, path, digest, articles, extractor_version, mentions,
                             self._entities)
        self._articles += len(articles)
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
    entities: EntityStore | None = None,
) -> FileOutcome:
    """Store one dump's articles inside the caller's transaction; returns new/updated/unchanged.

    An article already stored (same title) is updated when its text changed or this dump gives
    it a better-founded date, and left alone otherwise; either way this file is recorded among
    its sources. `mentions[i]` are the entities of `articles[i]`; they are (re)written for new
    and updated articles and for articles stored by an older extractor.
    """
    if not conn.in_transaction:
        raise RuntimeError("write_dump needs an open transaction (use Batches)")
    outcome = FileOutcome()
    entities = entities or EntityStore(conn)
    for index, article in enumerate(articles):
        before = outcome.new
        article_id, changed = _write_article(conn, path, article, extractor_version, outcome)
        conn.execute(
            "INSERT OR IGNORE INTO article_sources (article_id, path, position) VALUES (?, ?, ?)",
            (article_id, path, article.position),
        )
        if changed and mentions is not None:
            entities.write_mentions(article_id, mentions[index], article.date,
                                    new=outcome.new > before)
    conn.execute(
        "INSERT INTO sources (path, content_hash, ingested_at, articles, extractor_version) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET content_hash = excluded.content_hash, "
        "ingested_at = excluded.ingested_at, articles = excluded.articles, "
        "extractor_version = excluded.extractor_version",
        (path, digest, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
         len(articles), extractor_version),
    )
    return outcome


def _write_article(
    conn: sqlite3.Connection,
    path: str,
    article: ParsedArticle,
    extractor_version: int,
    outcome: FileOutcome,
) -> tuple[int, bool]:
    """Insert or update one article; returns its id and whether its entities need writing."""
    key = article_key(article.title)
    digest = content_hash(article)
    body = "\n\n".join(article.body)
    inserted = conn.execute(  # a new title (the common case) costs one statement, not two
        "INSERT INTO articles (key, title, subtitle, body, date, date_source, language, source, "
        "position, content_hash, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (key) DO NOTHING",
        (key, article.title, article.subtitle, body, article.date, article.date_source,
         article.language, path, article.position, digest, extractor_version),
    )
    if inserted.rowcount == 1:
        article_id = inserted.lastrowid
        conn.execute(
            "INSERT INTO articles_fts (rowid, title, subtitle, body) VALUES (?, ?, ?, ?)",
            (article_id, article.title, article.subtitle, body),
        )
        outcome.new += 1
        return int(article_id), True  # type: ignore[arg-type]
    row = conn.execute(
        "SELECT id, content_hash, date, date_source, extractor_version, source, length(body) "
        "FROM articles WHERE key = ?",
        (key,),
    ).fetchone()
    article_id, old_digest, old_date, old_date_source, old_version, first_path, old_length = row
    better_date = DATE_SOURCE_RANK[article.date_source] < DATE_SOURCE_RANK[old_date_source]
    # The file it was first read from may change its text; another file (a teaser listing,
    # a copy) only replaces the text with a fuller one.
    new_text = old_digest != digest and (path == first_path or len(body) > old_length)
    if new_text or better_date:
        date, date_source = (
            (article.date, article.date_source) if better_date or new_text and path == first_path
            else (old_date, old_date_source)
        )
        if new_text:
            conn.execute(
                "UPDATE articles SET title = ?, subtitle = ?, body = ?, language = ?, "
                "content_hash = ? WHERE id = ?",
                (article.title, article.subtitle, body, article.language, digest, article_id),
            )
        conn.execute(
            "UPDATE articles SET date = ?, date_source = ?, extractor_version = ? WHERE id = ?",
            (date, date_source, extractor_version, article_id),
        )
        outcome.updated += 1
        return article_id, new_text or old_version != extractor_version
    outcome.unchanged += 1
    if old_version != extractor_version:
        conn.execute(
            "UPDATE articles SET extractor_version = ? WHERE id = ?", (extractor_version, article_id)
        )
        return article_id, True
    return article_id, False


# --- entities --------------------------------------------------------------------------------


class EntityStore:
    """Writes entity mentions, resolving each to one stored identity (cached for one batch),
    and keeps the entities' stored article counts and date spans."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._ids: dict[tuple[str, str], int] = {}
        self._aliases: set[tuple[int, str]] = set()
        self._added: dict[int, list] = {}  # entity id → [articles, first date, last date] to add
        self._resolved: dict[tuple, int] = {}
        # ICESCO's heads (entities mentioned in a head role) → [first, last] date as stored
        # when loaded; None: load on first need.
        self._heads: dict[int, list[str | None]] | None = None

    def write_mentions(self, article_id: int, mentions: list[Mention], date: str | None,
                       new: bool = False) -> None:
        """Replace an article's mentions with `mentions` (`new`: a new article, dated `date`).

        Several mentions of one entity make one row: the first alias, the first role given.
        """
        if not new:
            self.conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
            self._heads = None  # a head's last mention in the role may be gone
            date = self.conn.execute("SELECT date FROM articles WHERE id = ?",
                                     (article_id,)).fetchone()[0]
        rows: dict[int, tuple[str | None, str]] = {}
        for mention in mentions:
            if mention.key == head_by_role_key():
                entity_id = self._role_holder(date)
                if entity_id is None:
                    continue
            else:
                entity_id = self._resolve(mention)
            role, alias = rows.get(entity_id, (mention.role, mention.alias))
            rows[entity_id] = (role or mention.role, alias)
        self.conn.executemany(
            "INSERT INTO mentions (article_id, entity_id, role, alias) VALUES (?, ?, ?, ?)",
            [(article_id, entity_id, role, alias) for entity_id, (role, alias) in rows.items()],
        )
        if self._heads is not None:
            for entity_id, (role, _) in rows.items():
                if role in OWN_HEAD_ROLES and entity_id not in self._heads:
                    self._heads[entity_id] = list(self.conn.execute(
                        "SELECT first_date, last_date FROM entities WHERE id = ?", (entity_id,)
                    ).fetchone())
        if new:
            for entity_id in rows:
                self._count(entity_id, date)
        else:  # the article's old mentions are gone (marked by a trigger) and its date may differ
            self.conn.executemany("INSERT OR IGNORE INTO entity_dirty VALUES (?)",
                                  [(entity_id,) for entity_id in rows])

    def _count(self, entity_id: int, date: str | None) -> None:
        added = self._added.get(entity_id)
        if added is None:
            self._added[entity_id] = [1, date, date]
            return
        added[0] += 1
        if date is not None:
            added[1] = date if added[1] is None else min(added[1], date)
            added[2] = date if added[2] is None else max(added[2], date)

    def flush(self) -> None:
        """Add the counted mentions to the entities' stored counts and date spans."""
        self._heads = None  # their stored spans change
        if self._added:
            self.conn.executemany(
                "UPDATE entities SET articles = articles + ?1, "
                "first_date = COALESCE(min(first_date, ?2), first_date, ?2), "
                "last_date = COALESCE(max(last_date, ?3), last_date, ?3) WHERE id = ?4",
                [(count, first, last, entity_id)
                 for entity_id, (count, first, last) in self._added.items()],
            )
            self._added.clear()

    def _resolve(self, mention: Mention) -> int:
        """The entity a mention names; the same mention again in this batch is looked up
        (except a surname alone, which a full name stored meanwhile may claim)."""
        memo = (mention.kind, mention.key, mention.name, mention.alias, mention.code,
                frozenset(mention.variants))
        entity_id = self._resolved.get(memo)
        if entity_id is None:
            entity_id, final = self._resolve_anew(mention)
            if final:
                self._resolved[memo] = entity_id
        return entity_id

    def _resolve_anew(self, mention: Mention) -> tuple[int, bool]:
        """The entity id, and whether the same mention would resolve the same way later."""
        from icli.identity import name_norm

        final = True
        aliases: Collection[str]
        if mention.kind == "person":
            first, surname_norm, aliases = _person_aliases(
                mention.alias or mention.name, mention.alias, frozenset(mention.variants))
            entity_id = None
            if not first:
                final = False
                rows = self.conn.execute(
                    "SELECT id FROM entities WHERE kind = 'person' AND surname = ? AND key != ?",
                    (surname_norm, mention.key),
                ).fetchall()
                if len(rows) == 1:
                    entity_id = rows[0][0]
            if entity_id is None:
                entity_id, _ = self._entity(mention, surname_norm)
        elif mention.kind == "partner":
            aliases = {mention.name, mention.alias} | ({mention.code} if mention.code else set())
            entity_id = self._partner(mention)
        else:
            from icli.gazetteer import country_aliases

            entity_id, created = self._entity(mention, None)
            aliases = country_aliases(mention.key) if created else set()
        new = [(entity_id, name_norm(alias), alias) for alias in aliases
               if alias and (entity_id, alias) not in self._aliases]
        if new:
            self.conn.executemany(
                "INSERT OR IGNORE INTO entity_aliases (entity_id, norm, alias) VALUES (?, ?, ?)", new
            )
            self._aliases.update((entity_id, alias) for entity_id, _, alias in new)
        return entity_id, final

    def _role_holder(self, date: str | None) -> int | None:
        """Who was ICESCO's (or ISESCO's) Director-General nearest `date` (an article's).

        The heads and their date spans are read once per batch and then kept here: the
        span of a head is the stored one plus this batch's mentions not yet flushed.
        """
        if self._heads is None:
            self.flush()
            self._heads = {entity_id: [first, last] for entity_id, first, last in self.conn.execute(
                "SELECT e.id, e.first_date, e.last_date FROM entities e WHERE e.id IN "
                "(SELECT DISTINCT entity_id FROM mentions WHERE role IN "
                f"({', '.join(repr(role) for role in OWN_HEAD_ROLES)}))"
            )}
        holders = [(entity_id, *self._span(entity_id, first, last))
                   for entity_id, (first, last) in sorted(self._heads.items())]
        if not holders or date is None:
            return holders[0][0] if len(holders) == 1 else None

        def distance(holder: tuple[int, str | None, str | None]) -> float:
            first, last = holder[1] or date, holder[2] or date
            return 0 if first <= date <= last else min(abs(_days(date) - _days(first)),
                                                       abs(_days(date) - _days(last)))

        return min(holders, key=distance)[0]

    def _span(self, entity_id: int, first: str | None, last: str | None) -> tuple[str | None, str | None]:
        """An entity's stored date span widened by its mentions counted but not yet flushed."""
        added = self._added.get(entity_id)
        if added is None:
            return first, last
        _, added_first, added_last = added
        return (min(filter(None, (first, added_first)), default=None),
                max(filter(None, (last, added_last)), default=None))

    def _entity(self, mention: Mention, surname: str | None) -> tuple[int, bool]:
        """The id of the entity with the mention's kind and key (created if needed), and
        whether it was created now."""
        cached = self._ids.get((mention.kind, mention.key))
        if cached is not None:
            return cached, False
        created = self.conn.execute(
            "INSERT OR IGNORE INTO entities (kind, key, name, code, surname) VALUES (?, ?, ?, ?, ?)",
            (mention.kind, mention.key, mention.name, mention.code, surname),
        ).rowcount == 1
        row = self.conn.execute(
            "SELECT id FROM entities WHERE kind = ? AND key = ?", (mention.kind, mention.key)
        ).fetchone()
        self._ids[(mention.kind, mention.key)] = row[0]
        return int(row[0]), created

    def _partner(self, mention: Mention) -> int:
        """A partner found by acronym or any name it was stored under, else a new one."""
        from icli.identity import name_norm

        for alias in ([mention.code] if mention.code else []) + [mention.name]:
            cached = self._ids.get(("partner-alias", name_norm(alias)))
            if cached is not None:
                return cached
            row = self.conn.execute(
                "SELECT e.id, e.code FROM entity_aliases al JOIN entities e ON e.id = al.entity_id "
                "WHERE al.norm = ? AND e.kind = 'partner' LIMIT 1",
                (name_norm(alias),),
            ).fetchone()
            if row:
                if row[1] is None and mention.code:
                    self.conn.execute(
                        "UPDATE entities SET code = ? WHERE id = ?", (mention.code, row[0])
                    )
                self._ids[("partner-alias", name_norm(alias))] = row[0]
                return int(row[0])
        return self._entity(mention, None)[0]


@lru_cache(maxsize=65536)
def _person_aliases(written: str, alias: str, variants: frozenset[str]) -> tuple[str, str, frozenset[str]]:
    """(first name, normalized surname, names to store as aliases) of a person's mention."""
    from icli.identity import name_norm, split_name

    first, surname = split_name(written)
    aliases = {alias, surname, *variants}
    if first:
        aliases.add(f"{first} {surname}")
    return first, name_norm(surname), frozenset(aliases)


def _days(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


def consolidate_people(conn: sqlite3.Connection) -> int:
    """Merge each surname-only person into the one full name with that surname, if unique.

    Returns how many were merged. Runs after an ingest, in its own transaction.
    """
    merged = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        people = conn.execute("SELECT id, key FROM entities WHERE kind = 'person'").fetchall()
        for loser, winner in surname_merges(people).items():
            _merge(conn, loser, winner)
            merged += 1
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return merged


def _merge(conn: sqlite3.Connection, loser: int, winner: int) -> None:
    """Move every mention and alias of entity `loser` to `winner`, then delete `loser`."""
    conn.execute(
        "INSERT INTO mentions (article_id, entity_id, role, alias) "
        "SELECT article_id, ?, role, alias FROM mentions WHERE entity_id = ? "
        "ON CONFLICT DO UPDATE SET role = COALESCE(mentions.role, excluded.role)",
        (winner, loser),
    )
    conn.execute(
        "INSERT OR IGNORE INTO entity_aliases (entity_id, norm, alias) "
        "SELECT ?, norm, alias FROM entity_aliases WHERE entity_id = ?",
        (winner, loser),
    )
    conn.execute("INSERT OR IGNORE INTO entity_dirty VALUES (?)", (winner,))
    for table in ("mentions", "entity_aliases"):
        conn.execute(f"DELETE FROM {table} WHERE entity_id = ?", (loser,))
    conn.execute("DELETE FROM entities WHERE id = ?", (loser,))
