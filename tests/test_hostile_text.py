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


# --- 11: output streams and odd --db values ------------------------------------------------

ARABIC = "مؤتمر الإيسيسكو للتراث"


@pytest.fixture(scope="module")
def wide_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive whose text no 8-bit code page holds: Turkish, Arabic, emoji, CJK."""
    folder = tmp_path_factory.mktemp("wide")
    (folder / "wide.txt").write_text(
        "Heritage Forum Opens in İstanbul\n\n"
        f"The forum in İstanbul heard {ARABIC} and 北京 and 🌍 from delegates of Türkiye.\n",
        encoding="utf-8")
    assert Cli(folder / "wide.db")("ingest", str(folder / "wide.txt")).exit_code == 0
    return folder / "wide.db"


@pytest.mark.parametrize("encoding", ["cp1252", "ascii", "latin-1", "cp437"])
@pytest.mark.parametrize("fmt", ["--json", "--jsonl", "--csv", "--tsv"])
def test_json_and_csv_are_utf8_whatever_the_stream_encoding(wide_db: Path, encoding: str,
                                                            fmt: str) -> None:
    result = subprocess.run([sys.executable, "-m", "icli", "--db", str(wide_db), "list", fmt],
                            capture_output=True, cwd=ROOT, timeout=60,
                            env={**os.environ, "PYTHONIOENCODING": encoding})
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    text = result.stdout.decode("utf-8")
    assert ARABIC in text and "İstanbul" in text and "🌍" in text
    if fmt == "--json":
        assert json.loads(text)[0]["title"] == "Heritage Forum Opens in İstanbul"


def test_messages_on_a_stderr_that_cannot_show_them_are_escaped(wide_db: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "icli", "--db", str(wide_db), "who", "北京🌍"],
                            capture_output=True, cwd=ROOT, timeout=60,
                            env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0
    assert b"internal error" not in result.stderr
    assert b"\\u5317\\u4eac\\U0001f30d" in result.stderr


@pytest.mark.parametrize("args", [["list"], ["list", "--csv"], ["show", "1"], ["summary"],
                                  ["export", "--format", "markdown"], ["path"]])
def test_a_full_disk_is_a_write_error(wide_db: Path, args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "icli", "--db", str(wide_db), *args],
                                stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                                timeout=60)
    assert result.returncode == 1
    assert result.stderr == "icli: error: write error: No space left on device\n"


@pytest.mark.parametrize("args", [["list"], ["list", "--jsonl"], ["show", "1"], ["path"]])
def test_a_closed_stdout_is_a_write_error(wide_db: Path, args: list[str]) -> None:
    command = [sys.executable, "-m", "icli", "--db", str(wide_db), *args]
    result = subprocess.run(["sh", "-c", '"$@" >&-', "sh", *command], capture_output=True,
                            text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 1
    assert result.stderr == "icli: error: write error: standard output is closed\n"
    assert json.loads(icli("--db", str(wide_db), "list").stdout)  # the archive is unharmed


def test_odd_db_values_get_one_clear_line(tmp_path: Path, wide_db: Path) -> None:
    dump = tmp_path / "d.txt"
    dump.write_text("Forum Title Here\n\nA paragraph of the forum in Rabat.\n", encoding="utf-8")
    for command in (["list"], ["ingest", str(dump)], ["path"]):
        result = icli("--db", "", *command)
        assert (result.returncode, result.stderr) == (
            2, "icli: error: --db: an empty path (leave --db out for the default database)\n")
    # two leading slashes are a path, not a URI authority
    assert json.loads(icli("--db", "/" + str(wide_db), "list").stdout)[0]["title"]
    result = icli("--db", "/" + str(tmp_path / "new.db"), "ingest", str(dump))
    assert result.returncode == 0 and (tmp_path / "new.db").exists()
    (tmp_path / "loop1").symlink_to("loop2")
    (tmp_path / "loop2").symlink_to("loop1")
    for command in (["list"], ["ingest", str(dump)]):
        result = icli("--db", str(tmp_path / "loop1"), *command)
        assert (result.returncode, result.stderr) == (
            1, f"icli: error: {tmp_path / 'loop1'}: Too many levels of symbolic links\n")


def test_a_relative_db_in_a_deleted_working_directory(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    for command in ("list", "ingest x.txt", "path"):
        result = subprocess.run(
            ["sh", "-c", f'cd "$1" && rmdir "$1" && "$2" -m icli --db rel.db {command}', "sh",
             str(gone), sys.executable], capture_output=True, text=True, timeout=60,
            env={**os.environ, "PYTHONPATH": str(ROOT)})
        gone.mkdir()
        assert result.returncode == 1, result.stderr
        assert result.stderr == ("icli: error: rel.db: the working directory was deleted; a "
                                 "relative path is read from it (cd to an existing directory or "
                                 "give an absolute path)\n")


@pytest.mark.parametrize("value", ["", "relative/dir"])
def test_an_empty_or_relative_xdg_config_home_is_ignored(tmp_path: Path, value: str) -> None:
    (tmp_path / "relative" / "dir" / "icli").mkdir(parents=True)
    (tmp_path / "icli").mkdir()
    (tmp_path / "icli" / "icli.db").write_bytes(b"")  # what the current directory would give
    (tmp_path / "relative" / "dir" / "icli" / "icli.db").write_bytes(b"")
    env = {k: v for k, v in os.environ.items() if k != "ICLI_DB"}
    env.update(XDG_CONFIG_HOME=value, XDG_DATA_HOME=str(tmp_path / "data"),
               HOME=str(tmp_path / "home"))
    result = icli("path", cwd=tmp_path, env={**env, "PYTHONPATH": str(ROOT)})
    assert result.stdout == f"{tmp_path}/data/icli/icli.db\n"
