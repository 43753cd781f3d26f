"""Hostile content and failing disks: text that tries to control a terminal or a spreadsheet,
input that tries to exhaust the machine, and faults of the file system (issue 14)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DUMPS, ROOT, Cli

SAMPLE = sorted(DUMPS.glob("*.txt"))[0]
SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")


def icli(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    """icli run as its own process (as a user runs it), text captured."""
    return subprocess.run([sys.executable, "-m", "icli", *args], capture_output=True, text=True,
                          cwd=kwargs.pop("cwd", ROOT), **kwargs)


# --- arguments and paths --------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["list", "--limit", "10000000000000000000"],
    ["list", "--offset", "99999999999999999999"],
    ["show", "99999999999999999999"],
    ["show", "1", "99999999999999999999"],
    ["summary", "--top", "10000000000000000000"],
])
@pytest.mark.parametrize("shortcut", [True, False])
def test_numbers_out_of_range_are_usage_errors(ro_cli: Cli, args: list[str], shortcut: bool) -> None:
    result = ro_cli(*args, shortcut=shortcut)
    assert result.exit_code == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "out of range" in result.stderr
    assert "internal error" not in result.stderr


@pytest.mark.parametrize("command", [["list"], ["ingest", str(SAMPLE)]])
def test_db_that_is_a_fifo_fails_at_once(tmp_path: Path, command: list[str]) -> None:
    fifo = tmp_path / "archive.db"
    os.mkfifo(fifo)
    result = icli("--db", str(fifo), *command, timeout=20)
    assert result.returncode == 1
    assert result.stderr == f"icli: error: {fifo}: is a FIFO, not a database file\n"
