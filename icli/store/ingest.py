"""Find dump files, read them safely and store their articles: the work behind `icli ingest`."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from itertools import islice

from icli.extract import article as extraction
from icli.extract.mention import Mention
from icli.store.articles import Batches, as_typed_source, source_is_current
from icli.store.integrity import record_intact
from icli.store.links import finish
from icli.store.signals import stop_signals_held
from icli.store.sources import as_typed, find_dumps, path_shower
from icli.text.decode import DumpError, decode_dump
from icli.text.escape import readable_name
from icli.text.parse import ParsedArticle, parse_dump

MAX_FILE_BYTES = 512 * 1024 * 1024
PARALLEL_FROM = 8  # files; fewer are parsed in this process (a pool costs more to start)
WORKER_NICENESS = 10
MAX_BYTES_IN_FLIGHT = 64 * 2**20  # of dumps handed to workers and not yet written


@dataclass
class IngestReport:
    """The counts `icli ingest --json` prints, plus warnings for stderr."""

    files: int = 0
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    articles_removed: int = 0  # gone from every file they were read from
    failed: list[dict[str, str]] = field(default_factory=list)
    failed_read: int = 0  # of `failed`, those counted in `files` (a missing path is not)
    warnings: list[str] = field(default_factory=list)
    interrupted: bool = False  # stopped before its end (the counts are then what was committed)

    def articles(self) -> str:
        """The article counts in words: "20 new, 0 updated, 0 unchanged article(s)" (and ", 3
        removed" before "article(s)" when any were)."""
        removed = f", {self.articles_removed} removed" if self.articles_removed else ""
        return (f"{self.articles_new} new, {self.articles_updated} updated, "
                f"{self.articles_unchanged} unchanged{removed} article(s)")

    def done(self) -> str:
        """What the ingest did, the one line a finished and an interrupted ingest print: the
        files read without error (stored or found current), the articles, and the paths that
        failed, a missing one too (the JSON's "failed"): "5 file(s) read: 50 new, 0 updated,
        0 unchanged article(s); 1 failed"."""
        read = self.files - self.failed_read
        return f"{read} file(s) read: {self.articles()}; {len(self.failed)} failed"

    def stopped(self) -> str:
        """What an interruption leaves: the line icli prints before exiting 130 or 143."""
        return f"interrupted: {self.done()}; run the same command to finish"

    def as_json(self) -> dict[str, object]:
        """The contract's ingest object; `"interrupted": true` added when it was."""
        return {
            "files": self.files,
            "articles_new": self.articles_new,
            "articles_updated": self.articles_updated,
            "articles_unchanged": self.articles_unchanged,
            "articles_removed": self.articles_removed,
            "failed": self.failed,
            **({"interrupted": True} if self.interrupted else {}),
        }


def read_dump(path: str | None, stdin: Callable[[int], bytes]) -> bytes:
    """The bytes of a dump file (or of stdin when path is None), at most MAX_FILE_BYTES;
    OSError on failure."""
    if path is None:
        return stdin(MAX_FILE_BYTES)
    if not os.path.isfile(path):
        raise OSError("not a regular file")
    if os.path.getsize(path) > MAX_FILE_BYTES:
        raise OSError(f"larger than {MAX_FILE_BYTES // 2**20} MB")
    with open(path, "rb") as file:
        return file.read()


@dataclass
class PreparedDump:
    """A dump decoded, parsed and with its entities extracted, ready to be written."""

    articles: list[ParsedArticle]
    mentions: list[list[Mention]]
    warnings: list[str]


def prepare_dump(data: bytes) -> PreparedDump:
    """Decode, parse and extract one dump (CPU work, run in worker processes for big ingests)."""
    text, warning = decode_dump(data)
    dump = parse_dump(text)
    del text  # the articles hold their own strings: extraction runs without the whole text
    if not dump.articles:
        found = (f"only {len(dump.orphan_lines)} line(s), no title and no paragraph"
                 if dump.orphan_lines else "no text, only the site's own lines (menus, notices)")
        raise DumpError(f"no articles found: {found}")
    warnings = [warning] if warning else []
    if dump.orphan_lines:
        warnings.append(f"{len(dump.orphan_lines)} line(s) before the first title skipped")
    untitled = sum(article.title_from_text for article in dump.articles)
    if untitled:
        warnings.append(f"{untitled} article(s) with no title line: titled by their first sentence")
    return PreparedDump(dump.articles, [extraction.extract(a) for a in dump.articles], warnings)


def ingest(
    conn: sqlite3.Connection,
    targets: list[str],
    stdin: Callable[[int], bytes] = lambda limit: b"",
    on_file: Callable[[str, int], None] | None = None,
    count_files: Callable[[int], None] | None = None,
    workers: int | None = None,
    stdin_name: str | None = None,
    report: IngestReport | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> IngestReport:
    """Ingest every dump named by `targets`; one file's failure never stops the others.

    Files are read and checked against the database here; new or changed ones are parsed and
    extracted by `workers` processes (default: one per CPU for more than a few files) while
    this process writes them in the order they were named, a batch of files per transaction
    (articles.Batches). A file is stored as its real path (sources.find_dumps; a source an
    older icli stored as typed with the same content is renamed to it). Standard input is
    stored as `stdin_name`, else `<stdin:` and the first 12 hex digits of its SHA-256 `>`,
    so two different piped dumps are two sources.
    `on_file(path, articles)` is called as each file is done, with the articles done so far.
    The counts go to `report` (a new one by default) as they are made, so a caller still has
    them when the ingest is interrupted. `on_wait` is told when another writer holds the lock
    for long.
    """
    report = report if report is not None else IngestReport()
    found = find_dumps(targets, report.failed, report.warnings)
    first = list(islice(found, PARALLEL_FROM + 1))
    if workers is None:
        workers = (os.cpu_count() or 1) if len(first) > PARALLEL_FROM else 0
    current = [0, 0]  # files found current and their articles: nothing to write
    with _Preparer(workers) as preparer, Batches(conn, on_wait=on_wait) as batches:
        # the rest listed once the workers are forked: they hold no copy of a list that
        # grows with the files (83,334 of them for a million articles: about 13 MB); each is
        # taken off as it is read (_ingest_dumps), so the list shrinks as the archive grows
        dumps = deque([*first, *found])
        if count_files is not None:
            count_files(len(dumps))
        try:
            _ingest_dumps(dumps, conn, preparer, batches, report, stdin, stdin_name, on_file,
                          current)
        except BaseException:  # Ctrl-C, SIGTERM, the database failed (disk full): the open
            # batch is rolled back, so the report counts what was committed (and failed)
            committed = batches.committed
            report.files = current[0] + batches.committed_files + report.failed_read
            report.articles_new, report.articles_updated = committed.new, committed.updated
            report.articles_unchanged = current[1] + committed.unchanged
            report.articles_removed = committed.removed
            raise
    finish(conn, on_wait, batches.scope)  # links and counts, also those left undone before
    if batches.checked is not None:
        record_intact(conn, batches.checked)  # the next ingest need not check the file again
    return report


def _ingest_dumps(
    dumps: deque[tuple[str, str | None]],
    conn: sqlite3.Connection,
    preparer: _Preparer,
    batches: Batches,
    report: IngestReport,
    stdin: Callable[[int], bytes],
    stdin_name: str | None,
    on_file: Callable[[str, int], None] | None,
    current: list[int],
) -> None:
    """Read, prepare and write each dump in order, taken off `dumps` as it is read (see
    ingest); `current` counts the files found already stored as they are, and their
    articles."""
    pending: deque[tuple[str, str, Future[PreparedDump], int]] = deque()
    in_flight = 0  # bytes of the pending files
    while dumps:
        source, path = dumps.popleft()
        report.files += 1
        if readable_name(source) != source:
            error = DumpError("the file name is not valid UTF-8; rename the file")
            _finish(batches, report, source, "", None, error, on_file)
            continue
        try:
            data = read_dump(path, stdin)
        except OSError as error:
            _finish(batches, report, source if path else "<stdin>", "", None, error, on_file)
            continue
        digest = hashlib.sha256(data).hexdigest()
        if path is None:  # stdin: named by --name, else by its content
            source = stdin_name or f"<stdin:{digest[:12]}>"
        elif (typed := as_typed_source(conn, source, as_typed(source, path), digest)) is not None:
            batches.rename_source(typed, source)
        stored = source_is_current(conn, source, digest, extraction.EXTRACTOR_VERSION)
        if stored is not None:
            report.articles_unchanged += stored
            current[0] += 1
            current[1] += stored
            _finish(batches, report, source, digest, None, None, on_file)
            continue
        if not data.strip():
            _finish(batches, report, source, digest, None, DumpError("empty file"), on_file)
            continue
        pending.append((source, digest, preparer.submit(data), len(data)))
        in_flight += len(data)
        while len(pending) > preparer.window or in_flight > MAX_BYTES_IN_FLIGHT:
            in_flight -= _write_next(batches, report, pending, on_file)
    while pending:
        _write_next(batches, report, pending, on_file)
    batches.commit()


def _write_next(
    batches: Batches,
    report: IngestReport,
    pending: deque[tuple[str, str, Future[PreparedDump], int]],
    on_file: Callable[[str, int], None] | None,
) -> int:
    """Write (or report the failure of) the oldest pending file; returns its size in bytes."""
    source, digest, future, size = pending.popleft()
    try:
        prepared = _prepared(future, batches.time_left())
    except FutureTimeout:  # a slow file: do not hold the write lock while waiting for it
        batches.commit()
        prepared = _prepared(future, None)
    if isinstance(prepared, DumpError):
        _finish(batches, report, source, digest, None, prepared, on_file)
    else:
        _finish(batches, report, source, digest, prepared, None, on_file)
    return size


def _prepared(future: Future[PreparedDump], timeout: float | None) -> PreparedDump | DumpError:
    """The prepared dump, or why preparing it failed: any exception (a bug in a parser, a
    worker that died) fails that file alone, as a DumpError naming it. FutureTimeout (which is
    not the built-in TimeoutError before Python 3.11) when it is not ready in `timeout`."""
    try:
        return future.result(timeout=timeout)
    except FutureTimeout:
        if not future.done():
            raise
        return _failure(future.exception())  # the dump itself raised a TimeoutError
    except DumpError as error:
        return error
    except Exception as error:  # whatever preparing one dump raised
        return _failure(error)


def _failure(error: BaseException | None) -> DumpError:
    """A DumpError for an unexpected error while preparing a dump."""
    if isinstance(error, DumpError):
        return error
    detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return DumpError(f"could not be parsed ({detail})")


def _finish(
    batches: Batches,
    report: IngestReport,
    source: str,
    digest: str,
    prepared: PreparedDump | None,
    error: Exception | None,
    on_file: Callable[[str, int], None] | None,
) -> None:
    """Write a prepared dump as `source`, or record why a file failed (the file shown as
    queries show it, sources.path_shower); then report progress."""
    shown = readable_name(path_shower()(source))
    if error is not None:
        message = (error.strerror or str(error)) if isinstance(error, OSError) else str(error)
        report.failed.append({"path": shown, "error": message})
        report.failed_read += 1
    elif prepared is not None:
        report.warnings.extend(f"{shown}: {warning}" for warning in prepared.warnings)
        outcome = batches.write(source, digest, prepared.articles, extraction.EXTRACTOR_VERSION,
                                prepared.mentions)
        report.articles_new += outcome.new
        report.articles_updated += outcome.updated
        report.articles_unchanged += outcome.unchanged
        report.articles_removed += outcome.removed
    if on_file is not None:
        on_file(shown, report.articles_new + report.articles_updated + report.articles_unchanged)


def _start_worker(parent: int) -> None:
    """In a worker: ignore the signals that stop an ingest, yield the CPU to the writer, and
    leave as soon as the ingest that started it is gone (even after kill -9).

    Ctrl-C and `kill -TERM -PGID` reach every process of the group: the parent alone stops
    the ingest (it stops the pool and reports), so a worker never dies between two steps of
    the pool's queues (one that held a queue's lock left the others waiting forever). The
    worker starts with both signals held (_Preparer.submit); SIGINT is then ignored, and
    SIGTERM stays held for the watching thread, which ends the worker only when the parent
    sent it (the pool stopping its workers when one died). The single writer is what an
    ingest waits for; at a lower priority the workers use the cores it leaves idle.
    """
    try:
        os.nice(WORKER_NICENESS)
    except (AttributeError, OSError):  # not on this platform, or not allowed
        pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a pending one is dropped
    waits = hasattr(signal, "sigtimedwait")
    if not waits:  # no way to tell who sent it: ignored too
        signal.signal(signal.SIGTERM, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            if not waits:
                time.sleep(0.2)
            elif (sent := signal.sigtimedwait([signal.SIGTERM], 0.2)) and sent.si_pid == parent:
                break
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()  # with SIGTERM held, as here
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGINT])


class _Preparer:
    """Runs prepare_dump in a process pool, or inline when there is nothing to parallelize."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        # files handed to workers and not yet written: enough to keep the workers busy through
        # uneven files and the writer's pauses (a commit, a checkpoint); at most
        # MAX_BYTES_IN_FLIGHT of dumps
        self.window = 32 * workers + 2 if workers else 0
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> _Preparer:
        if self.workers:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else None)
            self.pool = ProcessPoolExecutor(self.workers, mp_context=context,
                                            initializer=_start_worker, initargs=(os.getpid(),))
            # a pool forks its workers at its first submit: now, before the caller lists the
            # files (held signals as in submit)
            with stop_signals_held():
                self.pool.submit(int)
        return self

    def __exit__(self, *exc: object) -> None:
        """Stop the pool: files not yet handed to a worker are dropped, the workers finish
        those they hold and leave. A signal meanwhile waits until they are gone (the
        ingest is already stopping; raised inside the pool's shutdown it would leave it
        half done)."""
        if self.pool is not None:
            with stop_signals_held():
                self.pool.shutdown(cancel_futures=True)

    def submit(self, data: bytes) -> Future[PreparedDump]:
        if self.pool is not None:
            # the first submit forks the workers and starts the pool's thread: held signals
            # make each start without the parent's handlers, and no submit stop half way
            with stop_signals_held():
                return self.pool.submit(prepare_dump, data)
        future: Future[PreparedDump] = Future()
        try:
            future.set_result(prepare_dump(data))
        except Exception as error:  # fails that file alone (_prepared)
            future.set_exception(error)
        return future
