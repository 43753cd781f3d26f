"""One dump's failure of any kind fails that file alone, and a dump slow to prepare makes the
writer commit and wait outside its batch, on every supported Python."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path

import pytest

from icli.store import ingest as ingest_module
from icli.store.articles import Batches
from icli.store.connection import open_for_writing
from icli.store.ingest import ingest
from tests.conftest import DUMPS, Cli

FILES = sorted(DUMPS.glob("*.txt"))


def _articles(db: Path) -> int:
    return len(Cli(db).json("list", "-n", "0"))


@pytest.mark.parametrize("error", [ValueError("a parser bug"), RecursionError(), MemoryError()])
def test_any_error_preparing_a_dump_fails_that_file_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception) -> None:
    broken = FILES[1].read_bytes()
    real = ingest_module.prepare_dump

    def prepare(data: bytes) -> ingest_module.PreparedDump:
        if data == broken:
            raise error
        return real(data)

    monkeypatch.setattr(ingest_module, "prepare_dump", prepare)
    db = tmp_path / "a.db"
    conn = open_for_writing(db)
    report = ingest(conn, [str(path) for path in FILES], workers=0)
    conn.close()
    detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    [failed] = report.failed
    assert Path(failed["path"]).name == FILES[1].name
    assert failed["error"] == f"could not be parsed ({detail})"
    assert report.files == len(FILES)
    expected = sum(len(real(path.read_bytes()).articles) for path in FILES if path != FILES[1])
    assert report.articles_new == expected == _articles(db)


def test_a_dump_slow_to_prepare_is_waited_for_outside_the_batch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The batch must commit within max_seconds; a dump not prepared by then is waited for
    after a commit (concurrent.futures' timeout, not the built-in TimeoutError before 3.11)."""
    monkeypatch.setattr(Batches.__init__, "__defaults__", (2000, 0.05, None))
    commits = []
    real_commit = Batches.commit

    def commit(self: Batches) -> None:
        commits.append(self.conn.in_transaction)
        real_commit(self)

    def submit(self: object, data: bytes) -> Future[ingest_module.PreparedDump]:
        future: Future[ingest_module.PreparedDump] = Future()
        threading.Timer(0.3, lambda: future.set_result(ingest_module.prepare_dump(data))).start()
        return future

    monkeypatch.setattr(Batches, "commit", commit)
    monkeypatch.setattr(ingest_module._Preparer, "submit", submit)
    db = tmp_path / "a.db"
    conn = open_for_writing(db)
    report = ingest(conn, [str(path) for path in FILES[:3]], workers=0)
    conn.close()
    assert report.failed == [] and report.articles_new == _articles(db) > 0
    assert commits.count(True) >= 2  # the open batch committed before waiting for a slow file
