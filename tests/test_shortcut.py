"""The start-up shortcut: its table is the Typer definition's, and it builds the same Query."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from icli.cli import app as cli
from icli.cli import commands, shortcut
from icli.cli.request import Query
from icli.errors import ExitCode
from tests.conftest import run


def test_the_table_is_generated_from_the_typer_app() -> None:
    with open(shortcut.SPEC_FILE, encoding="utf-8") as stream:
        assert json.load(stream) == cli.shortcut_spec(), "stale icli/cli_spec.json: run make spec"


PLAIN = [
    ["list"], ["list", "--since", "2026-01", "--until=2026-02-28"], ["list", "-n", "3"],
    ["list", "--country", "Kazakhstan", "--country", "Oman", "--limit=0", "--jsonl"],
    ["list", "--csv", "--limit", "2", "--offset", "1"], ["list", "--language", "FR"],
    ["list", "--nl", "--fields", "id,title"], ["list", "--sort", "date", "--tsv"],
    ["search", "Kazakhstan"], ["search", "heritage", "--limit", "2", "--sort", "score"],
    ["search", '"cultural heritage"', "--since", "2025"], ["who", "AlMalik", "--since", "2026-01"],
    ["who", "Nobody Known"], ["country", "KAZ"], ["partner", "AOU", "--table"],
    ["people", "--sort", "latest"], ["countries", "-n", "5"], ["partners", "--country", "Kuwait"],
    ["show", "1", "2"], ["show", "3", "--text"], ["summary", "--top", "3", "--since", "2026"],
    ["network", "--format", "graphml"], ["export", "--format", "csv", "--fields", "id"],
    ["path"], ["list", "--db", "other.db"], ["ingest", "-", "--name", "x.txt", "--json"],
]


@pytest.mark.parametrize("args", PLAIN, ids=" ".join)
def test_same_query_either_way(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Query] = []

    def record(query: Query, _env: Any) -> ExitCode:
        seen.append(query)
        return ExitCode.OK

    monkeypatch.setattr(commands, "run", record)
    argv = ["--db", "archive.db", *args]
    assert shortcut.parse(argv) is not None, "a plain invocation should take the shortcut"
    assert run(argv).exit_code == 0
    assert run(argv, shortcut=False).exit_code == 0
    assert len(seen) == 2 and seen[0] == seen[1]


LEFT_TO_TYPER = [
    ["list", "--help"], ["--help"], ["--version"], ["list", "--limit"], ["list", "--limit", "-1"],
    ["list", "--limit", "many"], ["list", "-n", "3", "-n", "4"], ["list", "extra"], ["search"],
    ["list", "--bogus"], ["show"], ["show", "x"], ["list", "--json=yes"], ["nonsense"],
    ["list", "--", "x"], ["--bogus-root"], ["search", "-x"], ["list", "-h"],
]


@pytest.mark.parametrize("args", LEFT_TO_TYPER, ids=" ".join)
def test_anything_unusual_goes_to_typer(args: list[str], loaded_db: Path) -> None:
    assert shortcut.parse(args) is None
    result = run(["--db", str(loaded_db), *args])
    assert result.exit_code in (0, 2) and "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["list", "-n", "3"], ["search", "heritage"], ["who", "Malik"],
                                  ["summary"], ["people", "--csv"], ["list", "--since", "bad"],
                                  ["show", "1", "99999"], ["search", "AND"]], ids=" ".join)
def test_same_answer_either_way(loaded_db: Path, args: list[str]) -> None:
    argv = ["--db", str(loaded_db), *args]
    assert run(argv) == run(argv, shortcut=False)
    assert run(argv, terminal=True) == run(argv, terminal=True, shortcut=False)


def test_a_plain_query_imports_neither_typer_nor_rich(loaded_db: Path) -> None:
    code = ("import sys; from icli.cli.main import main; "
            f"code = main(['--db', {str(loaded_db)!r}, 'list', '-n', '1']); "
            "print(code, sorted(m for m in ('typer', 'rich', 'pydantic', 'dateparser') "
            "if m in sys.modules), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.stderr.strip() == "0 []"
    assert json.loads(result.stdout)[0]["id"]
