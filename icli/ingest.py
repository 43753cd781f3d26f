"""Find dump files, read them safely and store their articles: the work behind `icli ingest`."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from icli import entities
from icli.parse import DumpError, decode_dump, parse_dump
from icli.store import consolidate_people, source_is_current, write_dump

STDIN = "-"
MAX_FILE_BYTES = 512 * 1024 * 1024


@dataclass
class IngestReport:
    """The counts `icli ingest --json` prints, plus warnings for stderr."""

    files: int = 0
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        """The contract's ingest object."""
        return {
            "files": self.files,
            "articles_new": self.articles_new,
            "articles_updated": self.articles_updated,
            "articles_unchanged": self.articles_unchanged,
            "failed": self.failed,
        }


def display_path(path: Path) -> str:
    """A path as stored and shown: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path.absolute())


def find_dumps(targets: list[str], report: IngestReport) -> Iterator[tuple[str, Path | None]]:
    """Yield (display path, path) for every dump named; directories give their *.txt files.

    `-` yields ("<stdin>", None). Missing paths and directory loops are recorded as failures.
    """
    for target in targets:
        if target == STDIN:
            yield "<stdin>", None
            continue
        path = Path(target)
        if path.is_dir():
            yield from _walk(path, report)
        elif path.exists() or path.is_symlink():
            yield display_path(path), path
        else:
            report.failed.append({"path": target, "error": "no such file or directory"})


def _walk(root: Path, report: IngestReport) -> Iterator[tuple[str, Path]]:
    """The *.txt files under a directory in a stable order, each real directory visited once."""
    seen: set[tuple[int, int]] = set()

    def onerror(error: OSError) -> None:
        report.failed.append({"path": str(error.filename), "error": error.strerror or str(error)})

    for directory, subdirs, files in os.walk(root, followlinks=True, onerror=onerror):
        try:
            stat = os.stat(directory)
        except OSError:
            subdirs[:] = []
            continue
        identity = (stat.st_dev, stat.st_ino)
        if identity in seen:
            report.warnings.append(f"{directory}: already visited (symlink loop), skipped")
            subdirs[:] = []
            continue
        seen.add(identity)
        subdirs.sort()
        for name in sorted(files):
            if name.lower().endswith(".txt"):
                path = Path(directory) / name
                yield display_path(path), path


def read_dump(path: Path | None, stdin: Callable[[], bytes]) -> bytes:
    """The bytes of a dump file (or of stdin when path is None); OSError on failure."""
    if path is None:
        return stdin()
    if not path.is_file():
        raise OSError("not a regular file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise OSError(f"larger than {MAX_FILE_BYTES // 2**20} MB")
    return path.read_bytes()


def ingest(
    conn: sqlite3.Connection,
    targets: list[str],
    stdin: Callable[[], bytes] = lambda: b"",
    on_file: Callable[[str], None] | None = None,
    count_files: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest every dump named by `targets`; one file's failure never stops the others."""
    report = IngestReport()
    dumps = list(find_dumps(targets, report))
    if count_files is not None:
        count_files(len(dumps))
    for shown, path in dumps:
        report.files += 1
        try:
            _ingest_one(conn, shown, path, stdin, report)
        except OSError as error:
            report.failed.append({"path": shown, "error": error.strerror or str(error)})
        except DumpError as error:
            report.failed.append({"path": shown, "error": str(error)})
        if on_file is not None:
            on_file(shown)
    if report.articles_new or report.articles_updated:
        consolidate_people(conn)
    return report


def _ingest_one(
    conn: sqlite3.Connection,
    shown: str,
    path: Path | None,
    stdin: Callable[[], bytes],
    report: IngestReport,
) -> None:
    data = read_dump(path, stdin)
    if not data.strip():
        raise DumpError("empty file")
    digest = hashlib.sha256(data).hexdigest()
    stored = source_is_current(conn, shown, digest, entities.EXTRACTOR_VERSION)
    if stored is not None:
        report.articles_unchanged += stored
        return
    text, warning = decode_dump(data)
    if warning:
        report.warnings.append(f"{shown}: {warning}")
    dump = parse_dump(text)
    if not dump.articles:
        raise DumpError("no articles found (no title line followed by paragraphs)")
    if dump.orphan_lines:
        report.warnings.append(
            f"{shown}: {len(dump.orphan_lines)} line(s) before the first title skipped"
        )
    outcome = write_dump(
        conn, shown, digest, dump.articles, entities.EXTRACTOR_VERSION, entities.extract
    )
    report.articles_new += outcome.new
    report.articles_updated += outcome.updated
    report.articles_unchanged += outcome.unchanged
