"""What a new user meets first: icli on PATH, whole machine formats, words as typed, short
charts, --top 0 and an empty archive."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from icli import __version__
from tests.conftest import ROOT, Cli

MANY = 60  # more articles than a table's default page (request.DEFAULT_LIMIT)


def listing(count: int) -> str:
    """A listing page of `count` short dated articles, each naming the Director-General."""
    lines = ["Disclaimer: You are using Google Translate. The ICESCO is not responsible for the "
             "accuracy of the information in the translated language .", ""]
    for number in range(count):
        lines += [f"    ICESCO Holds Heritage Workshop Number {number} in Rabat", "",
                  f"    ICESCO held heritage workshop number {number} on {1 + number % 28} "
                  "January 2026 in Rabat, Kingdom of Morocco. Dr. Salim M. AlMalik, "
                  "Director-General of ICESCO, opened the session.", ""]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    folder = tmp_path_factory.mktemp("many")
    (folder / "listing.txt").write_text(listing(MANY), encoding="utf-8")
    cli = Cli(folder / "archive.db")
    assert cli("ingest", str(folder / "listing.txt")).exit_code == 0
    return cli


def test_make_install_puts_icli_on_path(tmp_path: Path) -> None:
    """The README's install command, in a scratch HOME, then `icli --version` from PATH."""
    make = shutil.which("make")
    assert make is not None
    home = tmp_path / "home"
    home.mkdir()
    path = f"{home}/.local/bin:/usr/bin:/bin"
    env = {**os.environ, "HOME": str(home), "PATH": path}
    env.pop("BINDIR", None)
    done = subprocess.run([make, "-s", "-C", str(ROOT), "install"], env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (home / ".local" / "bin" / "icli").exists()
    version = subprocess.run(["icli", "--version"], env={**env, "PATH": path},
                             capture_output=True, text=True, cwd=tmp_path)
    assert version.returncode == 0 and version.stdout == f"icli {__version__}\n"


def test_the_readme_starts_with_demo_and_test_and_says_how_to_install() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    commands = [line.split()[:2] for line in lines[:12] if line.startswith("    make")]
    assert commands[:2] == [["make", "demo"], ["make", "test"]]
    assert any("`make install`" in line for line in lines)


def count(result_stdout: str, fmt: str) -> int:
    if fmt == "json":
        return len(json.loads(result_stdout))
    if fmt == "jsonl":
        return len(result_stdout.splitlines())
    return len(list(csv.reader(io.StringIO(result_stdout),
                               delimiter="," if fmt == "csv" else "\t"))) - 1


@pytest.mark.parametrize("command", [["list"], ["search", "heritage"], ["who", "AlMalik"],
                                     ["country", "Morocco"]])
def test_machine_formats_are_whole_unless_limited(many: Cli, command: list[str]) -> None:
    for fmt in ("json", "jsonl", "csv", "tsv"):
        whole = many(*command, f"--{fmt}")
        assert whole.exit_code == 0 and count(whole.stdout, fmt) == MANY, (fmt, whole.stderr)
        cut = many(*command, f"--{fmt}", "--limit", "7")
        assert count(cut.stdout, fmt) == 7
    assert len(json.loads(many(*command).stdout)) == MANY  # piped: JSON, whole
    table = many(*command, terminal=True).stdout.splitlines()
    assert table[-1] == f"rows 1–50 of {MANY} (use --limit 0 for all)"


def test_entity_lists_and_network_are_whole_in_json(ro_cli: Cli) -> None:
    for command in ("people", "network"):
        whole = ro_cli.json(command)
        assert len(whole) > 50 and len(whole) == len(ro_cli.json(command, "--limit", "0"))


@pytest.mark.parametrize("shortcut", [True, False])
def test_several_words_are_one_query_or_one_name(ro_cli: Cli, shortcut: bool) -> None:
    def found(*args: str) -> list[int]:
        result = ro_cli(*args, "--json", shortcut=shortcut)
        assert result.exit_code == 0, result.stderr
        return [article["id"] for article in json.loads(result.stdout)]

    both = found("search", "Kazakhstan", "Morocco")
    assert both and both == found("search", "Kazakhstan Morocco")
    assert set(both) < set(found("search", "Kazakhstan"))
    assert found("who", "Salim", "AlMalik") == found("who", "Salim AlMalik") != []
    assert found("country", "Saudi", "Arabia") == found("country", "Saudi Arabia") != []


def test_top_zero_lists_no_one(ro_cli: Cli) -> None:
    data = ro_cli.json("summary", "--top", "0")
    assert data["top"] == {"people": [], "countries": [], "partners": []} and data["articles"]
    assert len(ro_cli.json("summary", "--top", "2")["top"]["people"]) == 2
    table = ro_cli("summary", "--top", "0", terminal=True).stdout
    assert "people" not in table and "Articles per month" in table


def test_an_empty_archive_says_no_articles_yet(cli: Cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert cli("ingest", str(empty)).exit_code == 0
    for args in (["summary"], ["list"], ["people"]):
        result = cli(*args, terminal=True)
        assert result.exit_code == 0 and "no articles yet" in result.stderr
        assert "?" not in result.stdout
    assert cli.json("list") == []


def test_skipped_files_are_reported(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    (folder / "sub").mkdir(parents=True)
    (folder / "dump.text").write_text(listing(2), encoding="utf-8")
    (folder / "sub" / "notes.md").write_text("notes\n", encoding="utf-8")
    result = cli("ingest", str(folder))
    assert result.exit_code == 0 and json.loads(result.stdout)["files"] == 0
    assert f"{folder}: skipped 2 files that are not .txt" in result.stderr
    assert "dump.text, sub/notes.md" in result.stderr
    named = cli("ingest", str(folder / "dump.text"))  # named, it is read
    assert json.loads(named.stdout)["articles_new"] == 2 and "skipped" not in named.stderr


def test_a_folder_with_no_dump_is_said_so(cli: Cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    result = cli("ingest", str(empty))
    assert result.exit_code == 0 and json.loads(result.stdout)["files"] == 0
    assert result.stderr == f"icli: warning: {empty}: no .txt file in it\n"


def test_a_date_that_reads_two_ways_is_echoed(ro_cli: Cli) -> None:
    result = ro_cli("list", "--since", "02/03/2026", "--json")
    assert result.exit_code == 0
    assert result.stderr == ("icli: --since 02/03/2026 read as 2026-03-02, day first "
                             "(write 2026-03-02 to be sure)\n")
    assert all(a["date"] >= "2026-03-02" for a in json.loads(result.stdout))
    for one_way in ("13/03/2026", "2026-03-02", "03/03/2026"):
        assert ro_cli("list", "--since", one_way, "--json").stderr == ""


def test_the_demos_invented_item_is_one_story_in_three_languages(cli: Cli) -> None:
    """data/examples, which `make demo` ingests after the samples: three versions of one item,
    one person across scripts, and a French country name that finds all three."""
    assert cli("ingest", str(ROOT / "data" / "examples")).exit_code == 0
    articles = cli.json("list")
    assert sorted(a["language"] for a in articles) == ["ar", "en", "fr"]
    for article in articles:
        assert {v["id"] for v in article["versions"]} == {a["id"] for a in articles} - {article["id"]}
    directors = {p["person"]["id"] for a in articles for p in a["persons"]
                 if "AlMalik" in p["name"] or "المالك" in p["name"]}
    assert len(directors) == 1
    assert len(cli.json("country", "Sénégal")) == 3
    assert len(cli.json("country", "Sénégal", "--per-item")) == 1
