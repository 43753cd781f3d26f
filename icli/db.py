"""The SQLite archive file: opening it safely, its schema, and named migrations.

The schema is created with sqlite-utils (tables, indexes, the FTS5 index with triggers, so
`sqlite-utils search` and Datasette work on the same file) as a list of named steps, each
applied once and recorded in sqlite-utils' `_sqlite_migrations` table. Reading needs neither
sqlite-utils nor a write lock; files that are not icli's, or that a newer icli migrated, are
refused untouched.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from icli.gazetteer import OWN_HEAD_ROLES

if TYPE_CHECKING:
    from sqlite_utils import Database

    DbPath = str | os.PathLike[str]  # a database file's path (queries do not import pathlib)

MIGRATION_SET = "icli"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' name for it
BUSY_TIMEOUT_MS = 60_000
WRITER_CACHE_KB = 32_768
PAGE_BYTES = 16384  # a new archive's page size (SQLite's default is 4096)
WAL_CHECKPOINT_BYTES = 64 * 2**20
FTS_HASH_BYTES = 8 * 2**20


class StoreError(RuntimeError):
    """The database cannot be used: missing, not icli's, corrupt or from a newer icli."""


Step = Callable[["Database"], None]
STEPS: list[Step] = []


def step(function: Step) -> Step:
    """Register a migration step; steps apply in the order they are defined, each once."""
    STEPS.append(function)
    return function


@step
def m001_articles(db: Database) -> None:
    """Sources, articles, where each article was read, and the FTS5 index."""
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


@step
def m002_entities(db: Database) -> None:
    """People, countries and partners, their aliases, and which articles mention them."""
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


@step
def m003_entity_counts(db: Database) -> None:
    """Per-entity article counts and date spans kept in `entities`, so lists and summaries
    need not group every mention; `entity_dirty` lists the entities to recount."""
    for column, kind in (("articles", "INTEGER NOT NULL DEFAULT 0"), ("first_date", "TEXT"),
                         ("last_date", "TEXT")):
        db.execute(f"ALTER TABLE entities ADD COLUMN {column} {kind}")
    db.execute("CREATE INDEX idx_entities_kind_articles ON entities (kind, articles)")
    db.execute("CREATE INDEX idx_articles_language ON articles (language)")
    db.execute(  # who held ICESCO's top role: a partial index, tiny and cheap to keep
        "CREATE INDEX idx_mentions_head ON mentions (entity_id) WHERE role IN "
        f"({', '.join(repr(role) for role in OWN_HEAD_ROLES)})"
    )
    db.execute("CREATE INDEX idx_articles_date_source ON articles (date_source)")
    db.execute("CREATE TABLE entity_dirty (entity_id INTEGER PRIMARY KEY)")
    db.execute(
        "CREATE TRIGGER mentions_added AFTER INSERT ON mentions BEGIN "
        "UPDATE entities SET articles = articles + 1, "
        "first_date = CASE WHEN d.date IS NULL THEN first_date "
        "WHEN first_date IS NULL OR d.date < first_date THEN d.date ELSE first_date END, "
        "last_date = CASE WHEN d.date IS NULL THEN last_date "
        "WHEN last_date IS NULL OR d.date > last_date THEN d.date ELSE last_date END "
        "FROM (SELECT date FROM articles WHERE id = new.article_id) AS d "
        "WHERE entities.id = new.entity_id; END"
    )
    db.execute(
        "CREATE TRIGGER mentions_removed AFTER DELETE ON mentions BEGIN "
        "INSERT OR IGNORE INTO entity_dirty VALUES (old.entity_id); END"
    )
    db.execute(
        "CREATE TRIGGER article_redated AFTER UPDATE OF date ON articles "
        "WHEN old.date IS NOT new.date BEGIN "
        "INSERT OR IGNORE INTO entity_dirty SELECT entity_id FROM mentions "
        "WHERE article_id = new.id; END"
    )
    db.execute("INSERT INTO entity_dirty SELECT id FROM entities")  # recounted by the writer


@step
def m004_writer_indexes_articles(db: Database) -> None:
    """The writer adds new articles to the FTS index itself (the same FTS5 insert cost twice as
    much when a trigger made it) and counts mentions itself; the update trigger fires only when
    the title, subtitle or body changes. Rows other tools insert are not indexed."""
    db.execute("DROP TRIGGER articles_ai")
    db.execute("DROP TRIGGER mentions_added")
    db.execute("DROP TRIGGER articles_au")
    db.execute(
        "CREATE TRIGGER articles_au AFTER UPDATE OF title, subtitle, body ON articles BEGIN "
        "INSERT INTO articles_fts (articles_fts, rowid, title, subtitle, body) "
        "VALUES ('delete', old.rowid, old.title, old.subtitle, old.body); "
        "INSERT INTO articles_fts (rowid, title, subtitle, body) "
        "VALUES (new.rowid, new.title, new.subtitle, new.body); END"
    )


@step
def m005_fts_hashsize(db: Database) -> None:
    """FTS5 keeps up to 8 MB of new terms in memory before writing them out (the default is
    1 MB, less than a batch's): fewer, larger index segments and less merging. An SQLite too
    old to know the option keeps its default."""
    try:
        db.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', ?)",
                   [FTS_HASH_BYTES])
    except sqlite3.OperationalError:
        pass


@step
def m006_links(db: Database) -> None:
    """Mentions of a person by surname alone or by ICESCO's top role alone are linked to a
    person at the end of every ingest, from everything stored, whatever order the articles came
    in. `mentions.link` says how a row was linked: NULL named outright; 'surname' a surname
    alone (`via`: the surname-only person it was written as); 'role' the role alone, linked to
    its holder. `head_mentions` keeps the articles that name the role alone (`filled`: the row
    of an article naming the holder without a role, given the role). Counts are recounted for
    the entities the writer marks, so the count triggers go."""
    db.execute("ALTER TABLE mentions ADD COLUMN link TEXT")
    db.execute("ALTER TABLE mentions ADD COLUMN via INTEGER REFERENCES entities(id)")
    db.execute("CREATE INDEX idx_mentions_link ON mentions (link) WHERE link IS NOT NULL")
    db.execute(
        "CREATE TABLE head_mentions (article_id INTEGER PRIMARY KEY REFERENCES articles(id), "
        "role TEXT NOT NULL, alias TEXT NOT NULL, filled INTEGER)"
    )
    db.execute("DROP TRIGGER mentions_removed")
    db.execute("DROP TRIGGER article_redated")


@step
def m007_entity_date_index(db: Database) -> None:
    """Each mention carries its article's date, and idx_mentions_entity_date (entity, date newest
    first, article) gives an entity's articles newest first straight from the index: `who NAME
    --limit 20` reads 20 index entries whatever the entity's count. It replaces the index on
    (entity, article), whose every use it serves. A trigger copies a changed article date to
    its mentions; the writer gives new mentions their article's date."""
    db.execute("ALTER TABLE mentions ADD COLUMN date TEXT")
    db.execute("UPDATE mentions SET date = (SELECT date FROM articles WHERE id = article_id)")
    db.execute("DROP INDEX idx_mentions_entity_id_article_id")
    db.execute("CREATE INDEX idx_mentions_entity_date ON mentions (entity_id, date DESC, article_id)")
    db.execute(
        "CREATE TRIGGER article_date_to_mentions AFTER UPDATE OF date ON articles "
        "WHEN old.date IS NOT new.date BEGIN "
        "UPDATE mentions SET date = new.date WHERE article_id = new.id; END"
    )


# --- opening -----------------------------------------------------------------------------------

STEP_NAMES = [function.__name__ for function in STEPS]
LEGACY_STEPS = 5  # before named steps, icli_meta's schema_version counted the steps applied


def _connect(path: DbPath, readonly: bool) -> sqlite3.Connection:
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}?mode=rwc"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def applied_steps(conn: sqlite3.Connection, path: DbPath) -> list[str] | None:
    """The names of the steps applied to an open database; None for an empty file.

    Refuses (StoreError) a file that is not an SQLite database, not icli's, or migrated by a
    newer icli (a step this one does not know).
    """
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: not an SQLite database ({error})") from None
    if not tables:
        return None
    if "icli_meta" not in tables:
        raise StoreError(f"{path}: not an icli database (refusing to touch it)")
    if MIGRATIONS_TABLE in tables:
        names = [row[0] for row in conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            (MIGRATION_SET,))]
    else:
        row = conn.execute("SELECT value FROM icli_meta WHERE key = 'schema_version'").fetchone()
        legacy = int(row[0]) if row else 0
        names = STEP_NAMES[:legacy] if legacy <= LEGACY_STEPS else [f"step {legacy}"]
    unknown = [name for name in names if name not in STEP_NAMES]
    if unknown:
        raise StoreError(f"{path}: migrated by a newer icli ({unknown[0]}); upgrade icli")
    return names


def _migrate(conn: sqlite3.Connection, applied: list[str]) -> None:
    """Apply the pending steps (inside the caller's transaction), recording each."""
    import datetime as dt

    from sqlite_utils import Database, Migrations

    db = Database(conn)
    migrations = Migrations(MIGRATION_SET)
    for function in STEPS:
        migrations()(function)
    if not db[MIGRATIONS_TABLE].exists():  # type: ignore[union-attr]
        migrations.ensure_migrations_table(db)
        now = str(dt.datetime.now(dt.timezone.utc))
        db[MIGRATIONS_TABLE].insert_all(  # steps applied before they were recorded by name
            {"migration_set": MIGRATION_SET, "name": name, "applied_at": now} for name in applied)
    migrations.apply(db)
    # icli versions from before named steps read this count, and refuse a newer file
    conn.execute("INSERT OR REPLACE INTO icli_meta VALUES ('schema_version', ?)",
                 (str(len(STEPS)),))


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
        applied = applied_steps(conn, path)  # refuses a file that is not icli's
        if applied is None:
            # Articles of 2 to 4 KB fill 4 KB pages one each and leave a third of the table
            # empty; 16 KB pages hold four or five (the archive 18% smaller at 20k articles).
            # Only an empty file takes a new page size (a VACUUM outside WAL mode converts one).
            conn.execute(f"PRAGMA page_size = {PAGE_BYTES}")
        _retry_while_locked(lambda: conn.execute("PRAGMA journal_mode = WAL"))
        conn.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: no corruption on a crash
        conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KB}")  # indexes grow past the default 2 MB
        # Copy the WAL into the database every 64 MB rather than 4 MB (about every batch): pages
        # that every batch changes (index and FTS interiors) are copied once per checkpoint.
        # Measured on 50k articles: the writer 12% faster. SQLite removes the WAL at the last close.
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_BYTES // page}")
        if applied != STEP_NAMES:
            conn.execute("BEGIN IMMEDIATE")
            try:
                applied = applied_steps(conn, path)  # another process may have migrated
                if applied is None:
                    conn.execute("CREATE TABLE icli_meta (key TEXT PRIMARY KEY, value TEXT)")
                _migrate(conn, applied or [])
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
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
        applied = applied_steps(conn, path)
    except sqlite3.Error as error:
        raise StoreError(f"{path}: {error}") from None
    if applied is None:
        raise StoreError(f"{path}: empty database; run `icli ingest PATH` first")
    if applied != STEP_NAMES:
        raise StoreError(f"{path}: the schema is old; run `icli ingest` to upgrade")
    conn.row_factory = sqlite3.Row
    return conn
