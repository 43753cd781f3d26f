"""Shared fixtures: the sample dumps, a fresh database per test, and a CLI runner."""

from __future__ import annotations

import io
import json
import shutil
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
