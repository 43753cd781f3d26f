"""Hostile text, queries and output streams (issue 26, items 6 and 8-11): what a dump's text
or a command line can hold never breaks a terminal, a query or a write."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, Cli

ESC, BEL, CSI8 = "\x1b", "\x07", "\x9b"
OSC52 = f"{ESC}]52;c;dG91Y2ggL3RtcC94={BEL}"  # writes the terminal's clipboard
RAW = (ESC, BEL, CSI8, "\r", "\x00", "\x7f")


def icli(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    """icli as its own process, text captured."""
    return subprocess.run([sys.executable, "-m", "icli", *args], capture_output=True, text=True,
                          cwd=kwargs.pop("cwd", ROOT), **kwargs)


# --- 6: terminal output: one escaping function, no markup built from text ------------------

MARKUP_TEXT = (
    "Water Forum Held at C:\\Archive [bold] Hall\n\n"
    "The path C:\\Kazakhstan was named in the minutes, then D:\\[Kazakhstan] and \\\\Kazakhstan\\ "
    f"and [/] and [red]Kazakhstan[/red] and {OSC52} and Kazakhstan\\.\n\n"
    f"Dr. Karim Bennani\\ met officials of Kazakhstan at the University of Rabat {ESC}[2J.\n"
)


@pytest.fixture
def markup_cli(tmp_path: Path) -> Cli:
    (tmp_path / "markup.txt").write_text(MARKUP_TEXT, encoding="utf-8")
    cli = Cli(tmp_path / "markup.db")
    assert cli("ingest", str(tmp_path / "markup.txt")).exit_code == 0
    return cli


def assert_inert(text: str) -> None:
    for raw in RAW:
        assert raw not in text, repr(text)


@pytest.mark.parametrize("args", [
    ["search", "Kazakhstan"], ["search", "Archive"], ["list"], ["show", "1"],
    ["country", "Kazakhstan"], ["people"], ["summary"], ["partners"],
])
def test_backslashes_and_brackets_before_a_match_are_shown_as_written(markup_cli: Cli,
                                                                      args: list[str]) -> None:
    from tests.conftest import run

    result = run(["--db", str(markup_cli.db), *args], terminal=True, width=600)
    assert result.exit_code == 0, result.stderr
    assert "internal error" not in result.stderr
    assert_inert(result.stdout + result.stderr)
    shown = " ".join(result.stdout.split())
    if args[0] in ("search", "list", "show"):
        assert "C:\\Archive [bold] Hall" in shown
    if args == ["search", "Kazakhstan"] or args[0] == "show":
        assert "C:\\Kazakhstan" in shown and "D:\\[Kazakhstan] and \\\\Kazakhstan\\ and [/]" in shown


@pytest.mark.parametrize("args", [
    ["list", "--csv"], ["list", "--tsv"], ["search", "Kazakhstan", "--csv"],
    ["people", "--tsv"], ["export", "--format", "csv"], ["export", "--format", "markdown"],
    ["export"], ["list", "--jsonl"], ["show", "1", "--json"], ["summary", "--json"],
    ["network", "--format", "graphml"], ["network", "--format", "json"],
])
def test_every_format_printed_to_a_terminal_is_escaped(markup_cli: Cli, args: list[str]) -> None:
    result = markup_cli(*args, terminal=True)
    assert result.exit_code == 0, result.stderr
    assert_inert(result.stdout)
    if args[0] in ("list", "export") and "--jsonl" not in args and args != ["export"]:
        assert "\\x1b]52;c;" in result.stdout  # the escape shown, not obeyed


def test_csv_and_markdown_to_a_file_keep_the_text_exact(markup_cli: Cli) -> None:
    result = markup_cli("export", "--format", "csv", "--fields", "id,body")
    [row] = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert OSC52 in row["body"]
    result = markup_cli("export", "--format", "markdown")
    assert f"{ESC}[2J" in result.stdout


def test_the_database_path_printed_to_a_terminal_is_escaped(tmp_path: Path) -> None:
    from tests.conftest import run

    result = run(["--db", str(tmp_path / f"x{ESC}]0;title{BEL}.db"), "path"], terminal=True)
    assert result.exit_code == 0
    assert_inert(result.stdout + result.stderr)
    assert "x\\x1b]0;title\\x07.db" in result.stdout


def test_csv_through_a_real_pty_cannot_write_the_clipboard(markup_cli: Cli) -> None:
    command = f"{sys.executable} -m icli --db {markup_cli.db} list --csv --fields title,body"
    result = subprocess.run(["script", "-qec", command, "/dev/null"], capture_output=True,
                            cwd=ROOT, env={**os.environ, "NO_COLOR": "1"}, timeout=60)
    assert result.returncode == 0
    out = result.stdout.decode().replace("\r\n", "\n")
    assert "\\x1b]52;c;" in out and ESC not in out and BEL not in out
