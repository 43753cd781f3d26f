"""Hostile text, queries and output streams (issue 26, items 6 and 8-11): what a dump's text
or a command line can hold never breaks a terminal, a query or a write."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pycountry
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
        # the escape shown, not obeyed (markdown escapes the "]" after it)
        assert ("\\x1b\\]52;c;" if "markdown" in args else "\\x1b]52;c;") in result.stdout


NAMED = ("Heritage Forum Held in Rabat\n\n"
         f"Dr. Samir Ou{ESC}azzani, Director of the Oasis Office, met Dr. Leila Ben{CSI8}jelloun "
         f"and Mr. Youssef Tah{ESC}[1miri in Rabat on 4 June 2024.\n\n"
         f"A code {OSC52} was typed into the minutes.\n")


@pytest.mark.parametrize("args", [
    ["list", "--csv", "--fields", "id,title,body"], ["list", "--tsv", "--fields", "id,body"],
    ["people", "--csv"], ["people", "--tsv"], ["export", "--format", "csv"],
    ["export", "--format", "markdown"], ["network", "--format", "graphml"],
])
def test_csv_markdown_and_graphml_to_a_file_carry_no_control_character(tmp_path: Path,
                                                                      args: list[str]) -> None:
    """Piped or written to a file (not a terminal), text from a dump is still escaped: a
    spreadsheet, a pager or `cat` of the file later never meets a raw ESC, C1 or BEL, and a
    name with an ESC inside is whole, the escape shown where it stood."""
    (tmp_path / "named.txt").write_text(NAMED, encoding="utf-8")
    cli = Cli(tmp_path / "named.db")
    assert cli("ingest", str(tmp_path / "named.txt")).exit_code == 0
    result = cli(*args)
    assert result.exit_code == 0, result.stderr
    assert_inert(result.stdout)
    if args[0] in ("people", "network"):  # a name is read as a terminal shows it: whole
        assert all(name in result.stdout for name in (
            "Samir Ouazzani", "Leila Benjelloun", "Youssef Tahiri")), result.stdout
    else:  # the text, its control characters shown where they stand
        assert "Ou\\x1bazzani" in result.stdout and "Ben\\x9bjelloun" in result.stdout
        # markdown escapes the "[" after it ("\\x1b" renders as written)
        assert ("Tah\\x1b\\[1miri" if "markdown" in args else "Tah\\x1b[1miri") in result.stdout
    if args[0] in ("list", "export") and "markdown" not in args:
        assert "\\x1b]52;c;" in result.stdout


def test_a_control_character_inside_a_name_does_not_cut_it(tmp_path: Path) -> None:
    """Extraction reads the text as a terminal shows it: a lone ESC, a C1 byte, a colour or a
    hyperlink's hidden address inside a name leave the name whole (the stored text keeps them)."""
    link = f"{ESC}]8;;http://example.org/bio{ESC}\\"
    (tmp_path / "linked.txt").write_text(
        NAMED + f"\n    Dr. Karim {link}Bennani{CSI8}, Director of the Water Office, closed the forum.\n",
        encoding="utf-8")
    cli = Cli(tmp_path / "linked.db")
    assert cli("ingest", str(tmp_path / "linked.txt")).exit_code == 0
    people = {p["name"]: p["roles"] for p in cli.json("people")}
    assert {"Samir Ouazzani", "Leila Benjelloun", "Youssef Tahiri", "Karim Bennani"} <= set(people)
    assert [r["role"] for r in people["Karim Bennani"]] == ["Director of the Water Office"]
    assert not any(name in people for name in ("Karim", "Samir Ou", "Leila Ben", "Youssef Tah"))
    [article] = cli.json("show", "1")["body"][-1:]
    assert link in article  # the stored text as the dump wrote it


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


# --- 10: queries ---------------------------------------------------------------------------


@pytest.mark.parametrize("query, words", [
    ("NOT Kazakhstan", "NOT at the start"),
    ("NOT", "NOT at the start"),
    ("Kazakhstan AND NOT Oman", "NOT after AND"),
    ("OR Kazakhstan", "OR at the start"),
    ("Kazakhstan AND", "AND at the end"),
    ("Kazakhstan OR OR Oman", "OR after OR"),
    ("NEAR(", "parentheses"),
    ("NEAR(Kazakhstan Oman", "parentheses"),
    ("(Kazakhstan OR Oman", "parentheses"),
    ("Kazakhstan OR Oman)", "parentheses"),
    ("(Kazakhstan", "do not match"),
    ("Kazakhstan)", "do not match"),
    (")Kazakhstan(", "do not match"),
    ("x'); DROP TABLE articles; --", "do not match"),
    ("Kazakhstan AND -Ambassador", "excludes a word"),
    ("Kazakhstan OR -Ambassador", "excludes a word"),
    ("tilte:Kazakhstan", "no column 'tilte'"),
    ("bodyy:Kazakhstan OR title:Oman", "no column 'bodyy'"),
    ("{title tilte}:Kazakhstan", "no column 'tilte'"),
    ("title:", "no term after it"),
    ("Kazakhstan body: ", "no term after it"),
])
def test_a_query_fts5_refuses_is_a_usage_error_never_another_question(ro_cli: Cli, query: str,
                                                                      words: str) -> None:
    result = ro_cli("search", query)
    assert result.exit_code == 2, (query, result.stdout)
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and words in result.stderr, result.stderr
    assert result.stderr.startswith("icli: error: ") and "fts5" not in result.stderr


def test_what_fts5_refuses_only_for_punctuation_is_searched_as_its_words(ro_cli: Cli) -> None:
    for query in ["Al-Malik", "d'Ivoire", "MoU:", "MoU: signed", "2026-01-15", "co-operation",
                  "ICESCO, UNESCO", "U.S.", "x'; DROP TABLE articles; --", "(Kazakhstan)",
                  '"unbalanced', "50%", "#1"]:
        result = ro_cli("search", query, "--json")
        assert result.exit_code == 0, (query, result.stderr)
        assert isinstance(json.loads(result.stdout), list)
    assert ro_cli.json("search", "Al-Malik")
    # what FTS5 accepts is asked as written: an operator between terms, a real column
    kazakhstan = {a["id"] for a in ro_cli.json("search", "Kazakhstan", "-n", "0")}
    titled = {a["id"] for a in ro_cli.json("search", "title:Kazakhstan", "-n", "0")}
    assert titled and titled < kazakhstan
    without = {a["id"] for a in ro_cli.json("search", "ICESCO NOT Kazakhstan", "-n", "0")}
    assert without and not without & kazakhstan
    # a leading "-" excludes the word, as NOT does; never the same as the word itself
    assert {a["id"] for a in ro_cli.json("search", "ICESCO -Kazakhstan", "-n", "0")} == without
    assert ro_cli.json("search", "Kazakhstan -ICESCO", "-n", "0") == ro_cli.json(
        "search", "Kazakhstan NOT ICESCO", "-n", "0")


@pytest.mark.slow
def test_any_number_of_filter_values_works(ro_cli: Cli) -> None:
    """Hundreds of values of one filter are one query, each value resolved: known ones answer
    together, and one that names nothing fails the whole command (never a silent drop)."""
    almalik = {a["id"] for a in ro_cli.json("list", "--person", "AlMalik", "-n", "0")}
    assert almalik
    people = [f"#{p['id']}" for p in ro_cli.json("people", "-n", "0")]
    many = [arg for i in range(300) for arg in ("--person", people[i % len(people)])]
    anyone = {a["id"] for a in ro_cli.json("list", *many, "-n", "0")}
    assert almalik <= anyone
    unknown = [arg for i in range(300) for arg in ("--person", f"Nobody{i}")]
    for command in (["list", "-n", "0"], ["search", "ICESCO"], ["people"], ["summary"],
                    ["network"]):
        assert ro_cli(*command, *many, "--json").exit_code == 0, command
        result = ro_cli(*command, *unknown, "--person", "AlMalik", "--json")
        assert result.exit_code == 1 and result.stdout == "", command
        assert result.stderr.startswith("icli: error: no person matches 'Nobody0'")
        assert len(result.stderr.splitlines()) == 1
    codes = [arg for country in pycountry.countries for arg in ("--country", country.alpha_3)]
    kaz = {a["id"] for a in ro_cli.json("country", "KAZ", "-n", "0")}
    assert kaz and kaz <= {a["id"] for a in ro_cli.json("list", *codes, "-n", "0")}
    partners = [arg for partner in ro_cli.json("partners", "-n", "0")
                for arg in ("--partner", f"#{partner['id']}")]
    assert len(partners) > 20
    assert ro_cli("list", *partners, "--country", "KAZ", "-n", "0", "--json").exit_code == 0


@pytest.mark.parametrize("until", ["9999", "9999-12", "9999-12-31", "31 Dec 9999",
                                   "December 9999"])
def test_dates_reach_9999_12_31(ro_cli: Cli, until: str) -> None:
    everything = ro_cli.json("list", "-n", "0")
    dated = [a for a in everything if a["date"]]
    assert ro_cli.json("list", "--until", until, "-n", "0") == dated
    assert ro_cli.json("list", "--since", until, "-n", "0") == []


@pytest.mark.parametrize("date", ["Q1 2026", "2026 Q1", "Q4 2025", "H1 2026", "h2 2025",
                                  "W05 2026", "S1 2026", "T2 2026"])
def test_a_date_dateparser_would_half_read_is_refused(ro_cli: Cli, date: str) -> None:
    for option in ("--since", "--until"):
        result = ro_cli("list", option, date)
        assert result.exit_code == 2
        assert result.stderr == (f"icli: error: {option}: cannot read {date!r} as a date: "
                                 f"{date.split()[0 if date[0].isalpha() else 1]!r} would be half "
                                 "read (try 2026-01 or 2026-01-15)\n")


@pytest.mark.parametrize("date, day", [("15th January 2026", "2026-01-15"),
                                       ("1er janvier 2026", "2026-01-01"),
                                       ("15 Jan 2026 at 10am", "2026-01-15")])
def test_ordinals_and_times_are_still_dates(ro_cli: Cli, date: str, day: str) -> None:
    from icli.cli.dateargs import parse_date_bound

    assert parse_date_bound(date).isoformat() == day
    assert ro_cli("list", "--since", date, "--json").exit_code == 0


def test_a_query_waiting_for_a_lock_says_so_and_gives_up(loaded_db: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil
    import sqlite3
    import threading
    import time

    from icli.store import connection as store

    db = tmp_path / "locked.db"
    shutil.copy(loaded_db, db)
    cli = Cli(db)
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 2000)
    monkeypatch.setattr(store, "LOCK_NOTICE_MS", 300)
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")  # another program keeping the file
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE other_program (x)")
    try:
        start = time.monotonic()
        result = cli("list", "--json")
        waited = time.monotonic() - start
        assert result.exit_code == 1 and 1.8 < waited < 10
        assert result.stderr == (
            f"icli: {db}: another process is holding a lock on it; waiting up to 2 s for it to "
            f"finish\nicli: error: {db}: still locked by another process after 2 s; run the "
            "same command again once it has finished\n")
        def release() -> None:
            holder.execute("ROLLBACK")
            holder.close()

        threading.Timer(1.0, release).start()
        result = cli("search", "Kazakhstan", "--json")  # the lock goes after 1 s: answered
        assert result.exit_code == 0 and json.loads(result.stdout)
        assert result.stderr == (f"icli: {db}: another process is holding a lock on it; waiting "
                                 "up to 2 s for it to finish\n")
    finally:
        holder.close()


# --- 8: one long paragraph -------------------------------------------------------------------


def _sample_paragraphs() -> str:
    from tests.conftest import DUMPS

    return " ".join(line for path in sorted(DUMPS.glob("*.txt"))
                    for line in path.read_text(encoding="utf-8").splitlines() if len(line) > 200)


SAMPLE_PARAGRAPHS = _sample_paragraphs()
LONG_PARAGRAPHS: dict[str, Callable[[int], str]] = {  # one paragraph (one line) of n characters
    "the samples' paragraphs as one": lambda n: (
        (SAMPLE_PARAGRAPHS + " ") * (n // len(SAMPLE_PARAGRAPHS) + 1))[:n],
    "curly quotes and organizations": lambda n: (
        "“The Smart Heritage Programme” of the University of Rabat and the Ministry of Culture "
        * (n // 86 + 1))[:n],
    "an unclosed quote before every name": lambda n: (
        "“ University of Placename and the National Commission for Culture " * (n // 67 + 1))[:n],
    "anchors far apart": lambda n: (
        "word " * 40 + "Foundation of Letters " + "word " * 40 + "(ABC) ") * (n // 428 + 1),
}


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(LONG_PARAGRAPHS))
def test_one_long_paragraph_is_read_in_linear_time(shape: str) -> None:
    import time

    from icli.store.ingest import prepare_dump

    def seconds(size: int) -> float:
        dump = ("A Very Long Paragraph Opens the Forum\n\n" + LONG_PARAGRAPHS[shape](size)
                + "\n").encode()
        best = float("inf")
        for _ in range(3):  # CPU time, the least of three: other processes barely move it
            start = time.process_time()
            prepared = prepare_dump(dump)
            best = min(best, time.process_time() - start)
        assert len(prepared.articles) == 1 and len(prepared.articles[0].body) == 1
        return best

    small, large = seconds(200_000), seconds(800_000)
    # four times the text: about four times the time when linear, sixteen when quadratic
    assert large / small < 8, (small, large)


# --- 9: text shapes, normalized once at the door ---------------------------------------------

INVISIBLE = {"soft hyphen": "\u00ad", "zero-width space": "\u200b",
             "zero-width non-joiner": "\u200c", "zero-width joiner": "\u200d",
             "word joiner": "\u2060", "BOM inside text": "\ufeff", "left-to-right mark": "\u200e",
             "invisible separator": "\u2063", "Mongolian vowel separator": "\u180e",
             "combining grapheme joiner": "\u034f"}
PEOPLE_TEXT = (
    "Heritage Forum Opens in Rabat\n\n"
    "Dr. Anar {karimov}, Minister of Culture of Azerbaijan, met delegates of {uzbekistan} in "
    "Rabat on 3 May 2024.\n\n"
    "Dr. Anar Karimov then visited the museum with delegates of Uzbekistan.\n")


def _ingest(tmp_path: Path, text: str | bytes) -> Cli:
    dump = tmp_path / "dump.txt"
    dump.write_bytes(text.encode() if isinstance(text, str) else text)
    cli = Cli(tmp_path / "archive.db")
    result = cli("ingest", str(dump))
    assert result.exit_code == 0, result.stderr
    return cli


@pytest.mark.parametrize("name", list(INVISIBLE))
def test_invisible_characters_are_removed_before_indexing_and_extraction(tmp_path: Path,
                                                                        name: str) -> None:
    char = INVISIBLE[name]
    cli = _ingest(tmp_path, PEOPLE_TEXT.format(karimov=f"Kari{char}mov",
                                                uzbekistan=f"Uzbek{char}istan"))
    [article] = cli.json("list")
    assert char not in json.dumps(article, ensure_ascii=False)
    assert "Anar Karimov, Minister" in article["body"][0]
    assert [p["name"] for p in article["persons"]] == ["Anar Karimov"]
    assert {c["code"] for c in article["countries"]} == {"AZE", "UZB"}
    assert [p["name"] for p in cli.json("people")] == ["Anar Karimov"]
    assert cli.json("search", "Uzbekistan") and cli.json("search", f"Uzbek{char}istan")
    assert cli.json("who", f"Kari{char}mov") and cli.json("country", f"Uzbek{char}istan")


@pytest.mark.parametrize("written, name", [
    ("Anar Karimov[1]", "Anar Karimov"), ("Kamal Ahmed*", "Kamal Ahmed"),
    ("Kamal Ahmed**", "Kamal Ahmed"), ("Sara Lee¹", "Sara Lee"), ("Sara Lee²³", "Sara Lee"),
    ("**Omar Said**", "Omar Said"), ("*Omar Said*", "Omar Said"), ("_Lina Haddad_", "Lina Haddad"),
    ("__Lina Haddad__", "Lina Haddad"), ("Youssef Amrani†", "Youssef Amrani"),
    ("Youssef Amrani‡", "Youssef Amrani"), ("Anar Karimov[a]", "Anar Karimov"),
    ("Anar Karimov[iv]", "Anar Karimov"),
])
def test_footnote_and_emphasis_marks_are_not_part_of_names(tmp_path: Path, written: str,
                                                           name: str) -> None:
    cli = _ingest(tmp_path, "Heritage Forum Opens in Rabat\n\n"
                            f"Dr. {written}, Minister of Culture of Azerbaijan, opened the forum "
                            "in Rabat on 3 May 2024.\n")
    [article] = cli.json("list")
    assert [p["name"] for p in article["persons"]] == [name]
    assert written in article["body"][0]  # the text keeps its marks


@pytest.mark.parametrize("written", [
    "K\u0430rimov",  # Cyrillic а
    "Karim\u043ev",  # Cyrillic о
    "\u041aarimov",  # Cyrillic К
    "Kar\u0456mov",  # Cyrillic і
    "K\u0430rim\u043ev",  # two Cyrillic letters
    "\u039aarimov",  # Greek Κ
    "Karim\u03bfv",  # Greek ο
])
def test_look_alike_letters_in_a_latin_name_are_read_as_latin(tmp_path: Path,
                                                              written: str) -> None:
    cli = _ingest(tmp_path, PEOPLE_TEXT.format(karimov=written, uzbekistan="Uzbekistan"))
    assert [p["name"] for p in cli.json("people")] == ["Anar Karimov"]
    assert cli.json("who", f"Anar {written}")


def test_words_wholly_in_another_script_are_left_as_they_are(tmp_path: Path) -> None:
    cli = _ingest(tmp_path, "Heritage Forum Opens in Rabat\n\n"
                            "The forum in Rabat heard a poem called Москва and the word Αθήνα "
                            "on 3 May 2024.\n")
    [article] = cli.json("list")
    assert "Москва and the word Αθήνα" in article["body"][0]


@pytest.mark.parametrize("honorific", [
    "الدكتـــور", "الدكتورُ", "الدُّكْتُور", "الدّكتـورُ", "معاليَ", "معـالي", "السيّدُ", "الأستاذُ",
    "سعادةُ",
])
def test_arabic_honorifics_with_tatweel_or_short_vowels_still_mark_a_name(tmp_path: Path,
                                                                          honorific: str) -> None:
    cli = _ingest(tmp_path, "منتدى التراث في الرباط\n\n"
                            f"استقبل {honorific} سالم بن محمد المالك الوفود في الرباط، وناقش "
                            "معهم التعاون في مجال التراث.\n")
    [article] = cli.json("list")
    assert "سالم بن محمد المالك" in [p["name"] for p in article["persons"]]
    assert "\u0640" not in article["body"][0]  # tatweel is not kept


ARABIC_PAGE = ("منتدى التراث في الرباط\n\nعقدت الإيسيسكو منتدى التراث في الرباط بمشاركة "
               "وفود من المغرب وتونس ومصر.\n\n")
FRENCH_PAGE = ("Un Forum sur le Patrimoine à Rabat\n\nLe forum a réuni à Rabat des délégués "
               "du Maroc, de Tunisie et d’Égypte pour un échange sur le patrimoine.\n")


@pytest.mark.parametrize("layout", ["appended", "in the middle", "first"])
@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_a_latin1_page_in_a_utf8_dump_leaves_the_utf8_as_it_is(tmp_path: Path, layout: str,
                                                               encoding: str) -> None:
    french = FRENCH_PAGE if encoding == "cp1252" else FRENCH_PAGE.replace("’", "'")
    arabic, latin = ARABIC_PAGE.encode(), french.encode(encoding)
    data = {"appended": arabic + latin, "in the middle": arabic + latin + arabic.replace(
        "منتدى التراث".encode(), "ملتقى الشباب".encode()), "first": latin + b"\n" + arabic}[layout]
    dump = tmp_path / "mixed.txt"
    dump.write_bytes(data)
    cli = Cli(tmp_path / "archive.db")
    result = cli("ingest", str(dump))
    assert result.exit_code == 0
    assert "line(s) not UTF-8 read as Windows-1252/Latin-1, the rest as UTF-8" in result.stderr
    bodies = {a["title"]: a["body"][0] for a in cli.json("list")}
    assert bodies["منتدى التراث في الرباط"].startswith("عقدت الإيسيسكو منتدى")
    assert bodies["Un Forum sur le Patrimoine à Rabat"] == french.split("\n\n")[1].strip()
    assert "\ufffd" not in json.dumps(bodies, ensure_ascii=False)


@pytest.mark.parametrize("where", [0.0, 0.5, 1.0])
def test_a_nul_byte_anywhere_makes_a_file_binary(tmp_path: Path, where: float) -> None:
    text = (ARABIC_PAGE + FRENCH_PAGE + "More text follows here. " * 4000).encode()
    at = int(len(text) * where)
    dump = tmp_path / "nul.txt"
    dump.write_bytes(text[:at] + b"\x00" + text[at:])
    result = Cli(tmp_path / "archive.db")("ingest", str(dump))
    assert result.exit_code == 1
    assert result.stderr == f"icli: error: {dump}: not a text dump: binary content (NUL bytes)\n"
