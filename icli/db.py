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

from icli.errors import Failure
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


FTS_COLUMNS = ["title", "subtitle", "body"]
FTS_TOKENIZER = "porter unicode61 remove_diacritics 2"
ARTICLES_AU = (  # the FTS update trigger: only when the indexed text changes
    "CREATE TRIGGER articles_au AFTER UPDATE OF title, subtitle, body ON articles BEGIN "
    "INSERT INTO articles_fts (articles_fts, rowid, title, subtitle, body) "
    "VALUES ('delete', old.rowid, old.title, old.subtitle, old.body); "
    "INSERT INTO articles_fts (rowid, title, subtitle, body) "
    "VALUES (new.rowid, new.title, new.subtitle, new.body); END"
)


class StoreError(Failure):
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
    db["articles"].enable_fts(FTS_COLUMNS, fts_version="FTS5", create_triggers=True,
                              tokenize=FTS_TOKENIZER)


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
    db.execute(ARTICLES_AU)


@step
def m005_fts_hashsize(db: Database) -> None:
    """FTS5 keeps up to 8 MB of new terms in memory before writing them out (the default is
    1 MB, less than a batch's): fewer, larger index segments and less merging. An SQLite too
    old to know the option keeps its default."""
    _fts_hashsize(db.conn)


def _fts_hashsize(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', ?)",
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


# French and Arabic articles' own FTS5 index: no English stemming, accents optional, Arabic as
# folded word keys (identity.arabic_search_text). Its rows are written by icli only.
LANGUAGE_FTS = "articles_fts_fr_ar"
LANGUAGE_FTS_LANGUAGES = ("fr", "ar")


def index_in_language_fts(conn: sqlite3.Connection | Database, article_id: int,
                          language: str | None, title: str, subtitle: str | None,
                          body: str) -> None:
    """(Re)index one article in LANGUAGE_FTS if it is French or Arabic (Arabic as folded word
    keys); any row it had there goes first, so a changed text or language is indexed anew."""
    from icli.identity import arabic_search_text

    conn.execute(f"DELETE FROM {LANGUAGE_FTS} WHERE rowid = ?", [article_id])
    if language not in LANGUAGE_FTS_LANGUAGES:
        return
    if language == "ar":
        title, subtitle, body = (arabic_search_text(title), subtitle and arabic_search_text(
            subtitle), arabic_search_text(body))
    conn.execute(f"INSERT INTO {LANGUAGE_FTS} (rowid, title, subtitle, body) VALUES (?, ?, ?, ?)",
                 [article_id, title, subtitle, body])


@step
def m007_language_search(db: Database) -> None:
    """French and Arabic articles get their own FTS5 index (`unicode61 remove_diacritics 2`, no
    porter stemmer), Arabic as folded word keys, filled from the stored articles; a deleted
    article leaves it by trigger. Countries already stored gain their French and Arabic
    names as aliases."""
    from icli.gazetteer import country_aliases
    from icli.identity import name_norm

    db.execute(f"CREATE VIRTUAL TABLE {LANGUAGE_FTS} USING fts5 (title, subtitle, body, "
               "tokenize = 'unicode61 remove_diacritics 2')")
    try:
        db.execute(f"INSERT INTO {LANGUAGE_FTS} ({LANGUAGE_FTS}, rank) VALUES ('hashsize', ?)",
                   [FTS_HASH_BYTES])
    except sqlite3.OperationalError:
        pass
    db.execute(f"CREATE TRIGGER articles_ad_fr_ar AFTER DELETE ON articles BEGIN "
               f"DELETE FROM {LANGUAGE_FTS} WHERE rowid = old.id; END")
    rows = db.execute("SELECT id, language, title, subtitle, body FROM articles "
                      "WHERE language IN ('fr', 'ar')").fetchall()
    for row in rows:
        index_in_language_fts(db, *row)
    countries = db.execute("SELECT id, key FROM entities WHERE kind = 'country'").fetchall()
    db.conn.executemany(
        "INSERT OR IGNORE INTO entity_aliases (entity_id, norm, alias) VALUES (?, ?, ?)",
        [(entity_id, name_norm(alias), alias) for entity_id, code in countries
         for alias in country_aliases(code)])


@step
def m008_entity_date_index(db: Database) -> None:
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


@step
def m009_article_key_hash(db: Database) -> None:
    """Articles gain `key_hash` (`writer.article_key_hash` of their key) with a plain index,
    which replaces the unique index on the key text; the writer looks an article up by both
    (docs/performance.md says why). Rewrites every article row once."""
    from icli.writer import article_key_hash

    db.conn.create_function("icli_article_key_hash", 1, article_key_hash, deterministic=True)
    db.execute("ALTER TABLE articles ADD COLUMN key_hash INTEGER")
    db.execute("UPDATE articles SET key_hash = icli_article_key_hash(key)")
    db.execute("DROP INDEX idx_articles_key")
    db.execute("CREATE INDEX idx_articles_key_hash ON articles (key_hash)")


@step
def m010_browse_view(db: Database) -> None:
    """`articles_browse`: one row per article with its month and the names of the people,
    countries and partners it names as JSON arrays, the columns `icli serve` facets on
    (Datasette's array facets). A view: nothing is stored twice."""
    db.execute(
        "CREATE VIEW articles_browse AS SELECT a.id, a.date, substr(a.date, 1, 7) AS month, "
        "a.language, a.title, "
        "(SELECT json_group_array(e.name) FROM mentions m JOIN entities e ON e.id = m.entity_id "
        "WHERE m.article_id = a.id AND e.kind = 'person') AS people, "
        "(SELECT json_group_array(e.name) FROM mentions m JOIN entities e ON e.id = m.entity_id "
        "WHERE m.article_id = a.id AND e.kind = 'country') AS countries, "
        "(SELECT json_group_array(e.name) FROM mentions m JOIN entities e ON e.id = m.entity_id "
        "WHERE m.article_id = a.id AND e.kind = 'partner') AS partners "
        "FROM articles a"
    )


# --- opening -----------------------------------------------------------------------------------

STEP_NAMES = [function.__name__ for function in STEPS]
LEGACY_STEPS = 5  # before named steps, icli_meta's schema_version counted the steps applied


CANNOT_OPEN = "unable to open database file"  # SQLite's message for SQLITE_CANTOPEN


def _connect(path: DbPath, mode: str) -> sqlite3.Connection:
    """A connection in URI `mode` ("ro", "rwc", or "ro&immutable=1")."""
    name = os.fspath(path).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    conn = sqlite3.connect(f"file:{name}?mode={mode}", uri=True,
                           timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _connect_reading(path: DbPath) -> sqlite3.Connection:
    """A read-only connection. SQLite reads a WAL database through its -shm file, creating it
    (and a -wal) when missing; a read-only database file, or one in a read-only directory,
    is opened as immutable instead (read as it is on disk, which no writer can be changing),
    so reading leaves no read-only -shm behind for a later ingest to trip on."""
    wal = f"{os.fspath(path)}-wal"
    if _read_only(path) and (not os.path.exists(wal) or not os.path.getsize(wal)):
        return _connect(path, "ro&immutable=1")
    conn = _connect(path, "ro")
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.OperationalError as error:
        if str(error) != CANNOT_OPEN:
            raise
        conn.close()
        conn = _connect(path, "ro&immutable=1")
    return conn


def _read_only(path: DbPath) -> bool:
    """Whether a file or directory is read-only: not writable by this process, or without
    write permission bits (which root, who may write anyway, is held to as well)."""
    import stat

    return not os.access(path, os.W_OK) or not os.stat(path).st_mode & stat.S_IWUSR


def _check_writable(path: DbPath) -> None:
    """Refuse (StoreError) to ingest into a read-only database file or directory before
    SQLite opens it (it would leave -wal and -shm files behind, read-only as well)."""
    directory = os.path.dirname(os.path.abspath(path))
    if os.path.exists(path) and _read_only(path):
        raise StoreError(f"{path}: the database file is read-only; ingest needs to write to "
                         f"it{_queries_work(path)}")
    if _read_only(directory):
        raise StoreError(f"{path}: the directory {directory} is read-only; ingest needs to "
                         f"create files beside the database{_queries_work(path)}")


def _queries_work(path: DbPath) -> str:
    """" (queries work)" when the archive can be queried as it is, else "" (an archive whose
    schema ingest must upgrade first, a missing or foreign file)."""
    try:
        open_for_reading(path).close()
    except StoreError:
        return ""
    return " (queries work)"


def applied_steps(conn: sqlite3.Connection, path: DbPath) -> list[str] | None:
    """The names of the steps applied to an open database; None for an empty file.

    Refuses (StoreError) a file that is not an SQLite database, not icli's, or migrated by a
    newer icli (a step this one does not know).
    """
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as error:
        if str(error) == CANNOT_OPEN:  # not the file's content: where it is (see callers)
            raise
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
    if path.exists():
        _check_regular(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"{path.parent}: cannot create the directory ({error.strerror})") from None
    _check_writable(path)
    try:
        conn = _connect(path, "rwc")
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
        if applied is None or set(applied) != set(STEP_NAMES):  # recorded in any order
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
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'").fetchone():
            _restore_fts(conn)
    except sqlite3.Error as error:
        if str(error) == CANNOT_OPEN:
            raise StoreError(f"{path}: cannot write to it or create files beside it ({error}); "
                             "is the directory read-only?") from None
        raise StoreError(f"{path}: {error}") from None
    return conn


def write_failure(path: DbPath, error: sqlite3.Error) -> StoreError:
    """The error for a write that SQLite could not make (its transaction rolled back): the
    database, the cause (a full disk or the file size limit, `ulimit -f`, when that is why),
    and what to do."""
    cause = str(error)
    files = [os.fspath(path), f"{os.fspath(path)}-wal", f"{os.fspath(path)}-journal"]
    largest = max((os.path.getsize(f) for f in files if os.path.exists(f)), default=0)
    size_limit: int | None = None
    try:
        import resource

        soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
        size_limit = None if soft == resource.RLIM_INFINITY else soft
    except ImportError:  # not on this system (Windows)
        pass
    import shutil

    try:
        free: int | None = shutil.disk_usage(os.path.dirname(os.path.abspath(path))).free
    except OSError:
        free = None
    if size_limit is not None and largest + 2**20 > size_limit:
        cause += f": the file size limit of {size_limit} bytes (ulimit -f) is reached"
    elif free is not None and free < 2**20:
        cause += ": no space left on the device"
    return StoreError(f"{path}: cannot write ({cause}); what was committed before is kept: "
                      "make room and run the same command to finish")


def _restore_fts(conn: sqlite3.Connection) -> None:
    """Create the FTS index again, as the migration steps left it, and fill it from the
    articles: another tool removed it (its triggers, left behind, would fail every update)."""
    from sqlite_utils import Database

    for trigger in ("articles_ai", "articles_ad", "articles_au"):
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    Database(conn)["articles"].enable_fts(FTS_COLUMNS, fts_version="FTS5", create_triggers=True,
                                          tokenize=FTS_TOKENIZER)
    conn.execute("DROP TRIGGER articles_ai")
    conn.execute("DROP TRIGGER articles_au")
    conn.execute(ARTICLES_AU)
    _fts_hashsize(conn)


def _check_regular(path: DbPath) -> None:
    """Refuse (StoreError) a path that exists but is not a regular file: a directory, a FIFO
    (SQLite would wait on it forever), a device or a socket."""
    import stat

    mode = os.stat(path).st_mode
    if stat.S_ISREG(mode):
        return
    kind = ("a directory" if stat.S_ISDIR(mode) else "a FIFO" if stat.S_ISFIFO(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "a special file")
    raise StoreError(f"{path}: is {kind}, not a database file")


CHECKED_SUFFIX = "-icli-checked"  # beside the database: the file as icli last left it intact


def file_fingerprint(path: str) -> str | None:
    """The database file as the file system describes it: device, inode, size, modification
    and change times (the change time no process can set back), and its -wal's size (0 when
    there is none); None when there is no file."""
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    try:
        wal = os.stat(f"{path}-wal").st_size
    except FileNotFoundError:
        wal = 0
    return (f"{stat.st_dev} {stat.st_ino} {stat.st_size} {stat.st_mtime_ns} {stat.st_ctime_ns} "
            f"{wal}")


def check_integrity(conn: sqlite3.Connection) -> int:
    """Refuse (StoreError) a damaged database before writing into it, with what to do: PRAGMA
    quick_check (every page's structure; 0.4 s on a 540 MB archive, read warm, 5 s at 5 GB),
    unless the file is as icli left it after its last ingest (its fingerprint, recorded by
    `record_intact` in `<db>-icli-checked`, unchanged). Returns the connection's
    `PRAGMA data_version`, for record_intact."""
    path = database_file(conn)
    version = int(conn.execute("PRAGMA data_version").fetchone()[0])
    try:
        with open(path + CHECKED_SUFFIX, encoding="utf-8") as recorded:
            if recorded.read() == file_fingerprint(path):
                return version
    except (OSError, UnicodeDecodeError):
        pass
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as error:
        problems = [str(error)]
    if problems == ["ok"]:
        return version
    first = next((p for p in problems if not p.startswith("***")), problems[0])
    raise StoreError(f"{path}: the database is damaged ({first}); nothing was written to it. "
                     f"Move it aside and ingest the dumps again, or recover what it holds with "
                     f"`sqlite3 {path} .recover | sqlite3 recovered.db`")


def record_intact(conn: sqlite3.Connection, version: int) -> None:
    """After an ingest that checked the file (check_integrity gave `version`) and wrote to it:
    copy the WAL into the database and record the file's fingerprint in `<db>-icli-checked`,
    so the next ingest skips quick_check while nothing else changes the file. Nothing is
    recorded (the next ingest checks) when another connection committed since the check or a
    reader keeps the WAL from being emptied now."""
    path = database_file(conn)
    if int(conn.execute("PRAGMA data_version").fetchone()[0]) != version:
        return
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    fingerprint = file_fingerprint(path)
    if busy or fingerprint is None or not fingerprint.endswith(" 0"):
        return
    try:
        with open(path + CHECKED_SUFFIX + ".tmp", "w", encoding="utf-8") as record:
            record.write(fingerprint)
        os.replace(path + CHECKED_SUFFIX + ".tmp", path + CHECKED_SUFFIX)
    except OSError:  # not recorded: the next ingest runs quick_check
        pass


LOCK_NOTICE_MS = 2000  # a writer waiting longer than this for the lock says so


def begin_writing(conn: sqlite3.Connection, on_wait: Callable[[str], None] | None = None) -> None:
    """BEGIN IMMEDIATE: take the write lock, waiting for another writer up to BUSY_TIMEOUT_MS.
    After LOCK_NOTICE_MS `on_wait` is told which file and for how long at most; a lock still
    held at the timeout is a StoreError."""
    path = database_file(conn)
    conn.execute(f"PRAGMA busy_timeout = {LOCK_NOTICE_MS}")
    try:
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error):
                raise
        if on_wait is not None:
            on_wait(f"{path}: another process is writing to it; waiting up to "
                    f"{BUSY_TIMEOUT_MS // 1000} s for it to finish")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS - LOCK_NOTICE_MS}")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if "locked" not in str(error):
                raise
            raise StoreError(f"{path}: still locked by another process after "
                             f"{BUSY_TIMEOUT_MS // 1000} s; run the same command again once it "
                             "has finished") from None
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def database_file(conn: sqlite3.Connection) -> str:
    """The path of the file a connection has open."""
    return str(conn.execute("PRAGMA database_list").fetchone()[2])


def file_identity(path: str) -> tuple[int, int] | None:
    """(device, inode) of a file; None when there is none at `path`."""
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return stat.st_dev, stat.st_ino


class FileWatch:
    """The database file a writer opened, with its -wal and -shm: `check` before each commit
    refuses to go on when the file was deleted or replaced meanwhile (a commit would store
    rows nowhere)."""

    COMPANIONS = ("-wal", "-shm")

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.path = database_file(conn)
        self.identities = {suffix: file_identity(self.path + suffix)
                           for suffix in ("", *self.COMPANIONS)}

    def check(self) -> None:
        """StoreError if the file at the path is not the one opened. The -wal and -shm this
        writer made are removed then: SQLite would read them as the new file's own."""
        now = file_identity(self.path)
        if now == self.identities[""]:
            return
        for suffix in self.COMPANIONS:
            identity = self.identities[suffix]
            if identity is not None and file_identity(self.path + suffix) == identity:
                os.unlink(self.path + suffix)
        raise StoreError(f"{self.path}: the database file was "
                         f"{'deleted' if now is None else 'replaced'} during the ingest; what this "
                         "ingest had not committed is not stored: run the same command again")


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
    _check_regular(path)
    try:
        conn = _connect_reading(path)
        applied = applied_steps(conn, path)
    except sqlite3.Error as error:
        raise StoreError(f"{path}: {error}") from None
    if applied is None:
        raise StoreError(f"{path}: empty database; run `icli ingest PATH` first")
    if set(applied) != set(STEP_NAMES):  # a step not applied yet (unknown ones are refused above)
        raise StoreError(f"{path}: the schema is old; run `icli ingest` to upgrade")
    conn.row_factory = sqlite3.Row
    return conn
