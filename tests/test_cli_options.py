"""What users of gh, sqlite-utils and llm expect, item by item, through the CLI (a fake Env
stands in for the terminal)."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.interrupts import INTERRUPTED, article_count
from icli.cli.dateargs import parse_range
from icli.cli.main import main
from icli.cli.output import chart_rows
from icli.cli.request import Env
from icli.store.summaries import every_month
from tests.conftest import DUMPS, ROOT, Cli, run


def ids(articles: list[dict]) -> set[int]:
    return {a["id"] for a in articles}


# --- the terminal path: tables, footers, profiles ------------------------------------------------


def test_a_terminal_gets_a_table_with_how_many_there_are(ro_cli: Cli) -> None:
    result = ro_cli("list", "-n", "5", terminal=True)
    assert result.exit_code == 0 and not result.stdout.startswith("[")
    lines = result.stdout.splitlines()
    assert "title" in result.stdout and "date" in lines[1]
    assert lines[-1] == "rows 1–5 of 50 (use --limit 0 for all)"
    whole = ro_cli("list", "--limit", "0", terminal=True).stdout
    assert "rows" not in whole and all(str(a["id"]) in whole for a in ro_cli.json("list"))
    paged = ro_cli("list", "-n", "5", "--offset", "10", terminal=True).stdout
    assert paged.splitlines()[-1] == "rows 11–15 of 50 (use --limit 0 for all)"
    last = ro_cli("list", "-n", "3", "--offset", "48", terminal=True).stdout
    assert last.splitlines()[-1] == "rows 49–50 of 50"
    past = ro_cli("list", "-n", "3", "--offset", "100", terminal=True).stdout
    assert past.splitlines()[-1] == "no rows after row 100 (50 in all)"


def test_every_list_says_when_it_is_cut(ro_cli: Cli) -> None:
    matches = len(ro_cli.json("search", "ICESCO", "--limit", "0"))
    assert matches > 3
    found = ro_cli("search", "ICESCO", "-n", "3", terminal=True).stdout
    assert found.splitlines()[-1] == f"rows 1–3 of {matches} (use --limit 0 for all)"
    people = len(ro_cli.json("people", "--limit", "0"))
    listed = ro_cli("people", "-n", "4", terminal=True).stdout
    assert listed.splitlines()[-1] == f"rows 1–4 of {people} (use --limit 0 for all)"
    pairs = len(ro_cli.json("network", "--limit", "0"))
    shown = ro_cli("network", terminal=True).stdout
    assert shown.splitlines()[-1] == f"rows 1–50 of {pairs} (use --limit 0 for all)"
    assert "rows" not in ro_cli("countries", "--limit", "0", terminal=True).stdout


def test_who_on_a_terminal_shows_the_profile_then_the_articles(ro_cli: Cli) -> None:
    result = ro_cli("who", "AlMalik", terminal=True)
    assert result.exit_code == 0
    assert "Salim M. AlMalik" in result.stdout.splitlines()[0]
    assert "Articles per month" in result.stdout and "also:" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour in this Env


def test_colour_only_on_a_terminal_without_no_color(ro_cli: Cli, monkeypatch: pytest.MonkeyPatch
                                                   ) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert Env(stdout=io.StringIO(), stdout_isatty=True).colour
    assert not Env(stdout=io.StringIO(), stdout_isatty=False).colour
    monkeypatch.setenv("NO_COLOR", "1")
    assert not Env(stdout=io.StringIO(), stdout_isatty=True).colour
    out = io.StringIO()
    main(["--db", str(ro_cli.db), "list", "-n", "2"],
         Env(stdout=out, stderr=io.StringIO(), stdout_isatty=True, width=90, colour=True))
    assert "\x1b[" in out.getvalue()  # styled when the Env has colour


def test_network_exports_are_whole_unless_limited(ro_cli: Cli) -> None:
    pairs = ro_cli.json("network", "--limit", "0")
    assert len(pairs) > 50
    graph = json.loads(ro_cli("network", "--format", "json").stdout)
    assert len(graph["links"]) == len(pairs)
    # the whole graph, streamed entity by entity, has the ranked list's pairs and weights
    assert sorted((link["source"], link["target"], link["weight"]) for link in graph["links"]) \
        == sorted((p["source"]["id"], p["target"]["id"], p["items"]) for p in pairs)
    assert {node["id"] for node in graph["nodes"]} \
        == {end["id"] for p in pairs for end in (p["source"], p["target"])}
    graphml = ro_cli("network", "--format", "graphml").stdout
    assert graphml.count("<edge ") == len(pairs)
    assert len(json.loads(ro_cli("network", "--format", "json", "-n", "7").stdout)["links"]) == 7
    assert len(ro_cli.json("network")) == len(pairs)  # JSON is whole unless --limit is given


def test_summary_chart_and_json_say_the_same_months(ro_cli: Cli) -> None:
    months = ro_cli.json("summary")["months"]
    assert [m["month"] for m in months] == [m["month"] for m in every_month(months)]
    assert any(not m["articles"] for m in months)  # the samples leave months empty
    chart = ro_cli("summary", terminal=True).stdout
    lines = chart.splitlines()
    rows = [line.split() for line in lines if line[:4].isdigit()]
    folded = [int(line.split()[1]) for line in lines if line.startswith("…")]
    assert rows[0][0] == months[0]["month"] and rows[-1][0] == months[-1]["month"]
    counts = {m["month"]: m["articles"] for m in months}
    assert all(int(row[1]) == counts[row[0]] for row in rows)
    empty_rows = [row for row in rows if row[1] == "0"]
    assert all(len(row) == 2 for row in empty_rows)  # a row, no bar
    assert folded and all(n >= 3 for n in folded)
    assert len(rows) + sum(folded) == len(months)


def test_runs_of_empty_months_fold_into_one_line() -> None:
    months = every_month([{"month": "2018-01", "articles": 1, "items": 1},
                          {"month": "2026-02", "articles": 2, "items": 2},
                          {"month": "2026-04", "articles": 3, "items": 3}])
    assert len(months) == 100
    assert chart_rows(months) == [("2018-01", 1), ("96 months without articles", -1),
                                  ("2026-02", 2), ("2026-03", 0), ("2026-04", 3)]


def test_who_chart_fits_a_screen_from_its_first_article(ro_cli: Cli) -> None:
    shown = ro_cli("who", "AlMalik", "-n", "5", terminal=True).stdout.splitlines()
    chart = shown[next(i for i, line in enumerate(shown) if line.startswith("Articles per")):]
    chart = chart[:next(i for i, line in enumerate(chart) if "alongside" in line)]
    assert any(line.startswith("…") for line in chart) and len(chart) < 20


def test_every_month_fills_gaps_across_years() -> None:
    filled = every_month([{"month": "2025-11", "articles": 2, "items": 1},
                          {"month": "2026-02", "articles": 1, "items": 1}])
    assert [(m["month"], m["articles"], m["items"]) for m in filled] == [
        ("2025-11", 2, 1), ("2025-12", 0, 0), ("2026-01", 0, 0), ("2026-02", 1, 1)]


# --- dates --------------------------------------------------------------------------------------


def test_relative_dates_are_that_day() -> None:
    from dateutil.relativedelta import relativedelta

    today = dt.date.today()
    start, stop = parse_range("1 year ago", "3 days ago")
    assert start == (today - relativedelta(years=1)).isoformat()
    assert stop == (today - dt.timedelta(days=3)).isoformat()
    assert parse_range("2 months ago", None)[0] == (today - relativedelta(months=2)).isoformat()


def test_a_bare_month_or_year_widens(ro_cli: Cli) -> None:
    assert parse_range("January 2026", "January 2026") == ("2026-01-01", "2026-01-31")
    assert parse_range("2025", "2025") == ("2025-01-01", "2025-12-31")
    assert parse_range("15 Jan 2026", "15 Jan 2026") == ("2026-01-15", "2026-01-15")
    named = ro_cli.json("list", "--since", "February 2026", "--until", "February 2026", "-n", "0")
    iso = ro_cli.json("list", "--since", "2026-02-01", "--until", "2026-02-28", "-n", "0")
    assert named == iso and named


@pytest.mark.parametrize("month", ["February, 2026", "2026 February", "Feb 2026", "février 2026",
                                   "fevrier, 2026"])
def test_a_month_in_any_order_or_punctuation_widens(month: str) -> None:
    assert parse_range(month, month) == ("2026-02-01", "2026-02-28")


def test_a_month_with_no_year_is_that_month_of_the_year_dateparser_chooses() -> None:
    start, stop = parse_range("March", "March")
    assert start and stop
    assert start.endswith("-03-01") and stop.endswith("-03-31") and start[:4] == stop[:4]


@pytest.mark.parametrize("number", ["12", "32", "-1", "+3", "7", "202"])
def test_a_bare_number_that_is_not_a_year_is_a_usage_error(ro_cli: Cli, number: str) -> None:
    for option in ("--since", "--until"):
        result = ro_cli("list", option, number)
        assert (result.exit_code, result.stdout) == (2, ""), (option, number)
        assert result.stderr.count("\n") == 1 and option in result.stderr, result.stderr


# --- paths --------------------------------------------------------------------------------------


def test_path_prints_the_database_in_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ICLI_DB", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert run(["path"]).stdout == f"{tmp_path}/data/icli/icli.db\n"
    legacy = tmp_path / "config" / "icli" / "icli.db"
    legacy.parent.mkdir(parents=True)
    legacy.write_bytes(b"")
    assert run(["path"]).stdout == f"{legacy}\n"  # an existing database at the earlier default
    monkeypatch.setenv("ICLI_DB", str(tmp_path / "env.db"))
    assert run(["path"]).stdout == f"{tmp_path}/env.db\n"
    assert run(["path", "--db", "x.db"]).stdout == "x.db\n"
    assert run(["--db", "y.db", "path"]).stdout == "y.db\n"


def test_make_demo_uses_its_own_database() -> None:
    result = subprocess.run(["make", "-n", "-W", "pyproject.toml", "demo"], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    icli_lines = [line for line in result.stdout.splitlines() if "/icli " in line]
    assert len(icli_lines) >= 3
    assert all("--db .demo/icli.db" in line for line in icli_lines)


# --- options ------------------------------------------------------------------------------------


def test_db_is_accepted_after_the_command(loaded_db: Path) -> None:
    after = run(["list", "-n", "2", "--db", str(loaded_db)])
    before = run(["--db", str(loaded_db), "list", "-n", "2"])
    assert after.exit_code == 0 and after == before and len(json.loads(after.stdout)) == 2


def test_repeated_filters_mean_any_of_them(ro_cli: Cli) -> None:
    oman = ids(ro_cli.json("list", "--country", "Oman", "-n", "0"))
    syria = ids(ro_cli.json("list", "--country", "Syria", "-n", "0"))
    both = ids(ro_cli.json("list", "--country", "Oman", "--country", "Syria", "-n", "0"))
    assert oman and syria and oman != syria and both == oman | syria
    french = ids(ro_cli.json("list", "--language", "fr", "-n", "0"))
    english = ids(ro_cli.json("list", "--language", "EN", "-n", "0"))
    assert english and ids(ro_cli.json("list", "--language", "en", "--language", "fr",
                                       "-n", "0")) == english | french
    bad = ro_cli("list", "--language", "de")
    assert bad.exit_code == 2 and "en, fr or ar" in bad.stderr


def test_two_formats_are_a_usage_error(ro_cli: Cli) -> None:
    for pair in (["--json", "--csv"], ["--jsonl", "--table"], ["--nl", "--tsv"]):
        result = ro_cli("list", *pair)
        assert result.exit_code == 2 and result.stdout == ""
        assert result.stderr.startswith("icli: error: choose one output format")


@pytest.mark.parametrize(("args", "said"), [
    (["show", "1", "--table", "--json"], "--json and --text/--table"),
    (["list", "--nl", "--csv"], "--jsonl/--nl and --csv"),
])
def test_two_formats_are_said_by_every_name_of_the_options(ro_cli: Cli, args: list[str],
                                                           said: str) -> None:
    """`show --table` is show's --text: the error names the option as typed, never another."""
    result = ro_cli(*args)
    assert result.exit_code == 2
    assert result.stderr == f"icli: error: choose one output format, not {said}\n"


@pytest.mark.parametrize("shortcut", [True, False])
def test_network_export_and_a_row_format_are_two_formats(ro_cli: Cli, shortcut: bool) -> None:
    for row_format in ("--json", "--csv", "--table"):
        result = ro_cli("network", "--format", "graphml", row_format, shortcut=shortcut)
        assert result.exit_code == 2 and result.stdout == ""
        assert result.stderr == (f"icli: error: choose one output format, not --format graphml "
                                 f"and {row_format}\n")


@pytest.mark.parametrize("shortcut", [True, False])
def test_network_export_refuses_the_row_options_it_would_ignore(ro_cli: Cli,
                                                               shortcut: bool) -> None:
    """The graph is exported whole (cut only by --limit): --fields and --offset alone, which
    pick fields and pages of rows, are refused, not dropped without a word."""
    for export in ("graphml", "json"):
        for option, value in (("--fields", "source_name,articles"), ("--offset", "5")):
            result = ro_cli("network", "--format", export, option, value, shortcut=shortcut)
            assert result.exit_code == 2 and result.stdout == "", (export, option)
            assert result.stderr.startswith(f"icli: error: {option} ") and export in result.stderr
    strongest = json.loads(ro_cli("network", "--format", "json", "-n", "2").stdout)["links"]
    paged = json.loads(ro_cli("network", "--format", "json", "-n", "1", "--offset", "1",
                              shortcut=shortcut).stdout)["links"]
    assert paged == strongest[1:]


def test_short_forms_and_fields(ro_cli: Cli) -> None:
    assert len(ro_cli.json("list", "-n", "3")) == 3
    assert ro_cli("list", "-n", "3", "--nl").stdout == ro_cli("list", "-n", "3", "--jsonl").stdout
    tsv = ro_cli("list", "-n", "2", "--tsv", "--fields", "id,title,date").stdout.splitlines()
    assert tsv[0] == "id\ttitle\tdate" and len(tsv) == 3 and tsv[1].count("\t") == 2
    picked = ro_cli.json("search", "Kazakhstan", "--fields", "id,score")
    assert picked and all(set(a) == {"id", "score"} for a in picked)
    csv_rows = ro_cli("people", "--csv", "--fields", "name,articles", "-n", "2").stdout
    assert csv_rows.splitlines()[0] == "name,articles"
    unknown = ro_cli("list", "--fields", "id,colour")
    assert unknown.exit_code == 2 and "'colour'" in unknown.stderr


def test_fields_are_checked_against_the_command_even_with_no_rows(ro_cli: Cli) -> None:
    for args in (["list", "--json"], ["who", "Zzyzx Qwerty"], ["people", "--csv"],
                 ["network", "--json"], ["export", "--format", "csv"]):
        result = ro_cli(*args, "--since", "2099", "--fields", "bogus")
        assert result.exit_code == 2 and result.stdout == "", args
        assert "icli: error: --fields: no field 'bogus'" in result.stderr
    assert ro_cli("search", "Kazakhstan", "--since", "2099", "--fields", "score").stdout == "[]\n"
    for command in ("people", "countries", "partners"):
        rows = ro_cli.json(command, "-n", "3")
        names = ",".join(rows[0])
        assert ro_cli.json(command, "-n", "3", "--fields", names) == rows
    article = ro_cli.json("list", "-n", "1")[0]
    assert ro_cli.json("list", "-n", "1", "--fields", ",".join(article)) == [article]


def test_show_fields_may_name_what_why_and_shared_add(ro_cli: Cli) -> None:
    """`why` and `shared` are fields of show's objects when --why/--shared ask for them (the
    versions of an article carry no `shared`: left out of theirs), and not otherwise."""
    article = ro_cli.json("list", "-n", "1")[0]
    why = ro_cli.json("show", str(article["id"]), "--why", "--fields", "id,why")
    assert set(why) == {"id", "why"} and why["why"]
    assert ro_cli("show", str(article["id"]), "--fields", "id,why").exit_code == 2
    shared = ro_cli.json("show", str(article["id"]), "--versions", "--shared", "--fields", "id,shared")
    assert set(shared[0]) == {"id", "shared"} and all(set(v) == {"id"} for v in shared[1:])


def test_fields_on_a_table_warn_that_they_do_not_apply(ro_cli: Cli) -> None:
    table = ro_cli("list", "-n", "2", "--table", "--fields", "id,title")
    assert table.exit_code == 0 and "title" in table.stdout
    assert table.stderr == "icli: warning: --fields applies to machine output (JSON, JSON lines, CSV, TSV), not to tables\n"


def test_network_csv_spreads_each_pair_over_columns(ro_cli: Cli) -> None:
    pairs = ro_cli.json("network", "-n", "3")
    lines = ro_cli("network", "-n", "3", "--csv").stdout.splitlines()
    assert lines[0] == ("source_id,source_kind,source_name,target_id,target_kind,target_name,"
                        "articles,latest_id,latest_date,latest_title,items")
    first = next(csv.reader(lines[1:2]))
    assert first[:7] == [str(pairs[0]["source"]["id"]), pairs[0]["source"]["kind"],
                         pairs[0]["source"]["name"], str(pairs[0]["target"]["id"]),
                         pairs[0]["target"]["kind"], pairs[0]["target"]["name"],
                         str(pairs[0]["articles"])]
    assert "{" not in "".join(lines)


def test_offset_pages_and_sort_orders(ro_cli: Cli) -> None:
    everything = ro_cli.json("list", "-n", "0")
    assert ro_cli.json("list", "-n", "5", "--offset", "5") == everything[5:10]
    assert ro_cli.json("list", "-n", "0", "--offset", "45") == everything[45:]
    oldest = ro_cli.json("list", "-n", "0", "--sort", "date")
    assert [a["date"] for a in oldest] == sorted(a["date"] for a in everything)
    by_date = ro_cli.json("search", "ICESCO", "-n", "0", "--sort", "-date")
    assert [a["date"] for a in by_date] == sorted((a["date"] for a in by_date), reverse=True)
    scores = [a["score"] for a in ro_cli.json("search", "ICESCO", "--sort", "score")]
    assert scores == sorted(scores, reverse=True)
    assert ro_cli("list", "--sort", "score").exit_code == 2
    assert ro_cli("list", "--offset", "-1").exit_code == 2


def test_names_by_part_or_suggested(ro_cli: Cli) -> None:
    full = ro_cli.json("who", "AlMalik", "-n", "0")
    part = ro_cli("who", "Malik", "-n", "0", "--json")
    assert json.loads(part.stdout) == full and "Salim M. AlMalik" in part.stderr
    several = ro_cli("who", "Salim", "--json")  # part of two people's names: neither
    assert several.exit_code == 1 and several.stdout == ""
    assert "several" in several.stderr and "Salim M. AlMalik" in several.stderr
    assert "Salim Al Habsi" in several.stderr and "--all" in several.stderr
    both = ro_cli.json("who", "Salim", "--all", "-n", "0")
    assert set(ids(both)) == set(ids(full)) | set(ids(ro_cli.json("who", "Al Habsi", "-n", "0")))
    typo = ro_cli("country", "Kazakstan", "--json")
    assert "did you mean Kazakhstan" in typo.stderr
    assert ids(ro_cli.json("country", "Emirates", "-n", "0")) == ids(
        ro_cli.json("country", "ARE", "-n", "0"))
    assert ids(ro_cli.json("partner", "Open University", "-n", "0")) == ids(
        ro_cli.json("partner", "AOU", "-n", "0"))
    # a part of a name is whole words: a word's start is none ("Azerbai", "Open Univ")
    for kind, start in (("country", "Azerbai"), ("partner", "Open Univ")):
        assert ro_cli.json(kind, start) == [], start
    nothing = ro_cli("who", "Zzyzx Qwerty", "--json")
    assert nothing.stdout == "[]\n" and "icli people" in nothing.stderr


def test_a_filter_naming_nothing_gets_the_hint_who_gives(ro_cli: Cli) -> None:
    for kind, command, name in (("person", "who", "Zzyzx Qwerty"), ("person", "who", "Salimm"),
                                ("country", "country", "Kazakstan")):
        said = ro_cli(command, name, "--json").stderr
        assert said.startswith(f"icli: no {kind} ")
        for args in (["list"], ["search", "ICESCO"], ["summary"], ["people"]):
            result = ro_cli(*args, f"--{kind}", name, "--json")
            assert result.exit_code == 0 and result.stderr == said, args
    assert ro_cli("list", "--person", "AlMalik", "--country", "Oman", "--json").stderr == ""


def test_show_several_ids(ro_cli: Cli) -> None:
    first, second = ro_cli.json("list", "-n", "2")
    one = json.loads(ro_cli("show", str(first["id"])).stdout)
    assert one == first  # one object for one ID
    pair = json.loads(ro_cli("show", str(first["id"]), str(second["id"])).stdout)
    assert pair == [first, second]
    text = ro_cli("show", str(first["id"]), str(second["id"]), "--text")
    assert text.stdout.startswith(first["title"][:40]) and second["title"][:40] in text.stdout
    alone = ro_cli("show", str(first["id"]), "--table").stdout
    assert alone.startswith(first["title"][:40]) and text.stdout.startswith(alone)
    missing = ro_cli("show", str(first["id"]), "99999", str(second["id"]))
    assert missing.exit_code == 1 and json.loads(missing.stdout) == [first, second]
    assert missing.stderr == "icli: error: no article with id 99999\n"
    as_text = ro_cli("show", "99999", str(first["id"]), "--text")
    assert as_text.exit_code == 1 and as_text.stdout == alone
    nothing = ro_cli("show", "99999")
    assert nothing.exit_code == 1 and nothing.stdout == "" and "99999" in nothing.stderr


def test_help_reads_like_documentation() -> None:
    search = run(["search", "--help"]).stdout
    for words in ("QUERY", '"a phrase"', "prefix*", "OR", "NOT", "title:", "DATE", "NAME",
                  "en|fr|ar", "score|date|-date", "-n, --limit N", "Example: icli search"):
        assert words in search, words
    assert "<str>" not in search and "TEXT" not in search
    names = ["ingest", "list", "search", "show", "who", "people", "country", "countries",
             "partner", "partners", "summary", "network", "export", "path"]
    for name in names:
        text = run([name, "--help"]).stdout
        assert f"Example: {'sqlite3' if name == 'path' else 'icli ' + name}" in text, name
    top = run([])
    assert top.exit_code == 0 and all(f"  {name} " in top.stdout for name in names)
    assert "One JSON object" in run(["summary", "--help"]).stdout


# --- ingest -------------------------------------------------------------------------------------


def test_progress_shows_files_and_articles(cli: Cli) -> None:
    result = cli("ingest", str(DUMPS), terminal=True)
    assert result.exit_code == 0
    assert "5/5" in result.stderr and "files" in result.stderr and "50 articles" in result.stderr
    assert result.stdout.startswith("5 file(s) read: 50 new")


# --- exit codes ---------------------------------------------------------------------------------


def test_a_closed_pipe_exits_0(loaded_db: Path) -> None:
    result = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {sys.executable} -m icli --db {loaded_db} list -n 0 "
                       "--jsonl | head -c 10 > /dev/null"],
        capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stderr == ""


def _articles_stored(db: Path) -> bool:
    """Whether an ingest writing `db` has committed some articles (read as another reader)."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1)) as conn:
            return conn.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0] == 1
    except sqlite3.Error:  # not created or not migrated yet
        return False


@pytest.mark.slow
@pytest.mark.parametrize(("sent", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_ingest_exits_130_or_143(tmp_path: Path, sent: int, code: int) -> None:
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, "-m", "bench.corpus", str(corpus), "3000"], check=True,
                   capture_output=True)
    db = tmp_path / "big.db"
    process = subprocess.Popen([sys.executable, "-m", "icli", "--db", str(db), "ingest",
                                str(corpus), "--json"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not _articles_stored(db) and time.monotonic() < deadline:  # well into its work
        time.sleep(0.05)
    process.send_signal(sent)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == code
    line = INTERRUPTED.fullmatch(stderr)
    assert line and line["new"], stderr
    report = json.loads(stdout)  # what it stored, as the line says, and the archive holds
    assert report["interrupted"] and report["articles_new"] == int(line["new"])
    assert article_count(db) == report["articles_new"]
    resumed = subprocess.run([sys.executable, "-m", "icli", "--db", str(db), "ingest",
                              str(corpus), "--json"], capture_output=True, text=True, check=False)
    assert resumed.returncode == 0 and json.loads(resumed.stdout)["failed"] == []
    assert os.path.getsize(db) > 0


# --- an unknown option: what it may have meant, never an unrelated option -----------------------


@pytest.mark.parametrize(("args", "meant"), [
    (["export", "--json"], "did you mean --format jsonl?"),  # a value of --format, not --person
    (["export", "--markdown"], "did you mean --format markdown?"),
    (["network", "--graphml"], "did you mean --format graphml?"),
    (["list", "--format", "csv"], "did you mean --csv?"),  # the flag its value names
    (["list", "--format=tsv"], "did you mean --tsv?"),
    (["list", "-n5", "--jsn"], "did you mean --json or --jsonl?"),
    (["people", "--srot", "name"], "did you mean --sort?"),
    (["who", "--lang", "en", "Karim"], "did you mean --language?"),
    (["search", "water", "--xyz"], "see `icli search --help`"),
    (["list", "--sort", "-date", "--nope"], "see `icli list --help`"),
    (["list", "--version"], "an option of icli itself: `icli --version`"),
])
@pytest.mark.parametrize("shortcut", [True, False])
def test_an_unknown_option_suggests_what_it_may_have_meant(tmp_path: Path, args: list[str],
                                                            meant: str, shortcut: bool) -> None:
    result = run(["--db", str(tmp_path / "none.db"), *args], shortcut=shortcut)
    assert result.exit_code == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("icli: error: no such option: --") and line.endswith(f" ({meant})")


def test_known_options_and_values_that_look_like_options_are_not_refused(ro_cli: Cli) -> None:
    for args in (["list", "--sort", "-date", "-n", "1"], ["list", "--sort=-date", "-n1"],
                 ["list", "--nl", "-n", "1"], ["show", "--", "1"]):
        result = ro_cli(*args, shortcut=False)
        assert result.exit_code == 0, (args, result.stderr)
    assert ro_cli("list", "--help").stdout.startswith("Usage: icli list")


@pytest.mark.parametrize("args, option", [
    (["list", "--per-item", "--prefer", ""], "--prefer"),
    (["list", "--per-item", "--prefer", " , "], "--prefer"),
    (["ingest", "-", "--name", ""], "--name"),
    (["ingest", "-", "--name", "  "], "--name"),
])
def test_an_empty_option_value_is_a_usage_error(cli: Cli, args: list[str], option: str) -> None:
    result = cli(*args, input="    A Title\n\n    A paragraph of text for the test.\n")
    assert (result.exit_code, result.stdout) == (2, ""), result.stderr
    assert result.stderr.count("\n") == 1 and option in result.stderr, result.stderr


@pytest.mark.parametrize("command", [["list"], ["search", "ICESCO"], ["who", "AlMalik"],
                                     ["people"], ["countries"], ["partners"], ["network"],
                                     ["export", "--format", "jsonl"], ["show", "1"]])
def test_the_fields_help_s_example_names_fields_the_command_has(ro_cli: Cli,
                                                                command: list[str]) -> None:
    """Each command's --fields help gives an example of its own rows' fields, which it takes."""
    said = " ".join(ro_cli(command[0], "--help").stdout.split())
    example = said.split("machine output (e.g. ", 1)[1].split(")", 1)[0]
    result = ro_cli(*command, "--fields", example, "-n", "1") if command[0] != "show" else \
        ro_cli(*command, "--fields", example, "--json")
    assert result.exit_code == 0, (example, result.stderr)
    rows = [json.loads(line) for line in result.stdout.splitlines()] if "jsonl" in command \
        else json.loads(result.stdout)
    first = rows if isinstance(rows, dict) else rows[0]
    assert list(first) == example.split(","), example
