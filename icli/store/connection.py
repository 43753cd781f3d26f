"""The SQLite archive file: opening it safely (migrated by `migrations`), the write lock, and
checking that it is intact and still the file opened.

Reading needs neither sqlite-utils nor a write lock; files that are not icli's, or that a newer
icli migrated, are refused untouched.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from icli.errors import Failure
from icli.store.migrations import (
    ARTICLES_AU,
    FTS_COLUMNS,
    FTS_TOKENIZER,
    LEGACY_STEPS,
    MIGRATION_SET,
    MIGRATIONS_TABLE,
    REFILL,
    STEP_NAMES,
    apply,
    fts_hashsize,
)

if TYPE_CHECKING:
    DbPath = str | os.PathLike[str]  # a database file's path (queries do not import pathlib)

BUSY_TIMEOUT_MS = 60_000
WRITER_CACHE_KB = 32_768
PAGE_BYTES = 16384  # a new archive's page size (SQLite's default is 4096)
WAL_CHECKPOINT_BYTES = 64 * 2**20


class StoreError(Failure):
    """The database cannot be used: missing, not icli's, corrupt or from a newer icli."""


CANNOT_OPEN = "unable to open database file"  # SQLite's message for SQLITE_CANTOPEN


def _connect(path: DbPath, mode: str) -> sqlite3.Connection:
    """A connection in URI `mode` ("ro", "rwc", or "ro&immutable=1"). An absolute path is
    given an empty authority (`file:///x`), so one starting with two slashes stays a path."""
    name = os.fspath(path).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    if name.startswith("/"):
        name = "//" + name
    conn = sqlite3.connect(f"file:{name}?mode={mode}", uri=True,
                           timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _connect_reading(path: DbPath,
                     on_wait: Callable[[str], None] | None = None) -> sqlite3.Connection:
    """A read-only connection. SQLite reads a WAL database through its -shm file, creating it
    (and a -wal) when missing; a read-only database file, or one in a read-only directory,
    is opened as immutable instead (read as it is on disk, which no writer can be changing),
    so reading leaves no read-only -shm behind for a later ingest to trip on. A file another
    process has locked is waited for (`waiting_for_lock`, `on_wait` told after 2 s)."""
    wal = f"{os.fspath(path)}-wal"
    if read_only(path) and (not os.path.exists(wal) or not os.path.getsize(wal)):
        return _connect(path, "ro&immutable=1")
    conn = _connect(path, "ro")
    try:
        waiting_for_lock(conn, path, lambda: conn.execute("""
            SELECT 1
            FROM sqlite_master
            LIMIT 1
        """).fetchall(), on_wait, "holding a lock on it")
    except sqlite3.OperationalError as error:
        if str(error) != CANNOT_OPEN:
            raise
        conn.close()
        conn = _connect(path, "ro&immutable=1")
    return conn


def read_only(path: DbPath) -> bool:
    """Whether a file or directory is read-only: not writable by this process, or without
    write permission bits (which root, who may write anyway, is held to as well)."""
    import stat

    return not os.access(path, os.W_OK) or not os.stat(path).st_mode & stat.S_IWUSR


def _check_writable(path: DbPath) -> None:
    """Refuse (StoreError) to ingest into a read-only database file or directory before
    SQLite opens it (it would leave -wal and -shm files behind, read-only as well)."""
    directory = os.path.dirname(os.path.abspath(path))
    if os.path.exists(path) and read_only(path):
        raise StoreError(f"{path}: the database file is read-only; ingest needs to write to "
                         f"it{_queries_work(path)}")
    if read_only(directory):
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
        tables = {row[0] for row in conn.execute("""
            SELECT name
            FROM sqlite_master
        """)}
    except sqlite3.DatabaseError as error:
        if str(error) == CANNOT_OPEN:  # not the file's content: where it is (see callers)
            raise
        raise StoreError(f"{path}: not an SQLite database ({error})") from None
    if not tables:
        return None
    if "icli_meta" not in tables:
        raise StoreError(f"{path}: not an icli database (refusing to touch it)")
    if MIGRATIONS_TABLE in tables:
        names = [row[0] for row in conn.execute(f"""
            SELECT name
            FROM {MIGRATIONS_TABLE}
            WHERE migration_set = :migration_set
            ORDER BY rowid
        """, {"migration_set": MIGRATION_SET})]
    else:
        row = conn.execute("""
            SELECT value
            FROM icli_meta
            WHERE key = 'schema_version'
        """).fetchone()
        legacy = int(row[0]) if row else 0
        names = STEP_NAMES[:legacy] if legacy <= LEGACY_STEPS else [f"step {legacy}"]
    unknown = [name for name in names if name not in STEP_NAMES]
    if unknown:
        raise StoreError(f"{path}: migrated by a newer icli ({unknown[0]}); upgrade icli")
    return names


def open_for_writing(path: DbPath) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the archive for ingesting (see `upgrade`)."""
    return _open_for_writing(path)[0]


def upgrade(path: DbPath) -> list[str]:
    """Bring an existing archive to this icli's schema, as every write does before writing
    (`icli migrate`). Returns the names of the steps applied now."""
    if not os.path.lexists(path):
        raise StoreError(f"{path}: no database yet; run `icli ingest PATH` first")
    conn, applied = _open_for_writing(path)
    conn.close()
    return applied


def _open_for_writing(path: DbPath) -> tuple[sqlite3.Connection, list[str]]:
    """Open (creating if needed) and migrate the archive; the connection and the steps applied
    now. The data the steps left to refill (migrations.REFILL) is made in the same transaction.

    WAL mode is set before migrating: a journal-mode switch needs every other connection out of
    the way, and in the old rollback mode SQLite refuses (rather than waits for) a lock upgrade
    that could deadlock, so the switch is retried until the busy timeout.
    """
    from pathlib import Path

    path = Path(path)
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
        now: list[str] = []
        if applied is None or set(applied) != set(STEP_NAMES):  # recorded in any order
            with Transaction(conn):
                applied = applied_steps(conn, path)  # another process may have migrated
                if applied is None:
                    conn.execute("""
                        CREATE TABLE icli_meta (key TEXT PRIMARY KEY, value TEXT)
                    """)
                now = apply(conn, applied or [])
                _refill(conn)
        if not conn.execute("""
            SELECT 1
            FROM sqlite_master
            WHERE name = 'articles_fts'
        """).fetchone():
            _restore_fts(conn)
    except sqlite3.Error as error:
        if str(error) == CANNOT_OPEN:
            raise StoreError(f"{path}: cannot write to it or create files beside it ({error}); "
                             "is the directory read-only?") from None
        raise StoreError(f"{path}: {error}") from None
    return conn, now


def _refill(conn: sqlite3.Connection) -> None:
    """Make again the derived data the migration steps recorded under migrations.REFILL, with
    today's code, and forget the records."""
    from icli.store.entity_keys import refill_entity_keys
    from icli.store.fts import refill_language_fts
    from icli.store.mentions import add_country_aliases

    refills = {"language_fts": refill_language_fts, "country_aliases": add_country_aliases,
               "entity_keys": refill_entity_keys}
    for (key,) in conn.execute("""
        SELECT key
        FROM icli_meta
        WHERE key LIKE :prefix
    """, {"prefix": f"{REFILL}:%"}).fetchall():
        refills[key.removeprefix(f"{REFILL}:")](conn)
        conn.execute("""
            DELETE FROM icli_meta
            WHERE key = :key
        """, {"key": key})


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
    Database(conn).table("articles").enable_fts(FTS_COLUMNS, fts_version="FTS5",
                                                create_triggers=True, tokenize=FTS_TOKENIZER)
    conn.execute("DROP TRIGGER articles_ai")
    conn.execute("DROP TRIGGER articles_au")
    conn.execute(ARTICLES_AU)
    fts_hashsize(conn)


def _check_regular(path: DbPath) -> bool:
    """Whether a database file exists at `path` (False when nothing is there). Refuses
    (StoreError) a path that is not a regular file: a directory, a FIFO (SQLite would wait on
    it forever), a device or a socket; and one the system cannot follow (a symbolic link loop,
    no permission), in the system's words."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as error:
        raise StoreError(f"{path}: {error.strerror or error}") from None
    if stat.S_ISREG(mode):
        return True
    kind = ("a directory" if stat.S_ISDIR(mode) else "a FIFO" if stat.S_ISFIFO(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "a special file")
    raise StoreError(f"{path}: is {kind}, not a database file")


LOCK_NOTICE_MS = 2000  # a command waiting longer than this for a lock says so


class Transaction:
    """One write transaction on `conn`: the one place icli says BEGIN, COMMIT and ROLLBACK.

    `begin` takes the write lock (BEGIN IMMEDIATE), waiting for another writer up to
    BUSY_TIMEOUT_MS; after LOCK_NOTICE_MS `on_wait` is told which file and for how long at
    most, and a lock still held at the timeout is a StoreError. Used in a `with` block, it
    begins on entry, commits at the end and rolls back on any exception.
    """

    def __init__(self, conn: sqlite3.Connection,
                 on_wait: Callable[[str], None] | None = None) -> None:
        self.conn = conn
        self.on_wait = on_wait

    def __enter__(self) -> Transaction:
        self.begin()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.rollback()

    def begin(self) -> None:
        """Take the write lock and open the transaction."""
        waiting_for_lock(self.conn, database_file(self.conn),
                         lambda: self.conn.execute("BEGIN IMMEDIATE"), self.on_wait,
                         "writing to it")

    def commit(self) -> None:
        """Commit the open transaction."""
        self.conn.execute("COMMIT")

    def rollback(self) -> None:
        """Roll back the open transaction, if one is open."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")


T = TypeVar("T")


def waiting_for_lock(conn: sqlite3.Connection, path: DbPath, statement: Callable[[], T],
                     on_wait: Callable[[str], None] | None, doing: str) -> T:
    """Run `statement`, waiting for another process's lock up to BUSY_TIMEOUT_MS. After
    LOCK_NOTICE_MS `on_wait` is told which file, what the other process is `doing` and for how
    long at most; a lock still held at the timeout is a StoreError."""
    conn.execute(f"PRAGMA busy_timeout = {LOCK_NOTICE_MS}")
    try:
        try:
            return statement()
        except sqlite3.OperationalError as error:
            if "locked" not in str(error):
                raise
        if on_wait is not None:
            on_wait(f"{path}: another process is {doing}; waiting up to "
                    f"{BUSY_TIMEOUT_MS // 1000} s for it to finish")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS - LOCK_NOTICE_MS}")
        try:
            return statement()
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


def open_for_reading(path: DbPath,
                     on_wait: Callable[[str], None] | None = None) -> sqlite3.Connection:
    """Open the archive read-only; a missing file is an error with a hint. `on_wait` is told
    when another process's lock keeps it waiting for more than 2 s."""
    if not _check_regular(path):
        raise StoreError(f"{path}: no database yet; run `icli ingest PATH` first")
    try:
        conn = _connect_reading(path, on_wait)
        applied = applied_steps(conn, path)
    except sqlite3.Error as error:
        raise StoreError(f"{path}: {error}") from None
    if applied is None:
        raise StoreError(f"{path}: empty database; run `icli ingest PATH` first")
    if set(applied) != set(STEP_NAMES):  # a step not applied yet (unknown ones are refused above)
        raise StoreError(f"{path}: the schema is older than this icli's; run `icli migrate` "
                         "(or `python -m icli migrate`) to upgrade it")
    conn.row_factory = sqlite3.Row
    return conn
