"""Shared fixtures: the sample dumps, a fresh database per test, and a CLI runner."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from icli.cli import app

ROOT = Path(__file__).resolve().parent.parent
DUMPS = ROOT / "data" / "dumps"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


class Cli:
    """Runs icli in-process against one database and returns the click Result."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | bytes | None = None) -> Any:
        return self.runner.invoke(app, ["--db", str(self.db), *args], input=input)

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
