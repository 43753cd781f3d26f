"""Whatever is in a downloads folder: each bad input fails alone, clearly, and loses nothing."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from icli.store import ingest as ingest_module
from icli.store.connection import open_for_writing
from icli.store.ingest import ingest
from tests.conftest import DUMPS, Cli

SAMPLE = sorted(DUMPS.glob("*.txt"))[0]
SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")


def run_with(cli: Cli, tmp_path: Path, name: str, content: bytes) -> tuple[object, Path]:
    """Ingest the sample dumps plus one extra file; returns the CLI result and the folder."""
    folder = tmp_path / "downloads"
    shutil.copytree(DUMPS, folder)
    (folder / name).write_bytes(content)
    return cli("ingest", str(folder), "--json"), folder


def assert_failed_alone(result, name: str, reason: str) -> None:
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["articles_new"] == 50  # every other file still loaded
    assert [f["path"].endswith(name) for f in report["failed"]] == [True]
    assert reason in report["failed"][0]["error"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("icli: error:")]
    assert len(errors) == 1 and name in errors[0] and reason in errors[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("only_spaces.txt", b"   \n\n  \n", "empty file"),
        ("boilerplate.txt", SAMPLE_TEXT.split("    ICESCO Holds")[0].encode(), "no articles"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(2000), "PNG image"),
        ("noise.txt", b"\x00\x01\x02" + os.urandom(5000), "binary"),
        ("page.txt", b"<!DOCTYPE html><html><body><h1>ICESCO</h1></body></html>", "HTML page"),
        ("one_long_line.txt", b"word " * 1_000_000, "no articles"),
        ("menus.txt", "Home › News\nMedia Center\nAccueil / Actualités\nالرئيسية\n".encode(),
         "no articles"),
    ],
)
def test_bad_files_fail_alone(cli: Cli, tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    result, _ = run_with(cli, tmp_path, name, content)
    assert_failed_alone(result, name, reason)


def test_zip_archive_fails_alone(cli: Cli, tmp_path: Path) -> None:
    archive = tmp_path / "dumps.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(SAMPLE, SAMPLE.name)
    result, _ = run_with(cli, tmp_path, "archive.txt", archive.read_bytes())
    assert_failed_alone(result, "archive.txt", "zip archive")


@pytest.mark.parametrize(
    ("name", "content", "warning"),
    [
        ("latin1.txt", SAMPLE_TEXT.replace("’", "'").replace("–", "-").replace("“", '"')
         .replace("”", '"').encode("latin-1", errors="replace").replace(b"Kazakh", b"Kaz\xe9kh"),
         "Windows-1252"),
        ("utf16.txt", SAMPLE_TEXT.encode("utf-16"), None),
        ("bad_bytes.txt", SAMPLE_TEXT.encode().replace(b"Kazakh Certificate", b"Kazakh\xff\xfe Certificate"),
         "invalid UTF-8"),
    ],
)
def test_other_encodings_are_read(cli: Cli, tmp_path: Path, name: str, content: bytes,
                                  warning: str | None) -> None:
    (tmp_path / name).write_bytes(content)
    result = cli("ingest", str(tmp_path / name), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["articles_new"] == 10
    if warning:
        assert warning in result.stderr and name in result.stderr
    titles = [a["title"] for a in cli.json("list", "--limit", "0")]
    assert any(t.startswith("ICESCO Holds Second Session") for t in titles)


def test_truncated_dump_keeps_what_is_there(cli: Cli, tmp_path: Path) -> None:
    end = "between sister countries and"
    cut = SAMPLE_TEXT[: SAMPLE_TEXT.index(end) + len(end)]
    (tmp_path / "cut.txt").write_text(cut, encoding="utf-8")
    report = cli.json("ingest", str(tmp_path / "cut.txt"))
    assert report["articles_new"] == 2 and report["failed"] == []
    (second,) = [a for a in cli.json("list", "--limit", "0") if a["position"] == 1]
    assert second["body"][-1].endswith("sister countries and")


def test_missing_path_and_symlink_loop(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    shutil.copytree(DUMPS, folder)
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    result = cli("ingest", str(folder), str(tmp_path / "nowhere.txt"), "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["articles_new"] == 50 and report["files"] == 5
    assert [f["path"] for f in report["failed"]] == [str(tmp_path / "nowhere.txt")]
    assert "warning" not in result.stderr  # a link inside the directory: walked as itself


@pytest.mark.parametrize("paths", [[""], ["", "dumps"]])
def test_an_empty_path_is_a_usage_error_not_a_missing_file(cli: Cli, paths: list[str]) -> None:
    """An empty argument (a shell variable left unset) names no file: refused before anything
    is read, as `--db ''` is, never reported as the file ": no such file or directory"."""
    result = cli("ingest", *paths)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == ("icli: error: ingest: an empty path (give files, directories, or - "
                             "for standard input)\n")


def test_a_link_that_leads_nowhere_is_reported_under_the_name_typed(cli: Cli,
                                                                    tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (folder / "round.txt").symlink_to(folder / "round.txt")
    for typed in (folder / "gone.txt", folder / "round.txt"):
        result = cli("ingest", str(typed), "--json")
        assert result.exit_code == 1
        (failed,) = json.loads(result.stdout)["failed"]
        assert failed["path"] == str(typed), failed
        assert failed["error"].startswith("a link that leads nowhere"), failed
    walked = json.loads(cli("ingest", str(folder), "--json").stdout)["failed"]
    assert sorted(f["path"] for f in walked) == [str(folder / "gone.txt"), str(folder / "round.txt")]


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "dumps"
    shutil.copytree(DUMPS, folder)
    locked = sorted(folder.glob("*.txt"))[2]
    real = ingest_module.read_dump

    def read(path, stdin):
        if path == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, stdin)

    monkeypatch.setattr(ingest_module, "read_dump", read)
    report = ingest(open_for_writing(tmp_path / "a.db"), [str(folder)])
    assert report.articles_new == 40
    assert report.failed == [{"path": str(locked), "error": "Permission denied"}]


@pytest.mark.slow
def test_thousands_of_small_files(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(2000):
        (folder / f"{i:05d}.txt").write_text(
            f"Small Dump Article Number {i} Title\nIt happened on {i % 28 + 1} May 2024 in Rabat.\n",
            encoding="utf-8",
        )
    report = cli.json("ingest", str(folder))
    assert report == {"files": 2000, "articles_new": 2000, "articles_updated": 0,
                      "articles_unchanged": 0, "articles_removed": 0, "failed": []}


@pytest.mark.slow
def test_fifty_megabyte_file(cli: Cli, tmp_path: Path) -> None:
    """Ingested in a process of its own, whose peak memory stays within five times the file
    plus 80 MB (Python, SQLite's page cache and FTS buffer); it was 7.4 times the file."""
    import subprocess
    import sys

    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as out:
        copy = 0
        while out.tell() <= 50_000_000:
            out.write(SAMPLE_TEXT.replace("Second Session", f"Session {copy}", 1))
            copy += 1
    size = big.stat().st_size
    assert size > 50_000_000
    result = subprocess.run([sys.executable, "-c", "import resource, sys; from icli.cli.main import "
                             "main; code = main(sys.argv[1:]); print(resource.getrusage("
                             "resource.RUSAGE_SELF).ru_maxrss * 1024, file=sys.stderr); "
                             "sys.exit(code)", "--db", str(cli.db), "ingest", str(big), "--json"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["failed"] == [] and report["articles_new"] > 2000
    peak = int(result.stderr)
    assert peak < 5 * size + 80 * 2**20, f"peak {peak / 2**20:.0f} MB for {size / 2**20:.0f} MB"
    conn = sqlite3.connect(cli.db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_failed_file_leaves_stored_articles_alone(cli: Cli, tmp_path: Path) -> None:
    cli.json("ingest", str(DUMPS))
    before = cli.json("list", "--limit", "0")
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\nxxxx")
    assert cli("ingest", str(tmp_path / "bad.txt")).exit_code == 1
    assert cli.json("list", "--limit", "0") == before
