"""A dump is one source whatever path reaches it (its real path; standard input by its
content), and a directory is walked without following links out of it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, Cli


def dump(*articles: tuple[str, str]) -> str:
    """A dump of (title, first paragraph) articles, each with a second paragraph of its own."""
    return "".join(f"    {title}\n\n    {text}\n\n    It was the {n}th item of the listing, "
                   f"about {title.split()[-1].lower()}.\n\n"
                   for n, (title, text) in enumerate(articles, start=4))


NEWS_A = dump(("ICESCO Opens a Manuscript Restoration Workshop",
               "On 4 May 2025, restorers from Mali and Niger began a course in Rabat on the care "
               "of old paper."))
NEWS_B = dump(("ICESCO Launches a Children's Reading Contest",
               "On 9 June 2025, schools in Jordan and Oman were invited to send the essays of "
               "their pupils."))
THREE = dump(("ICESCO Honours Three Young Scientists",
              "On 2 April 2025, three researchers from Egypt, Tunisia and Indonesia received awards."),
             ("ICESCO Signs an Agreement on Water Research",
              "On 7 April 2025, the Organization and a Moroccan university agreed to share data."),
             ("ICESCO Holds a Seminar on Museum Lighting",
              "On 11 April 2025, curators from Senegal discussed how light harms old textiles."))


def sources(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [row[0] for row in conn.execute("SELECT path FROM sources ORDER BY path")]
    finally:
        conn.close()


def icli(db: Path, *args: str, cwd: Path | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "icli", "--db", str(db), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, **kwargs)


# --- one file, one source ---------------------------------------------------------------------


def test_one_relative_path_typed_in_two_directories_is_two_sources(
        cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, text in (("a", NEWS_A), ("b", NEWS_B)):
        (tmp_path / name / "dumps").mkdir(parents=True)
        (tmp_path / name / "dumps" / "news.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "a")
    assert cli.json("ingest", "dumps/news.txt")["articles_new"] == 1
    monkeypatch.chdir(tmp_path / "b")
    report = cli.json("ingest", "dumps/news.txt")
    assert (report["articles_new"], report["articles_removed"]) == (1, 0)
    assert sources(cli.db) == [str(tmp_path / d / "dumps" / "news.txt") for d in "ab"]
    assert len(cli.json("list", "-n", "0")) == 2
    # shown from the working directory: relative inside it, absolute outside
    shown = {a["title"]: a["source"] for a in cli.json("list", "-n", "0")}
    assert sorted(shown.values()) == sorted(["dumps/news.txt",
                                             str(tmp_path / "a" / "dumps" / "news.txt")])


def test_every_spelling_of_one_file_is_one_source_and_its_shrinking_is_seen(
        cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    path = folder / "x.txt"
    path.write_text(THREE, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(path)
    monkeypatch.chdir(tmp_path)
    assert cli.json("ingest", "dumps/x.txt")["articles_new"] == 3
    for spelling in (f"{tmp_path}/dumps/../dumps/x.txt", "./dumps//x.txt", "link.txt",
                     str(path)):
        report = cli.json("ingest", spelling)
        assert (report["articles_new"], report["articles_unchanged"]) == (0, 3), spelling
    # named three ways in one command: read once
    assert cli.json("ingest", "dumps/x.txt", "link.txt", str(folder))["files"] == 1
    assert sources(cli.db) == [str(path)]
    # the file loses its last article, reached by another spelling: it is removed
    path.write_text(THREE[:THREE.index("    ICESCO Holds a Seminar")], encoding="utf-8")
    report = cli.json("ingest", f"{tmp_path}/dumps/../dumps/x.txt")
    assert (report["articles_removed"], report["articles_unchanged"]) == (1, 2)
    assert len(cli.json("list", "-n", "0")) == 2


def test_a_file_named_through_a_linked_directory_is_the_real_file(
        cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "x.txt").write_text(NEWS_A, encoding="utf-8")
    (tmp_path / "alias").symlink_to(tmp_path / "real", target_is_directory=True)
    cli.json("ingest", str(tmp_path / "alias" / "x.txt"))
    assert cli.json("ingest", str(tmp_path / "alias"))["articles_unchanged"] == 1
    assert sources(cli.db) == [str(tmp_path / "real" / "x.txt")]


def test_dev_stdin_is_the_file_redirected_or_the_pipe_s_content(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(NEWS_A, encoding="utf-8")
    second.write_text(NEWS_B, encoding="utf-8")
    for path in (first, second):  # redirected: each file under its own real path
        with path.open("rb") as stdin:
            result = icli(db, "ingest", "/dev/stdin", "--json", stdin=stdin)
        assert result.returncode == 0 and '"articles_removed": 0' in result.stdout, result.stderr
    assert sources(db) == [str(first), str(second)]
    for name in ("/dev/stdin", "/dev/fd/0", "-"):  # a pipe: named by its content, like `-`
        result = icli(db, "ingest", name, "--json", input=THREE)
        assert result.returncode == 0, result.stderr
    stdin_sources = [s for s in sources(db) if s.startswith("<stdin:")]
    assert len(stdin_sources) == 1 and len(sources(db)) == 3
    result = icli(db, "list", "-n", "0", "--jsonl")
    assert len(result.stdout.splitlines()) == 5


def test_an_archive_that_stored_sources_as_typed_keeps_its_files(
        cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An older icli stored `dumps/x.txt` as typed: the same file, unchanged, takes its real
    path (nothing read again); a file typed alike elsewhere with other content is another."""
    for name, text in (("a", THREE), ("b", NEWS_B)):
        (tmp_path / name / "dumps").mkdir(parents=True)
        (tmp_path / name / "dumps" / "x.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "a")
    cli.json("ingest", "dumps/x.txt")
    conn = sqlite3.connect(cli.db)
    real = str(tmp_path / "a" / "dumps" / "x.txt")
    for table, column in (("sources", "path"), ("article_sources", "path"), ("articles", "source")):
        conn.execute(f"UPDATE {table} SET {column} = 'dumps/x.txt' WHERE {column} = ?", (real,))
    conn.commit()
    conn.close()
    monkeypatch.chdir(tmp_path / "b")  # another file typed alike: its own source, nothing lost
    report = cli.json("ingest", "dumps/x.txt")
    assert (report["articles_new"], report["articles_removed"]) == (1, 0)
    assert sources(cli.db) == [str(tmp_path / "b" / "dumps" / "x.txt"), "dumps/x.txt"]
    monkeypatch.chdir(tmp_path / "a")  # the file itself: renamed, unchanged
    report = cli.json("ingest", "dumps/x.txt")
    assert (report["articles_new"], report["articles_unchanged"]) == (0, 3)
    assert sources(cli.db) == [real, str(tmp_path / "b" / "dumps" / "x.txt")]
    assert {s for a in cli.json("list", "-n", "0") for s in a["sources"]} == {
        "dumps/x.txt", str(tmp_path / "b" / "dumps" / "x.txt")}
    path = tmp_path / "a" / "dumps" / "x.txt"
    path.write_text(THREE[:THREE.index("    ICESCO Holds a Seminar")], encoding="utf-8")
    assert cli.json("ingest", "dumps/x.txt")["articles_removed"] == 1


# --- directories ------------------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """dumps/ with two files and a subfolder; beside it, a file that is not in it."""
    folder = tmp_path / "dumps"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text(NEWS_A, encoding="utf-8")
    (folder / "sub" / "two.txt").write_text(NEWS_B, encoding="utf-8")
    (tmp_path / "beside.txt").write_text(THREE, encoding="utf-8")
    return folder


def test_a_link_out_of_the_directory_is_not_followed(cli: Cli, tree: Path) -> None:
    (tree / "up").symlink_to("..", target_is_directory=True)
    (tree / "elsewhere.txt").symlink_to(tree.parent / "beside.txt")
    result = cli("ingest", str(tree), "--json")
    assert result.exit_code == 0
    assert '"files": 2' in result.stdout and '"articles_new": 2' in result.stdout
    assert f"{tree / 'up'}: a link out of {tree}, not followed" in result.stderr
    assert f"{tree / 'elsewhere.txt'}: a link out of {tree}, not read" in result.stderr
    assert len(cli.json("list", "-n", "0")) == 2
    # named, a file outside is read
    assert cli.json("ingest", str(tree / "elsewhere.txt"))["articles_new"] == 3


def test_a_link_to_proc_is_never_walked(cli: Cli, tree: Path) -> None:
    (tree / "proc").symlink_to("/proc", target_is_directory=True)
    (tree / "root").symlink_to("/", target_is_directory=True)
    (tree / "self.txt").symlink_to("/proc/self/status")
    start = time.monotonic()
    result = cli("ingest", str(tree), "--json")
    assert result.exit_code == 0 and '"files": 2' in result.stdout
    assert time.monotonic() - start < 30  # walking /proc does not finish
    assert result.stderr.count("a link out of") == 3


def test_links_inside_the_directory_read_each_file_once(cli: Cli, tree: Path) -> None:
    (tree / "again.txt").symlink_to(tree / "sub" / "two.txt")
    (tree / "loop").symlink_to(tree, target_is_directory=True)
    (tree / "sub" / "back").symlink_to("..", target_is_directory=True)
    result = cli("ingest", str(tree), "--json")
    assert result.exit_code == 0 and result.stderr == ""
    assert '"files": 2' in result.stdout
    assert sources(cli.db) == [str(tree / "one.txt"), str(tree / "sub" / "two.txt")]


def test_a_named_link_to_a_directory_walks_it(cli: Cli, tree: Path, tmp_path: Path) -> None:
    (tmp_path / "named").symlink_to(tree, target_is_directory=True)
    report = cli.json("ingest", str(tmp_path / "named"))
    assert report["files"] == 2 and report["articles_new"] == 2
