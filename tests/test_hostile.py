"""Hostile content and failing disks: text that tries to control a terminal or a spreadsheet,
input that tries to exhaust the machine, and faults of the file system (issue 14)."""

from __future__ import annotations

import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DUMPS, ROOT, Cli, interrupt_ingest_at

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


# --- hostile text ---------------------------------------------------------------------------

ESC, BEL, CSI8, RLO = "\x1b", "\x07", "\x9b", "\u202e"
CLIPBOARD = f"{ESC}]52;c;cm0gLXJmIH4={BEL}"  # OSC 52: write the clipboard
CLEAR = f"{ESC}[2J"
HOSTILE = (
    f"Regional Forum {CLIPBOARD} on Water Heritage {CLEAR}{RLO} Opens in Rabat\n\n"
    f"Dr. Karim {ESC}]8;;http://evil.example{ESC}\\Bennani{CSI8}, Director of the Water Office, "
    f"met Dr. Nadia{RLO} Haddad [bold red]loud[/bold red] :warning: at the University of "
    f"Desert{ESC}[0m Studies in Rabat on 3 May 2024.\n\n"
    "=HYPERLINK(\"http://x.example\",\"click\") was typed in the minutes, and +1 and @SUM(A1).\n\n"
    "-2+3 was the last line of the minutes.\n"
)
HOSTILE_FILE = f"minutes{CLEAR}{RLO}.txt"
RAW = (ESC, BEL, CSI8, RLO, "\r")


@pytest.fixture
def hostile_cli(tmp_path: Path) -> Cli:
    (tmp_path / HOSTILE_FILE).write_text(HOSTILE, encoding="utf-8")
    cli = Cli(tmp_path / "hostile.db")
    result = cli("ingest", str(tmp_path / HOSTILE_FILE), "--json")
    assert result.exit_code == 0, result.stderr
    return cli


def assert_inert(text: str) -> None:
    for raw in RAW:
        assert raw not in text, repr(text)


@pytest.mark.parametrize("args", [
    ["list"], ["show", "1"], ["search", "heritage"], ["people"], ["partners"], ["who", "Haddad"],
    ["summary"], ["network"],
])
def test_terminal_escapes_never_reach_a_terminal(hostile_cli: Cli, args: list[str]) -> None:
    result = hostile_cli(*args, terminal=True)
    assert result.exit_code == 0, result.stderr
    assert_inert(result.stdout + result.stderr)
    shown = " ".join(result.stdout.split())
    if args[0] in ("list", "show", "search"):  # the title, its escapes visible
        assert "\\x1b]52;c;" in shown and "\\x1b[2J\\u202e" in shown
    if args[0] == "show":
        lines = result.stdout.splitlines()
        at = next(i for i, line in enumerate(lines) if line.startswith("Sources:"))
        sources = "".join(line.strip() for line in lines[at:at + 3])  # a long path folds
        assert "/minutes\\x1b[2J\\u202e.txt" in sources, sources
        assert "Dr. Nadia\\u202e Haddad [bold red]loud[/bold red] :warning:" in shown
    if args[0] == "people":
        assert "Nadia\\u202e Haddad" in shown


def test_json_keeps_hostile_text_exact(hostile_cli: Cli) -> None:
    result = hostile_cli("show", "1", "--json")
    assert_inert(result.stdout)  # escaped as \u001b, \u009b, \u202e: inert, and exact once parsed
    article = json.loads(result.stdout)
    assert article["title"] == f"Regional Forum {CLIPBOARD} on Water Heritage {CLEAR}{RLO} Opens in Rabat"
    assert article["source"].endswith(HOSTILE_FILE)
    assert f"Nadia{RLO} Haddad" in [p["name"] for p in article["persons"]]


def test_stderr_messages_escape_names_and_text(hostile_cli: Cli, tmp_path: Path) -> None:
    result = hostile_cli("who", f"Nobody{CLEAR}\nSecond line")
    assert result.stderr == "icli: no person matches 'Nobody\\x1b[2J\\nSecond line'; see `icli people`\n"
    bad = tmp_path / f"broken{ESC}]52;c;eA=={BEL}.txt"
    bad.write_bytes(b"")
    result = hostile_cli("ingest", str(bad))
    assert result.exit_code == 1
    assert result.stderr == f"icli: error: {bad.parent}/broken\\x1b]52;c;eA==\\x07.txt: empty file\n"


def test_terminal_escapes_through_a_real_pty(hostile_cli: Cli) -> None:
    """icli on a pseudo-terminal (util-linux `script`), as a user sees it."""
    command = (f"{sys.executable} -m icli --db {hostile_cli.db} list; "
               f"{sys.executable} -m icli --db {hostile_cli.db} show 1")
    result = subprocess.run(["script", "-qec", command, "/dev/null"], capture_output=True,
                            cwd=ROOT, env={**os.environ, "NO_COLOR": "1", "COLUMNS": "100"},
                            timeout=60)
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "\\x1b]52;c;" in out and "Sources: " in out
    assert_inert(out.replace("\r\n", "\n"))


def test_csv_cells_cannot_run_as_formulas(hostile_cli: Cli) -> None:
    import csv
    import io

    for args, delimiter in ((["list", "--csv"], ","), (["list", "--tsv"], "\t"),
                            (["export", "--format", "csv"], ",")):
        result = hostile_cli(*args, "--fields", "id,body")
        [row] = list(csv.DictReader(io.StringIO(result.stdout), delimiter=delimiter))
        assert row["id"] == "1"
        paragraphs = row["body"].split("\n\n") if delimiter == "," else [row["body"]]
        assert paragraphs[0].startswith("Dr. Karim")
        assert not row["body"].startswith(("=", "+", "-", "@"))
    result = hostile_cli("show", "1", "--json")
    body = json.loads(result.stdout)["body"]
    assert body[1].startswith("=HYPERLINK") and body[2] == "-2+3 was the last line of the minutes."
    rows = [{"cell": text} for text in ("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "plain", "a=b", -1)]
    out = io.StringIO()
    from icli.cli.writers import write_csv

    write_csv(rows + [{"cell": "\rx"}], out)
    assert [r["cell"] for r in csv.DictReader(io.StringIO(out.getvalue(), newline=""))] == [
        "'=1+2", "'+1", "'-1", "'@SUM(A1)", "'\tx", "plain", "a=b", "-1", "'\nx"]


def test_graphml_is_well_formed_whatever_the_names(hostile_cli: Cli, tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    result = hostile_cli("network", "--format", "graphml")
    assert result.exit_code == 0
    root = ET.fromstring(result.stdout)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    names = {d.text or "" for d in root.iterfind(".//g:node/g:data[@key='name']", ns)}
    assert "Nadia\\u202e Haddad" in names  # a bidi override XML allows is escaped like ESC
    assert any(name.startswith("Karim") and "\x1b" not in name for name in names), names


# --- Unicode ----------------------------------------------------------------------------------


def test_separators_do_not_split_lines_and_compatibility_forms_are_searchable(cli: Cli, tmp_path: Path) -> None:
    text = ("Ｗｏｒｋｓｈｏｐ on Water Heritage Opens in Rabat\n\n"
            "Experts from the region met in Rabat on 3 May 2024\u2028to discuss the ﬁnance of"
            "\x85water heritage sites, and the\u2029report was shared at 10\u00b2 venues.\n")
    (tmp_path / "forms.txt").write_text(text, encoding="utf-8")
    assert cli.json("ingest", str(tmp_path / "forms.txt"))["articles_new"] == 1
    [article] = cli.json("list")
    assert article["title"] == "Workshop on Water Heritage Opens in Rabat"
    assert article["body"] == ["Experts from the region met in Rabat on 3 May 2024 to discuss the "
                               "finance of water heritage sites, and the report was shared at "
                               "10\u00b2 venues."]  # a superscript keeps its meaning
    for query in ("workshop", "finance", "Ｗｏｒｋｓｈｏｐ", "ﬁnance", "title:Ｗｏｒｋ*"):
        assert [a["id"] for a in cli.json("search", query)] == [article["id"]], query


# --- runaway input ----------------------------------------------------------------------------

PARAGRAPHS = {  # paragraphs that made entity extraction quadratic in their length
    "one head noun repeated": lambda n: "University " * n,
    "distinct organizations": lambda n: "".join(f"University of Placename{i} " for i in range(n)),
    "acronym definitions": lambda n: "".join(f"Alpha Beta Council{i} (ABC{i}) " for i in range(n)),
    "honorifics": lambda n: "".join(f"Dr. Firstname{i} Lastname{i} " for i in range(n)),
    "names with roles": lambda n: "".join(f"Karim Name{i}, Minister of Things " for i in range(n)),
}
# The same in Arabic, each word made distinct with a letter-number suffix.
_AR_DIGITS = str.maketrans("0123456789", "ابتثجحخدذر")
PARAGRAPHS_AR = {
    "one head noun repeated (ar)": lambda n: "اللجنة الوطنية للتربية " * (n // 3),
    "bodies and roles (ar)": lambda n: "".join(
        f"وزير التربية الوطنية سعيد أمز{str(i).translate(_AR_DIGITS)}، رئيس اللجنة الوطنية "
        f"المغربية لرعاية المواهب بجامعة الرباط " for i in range(n // 12)),
    "honorifics and bodies (ar)": lambda n: "".join(
        f"الدكتور كمال {str(i).translate(_AR_DIGITS)} علي، سفير جمهورية مالي لدى مؤسسة "
        f"كوريا-آسيا للتبادل و" for i in range(n // 13)),
}


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(PARAGRAPHS) + list(PARAGRAPHS_AR))
def test_entity_extraction_is_linear_in_the_paragraph(shape: str) -> None:
    import time

    from icli.extract.article import extract
    from icli.extract.partners_en import MAX_NAME_TOKENS
    from icli.text.parse import ParsedArticle

    def seconds(words: int) -> float:
        if shape in PARAGRAPHS_AR:
            article = ParsedArticle("اجتماع إقليمي في الرباط", body=[PARAGRAPHS_AR[shape](words)],
                                    language="ar")
        else:
            article = ParsedArticle("Regional Meeting Held in Rabat",
                                    body=[PARAGRAPHS[shape](words)])
        best = float("inf")
        for _ in range(3):  # CPU time, the least of three: other processes barely move it
            start = time.process_time()
            mentions = extract(article)
            best = min(best, time.process_time() - start)
        longest = max((len(m.name.split()) for m in mentions), default=0)
        assert longest <= 2 * MAX_NAME_TOKENS + 1
        return best

    small, large = seconds(1500), seconds(6000)
    # four times the text: about four times the time when linear, sixteen when quadratic
    assert large / small < 8, (small, large)


class Endless(io.BytesIO):
    """A standard input that never ends (`yes |`), counting what was read from it."""

    def __init__(self) -> None:
        self.read_bytes = 0

    def read(self, size: int | None = -1) -> bytes:
        assert size is not None and size > 0, "read to the end of an endless stream"
        self.read_bytes += size
        return b"Endless Line of Text Here\n" * (size // 26) or b"y"


def test_stdin_is_read_with_the_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import tracemalloc

    from icli.cli.main import main
    from icli.cli.request import Env
    from icli.store import ingest as ingest_module

    monkeypatch.setattr(ingest_module, "MAX_FILE_BYTES", 4 * 2**20)
    stdin, stdout, stderr = Endless(), io.StringIO(), io.StringIO()
    env = Env(stdin=stdin, stdout=stdout, stderr=stderr, stdout_isatty=False, stderr_isatty=False)
    tracemalloc.start()
    code = main(["--db", str(tmp_path / "a.db"), "ingest", "-", "--json"], env)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert code == 1
    assert stderr.getvalue() == "icli: error: <stdin>: larger than 4 MB\n"
    assert json.loads(stdout.getvalue())["failed"] == [{"path": "<stdin>", "error": "larger than 4 MB"}]
    assert stdin.read_bytes <= 5 * 2**20  # stopped one chunk past the cap
    assert peak < 3 * 4 * 2**20


@pytest.mark.slow  # a signal 1 s after start: a loaded machine may not have begun the ingest
def _wait_until_reading_a_pipe(pid: int) -> None:
    """Wait until the process waits for more from its stdin pipe (Linux shows where a process
    sleeps in /proc/PID/wchan; elsewhere, one second), so that a slow start-up on a loaded
    machine never gets the signal instead of the reading."""
    import time

    wchan = Path(f"/proc/{pid}/wchan")
    if not wchan.exists():
        time.sleep(1.0)
        return
    deadline = time.monotonic() + 30
    while "pipe" not in wchan.read_text() and time.monotonic() < deadline:
        time.sleep(0.05)


@pytest.mark.slow  # sends Ctrl-C: run in the one-process suite (docs/testing.md)
def test_ctrl_c_stops_reading_stdin_at_once(tmp_path: Path) -> None:
    import signal
    import time

    process = subprocess.Popen([sys.executable, "-m", "icli", "--db", str(tmp_path / "a.db"),
                                "ingest", "-"], stdin=subprocess.PIPE, stderr=subprocess.PIPE,
                               stdout=subprocess.PIPE, cwd=ROOT)
    assert process.stdin is not None
    process.stdin.write(SAMPLE_TEXT.encode())  # and more may come: the pipe stays open
    process.stdin.flush()
    _wait_until_reading_a_pipe(process.pid)
    process.send_signal(signal.SIGINT)
    start = time.monotonic()
    _, stderr = process.communicate(timeout=10)
    assert time.monotonic() - start < 5
    assert process.returncode == 130
    assert stderr.decode() == ("icli: interrupted: 0 file(s) read: 0 new, 0 updated, 0 unchanged "
                               "article(s); 0 failed; run the same command to finish\n")


def test_interrupted_ingest_says_what_it_kept(cli: Cli, dumps: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    interrupt_ingest_at(monkeypatch, 3)
    result = cli("ingest", str(dumps))
    assert result.exit_code == 130
    assert result.stderr == ("icli: interrupted: 2 file(s) read: 20 new, 0 updated, 0 unchanged "
                             "article(s); 0 failed; run the same command to finish\n")
    assert len(cli.json("list", "-n", "0")) == 20
    assert cli.json("ingest", str(dumps))["articles_new"] == 30


# --- searches that would take minutes ---------------------------------------------------------

HEAVY_QUERY = "NEAR(" + " ".join(f"{letter}*" for letter in "abcdefghilmnoprstuw" * 8) + ")"
# Uninterrupted, HEAVY_QUERY runs to the 10 s budget (fulltext.SEARCH_SECONDS) and far longer
# without it; stopped by a 0.2 s budget or a Ctrl-C at 0.2 s it ends well within this (which
# leaves room for the start-up of a process on a busy machine: the point is that it stops).
STOPPED_WITHIN = 5.0


@pytest.fixture(scope="module")
def thousands_db(loaded_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample archive with each article copied a hundred times (5050 articles)."""
    import shutil

    db = tmp_path_factory.mktemp("thousands") / "archive.db"
    shutil.copy(loaded_db, db)
    conn = sqlite3.connect(db)
    conn.execute(
        "INSERT INTO articles (key, title, subtitle, body, date, date_source, language, source, "
        "position, content_hash, extractor_version) SELECT key || '-' || n, title, subtitle, "
        "body, date, date_source, language, source, position, content_hash, extractor_version "
        "FROM articles, (WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c "
        "WHERE n < 100) SELECT n FROM c)")
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
    conn.commit()
    conn.close()
    return db


def test_a_search_too_heavy_for_its_time_budget_is_stopped(thousands_db: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from icli.store import fulltext

    monkeypatch.setattr(fulltext, "SEARCH_SECONDS", 0.2)
    start = time.monotonic()
    result = Cli(thousands_db)("search", HEAVY_QUERY)
    assert time.monotonic() - start < STOPPED_WITHIN
    assert result.exit_code == 2
    assert result.stderr == (f"icli: error: searching for {HEAVY_QUERY!r} took more than 0.2 s: "
                             "too many terms, prefixes or NEAR groups; make the query simpler\n")
    assert Cli(thousands_db).json("search", "Kazakhstan", "-n", "3")  # ordinary searches answer


# sqlite3 hands the Ctrl-C raised in the progress handler to sys.unraisablehook (pytest turns
# that into a warning) and interrupts the statement; what the user sees is asserted below.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_ctrl_c_stops_a_search_at_once(thousands_db: Path) -> None:
    import signal
    import time

    previous = signal.signal(signal.SIGALRM, signal.default_int_handler)  # as Ctrl-C does
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    start = time.monotonic()
    try:
        result = Cli(thousands_db)("search", HEAVY_QUERY)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert time.monotonic() - start < STOPPED_WITHIN
    assert result.exit_code == 130 and result.stderr == "icli: interrupted\n"


# --- faults of the file system ----------------------------------------------------------------


def test_a_file_name_that_is_not_utf8_fails_alone(cli: Cli, dumps: Path) -> None:
    bad = os.path.join(os.fsencode(dumps), b"caf\xe9 minutes.txt")
    with open(bad, "wb") as out:
        out.write(HOSTILE.encode())
    result = cli("ingest", str(dumps), "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["articles_new"] == 50
    expected = f"{os.path.relpath(dumps)}/caf\\xe9 minutes.txt" if str(dumps).startswith(os.getcwd()) \
        else f"{dumps}/caf\\xe9 minutes.txt"
    assert report["failed"] == [{"path": expected,
                                 "error": "the file name is not valid UTF-8; rename the file"}]
    assert result.stderr == f"icli: error: {expected}: the file name is not valid UTF-8; rename the file\n"


def test_a_read_only_database_file_is_queried_and_refuses_ingest(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    cli = Cli(db)
    cli.json("ingest", str(DUMPS))
    before = cli.json("list", "-n", "0")
    for leftover in ("archive.db-wal", "archive.db-shm"):  # as a copied or closed file has none
        (tmp_path / leftover).unlink(missing_ok=True)
    db.chmod(0o444)
    assert cli.json("list", "-n", "0") == before
    assert cli.json("search", "Kazakhstan")
    result = cli("ingest", str(SAMPLE))
    assert result.exit_code == 1
    assert result.stderr == (f"icli: error: {db}: the database file is read-only; ingest needs "
                             "to write to it (queries work)\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == [  # no -shm or -wal left
        "archive.db", "archive.db-icli-checked"]
    db.chmod(0o644)
    conn = sqlite3.connect(db, isolation_level=None)  # as if a step were still to apply
    conn.execute("DELETE FROM _sqlite_migrations WHERE rowid = (SELECT MAX(rowid) FROM "
                 "_sqlite_migrations)")
    conn.close()
    db.chmod(0o444)
    assert ("the schema is older than this icli's; run `icli migrate` (or `python -m icli "
            "migrate`) to upgrade it") in cli("list").stderr
    assert cli("ingest", str(SAMPLE)).stderr == (
        f"icli: error: {db}: the database file is read-only; ingest needs to write to it\n")


def test_a_database_in_a_read_only_directory_is_queried(tmp_path: Path) -> None:
    """The directory made immutable (chattr +i), which holds for root too: SQLite cannot
    create the -shm it reads a WAL database through."""
    folder = tmp_path / "archive"
    folder.mkdir()
    cli = Cli(folder / "archive.db")
    cli.json("ingest", str(DUMPS))
    before = cli.json("list", "-n", "0")
    for leftover in ("archive.db-wal", "archive.db-shm"):
        (folder / leftover).unlink(missing_ok=True)
    subprocess.run(["chattr", "+i", str(folder)], check=True)
    try:
        with pytest.raises(OSError):
            (folder / "probe").touch()  # the directory is read-only, for this process too
        assert cli.json("list", "-n", "0") == before
        assert cli.json("who", "AlMalik")
        result = cli("ingest", str(SAMPLE))
        assert result.exit_code == 1
        assert result.stderr == (f"icli: error: {folder / 'archive.db'}: the directory {folder} "
                                 "is read-only; ingest needs to create files beside the database "
                                 "(queries work)\n")
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    assert sorted(p.name for p in folder.iterdir()) == ["archive.db", "archive.db-icli-checked"]


def _limit_file_size(limit: int):
    """For a subprocess: files may grow to `limit` bytes; past it writes fail (EFBIG) rather
    than SIGXFSZ killing the process."""
    def apply() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.slow
def test_a_full_disk_keeps_what_was_committed(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    Cli(db).json("ingest", str(DUMPS))
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, "-m", "bench.corpus", str(corpus), "600"], check=True,
                   capture_output=True, cwd=ROOT)
    limit = db.stat().st_size + 300_000
    result = subprocess.run([sys.executable, "-m", "icli", "--db", str(db), "ingest", str(corpus),
                             "--json"], capture_output=True, text=True, cwd=ROOT,
                            preexec_fn=_limit_file_size(limit))
    assert result.returncode == 1
    assert result.stderr == (
        f"icli: error: {db}: cannot write (disk I/O error: the file size limit of {limit} bytes "
        "(ulimit -f) is reached); what was committed before is kept: make room and run the same "
        "command to finish\n")
    report = json.loads(result.stdout)  # the report is still printed: what was stored
    stored = len(Cli(db).json("list", "-n", "0"))
    assert stored == 50 + report["articles_new"]
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finished = Cli(db).json("ingest", str(corpus))  # room again: the same command finishes
    assert finished["articles_new"] + report["articles_new"] == 600 and finished["failed"] == []


@pytest.mark.parametrize("what", ["deleted", "replaced"])
def test_the_database_deleted_or_replaced_during_an_ingest_is_noticed(
        tmp_path: Path, dumps: Path, monkeypatch: pytest.MonkeyPatch, what: str) -> None:
    from icli.store import ingest as ingest_module
    from icli.store.articles import Batches

    db = tmp_path / "archive.db"
    other = tmp_path / "other.db"
    Cli(other).json("ingest", str(SAMPLE))
    monkeypatch.setattr(Batches.__init__, "__defaults__", (10, 60.0, None))  # a commit per file
    real, calls = ingest_module.prepare_dump, []

    def prepare(data: bytes):
        calls.append(1)
        if len(calls) == 3:  # two files committed, the third being written
            db.unlink() if what == "deleted" else os.replace(other, db)
        return real(data)

    monkeypatch.setattr(ingest_module, "prepare_dump", prepare)
    result = Cli(db)("ingest", str(dumps), "--json")
    assert result.exit_code == 1 and result.stdout == ""  # no report of rows stored nowhere
    assert result.stderr == (f"icli: error: {db}: the database file was {what} during the ingest; "
                             "what this ingest had not committed is not stored: run the same "
                             "command again\n")
    # the -wal and -shm of the file that is gone are removed: SQLite would read them as the
    # new file's, which stays as it was
    assert sorted(p.name for p in tmp_path.iterdir()) == (
        ["dumps", "other.db", "other.db-icli-checked"] if what == "deleted"
        else ["archive.db", "dumps", "other.db-icli-checked"])
    if what == "replaced":
        assert len(Cli(db).json("list", "-n", "0")) == 10
    assert Cli(db).json("ingest", str(dumps))["failed"] == []
    assert len(Cli(db).json("list", "-n", "0")) == 50


def test_a_writer_waiting_for_the_lock_says_so_and_gives_up(cli: Cli, dumps: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from icli.store import connection as store

    cli.json("ingest", str(SAMPLE))
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 2000)
    monkeypatch.setattr(store, "LOCK_NOTICE_MS", 300)
    holder = sqlite3.connect(cli.db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer, holding the lock
    try:
        start = time.monotonic()
        result = cli("ingest", str(dumps), "--json")
        waited = time.monotonic() - start
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1 and 1.8 < waited < 10
    assert result.stderr == (
        f"icli: {cli.db}: another process is writing to it; waiting up to 2 s for it to finish\n"
        f"icli: error: {cli.db}: still locked by another process after 2 s; run the same command "
        "again once it has finished\n")
    assert len(cli.json("list", "-n", "0")) == 10
    assert cli.json("ingest", str(dumps))["articles_new"] == 40  # the lock free, it goes on


def test_a_damaged_database_is_refused_before_ingest_writes(cli: Cli) -> None:
    import hashlib

    cli.json("ingest", str(DUMPS))
    conn = sqlite3.connect(cli.db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
    conn.close()
    with open(cli.db, "r+b") as damaged:  # random bytes over the articles table's root page
        damaged.seek((root - 1) * page_size)
        damaged.write(os.urandom(64))
    before = hashlib.sha256(cli.db.read_bytes()).hexdigest()
    new = cli.db.parent / "new.txt"
    new.write_text(HOSTILE, encoding="utf-8")
    result = cli("ingest", str(new))
    assert result.exit_code == 1
    assert re.fullmatch(
        rf"icli: error: {re.escape(str(cli.db))}: the database is damaged \(.+\); nothing was "
        r"written to it\. Move it aside and ingest the dumps again, or recover what it holds "
        rf"with `sqlite3 {re.escape(str(cli.db))} \.recover \| sqlite3 recovered\.db`\n",
        result.stderr), result.stderr
    assert hashlib.sha256(cli.db.read_bytes()).hexdigest() == before
    listed = cli("list")
    assert listed.exit_code == 1 and listed.stderr.startswith(f"icli: error: {cli.db}: ")


def _checks_in_ingest(db: Path, dump: Path) -> tuple[int, str]:
    """How many times an ingest of `dump` into `db` ran PRAGMA quick_check, and its error."""
    from icli.store.connection import StoreError, open_for_writing
    from icli.store.ingest import ingest

    conn = open_for_writing(db)
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        ingest(conn, [str(dump)], workers=0)
        error = ""
    except StoreError as refused:
        error = str(refused)
    finally:
        conn.close()
    return statements.count("PRAGMA quick_check"), error


def test_the_integrity_check_runs_only_when_something_else_changed_the_file(
        tmp_path: Path) -> None:
    """After its own ingest icli records the file's fingerprint; the next ingest skips
    quick_check while the file is as icli left it (queries in between), and runs it once
    another program wrote to it, even one that set the modification time back."""
    db = tmp_path / "archive.db"
    dumps = [tmp_path / f"dump{number}.txt" for number in range(5)]
    for number, dump in enumerate(dumps):
        dump.write_text(f"Workshop Number {number} On Heritage\nA workshop on heritage was held in "
                        f"Baku on {number + 1} May 2024 for young curators.\n", encoding="utf-8")
    assert _checks_in_ingest(db, dumps[0]) == (1, "")  # a new file: nothing recorded yet
    assert Cli(db).json("list", "-n", "0")  # a query leaves the file as it was
    assert _checks_in_ingest(db, dumps[1]) == (0, "")
    other = sqlite3.connect(db)  # another program writes through SQLite
    other.execute("INSERT INTO icli_meta (key, value) VALUES ('another tool', 'was here')")
    other.commit()
    other.close()
    assert _checks_in_ingest(db, dumps[2]) == (1, "")
    assert _checks_in_ingest(db, dumps[3]) == (0, "")
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
    conn.close()
    times = os.stat(db)
    with open(db, "r+b") as damaged:  # random bytes, the modification time set back after
        damaged.seek((root - 1) * page_size)
        damaged.write(os.urandom(64))
    os.utime(db, ns=(times.st_atime_ns, times.st_mtime_ns))
    checks, error = _checks_in_ingest(db, dumps[4])
    assert checks == 1 and "the database is damaged" in error


@pytest.mark.parametrize("removal", ["drop table", "sqlite-utils disable-fts"])
def test_the_fts_index_removed_by_another_tool_is_rebuilt_by_ingest(
        cli: Cli, removal: str, tmp_path: Path) -> None:
    fresh = Cli(tmp_path / "fresh.db")
    fresh.json("ingest", str(SAMPLE))
    cli.json("ingest", str(DUMPS))
    found = cli.json("search", "Kazakhstan")
    conn = sqlite3.connect(cli.db)
    if removal == "drop table":
        conn.execute("DROP TABLE articles_fts")
    else:
        from sqlite_utils import Database

        Database(conn).table("articles").disable_fts()
    conn.commit()
    conn.close()
    result = cli("search", "Kazakhstan")
    assert result.exit_code == 1
    assert result.stderr == (f"icli: error: {cli.db}: the full-text index is missing; `icli "
                             "ingest` rebuilds it (with any dump, even one already ingested)\n")
    assert cli.json("ingest", str(SAMPLE))["articles_unchanged"] == 10
    assert cli.json("search", "Kazakhstan") == found

    def triggers(db: Path) -> set[str]:
        return {row[0] for row in sqlite3.connect(db).execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}

    assert triggers(cli.db) == triggers(fresh.db)  # as the migration steps leave them


def test_a_dump_that_shrinks_removes_what_no_file_has_any_more(cli: Cli, tmp_path: Path) -> None:
    first, copy = tmp_path / "first.txt", tmp_path / "copy.txt"
    for dump in (first, copy):
        dump.write_text(SAMPLE_TEXT, encoding="utf-8")
    assert cli.json("ingest", str(first), str(copy))["articles_new"] == 10
    by_position = {a["position"]: a for a in cli.json("list", "-n", "0")}
    eighth, ninth = by_position[8], by_position[9]
    # the first file loses its last two articles: the copy still has them
    first.write_text(SAMPLE_TEXT[:SAMPLE_TEXT.index(eighth["title"])], encoding="utf-8")
    report = cli.json("ingest", str(first))
    assert report["articles_removed"] == 0 and report["articles_unchanged"] == 8
    kept = cli.json("show", str(ninth["id"]))
    assert kept["sources"] == [str(copy)] and kept["source"] == str(copy)
    # the copy loses the last one: no file has it any more
    copy.write_text(SAMPLE_TEXT[:SAMPLE_TEXT.index(ninth["title"])], encoding="utf-8")
    result = cli("ingest", str(copy), terminal=True)
    assert result.stdout == "1 file(s) read: 0 new, 0 updated, 9 unchanged, 1 removed article(s); 0 failed\n"
    remaining = cli.json("list", "-n", "0")
    assert len(remaining) == 9 and ninth["id"] not in {a["id"] for a in remaining}
    assert cli("show", str(ninth["id"])).exit_code == 1
    assert ninth["id"] not in {a["id"] for a in cli.json("search", f'"{ninth["title"]}"')}
    assert cli.json("show", str(eighth["id"]))["sources"] == [str(copy)]
    conn = sqlite3.connect(cli.db)
    for table in ("mentions", "article_sources", "head_mentions"):
        assert not conn.execute(f"SELECT 1 FROM {table} WHERE article_id = ?", (ninth["id"],)).fetchone()


@pytest.mark.parametrize("args", [
    ["list"], ["list", "--table"], ["show", "1", "2", "3", "--text"],
])
@pytest.mark.parametrize("buffering", ["", "PYTHONUNBUFFERED=1"])
def test_a_closed_pipe_exits_0_quietly_whatever_the_output(loaded_db: Path, args: list[str],
                                                          buffering: str) -> None:
    command = " ".join([sys.executable, "-m", "icli", "--db", str(loaded_db), *args])
    result = subprocess.run(["bash", "-c", f"set -o pipefail; {buffering} {command} | head -c 1 "
                             ">/dev/null"], capture_output=True, text=True, cwd=ROOT)
    assert (result.returncode, result.stderr) == (0, "")


def test_a_pipe_closed_before_any_output_exits_0_through_typer_too(loaded_db: Path) -> None:
    """`--` and flags the shortcut does not read go through Typer, whose Click turns a closed
    pipe into exit 1 unless icli answers first; `true` closes the pipe before icli writes."""
    command = " ".join([sys.executable, "-m", "icli", "--db", str(loaded_db), "search", "--",
                        "Kazakhstan"])
    result = subprocess.run(["bash", "-c", f"set -o pipefail; {command} | true"],
                            capture_output=True, text=True, cwd=ROOT)
    assert (result.returncode, result.stderr) == (0, "")


@pytest.mark.parametrize(("args", "name"), [
    (["search", os.fsdecode(b"caf\xe9")], "query"), (["who", os.fsdecode(b"\xffab")], "name"),
    (["list", "--person", os.fsdecode(b"\xe9")], "person"),
    (["ingest", "-", "--name", os.fsdecode(b"n\xff")], "name"),
])
def test_arguments_that_are_not_utf8_are_usage_errors(ro_cli: Cli, args: list[str], name: str) -> None:
    result = ro_cli(*args)
    assert result.exit_code == 2
    shown = os.fsencode(args[-1]).decode("utf-8", "backslashreplace")
    assert result.stderr == f"icli: error: {name}: not valid UTF-8: '{shown}'\n"


def test_a_db_path_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    db = os.path.join(os.fsdecode(tmp_path), os.fsdecode(b"archive\xff.db"))
    result = Cli(Path(db))("ingest", str(SAMPLE))
    assert result.exit_code == 2
    assert result.stderr == f"icli: error: db: not valid UTF-8: '{tmp_path}/archive\\xff.db'\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # as above
def test_ctrl_c_stops_any_statement_of_a_query_at_once(loaded_db: Path) -> None:
    """The read connection every query command uses, running a statement that would take
    minutes: Ctrl-C (here a timer's signal handled as Ctrl-C) stops it at once."""
    import signal
    import time

    from icli.cli.commands import reading
    from icli.cli.request import Env, Query

    slow = ("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) "
            "SELECT count(*) FROM c WHERE n < 1000000000")
    previous = signal.signal(signal.SIGALRM, signal.default_int_handler)
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    start = time.monotonic()
    try:
        with pytest.raises(KeyboardInterrupt), reading(Query("list", db=str(loaded_db)), Env()) as conn:
            conn.execute(slow).fetchall()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert time.monotonic() - start < STOPPED_WITHIN  # the count alone runs for minutes
