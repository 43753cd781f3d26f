"""Large results stream: `--limit 0` output is written as the query yields it, so the memory a
command holds does not grow with the number of articles it prints."""

from __future__ import annotations

import datetime as dt
import io
import json
import tracemalloc
from pathlib import Path

import pytest

from icli.cli.main import main
from icli.cli.request import Env
from icli.extract.identity import person_key
from icli.store.connection import open_for_writing
from icli.text.normalize import name_norm

PERSON = "Amina Rahimova"
BODY = ("Delegates from the member states met to review the cooperation programme in education, "
        "science and culture, and agreed on the next steps for the coming months. ") * 6


def build_archive(path: Path, articles: int) -> None:
    """An archive of `articles` articles, one a day back from 2026-11-01, each in its own
    source, naming one person and searchable; written by plain inserts through the schema."""
    conn = open_for_writing(path)
    day = dt.date(2026, 11, 1)
    rows = []
    for number in range(1, articles + 1):
        date = (day - dt.timedelta(days=number // 3)).isoformat()
        title = f"Cooperation meeting number {number} of the programme"
        rows.append((number, title.lower(), title, date, "text", "en", f"d{number}.txt", 0,
                     f"h{number}", 1, f"{BODY}\n\nMeeting {number}, led by {PERSON}."))
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO articles (id, key, title, date, date_source, language, source, position, "
        "content_hash, extractor_version, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("INSERT INTO articles_fts (rowid, title, subtitle, body) "
                 "SELECT id, title, subtitle, body FROM articles")
    conn.execute("INSERT INTO article_sources (article_id, path, position) "
                 "SELECT id, source, position FROM articles")
    person = conn.execute("INSERT INTO entities (kind, key, name) VALUES ('person', ?, ?)",
                          (person_key(PERSON), PERSON)).lastrowid
    conn.execute("INSERT INTO entity_aliases (entity_id, norm, alias) VALUES (?, ?, ?)",
                 (person, name_norm(PERSON), PERSON))
    conn.execute("INSERT INTO mentions (article_id, entity_id, role, alias, date) "
                 "SELECT id, ?, 'Director', ?, date FROM articles", (person, PERSON))
    conn.execute("UPDATE entities SET articles = ? WHERE id = ?", (articles, person))
    conn.execute("COMMIT")
    conn.close()


class Sink(io.StringIO):
    """A stdout that keeps only what the test checks: the first line, the line count, the size
    (a StringIO that stores nothing)."""

    def __init__(self) -> None:
        self.first = ""
        self.lines = 0
        self.chars = 0
        self._open = ""

    def write(self, text: str) -> int:
        self.chars += len(text)
        self.lines += text.count("\n")
        if not self.first and len(self._open) < 100_000:
            self._open += text
            if "\n" in self._open:
                self.first = self._open.split("\n", 1)[0]
        return len(text)

    def flush(self) -> None:
        pass


def run(db: Path, args: list[str]) -> Sink:
    """Run icli in-process, piped; its output."""
    sink = Sink()
    env = Env(stdout=sink, stderr=Sink(), stdout_isatty=False, stderr_isatty=False)
    assert main(["--db", str(db), *args], env) == 0
    return sink


def peak_memory(db: Path, args: list[str]) -> tuple[int, Sink]:
    """Run icli in-process; (the peak of Python's allocations during the run, its output)."""
    tracemalloc.start()
    try:
        sink = run(db, args)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, sink


COMMANDS = [
    ["list", "--limit", "0", "--jsonl"],
    ["who", PERSON, "--limit", "0", "--json"],
    ["search", "cooperation", "--sort", "-date", "--limit", "0", "--csv"],
    ["export", "--format", "markdown"],
]


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("streaming")
    small, large = folder / "small.db", folder / "large.db"
    build_archive(small, 2_000)
    build_archive(large, 20_000)
    return small, large


@pytest.mark.slow
@pytest.mark.parametrize("args", COMMANDS, ids=lambda args: " ".join(args[:2]))
def test_memory_stays_flat_as_the_result_grows(archives: tuple[Path, Path],
                                              args: list[str]) -> None:
    small, large = archives
    peak_memory(small, args)  # imports and caches out of the way
    small_peak, small_out = peak_memory(small, args)
    large_peak, large_out = peak_memory(large, args)
    assert large_out.chars > 9 * small_out.chars > 9 * 500_000  # ten times the output ...
    assert large_peak < 1.5 * small_peak, (small_peak, large_peak)  # ... in the same memory
    assert large_peak < 8 * 2**20
    if args[-1] == "--jsonl":
        assert large_out.lines == 20_000
        assert json.loads(large_out.first)["title"] == "Cooperation meeting number 1 of the programme"


def test_an_entity_s_articles_come_newest_first_with_their_objects(archives: tuple[Path, Path]) -> None:
    _, large = archives
    out = run(large, ["who", PERSON, "--limit", "0", "--jsonl"])
    assert out.lines == 20_000
    first = json.loads(out.first)
    assert first["date"] == "2026-11-01" and first["id"] == 1
    assert first["persons"] == [{"name": PERSON, "role": "Director", "person": {"id": 1, "name": PERSON}}]
    assert first["sources"] == ["d1.txt"]
