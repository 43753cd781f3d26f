"""The command line never gives a silent or overstated answer (issue #21): an empty CSV or TSV
still says its columns, the same header a full one has; an interrupted ingest says (on stderr,
and as JSON on stdout when asked) exactly what it stored."""

from __future__ import annotations

import csv
import io
import json
import signal
from pathlib import Path

import pytest

from tests.conftest import DUMPS, ROOT, Cli, interrupt_ingest_at

# Commands whose rows come out as CSV, with arguments that find some rows.
CSV_COMMANDS = [
    ["list"], ["search", "Kazakhstan"], ["who", "AlMalik"], ["who", "AlMalik", "--all"],
    ["country", "Morocco"], ["people"], ["countries"], ["partners"], ["network"],
]


@pytest.mark.parametrize("args", CSV_COMMANDS, ids=" ".join)
@pytest.mark.parametrize("flag", ["--csv", "--tsv"])
def test_csv_with_no_rows_has_the_header_of_csv_with_rows(ro_cli: Cli, args: list[str],
                                                          flag: str) -> None:
    full = ro_cli(*args, flag, "-n", "2")
    assert full.exit_code == 0 and len(full.stdout.splitlines()) > 1, full.stderr
    empty = ro_cli(*args, flag, "--since", "2099")
    assert empty.exit_code == 0, empty.stderr
    assert empty.stdout == full.stdout.splitlines()[0] + "\n"


def test_csv_with_no_rows_keeps_only_the_fields_asked(ro_cli: Cli) -> None:
    empty = ro_cli("people", "--csv", "--fields", "name,articles", "--since", "2099")
    assert empty.stdout == "name,articles\n"
    network = ro_cli("network", "--csv", "--fields", "source,items", "--since", "2099")
    assert network.stdout == "source_id,source_kind,source_name,items\n"


@pytest.mark.parametrize(("export_format", "empty"), [("jsonl", ""), ("markdown", ""),
                                                     ("csv", None)])
def test_an_empty_export_says_so(ro_cli: Cli, export_format: str, empty: str | None) -> None:
    result = ro_cli("export", "--format", export_format, "--since", "2099")
    assert result.exit_code == 0
    assert result.stderr == "icli: no articles match: the export is empty\n"
    assert empty is None or result.stdout == empty
    full = ro_cli("export", "--format", export_format, "-n", "1")
    assert full.exit_code == 0 and full.stdout and full.stderr == ""


def test_export_csv_with_no_rows_has_the_header(ro_cli: Cli) -> None:
    full = ro_cli("export", "--format", "csv", "-n", "1").stdout.splitlines()[0]
    assert ro_cli("export", "--format", "csv", "--since", "2099").stdout == full + "\n"
    assert ro_cli("export", "--format", "csv", "--fields", "id,title",
                  "--since", "2099").stdout == "id,title\n"


@pytest.mark.parametrize("command", [["export", "--format", "csv"], ["network", "--csv"],
                                     ["people", "--csv"], ["list", "--tsv"]])
def test_an_empty_csv_has_the_header_its_rows_would_have(ro_cli: Cli, command: list[str]) -> None:
    """One definition of the columns: the writer's, rows or none (a pair's objects spread)."""
    full = ro_cli(*command, "-n", "1").stdout.splitlines()[0]
    assert ro_cli(*command, "--since", "2099").stdout == full + "\n"


# --- an interrupted ingest says exactly what it stored -----------------------------------------

INTERRUPTED = ("icli: interrupted: {} file(s) read: {} new, {} updated, {} unchanged "
               "article(s); {} failed; run the same command to finish\n")


def test_an_interrupted_ingest_json_reports_what_was_committed(
        cli: Cli, dumps: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    interrupt_ingest_at(monkeypatch, 3)  # two files (ten articles each) committed
    result = cli("ingest", str(dumps), "--json")
    assert result.exit_code == 130
    assert result.stderr == INTERRUPTED.format(2, 20, 0, 0, 0)
    assert json.loads(result.stdout) == {
        "files": 2, "articles_new": 20, "articles_updated": 0, "articles_unchanged": 0,
        "articles_removed": 0, "failed": [], "interrupted": True}
    assert len(cli.json("list", "-n", "0")) == 20
    finished = cli.json("ingest", str(dumps))
    assert finished["articles_new"] == 30 and "interrupted" not in finished


def test_an_interrupted_ingest_says_its_failures_as_its_json_counts_them(
        cli: Cli, dumps: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that failed before the interruption is one of the JSON's files and one of the
    failed, never one of the files the stderr line says were read (IngestReport.done)."""
    (dumps / "000_blank.txt").write_text("   \n\n", encoding="utf-8")  # no article: fails
    interrupt_ingest_at(monkeypatch, 3)  # the blank file failed (unprepared), two committed
    result = cli("ingest", str(dumps), "--json")
    assert result.exit_code == 130
    report = json.loads(result.stdout)
    assert (report["files"], len(report["failed"]), report["articles_new"]) == (3, 1, 20)
    assert result.stderr.endswith(INTERRUPTED.format(2, 20, 0, 0, 1)), result.stderr


def test_the_ingest_line_counts_files_read_apart_from_paths_that_failed(cli: Cli, dumps: Path) -> None:
    """Three paths, one good, one not a dump, one missing: one file read, two failed (the
    missing path is no file of the JSON's either)."""
    good = next(iter(sorted(dumps.glob("*.txt"))))
    bad = dumps / "blank.txt"
    bad.write_text("   \n\n", encoding="utf-8")
    result = cli("ingest", str(good), str(bad), str(dumps / "missing.txt"), terminal=True)
    assert result.exit_code == 1
    assert result.stdout.startswith("1 file(s) read: 10 new, 0 updated, 0 unchanged article(s); 2 failed")
    again = cli("ingest", str(good), str(bad), str(dumps / "missing.txt"), "--json")
    assert (json.loads(again.stdout)["files"], again.exit_code) == (2, 1)


def test_an_interrupted_ingest_counts_an_article_read_twice_once(
        cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same dump saved under two names: its articles are stored once, and said once."""
    folder = tmp_path / "saves"
    folder.mkdir()
    samples = sorted(DUMPS.glob("*.txt"))
    for name, sample in (("a.txt", samples[0]), ("b.txt", samples[0]), ("c.txt", samples[1])):
        (folder / name).write_bytes(sample.read_bytes())
    interrupt_ingest_at(monkeypatch, 3)
    result = cli("ingest", str(folder), "--json")
    assert result.exit_code == 130
    assert result.stderr == INTERRUPTED.format(2, 10, 0, 10, 0)
    report = json.loads(result.stdout)
    assert (report["articles_new"], report["articles_unchanged"]) == (10, 10)
    assert len(cli.json("list", "-n", "0")) == 10


def test_an_interrupted_rerun_of_stored_files_stored_nothing(
        cli: Cli, dumps: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli.json("ingest", str(dumps))
    calls: list[int] = []
    from icli.store import ingest as ingest_module

    def stop_at_the_end(*args: object, **kwargs: object) -> None:
        calls.append(1)
        raise KeyboardInterrupt

    monkeypatch.setattr(ingest_module, "finish", stop_at_the_end)  # every file found current
    result = cli("ingest", str(dumps), "--json")
    assert calls and result.exit_code == 130
    assert result.stderr == INTERRUPTED.format(5, 0, 0, 50, 0)
    assert json.loads(result.stdout)["articles_unchanged"] == 50


@pytest.mark.slow  # sends Ctrl-C: run in the one-process suite (docs/testing.md)
def test_a_ctrl_c_as_a_commit_returns_counts_that_commit(
        cli: Cli, dumps: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The signal arrives as COMMIT returns, before the ingest has counted the batch: it is
    delivered once the batch is counted (Batches.commit holds it), so the line is exact."""
    from icli.store import articles
    from icli.store.connection import Transaction

    class Interrupted(Transaction):
        def commit(self) -> None:
            super().commit()
            signal.raise_signal(signal.SIGINT)  # Ctrl-C: pending now, raised where Python checks

    monkeypatch.setattr(articles.Batches.__init__, "__defaults__", (10, 60.0, None))  # per file
    monkeypatch.setattr(articles, "Transaction", Interrupted)  # the ingest's batches alone
    result = cli("ingest", str(dumps), "--json")
    assert result.exit_code == 130
    assert result.stderr == INTERRUPTED.format(1, 10, 0, 0, 0)
    assert json.loads(result.stdout)["articles_new"] == 10
    assert len(cli.json("list", "-n", "0")) == 10


# --- a title is no name ----------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["H.E.", "h.e.", "Dr", "Mr.", "M.", "Minister", "الدكتور",
                                   "H.E. Mr."])
def test_a_title_typed_alone_names_nobody(ro_cli: Cli, typed: str) -> None:
    for args in (["who", typed], ["list", "--person", typed]):
        result = ro_cli(*args, "--json")
        assert result.exit_code == 0 and result.stdout == "[]\n", (args, result.stdout[:200])
        assert result.stderr == f"icli: {typed!r} is a title, not a name: give the person's name\n"
    assert ro_cli.json("who", f"{typed} Anar Karimov") == ro_cli.json("who", "Anar Karimov")


# --- dates in the archive's three languages ------------------------------------------------------


@pytest.mark.parametrize(("typed", "bounds"), [
    ("فبراير 2026", ("2026-02-01", "2026-02-28")),
    ("2026 فبراير", ("2026-02-01", "2026-02-28")),
    ("12 فبراير 2026", ("2026-02-12", "2026-02-12")),
    ("février 2026", ("2026-02-01", "2026-02-28")),
    # the Levantine and Iraqi names, as the articles' dates are read (text.dates.MONTHS)
    ("شباط 2026", ("2026-02-01", "2026-02-28")),
    ("15 كانون الثاني 2026", ("2026-01-15", "2026-01-15")),
    ("كانون الأول 2025", ("2025-12-01", "2025-12-31")),
    ("تشرين الثاني 2025", ("2025-11-01", "2025-11-30")),
    ("2025 تشرين الأول", ("2025-10-01", "2025-10-31")),
    ("آذار 2026", ("2026-03-01", "2026-03-31")),
    ("3 آب 2025", ("2025-08-03", "2025-08-03")),
    ("أيلول، 2025", ("2025-09-01", "2025-09-30")),
])
def test_a_date_in_arabic_is_read_as_in_english_and_french(typed: str,
                                                           bounds: tuple[str, str]) -> None:
    from icli.cli.dateargs import parse_range

    assert parse_range(typed, typed) == bounds


# --- a search never answers another question than the one asked ------------------------------------


@pytest.mark.parametrize("query", ["Kaz*stan", "*stan", "ICE*CO", "Kazakhstan *khstan",
                                   '"Kaz*stan"'])
def test_a_star_inside_or_before_a_word_is_refused(ro_cli: Cli, query: str) -> None:
    """FTS5 would read "Kaz*stan" as the words starting with Kaz and the word stan (ICE*CO
    found two articles, *stan none): a different question, answered silently."""
    result = ro_cli("search", query, "--json")
    assert result.exit_code == 2 and result.stdout == ""
    assert "* ends a word" in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize("query", ["Kaz*", "Kaz* Morocco", "Kazakh* OR Oman*"])
def test_a_star_ending_a_word_still_finds_its_words(ro_cli: Cli, query: str) -> None:
    assert ro_cli.json("search", query)


def test_a_name_for_stdin_with_no_stdin_to_ingest_is_refused(cli: Cli, dumps: Path) -> None:
    """--name names what `-` reads: given without `-`, it was ignored without a word."""
    result = cli("ingest", str(dumps), "--name", "march.txt")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == ("icli: error: --name names standard input: give - among the paths "
                             "(… | icli ingest - --name march.txt)\n")
    assert not cli.db.exists()


def test_a_name_for_stdin_read_through_dev_stdin_is_kept(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "archive.db"
    text = sorted(DUMPS.glob("*.txt"))[0].read_text(encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "icli", "--db", str(db), "ingest",
                             "/dev/stdin", "--name", "march.txt", "--json"],
                            input=text, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    listed = subprocess.run([sys.executable, "-m", "icli", "--db", str(db), "list", "-n", "1",
                             "--json"], capture_output=True, text=True, check=True)
    assert json.loads(listed.stdout)[0]["source"] == "march.txt"


def test_csv_gives_each_version_by_language_and_id(tmp_path: Path) -> None:
    """The versions of an article in CSV and TSV (and export's CSV): "fr #52; ar #53", as the
    JSON's versions say; they were empty cells ("; ")."""
    cli = Cli(tmp_path / "archive.db")
    assert cli("ingest", str(ROOT / "data" / "examples")).exit_code == 0
    articles = cli.json("list")
    assert any(article["versions"] for article in articles)
    said = {a["id"]: "; ".join(f"{v['language']} #{v['id']}" for v in a["versions"])
            for a in articles}
    for args in (["list", "--csv"], ["list", "--tsv"], ["export", "--format", "csv"]):
        text = cli(*args, "--fields", "id,versions").stdout
        rows = list(csv.DictReader(io.StringIO(text), delimiter="\t" if "--tsv" in args else ","))
        assert {int(row["id"]): row["versions"] for row in rows} == said, args
