"""The archive under stress: kill -9 mid-ingest, concurrent ingests, foreign and newer files."""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bench.corpus import write_corpus
from icli.store.articles import Batches
from icli.store.connection import StoreError, open_for_reading, open_for_writing
from icli.store.ingest import ingest
from icli.store.migrations import (
    FTS_HASH_BYTES,
    LEGACY_STEPS,
    MIGRATION_SET,
    MIGRATIONS_TABLE,
    STEP_NAMES,
    STEPS,
)
from tests.conftest import DUMPS, FIXTURES, Cli

UPGRADE_HINT = r"run `icli migrate` \(or `python -m icli migrate`\) to upgrade it"


def icli(db: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "icli", "--db", str(db), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _processes_using(db: Path) -> list[int]:
    """Pids of live processes whose command line names `db`."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and str(db).encode() in (proc / "cmdline").read_bytes():
                if b"Z" not in (proc / "stat").read_bytes().split(b") ", 1)[1][:1]:
                    found.append(int(proc.name))
        except OSError:
            continue
    return found


def stored(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        return (conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0],
                conn.execute("SELECT COUNT(DISTINCT key) FROM articles").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, 3000, per_file=20)
    return folder


@pytest.mark.slow
def test_kill_9_mid_ingest_then_rerun(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "a.db"
    process = icli(db, "ingest", str(corpus), "--json")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(0.05)
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            done = conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            continue
        if done >= 3:
            break
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 10  # its worker processes leave too
    while _processes_using(db) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_using(db) == []
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    files = conn.execute("SELECT path, articles FROM sources").fetchall()
    assert 3 <= len(files) < 150
    for path, count in files:  # every recorded file is complete; nothing else is stored
        assert conn.execute("SELECT COUNT(*) FROM article_sources WHERE path = ?",
                            (path,)).fetchone()[0] == count
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 20 * len(files)
    conn.close()
    rerun = icli(db, "ingest", str(corpus), "--json")
    assert rerun.wait(timeout=120) == 0, rerun.stderr.read()  # type: ignore[union-attr]  # stderr=PIPE
    assert stored(db) == (3000, 3000)


@pytest.mark.slow
def test_two_ingests_at_once_and_a_query_meanwhile(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "b.db"
    first = icli(db, "ingest", str(corpus), "--json")
    second = icli(db, "ingest", str(corpus), str(DUMPS), "--json")
    answered = 0
    while first.poll() is None or second.poll() is None:
        if db.exists():
            query = subprocess.run(
                [sys.executable, "-m", "icli", "--db", str(db), "list", "--limit", "1"],
                capture_output=True, timeout=60)
            answered += query.returncode == 0
            assert b"Traceback" not in query.stderr
        time.sleep(0.2)
    assert first.returncode == 0, first.stderr.read()  # type: ignore[union-attr]  # stderr=PIPE
    assert second.returncode == 0, second.stderr.read()  # type: ignore[union-attr]  # stderr=PIPE
    assert answered >= 1
    assert stored(db) == (3050, 3050)


def test_a_database_that_is_not_icli_s_is_never_touched(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()
    text = tmp_path / "notes.txt"
    text.write_text("just some text, not a database\n" * 100)
    for path in (other, text):
        before = path.read_bytes()
        for args in (["ingest", str(DUMPS)], ["list"]):
            result = Cli(path)(*args)
            assert result.exit_code == 1 and "Traceback" not in result.stderr
            assert str(path) in result.stderr
        assert path.read_bytes() == before


def test_unusable_database_paths(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    cases = [
        (tmp_path, ["ingest", str(DUMPS)], "is a directory"),
        (tmp_path, ["list"], "is a directory"),
        (blocker / "sub" / "a.db", ["ingest", str(DUMPS)], "cannot create the directory"),
        (blocker / "sub" / "a.db", ["list"], "no database yet"),
    ]
    for db, args, reason in cases:
        result = Cli(db)(*args)
        assert result.exit_code == 1, (db, args)
        assert result.stderr.startswith("icli: error:") and reason in result.stderr, result.stderr


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    conn = open_for_writing(db)
    conn.execute(
        f"INSERT INTO {MIGRATIONS_TABLE} (migration_set, name, applied_at) VALUES (?, ?, ?)",
        (MIGRATION_SET, "m999_from_the_future", "2099-01-01"))
    conn.close()
    before = db.read_bytes()
    for args in (["ingest", str(DUMPS)], ["list"]):
        result = Cli(db)(*args)
        assert result.exit_code == 1 and "newer" in result.stderr
        assert "m999_from_the_future" in result.stderr
    assert db.read_bytes() == before


def _legacy_database(db: Path, version: int) -> None:
    """A database as icli wrote it before named steps: `version` steps, counted in icli_meta."""
    import sqlite_utils

    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("CREATE TABLE icli_meta (key TEXT PRIMARY KEY, value TEXT)")
    for function in STEPS[:version]:
        function(sqlite_utils.Database(conn))
    conn.execute("INSERT INTO icli_meta VALUES ('schema_version', ?)", (str(version),))
    conn.close()


@pytest.mark.parametrize("version", [1, LEGACY_STEPS])
def test_old_schema_is_migrated_by_ingest(tmp_path: Path, version: int) -> None:
    db = tmp_path / "old.db"
    _legacy_database(db, version)
    with pytest.raises(StoreError, match=UPGRADE_HINT):
        open_for_reading(db)
    cli = Cli(db)
    assert cli.json("ingest", str(DUMPS))["articles_new"] == 50
    assert cli.json("people", "--limit", "1")
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT v FROM articles_fts_config WHERE k = 'hashsize'").fetchone() == (
        FTS_HASH_BYTES,)
    recorded = [row[0] for row in conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY rowid")]
    assert recorded == STEP_NAMES
    # icli versions from before named steps count the steps, and refuse a newer file
    assert conn.execute("SELECT value FROM icli_meta WHERE key = 'schema_version'").fetchone() == (
        str(len(STEPS)),)
    conn.close()


def test_articles_stored_before_the_key_hash_are_found_after_it(tmp_path: Path) -> None:
    """m009_article_key_hash on an archive that holds articles: each gets its key's hash, the
    unique index on the key text goes, and ingesting the same dumps again changes nothing."""
    from icli.store.articles import article_key_hash

    db = tmp_path / "before.db"
    Cli(db).json("ingest", str(sorted(DUMPS.glob("*.txt"))[0]))
    conn = sqlite3.connect(db, isolation_level=None)  # back to the schema before the step
    conn.execute("DROP INDEX idx_articles_key_hash")
    conn.execute("ALTER TABLE articles DROP COLUMN key_hash")
    conn.execute("CREATE UNIQUE INDEX idx_articles_key ON articles (key)")
    conn.execute(f"DELETE FROM {MIGRATIONS_TABLE} WHERE name = 'm009_article_key_hash'")
    first = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    conn.close()
    assert first > 0
    with pytest.raises(StoreError, match=UPGRADE_HINT):
        open_for_reading(db)
    assert Cli(db).json("ingest", str(DUMPS))["articles_new"] == 50 - first
    assert Cli(db).json("ingest", str(DUMPS))["articles_unchanged"] == 50
    conn = sqlite3.connect(db)
    stored = conn.execute("SELECT key, key_hash FROM articles").fetchall()
    assert len(stored) == 50 and all(key_hash == article_key_hash(key) for key, key_hash in stored)
    indexes = {row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles'")}
    assert "idx_articles_key_hash" in indexes and "idx_articles_key" not in indexes
    conn.close()


def test_a_legacy_version_beyond_the_named_steps_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "future.db"
    _legacy_database(db, 1)
    sqlite3.connect(db, isolation_level=None).execute(
        "UPDATE icli_meta SET value = ? WHERE key = 'schema_version'", (str(LEGACY_STEPS + 1),))
    result = Cli(db)("list")
    assert result.exit_code == 1 and "newer" in result.stderr


def test_queries_open_the_database_read_only(loaded_db: Path) -> None:
    conn = open_for_reading(loaded_db)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM articles")
    conn.close()




def _statements(conn: sqlite3.Connection, query: Callable[[], object]) -> list[str]:
    """The SQL statements `query` runs on `conn`, with their parameters filled in."""
    statements: list[str] = []
    conn.set_trace_callback(lambda sql: statements.append(" ".join(sql.split())))
    try:
        query()
    finally:
        conn.set_trace_callback(None)
    assert statements
    return statements


def _plan(conn: sqlite3.Connection, sql: str) -> str:
    return " | ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql))


def test_entity_queries_use_indexes(loaded_db: Path) -> None:
    """The plans of the statements the query layer runs, not of statements written here."""
    from icli.store import fulltext, lookup, queries, summaries

    conn = open_for_reading(loaded_db)
    january = queries.Filters(since="2026-01-01", until="2026-01-31", limit=10)
    # (a person's one word, "AlMalik", is also looked for in the other names holding it: the
    # alias words' FTS5 index, then the aliases of those few by id, a JSON array scanned)
    for kind, name in (("person", "AlMalik"), ("country", "KAZ"), ("partner", "AOU")):
        for match in _statements(conn, lambda: lookup.find_entities(conn, kind, name)):
            if not match.startswith("SELECT") or "entity_words_" in match:
                continue  # FTS5's own statements
            plan = _plan(conn, match)
            assert re.search("USING (COVERING )?INDEX|entity_words VIRTUAL TABLE INDEX 0:M", plan), plan
            assert "SCAN" not in re.sub(r"SCAN (entity_words|json_each) VIRTUAL TABLE INDEX \S+", "",
                                        plan), plan
        ids = lookup.find_entities(conn, kind, name)
        assert ids
        [count] = _statements(conn, lambda: queries.count_entity_articles(conn, ids, january))
        plan = _plan(conn, count)
        assert "AND date>? AND date<?)" in plan and "SCAN" not in plan, plan
    # part of a name ("Malik" of "AlMalik", "Emirates"): read from the alias words' FTS5 index,
    # never by reading every alias or entity (a person's then kept by the aliases of those few,
    # read by id: a JSON array scanned, name_parts.holds_parts)
    for kind, part in (("person", "Malik"), ("country", "Emirates"), ("partner", "Open University")):
        statements = [sql for sql in _statements(conn, lambda: lookup.find_entities(
            conn, kind, part)) if sql.startswith("SELECT") and "entity_words_" not in sql]
        assert lookup.find_entities(conn, kind, part)
        for statement in statements:
            plan = _plan(conn, statement)
            assert "SCAN" not in re.sub(r"SCAN (entity_words VIRTUAL TABLE INDEX 0:M|json_each "
                                        r"VIRTUAL TABLE INDEX \S+)", "", plan), plan
        assert any("entity_words VIRTUAL TABLE INDEX 0:M" in _plan(conn, s) for s in statements)
    # (after a probe of entity_dirty, empty but while an ingest runs: summaries.STORED_COUNTS)
    first, *_ = [sql for sql in _statements(conn, lambda: summaries.entity_counts(
        conn, "person", queries.Filters(limit=10), details=False)) if "entity_dirty" not in sql]
    plan = _plan(conn, first)
    assert "idx_entities_kind_articles" in plan and "SCAN" not in plan, plan
    first, *_ = _statements(conn, lambda: queries.list_articles(conn, january))
    assert "INDEX idx_articles_date" in _plan(conn, first)
    # best first: FTS5 sorts by its rank itself; SQLite sorts nothing (nor snippets every match)
    statements = _statements(conn, lambda: fulltext.search_articles(
        conn, "Kazakhstan", queries.Filters(limit=20)))
    [statement] = [sql for sql in statements if sql.startswith("SELECT a.id")]  # not FTS5's own
    plan = _plan(conn, statement)
    # the two indexes' ordered matches merged as they come (English; French and Arabic)
    assert plan.startswith("MERGE (UNION ALL)") and "TEMP B-TREE" not in plan, plan
    assert "SCAN articles_fts VIRTUAL TABLE" in plan, plan
    assert "SCAN articles_fts_fr_ar VIRTUAL TABLE" in plan, plan
    conn.close()


# Lookups by entity: (kind, name) of who/country/partner or of a filter, and another entity
# filter to combine with them; the dates, orders and limits every lookup takes.
LOOKUPS = (("person", ("AlMalik",)), ("country", ("KAZ",)), ("partner", ("AOU",)),
           ("person", ("AlMalik", "Benarafa")), ("country", ("Morocco", "Oman")))
OTHER = {"person": ("country", ("Morocco",)), "country": ("person", ("AlMalik",)),
         "partner": ("country", ("Morocco",))}
SPANS: tuple[dict[str, str], ...] = (
    {}, {"since": "2024-01-01"}, {"until": "2025-06-30"},
    {"since": "2024-01-01", "until": "2025-06-30"})
PAGES: tuple[dict[str, int], ...] = ({"limit": 20}, {"limit": 3, "offset": 2}, {"limit": 0})
Answer = Callable[[dict[str, Any]], bool]
# (label, the query, whether an article object answers it, its sort, its dates and page)
Run = tuple[str, Callable[[], Any], Answer, str, dict[str, Any]]


def _lookup_runs(conn: sqlite3.Connection) -> list[Run]:
    """Every lookup shape of LOOKUPS, OTHER, SPANS, PAGES and both sorts on `conn`."""
    from icli.choices import NEWEST, OLDEST
    from icli.store import queries

    def names(kind: str, values: tuple[str, ...]) -> Answer:
        ids = queries.entity_ids(conn, kind, values)
        rows = conn.execute("SELECT id, name, code FROM entities WHERE id IN (SELECT value FROM "
                            "json_each(?))", (json.dumps(ids),)).fetchall()
        if kind == "person":
            return lambda a: any(p["person"]["id"] in ids for p in a["persons"])
        if kind == "country":
            return lambda a: any(c["code"] in {r[2] for r in rows} for c in a["countries"])
        return lambda a: any(p["name"] in {r[1] for r in rows} for p in a["partners"])

    def both(mine: Answer, theirs: Answer) -> Answer:
        return lambda a: mine(a) and theirs(a)

    def listed(filters: queries.Filters, sort: str) -> Callable[[], Any]:
        return lambda: queries.list_articles(conn, filters, sort)

    def named(ids: list[int], filters: queries.Filters, sort: str) -> Callable[[], Any]:
        return lambda: queries.entity_articles(conn, ids, filters, sort)

    runs: list[Run] = []
    for kind, values in LOOKUPS:
        other_kind, other_values = OTHER[kind]
        mine, theirs = names(kind, values), names(other_kind, other_values)
        ids = queries.entity_ids(conn, kind, values)
        for span in SPANS:
            for page in PAGES:
                for sort in (NEWEST, OLDEST):
                    alone = queries.Filters(**{kind: values}, **span, **page)
                    other = queries.Filters(**{other_kind: other_values}, **span, **page)
                    label, shape = f"{kind} {values} {span} {page} {sort}", {**span, **page}
                    plain = queries.Filters(**span, **page)
                    runs += [
                        (f"list {label}", listed(alone, sort), mine, sort, shape),
                        (f"list +{other_kind} {label}",
                         listed(alone._replace(**{other_kind: other_values}), sort),
                         both(mine, theirs), sort, shape),
                        (f"who {label}", named(ids, plain, sort), mine, sort, shape),
                        (f"who +{other_kind} {label}", named(ids, other, sort),
                         both(mine, theirs), sort, shape),
                    ]
    return runs


def test_every_lookup_reads_its_rows_from_an_index_in_order(loaded_db: Path) -> None:
    """list --person/--country/--partner, who/country/partner, their combinations, with dates,
    either order and a limit: the statement that reads the articles walks one entity's range
    of an index on mentions in the order asked (idx_mentions_entity_date newest first,
    idx_mentions_entity_oldest oldest first): no scan, no sort, so a limit stops it."""
    from icli.choices import NEWEST

    conn = open_for_reading(loaded_db)
    for label, run, _, sort, _ in _lookup_runs(conn):
        [main] = [sql for sql in _statements(conn, lambda: list(run()))
                  if "FROM mentions m JOIN articles a" in sql]
        plan = _plan(conn, main)
        index = "idx_mentions_entity_date" if sort == NEWEST else "idx_mentions_entity_oldest"
        assert f"SEARCH m USING COVERING INDEX {index} (entity_id=?" in plan, (label, plan)
        assert "TEMP B-TREE" not in plan, (label, plan)
        assert "SCAN" not in plan.replace("SCAN json_each VIRTUAL TABLE", ""), (label, plan)
    conn.close()


@pytest.mark.parametrize("arms", [64, 1])
def test_every_lookup_gives_the_articles_and_order_of_its_definition(
        loaded_db: Path, arms: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same lookups give the articles whose objects name the entities, in the order asked
    (newest first, undated last, ties by id; or oldest first), the page asked, and count them;
    also when the entities are more than MAX_ARMS (one index range, sorted)."""
    from icli.choices import NEWEST
    from icli.store import queries

    monkeypatch.setattr(queries, "MAX_ARMS", arms)
    conn = open_for_reading(loaded_db)
    everything = list(queries.list_articles(conn, queries.Filters(limit=0)))
    runs, answered = _lookup_runs(conn), 0
    for label, run, answers, sort, page in runs:
        expected = [a for a in everything if answers(a)
                    and (not page.get("since") or (a["date"] or "") >= page["since"])
                    and (not page.get("until") or a["date"] is not None and a["date"] <= page["until"])]
        expected.sort(key=lambda a: a["id"])
        if sort == NEWEST:
            expected.sort(key=lambda a: a["date"] or "", reverse=True)
            expected.sort(key=lambda a: a["date"] is None)
        else:
            expected.sort(key=lambda a: (a["date"] is None, a["date"] or ""))
        start = page.get("offset", 0)
        shown = expected[start:start + page["limit"]] if page["limit"] else expected
        assert [a["id"] for a in run()] == [a["id"] for a in shown], label
        answered += bool(shown)
    assert answered > len(runs) // 2  # the samples answer most of them
    conn.close()


def test_stored_entity_counts_follow_changes(cli: Cli, tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text("ICESCO Meets Omani Delegation In Rabat\nDr. Amal Haddad, Head of the "
                     "Omani delegation, met ICESCO on 3 May 2024.\n", encoding="utf-8")
    cli.json("ingest", str(first))
    assert [(p["name"], p["articles"]) for p in cli.json("people")] == [("Amal Haddad", 1)]
    first.write_text("ICESCO Meets Omani Delegation In Rabat\nThe Omani delegation met ICESCO "
                     "on 3 May 2024 to discuss the work of Dr. Amal Haddad and of many others.\n",
                     encoding="utf-8")
    cli.json("ingest", str(first))
    assert [(p["name"], p["articles"]) for p in cli.json("people")] == [("Amal Haddad", 1)]
    first.write_text("ICESCO Meets Omani Delegation In Rabat\nThe Omani delegation met ICESCO "
                     "on 3 May 2024 and discussed a long list of future projects together.\n",
                     encoding="utf-8")
    cli.json("ingest", str(first))
    assert cli.json("people") == []
    assert [c["articles"] for c in cli.json("countries")] == [1]


def test_stored_entity_counts_equal_a_full_recount(cli: Cli, dumps: Path, tmp_path: Path) -> None:
    cli.json("ingest", str(dumps))
    edited = sorted(dumps.glob("*.txt"))[1]
    edited.write_text(edited.read_text().replace("Dr. AlMalik", "the Director-General"))
    overlap = tmp_path / "overlap.txt"
    overlap.write_text(sorted(dumps.glob("*.txt"))[2].read_text()[:6000])
    cli.json("ingest", str(dumps), str(overlap))
    _assert_counts_match_a_recount(cli.db)


@pytest.mark.slow
def test_stored_entity_counts_after_a_many_batch_ingest(tmp_path: Path, corpus: Path) -> None:
    assert Batches(sqlite3.connect(":memory:")).max_articles < 3000  # several batches
    db = tmp_path / "c.db"
    conn = open_for_writing(db)
    assert ingest(conn, [str(corpus)]).articles_new == 3000
    conn.close()
    _assert_counts_match_a_recount(db)


def _assert_counts_match_a_recount(db: Path) -> None:
    """Stored entity counts and dates equal a recount; the FTS index matches the articles."""
    conn = sqlite3.connect(db)
    stale = conn.execute(
        "SELECT COUNT(*) FROM entities e WHERE articles != (SELECT COUNT(*) FROM mentions m "
        "WHERE m.entity_id = e.id) OR first_date IS NOT (SELECT MIN(a.date) FROM mentions m "
        "JOIN articles a ON a.id = m.article_id WHERE m.entity_id = e.id) OR last_date IS NOT "
        "(SELECT MAX(a.date) FROM mentions m JOIN articles a ON a.id = m.article_id "
        "WHERE m.entity_id = e.id)").fetchone()[0]
    assert stale == 0
    assert conn.execute("SELECT COUNT(*) FROM entities").fetchone()[0] > 10
    # the full-text index holds exactly the stored text (raises "database disk image is malformed")
    conn.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
    assert conn.execute("SELECT COUNT(*) FROM entity_dirty").fetchone()[0] == 0
    conn.close()


def test_batches_commit_when_full_when_due_and_when_asked(tmp_path: Path) -> None:
    from icli.text.parse import ParsedArticle

    conn = open_for_writing(tmp_path / "d.db")
    articles = [ParsedArticle(f"Article Number {n} Of The Day", body=["Text."]) for n in range(3)]
    batches = Batches(conn, max_articles=5, max_seconds=60)
    assert batches.time_left() is None  # nothing open
    batches.write("a.txt", "h1", articles, 1)
    left = batches.time_left()
    assert conn.in_transaction and left is not None and 0 < left <= 60
    batches.write("b.txt", "h2", [ParsedArticle("Another Title For The Day", body=["T."])] * 3, 1)
    assert not conn.in_transaction  # 6 articles: full
    batches.write("c.txt", "h3", articles[:1], 1)
    batches.commit()
    assert not conn.in_transaction and batches.time_left() is None
    Batches(conn, max_seconds=0).write("d.txt", "h4", articles[1:2], 1)
    assert not conn.in_transaction  # due at once
    assert conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == 4


def test_a_new_archive_has_large_pages_and_an_old_one_keeps_its_own(tmp_path: Path) -> None:
    from icli.store.connection import PAGE_BYTES, WAL_CHECKPOINT_BYTES

    new = open_for_writing(tmp_path / "new.db")
    assert new.execute("PRAGMA page_size").fetchone()[0] == PAGE_BYTES
    new.close()
    old = sqlite3.connect(tmp_path / "old.db")
    old.execute("PRAGMA page_size = 4096")
    old.execute("CREATE TABLE icli_meta (key TEXT PRIMARY KEY, value TEXT)")
    old.close()
    conn = open_for_writing(tmp_path / "old.db")  # migrated in place, pages as they were
    assert conn.execute("PRAGMA page_size").fetchone()[0] == 4096
    assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_CHECKPOINT_BYTES // 4096
    conn.close()


# Pages written for the incremental links: each run below adds what can change links stored
# by an earlier run.
LINK_RUNS = [
    {"a.txt": "Director-General Inaugurates A School In Dakar\n"
              "The Director-General inaugurated a vocational school in Dakar on 3 June 2021.\n\n"
              "Archive Visit In Fez\n"
              "Mr. Haddad visited the city archive in Fez on 5 June 2021 with two students.\n\n"
              "Director-General Visits A Museum In Dakar\n"
              "The Director-General visited a museum in Dakar on 4 May 2017.\n"},
    # the holder in 2021 and the surname's owner named in full only now
    {"b.txt": "Conference On Literacy Opens In Rabat\n"
              "Dr. Omar Haddad, Minister of Culture of Jordan, and Dr. Salim M. AlMalik, "
              "Director-General of ICESCO, opened a literacy conference in Rabat on 1 June 2021.\n"},
    # a second Haddad named in full: the surname alone names neither any more; the holder in
    # 2017 named (in 2018): the role alone of 2017 is his
    {"c.txt": "Teachers Meet In Amman\n"
              "Ms. Leila Haddad, Minister of Education of Jordan, met teachers in Amman on "
              "9 June 2021. The Director-General sent them a message.\n\n"
              "Former Head Lectures In Tunis\n"
              "Dr. Abdulaziz Othman Altwaijri, Director-General of ISESCO, lectured in Tunis on "
              "2 June 2018.\n"},
    # the article naming Leila Haddad rewritten without her: Haddad alone is Omar again
    {"c.txt": "Teachers Meet In Amman\n"
              "Teachers met in Amman on 9 June 2021 to discuss the new curriculum. The "
              "Director-General sent them a message.\n\n"
              "Former Head Lectures In Tunis\n"
              "Dr. Abdulaziz Othman Altwaijri, Director-General of ISESCO, lectured in Tunis on "
              "2 June 2018.\n"},
]


def _links_and_counts(db: Path) -> tuple[dict, dict]:
    from icli.store.queries import Filters, list_articles

    conn = open_for_reading(db)
    try:
        articles = {a["title"]: (a["persons"], a["countries"], a["partners"])
                    for a in list_articles(conn, Filters(limit=None))}
        counts = {row[0]: tuple(row[1:]) for row in conn.execute(
            "SELECT kind || ':' || key, name, articles, first_date, last_date FROM entities")}
        return articles, counts
    finally:
        conn.close()


def test_links_made_for_one_run_s_changes_equal_links_made_anew(tmp_path: Path) -> None:
    """Each run links only what it changed (no statement relinks every mention); the links and
    counts are then those a relinking of everything gives."""
    from icli.store.links import LINKS, finish

    db = tmp_path / "archive.db"
    for number, files in enumerate(LINK_RUNS):
        paths = []
        for name, text in files.items():
            (tmp_path / name).write_text(text, encoding="utf-8")
            paths.append(str(tmp_path / name))
        conn = open_for_writing(db)
        statements: list[str] = []
        conn.set_trace_callback(lambda sql: statements.append(" ".join(sql.split())))
        assert not ingest(conn, paths, workers=0).failed
        conn.close()
        assert "DELETE FROM mentions WHERE link = 'role'" not in statements  # not _link
        incremental = _links_and_counts(db)
        conn = open_for_writing(db)
        conn.execute("INSERT INTO icli_meta (key, value) VALUES (?, 'pending')", (LINKS,))
        conn.execute("INSERT INTO entity_dirty SELECT id FROM entities")
        statements.clear()
        conn.set_trace_callback(lambda sql: statements.append(" ".join(sql.split())))
        finish(conn)  # everything linked and counted anew
        conn.close()
        assert "DELETE FROM mentions WHERE link = 'role'" in statements
        assert _links_and_counts(db) == incremental, f"after run {number + 1}"
        people = {title: [(p["person"]["name"], p.get("inferred", False)) for p in found[0]]
                  for title, found in incremental[0].items()}
        school, museum = (people["Director-General Inaugurates A School In Dakar"],
                          people["Director-General Visits A Museum In Dakar"])
        if number == 0:  # no holder named yet
            assert school == museum == [] and people["Archive Visit In Fez"] == [("Haddad", False)]
        if number == 1:
            assert school == [("Salim M. AlMalik", True)] and museum == []  # 2017: not his term
            assert people["Archive Visit In Fez"] == [("Omar Haddad", False)]
        if number == 2:
            assert people["Archive Visit In Fez"] == [("Haddad", False)]
            assert school == [("Salim M. AlMalik", True)]
            assert museum == [("Abdulaziz Othman Altwaijri", True)]
        if number == 3:
            assert people["Archive Visit In Fez"] == [("Omar Haddad", False)]


def test_articles_are_found_by_key_hash_and_compared_by_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same title however spelled is one article; different titles are two even when
    their keys' hashes are equal (every hash forced to one value here)."""
    import icli.store.articles

    dumps = tmp_path / "dumps"
    dumps.mkdir()
    page = ("{}\nThe delegation visited the national library in Rabat on 3 June 2021.\n\n"
            "Water Forum Opens In Baku\nThe forum on water security opened in Baku on "
            "4 June 2021.\n")
    (dumps / "a.txt").write_text(page.format("Literacy Week Ends In Dakar"), encoding="utf-8")
    (dumps / "b.txt").write_text(page.format("LITERACY WEEK ENDS, IN DAKAR!"), encoding="utf-8")
    conn = open_for_writing(tmp_path / "hash.db")
    statements: list[str] = []
    conn.set_trace_callback(lambda sql: statements.append(" ".join(sql.split())))
    ingest(conn, [str(dumps)])
    conn.set_trace_callback(None)
    rows = {key: (key_hash, sources) for key, key_hash, sources in conn.execute(
        "SELECT key, key_hash, (SELECT COUNT(*) FROM article_sources WHERE article_id = id) "
        "FROM articles")}
    assert rows == {"literacy week ends in dakar": (icli.store.articles.article_key_hash(
                        "literacy week ends in dakar"), 2),
                    "water forum opens in baku": (-9113711071204177008, 2)}  # a stored format
    lookups = [statement for statement in statements if "WHERE key_hash = " in statement]
    assert len(lookups) == 4
    for lookup in lookups:
        plan = " ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + lookup))
        assert "SEARCH articles USING INDEX idx_articles_key_hash (key_hash=?)" in plan
    conn.close()

    monkeypatch.setattr(icli.store.articles, "article_key_hash", lambda key: 7)
    conn = open_for_writing(tmp_path / "collide.db")
    ingest(conn, [str(dumps)])
    assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT key), MIN(key_hash), MAX(key_hash) "
                        "FROM articles").fetchone() == (2, 2, 7, 7)
    conn.close()


def test_linking_anew_reads_articles_by_language_and_date(tmp_path: Path) -> None:
    """A full relink (as after a large first ingest) finds French and Arabic mentions through
    the language index and English ones within days of them through the date index, not by
    reading every person's mentions; no statement it runs reads the whole mentions or articles
    table."""
    from icli.store import links

    conn = open_for_writing(tmp_path / "links.db")
    ingest(conn, [str(DUMPS), str(FIXTURES / "entities")])
    conn.execute("INSERT OR REPLACE INTO icli_meta VALUES (?, 'pending')", (links.LINKS,))
    conn.execute("INSERT OR IGNORE INTO entity_dirty SELECT id FROM entities")
    statements: list[str] = []
    conn.set_trace_callback(lambda sql: statements.append(" ".join(sql.split())))
    links.finish(conn)
    conn.set_trace_callback(None)
    plans = {statement: [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + statement)]
             for statement in statements if statement.lstrip().upper().startswith(
                 ("SELECT", "UPDATE", "DELETE", "INSERT", "WITH"))}
    by_language = [plan for statement, plan in plans.items() if "a.language < 'en'" in statement]
    by_date = [plan for statement, plan in plans.items() if "+a.language = 'en'" in statement]
    assert by_language and by_date  # the fixtures have French and Arabic officials
    assert all("SEARCH a USING INDEX idx_articles_language" in " ".join(plan)
               and "idx_mentions_entity_date" not in " ".join(plan) for plan in by_language)
    assert all(plan[0].startswith("SEARCH a USING INDEX idx_articles_date") for plan in by_date)
    full_scans = [(statement, line) for statement, plan in plans.items() for line in plan
                  if line in ("SCAN m", "SCAN mentions", "SCAN a", "SCAN articles")]
    assert full_scans == []
    conn.close()


def test_step_names_are_a_stored_format() -> None:
    """Archives record the steps applied by name: a renamed step makes every existing archive
    look migrated by a newer icli. The names, as archives hold them."""
    assert STEP_NAMES[:17] == [
        "m001_articles", "m002_entities", "m003_entity_counts", "m004_writer_indexes_articles",
        "m005_fts_hashsize", "m006_links", "m007_language_search", "m008_entity_date_index",
        "m009_article_key_hash", "m010_versions", "m011_entity_words", "m012_mention_rules",
        "m013_browse_view", "m014_mention_names", "m015_entity_oldest_index",
        "m016_mention_offices", "m017_country_aliases_again"]


def test_roles_stored_before_offices_are_their_own_offices(tmp_path: Path) -> None:
    """m016_mention_offices on an archive whose roles were stored in one spelling (before
    roles were kept as written): each role is its mention's office, the unread partial index
    on ICESCO's top role goes, and lookups answer as before."""
    db = tmp_path / "before.db"
    Cli(db).json("ingest", str(DUMPS))
    before = Cli(db).json("who", "AlMalik", "--limit", "0")
    conn = sqlite3.connect(db, isolation_level=None)  # back to the schema before the step
    conn.execute("ALTER TABLE mentions DROP COLUMN office")
    conn.execute("CREATE INDEX idx_mentions_head ON mentions (entity_id) "
                 "WHERE role IN ('Director-General of ICESCO', 'Director-General of ISESCO')")
    conn.execute(f"DELETE FROM {MIGRATIONS_TABLE} WHERE name = 'm016_mention_offices'")
    roles = conn.execute("SELECT rowid, role FROM mentions WHERE role IS NOT NULL").fetchall()
    conn.close()
    assert roles
    with pytest.raises(StoreError, match=UPGRADE_HINT):
        open_for_reading(db)
    assert "m016_mention_offices" in Cli(db)("migrate").stdout
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT rowid, office FROM mentions WHERE office IS NOT NULL").fetchall() == roles
    assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'idx_mentions_head'").fetchone() is None
    conn.close()
    assert Cli(db).json("who", "AlMalik", "--limit", "0") == before
