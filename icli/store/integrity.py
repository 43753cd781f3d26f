"""Whether the archive file is intact before an ingest writes to it: PRAGMA quick_check, skipped
while the file is as icli last left it (its fingerprint recorded beside it)."""

from __future__ import annotations

import os
import sqlite3

from icli.store.connection import BUSY_TIMEOUT_MS, StoreError, database_file

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
