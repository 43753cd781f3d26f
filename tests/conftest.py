"""Shared fixtures: the sample dumps, a fresh database per test, and a CLI runner."""

from __future__ import annotations

import io
import json
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from icli.cli.main import main
from icli.cli.request import Env

ROOT = Path(__file__).resolve().parent.parent
DUMPS = ROOT / "data" / "dumps"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


class Result(NamedTuple):
    exit_code: int
    stdout: str
    stderr: str


def run(args: list[str], input: str | bytes | None = None, terminal: bool = False,
        width: int = 100, shortcut: bool = True) -> Result:
    """icli's main() with in-memory streams; `terminal` makes stdout and stderr look like one."""
    data = input.encode() if isinstance(input, str) else input or b""
    stdout, stderr = io.StringIO(), io.StringIO()
    env = Env(stdin=io.BytesIO(data), stdout=stdout, stderr=stderr, stdout_isatty=terminal,
              stderr_isatty=terminal, width=width, colour=False)
    code = main(args, env, shortcut=shortcut)
    return Result(code, stdout.getvalue(), stderr.getvalue())


class Cli:
    """Runs icli in-process against one database."""

    def __init__(self, db: Path) -> None:
        self.db = db

    def __call__(self, *args: str, input: str | bytes | None = None, terminal: bool = False,
                 shortcut: bool = True) -> Result:
        return run(["--db", str(self.db), *args], input, terminal, shortcut=shortcut)

    def json(self, *args: str) -> Any:
        result = self(*args, "--json")
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout)


def ingested(folder: Path, text: str, people: Collection[str] = ()) -> Cli:
    """An archive in `folder` of one dump holding `text`, checked to hold `people`."""
    (folder / "items.txt").write_text(text, encoding="utf-8")
    cli = Cli(folder / "archive.db")
    assert cli("ingest", str(folder / "items.txt")).exit_code == 0
    names = {p["name"] for p in cli.json("people")}
    assert set(people) <= names, names
    return cli


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "archive.db"


@pytest.fixture
def cli(db_path: Path) -> Cli:
    return Cli(db_path)


@pytest.fixture
def dumps(tmp_path: Path) -> Path:
    """A private copy of the sample dumps (tests may add or damage files)."""
    target = tmp_path / "dumps"
    shutil.copytree(DUMPS, target)
    return target


@pytest.fixture(scope="session")
def loaded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database with the sample dumps ingested, shared by read-only tests."""
    db = tmp_path_factory.mktemp("loaded") / "archive.db"
    result = Cli(db)("ingest", str(DUMPS), "--json")
    assert result.exit_code == 0, result.stderr
    return db


@pytest.fixture
def ro_cli(loaded_db: Path) -> Cli:
    return Cli(loaded_db)


class Server:
    """A running `icli serve`: its URL; once stopped, its exit code and stderr."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.stopped: int | None = None
        self.stderr = ""


@contextmanager
def serving(db: Path) -> Iterator[Server]:
    """`icli serve` on `db` and a free local port, from when it answers; Ctrl-C (SIGINT)
    stops it at the end of the block (SIGKILL if it has not stopped 30 s later)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = Server(f"http://127.0.0.1:{port}")
    with tempfile.TemporaryFile("w+") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "icli", "--db", str(db), "serve", "--port", str(port)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr, text=True)
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    urllib.request.urlopen(server.url + "/-/versions.json", timeout=2).close()
                    break
                except OSError:
                    assert process.poll() is None and time.monotonic() < deadline, \
                        "icli serve did not start"
                    time.sleep(0.2)
            yield server
        finally:
            process.send_signal(signal.SIGINT)
            try:
                server.stopped = process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            stderr.seek(0)
            server.stderr = stderr.read()


def interrupt_ingest_at(monkeypatch: pytest.MonkeyPatch, file_number: int) -> None:
    """Make the next in-process ingest commit after every file and stop with Ctrl-C (as
    KeyboardInterrupt) when it starts preparing its `file_number`th file."""
    from icli.store import ingest as ingest_module
    from icli.store.articles import Batches

    monkeypatch.setattr(Batches.__init__, "__defaults__", (10, 60.0, None))  # a commit per file
    real, calls = ingest_module.prepare_dump, []

    def prepare(data: bytes) -> Any:
        calls.append(1)
        if len(calls) == file_number:  # once: a later ingest runs whole
            raise KeyboardInterrupt
        return real(data)

    monkeypatch.setattr(ingest_module, "prepare_dump", prepare)

