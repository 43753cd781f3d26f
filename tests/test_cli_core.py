"""ingest, list, search and show through the real CLI, with the contract's shapes and codes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import DUMPS, Cli

ARTICLE_KEYS = {
    "id", "title", "subtitle", "date", "date_source", "source", "position", "sources",
    "language", "persons", "countries", "partners", "body", "versions",
}


def test_ingest_reports_counts_and_is_idempotent(cli: Cli, dumps: Path) -> None:
    first = cli.json("ingest", str(dumps))
    assert first == {"files": 5, "articles_new": 50, "articles_updated": 0,
                     "articles_unchanged": 0, "articles_removed": 0, "failed": []}
    again = cli.json("ingest", str(dumps))
    assert again["articles_new"] == 0 and again["articles_unchanged"] == 50
    assert len(cli.json("list", "--limit", "0")) == 50


def test_overlapping_dumps_store_each_article_once(cli: Cli, dumps: Path, tmp_path: Path) -> None:
    a, b = sorted(dumps.glob("*.txt"))[:2]
    lines_a, lines_b = a.read_text().splitlines(), b.read_text().splitlines()
    overlap = tmp_path / "overlap.txt"
    overlap.write_text("\n".join(lines_a[-30:] + lines_b[8:40]) + "\n")
    cli.json("ingest", str(dumps))
    report = cli.json("ingest", str(overlap))
    assert report["articles_new"] == 0
    articles = cli.json("list", "--limit", "0")
    assert len(articles) == 50
    shared = [x for x in articles if len(x["sources"]) == 2]
    assert shared and all(x["sources"][1].endswith("overlap.txt") for x in shared)


def test_changed_article_is_updated_not_duplicated(cli: Cli, dumps: Path) -> None:
    cli.json("ingest", str(dumps))
    path = sorted(dumps.glob("*.txt"))[0]
    text = path.read_text()
    path.write_text(text.replace("about 50 university professors", "about 60 university professors"))
    report = cli.json("ingest", str(path))
    assert (report["articles_new"], report["articles_updated"]) == (0, 1)
    found = cli.json("search", '"60 university professors"')
    assert len(found) == 1 and found[0]["position"] == 0
    assert len(cli.json("list", "--limit", "0")) == 50


def test_article_objects_follow_the_contract(ro_cli: Cli) -> None:
    articles = ro_cli.json("list", "--limit", "3")
    assert len(articles) == 3
    for article in articles:
        assert set(article) == ARTICLE_KEYS
        assert isinstance(article["body"], list) and article["body"]
        assert article["language"] == "en"
        assert article["source"].endswith(".txt") and article["source"] in article["sources"]
    dates = [a["date"] for a in ro_cli.json("list", "--limit", "0")]
    assert dates == sorted(dates, reverse=True)


def test_list_date_window_is_inclusive_and_exact(ro_cli: Cli) -> None:
    everything = ro_cli.json("list", "--limit", "0")
    expected = {a["id"] for a in everything if "2026-02-10" <= a["date"] <= "2026-02-18"}
    window = ro_cli.json("list", "--since", "2026-02-10", "--until", "2026-02-18", "--limit", "0")
    assert {a["id"] for a in window} == expected and expected
    month = ro_cli.json("list", "--since", "2026-02", "--until", "2026-02", "--limit", "0")
    assert {a["date"][:7] for a in month} == {"2026-02"}
    assert len(month) == sum(1 for a in everything if a["date"].startswith("2026-02"))


def test_search_ranks_title_matches_first(ro_cli: Cli) -> None:
    results = ro_cli.json("search", "Kazakhstan")
    in_title = ["kazakhstan" in a["title"].lower() for a in results]
    assert any(in_title) and not all(in_title)
    assert in_title == sorted(in_title, reverse=True)
    assert all("**" in a["snippet"] for a in results)
    scores = [a["score"] for a in results]
    assert scores == sorted(scores, reverse=True)


def test_search_accepts_fts_syntax(ro_cli: Cli) -> None:
    phrase = ro_cli.json("search", '"Arab Open University"')
    assert phrase and all("Arab Open University" in " ".join(a["body"]) for a in phrase)
    prefix = ro_cli.json("search", "Kaz*", "--limit", "0")  # Kazakhstan and Kazan
    plain = ro_cli.json("search", "Kazakhstan", "--limit", "0")
    assert {a["id"] for a in plain} < {a["id"] for a in prefix}
    both = ro_cli.json("search", "Azerbaijan AND Syria", "--limit", "0")
    either = ro_cli.json("search", "Azerbaijan OR Syria", "--limit", "0")
    assert both and {a["id"] for a in both} < {a["id"] for a in either}


def test_invalid_fts_is_searched_as_plain_terms(ro_cli: Cli) -> None:
    for query in ['"unbalanced', "Al-Malik", "d'Ivoire", "MoU:",
                  "x'; DROP TABLE articles; --", "السلام", "🙂 ICESCO"]:
        result = ro_cli("search", query, "--json")
        assert result.exit_code == 0, (query, result.stderr)
        assert isinstance(json.loads(result.stdout), list)
    assert ro_cli.json("search", "Al-Malik")
    assert ro_cli("search", " ".join(["culture"] * 120), "--json").exit_code == 0
    too_long = ro_cli("search", " ".join(["culture"] * 3000))
    assert too_long.exit_code == 2 and "too long" in too_long.stderr
    in_titles = ro_cli.json("search", "title:Kazakhstan", "--limit", "0")
    assert in_titles and all("Kazakhstan" in a["title"] for a in in_titles)


def test_unsearchable_queries_are_usage_errors(ro_cli: Cli) -> None:
    for query in ["*", "", "  ", "AND", "(((", "UNESCO AND", "NEAR("]:
        result = ro_cli("search", query)
        assert result.exit_code == 2, query
        assert result.stdout == "" and result.stderr.startswith("icli: error:")


def _on_a_terminal(db: Path, *args: str) -> str:
    """What `icli --db DB ARGS` prints on a terminal (a pseudo-terminal), escape codes removed."""
    import os
    import pty
    import re
    import subprocess
    import sys

    main, child = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "icli", "--db", str(db), *args],
                               stdout=child, stderr=subprocess.PIPE,
                               env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"})
    os.close(child)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the terminal closed: the process is done
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    assert process.wait(timeout=60) == 0, process.stderr.read()  # type: ignore[union-attr]  # stderr=PIPE
    text = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)


def test_show_one_article(ro_cli: Cli) -> None:
    first = ro_cli.json("list", "--limit", "1")[0]
    shown = ro_cli.json("show", str(first["id"]))
    assert shown == first
    rendered = _on_a_terminal(ro_cli.db, "show", str(first["id"]))
    assert rendered.startswith(first["title"][:40])
    for person in first["persons"]:
        assert person["name"] in rendered
    assert " ".join(first["body"][0].split()[:6]) in " ".join(rendered.split())
    assert not rendered.lstrip().startswith("{")
    missing = ro_cli("show", "99999")
    assert missing.exit_code == 1 and "no article" in missing.stderr


def test_output_formats(ro_cli: Cli) -> None:
    jsonl = ro_cli("list", "--limit", "4", "--jsonl")
    lines = jsonl.stdout.splitlines()
    assert len(lines) == 4 and all(json.loads(line)["id"] for line in lines)
    csv_out = ro_cli("list", "--limit", "2", "--csv").stdout.splitlines()
    assert csv_out[0].startswith("id,title,subtitle,date")
    table = ro_cli("list", "--limit", "3", "--table")
    assert table.exit_code == 0 and "title" in table.stdout and "\x1b[" not in table.stdout
    piped = ro_cli("list", "--limit", "2")
    assert json.loads(piped.stdout)  # JSON by default when stdout is not a terminal
    assert ro_cli("list", "--since", "2030-01-01").stdout == "[]\n"


def test_bad_arguments_exit_2_with_one_line(ro_cli: Cli) -> None:
    for args in (["list", "--since", "not a date at all"], ["list", "--limit", "-1"],
                 ["list", "--since", "2026-03", "--until", "2026-01"], ["list", "--bogus"],
                 ["list", "--language", "de"]):
        result = ro_cli(*args)
        assert result.exit_code == 2, args
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize("shortcut", [True, False])
def test_an_empty_date_is_a_usage_error(ro_cli: Cli, shortcut: bool) -> None:
    for option, value in (("--since", ""), ("--until", ""), ("--since", "  ")):
        result = ro_cli("list", option, value, shortcut=shortcut)
        assert result.exit_code == 2 and result.stdout == "", (option, value)
        assert result.stderr == f"icli: error: {option} needs a date, not an empty string\n"


@pytest.mark.parametrize("shortcut", [True, False])
def test_two_numbers_that_are_no_month_and_year_are_a_usage_error(ro_cli: Cli, shortcut: bool) -> None:
    for option, value in (("--since", "13 2025"), ("--until", "1 2"), ("--since", "13/2025"),
                          ("--since", "13.2025"), ("--until", "31-2025")):
        result = ro_cli("list", option, value, shortcut=shortcut)
        assert result.exit_code == 2 and result.stdout == "", (option, value)
        assert result.stderr.startswith(f"icli: error: {option}: cannot read '{value}' as a date")
    month = ro_cli("list", "--since", "2 2026", "--until", "2026 2", "--limit", "0", "--json",
                   shortcut=shortcut)
    assert month.exit_code == 0 and json.loads(month.stdout) == ro_cli.json(
        "list", "--since", "2026-02", "--until", "2026-02", "--limit", "0")


def test_a_bad_integer_names_the_option_in_plain_words(ro_cli: Cli) -> None:
    for args, message in ((["list", "--limit", "x"], "--limit: not an integer: 'x'"),
                          (["list", "-n", "2x"], "--limit: not an integer: '2x'"),
                          (["list", "--offset=1.5"], "--offset: not an integer: '1.5'"),
                          (["summary", "--top", "many"], "--top: not an integer: 'many'"),
                          (["show", "3", "abc"], "ID: not an article id: 'abc'"),
                          (["show", "#x"], "ID: not an article id: '#x'")):
        result = ro_cli(*args)
        assert result.exit_code == 2 and result.stdout == "", args
        assert result.stderr == f"icli: error: {message}\n"


def test_an_article_id_is_taken_as_show_heads_it(ro_cli: Cli) -> None:
    """`show` heads an article "#3 · 2026-02-19": `show '#3'` is that article, as `show 3`."""
    first = ro_cli.json("list", "-n", "2")
    ids = [str(article["id"]) for article in first]
    assert ro_cli.json("show", f"#{ids[0]}") == ro_cli.json("show", ids[0])
    assert ro_cli.json("show", ids[0], f"#{ids[1]}") == ro_cli.json("show", *ids)


def test_missing_database_hints_at_ingest(tmp_path: Path) -> None:
    result = Cli(tmp_path / "none.db")("list")
    assert result.exit_code == 1 and "icli ingest" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_fts_index_is_the_sqlite_utils_kind(loaded_db: Path) -> None:
    import sqlite_utils

    db = sqlite_utils.Database(loaded_db)
    assert db.table("articles").detect_fts() == "articles_fts"
    assert list(db.table("articles").search("Kazakhstan"))
    conn = sqlite3.connect(loaded_db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_version_and_help() -> None:
    cli = Cli(Path("unused.db"))
    assert cli("--version").stdout.startswith("icli ")
    for command in ("ingest", "list", "search", "show"):
        help_text = cli(command, "--help").stdout
        assert "Example: icli " + command in help_text


def test_stdin_ingest_names_its_source(cli: Cli) -> None:
    first, second = sorted(DUMPS.glob("*.txt"))[:2]
    result = cli("ingest", "-", "--json", input=first.read_text())
    assert json.loads(result.stdout)["articles_new"] == 10
    sources = {a["source"] for a in cli.json("list", "--limit", "0")}
    assert len(sources) == 1 and sources.pop().startswith("<stdin:")
    cli("ingest", "-", "--json", input=second.read_text())  # a second piped dump: a second source
    assert len({a["source"] for a in cli.json("list", "--limit", "0")}) == 2
    again = json.loads(cli("ingest", "-", "--json", input=first.read_text()).stdout)
    assert again["articles_new"] == 0 and again["articles_unchanged"] == 10
    named = json.loads(cli("ingest", "-", "--name", "march.txt", "--json",
                           input=second.read_text() + "\n").stdout)
    assert named["failed"] == []
    assert "march.txt" in {s for a in cli.json("list", "--limit", "0") for s in a["sources"]}
