"""The end-of-ingest links: the full relink is the reference, and what a run links by itself
(only what it changed) must always equal it."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from icli.store.connection import open_for_writing
from icli.store.links import LINKS, finish
from tests.test_identity import PAGES, _files, _ingest_in_runs


def _state(db: Path) -> dict[str, Any]:
    """Everything the links and counts decide, by keys (not row ids)."""
    conn = sqlite3.connect(db)
    try:
        return {
            "mentions": sorted(conn.execute(
                "SELECT a.key, e.kind, e.key, m.role, m.alias, m.name, m.link, v.key, m.date "
                "FROM mentions m JOIN articles a ON a.id = m.article_id "
                "JOIN entities e ON e.id = m.entity_id LEFT JOIN entities v ON v.id = m.via"),
                key=repr),
            "entities": sorted(conn.execute(
                "SELECT kind, key, name, articles, first_date, last_date FROM entities "
                "WHERE articles > 0"), key=repr),
            "heads": sorted(conn.execute(
                "SELECT a.key, h.role, h.alias, e.key FROM head_mentions h "
                "JOIN articles a ON a.id = h.article_id LEFT JOIN mentions m ON m.rowid = h.filled "
                "LEFT JOIN entities e ON e.id = m.entity_id"), key=repr),
            "versions": sorted(conn.execute(
                "SELECT a.key, b.key FROM article_versions v JOIN articles a ON a.id = v.article_id "
                "JOIN articles b ON b.id = v.version_id")),
            "pending": conn.execute("SELECT COUNT(*) FROM entity_dirty").fetchone()[0],
        }
    finally:
        conn.close()


def _relink_all(db: Path) -> None:
    """The reference: every link made anew from what is stored, every entity recounted."""
    conn = open_for_writing(db)
    try:
        conn.execute("INSERT OR REPLACE INTO icli_meta (key, value) VALUES (?, 'pending')",
                     (LINKS,))
        conn.execute("INSERT OR IGNORE INTO entity_dirty SELECT id FROM entities")
        finish(conn)
    finally:
        conn.close()


@pytest.mark.slow
@settings(max_examples=10, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), runs=st.integers(1, 4), edits=st.integers(0, 2))
def test_the_links_a_run_makes_equal_a_full_relink(tmp_path_factory: Any, seed: int, runs: int,
                                                   edits: int) -> None:
    """Random sequences of ingests (the files shuffled, cut into runs, some pages rewritten
    between runs so that articles go and come): after each run the links and counts equal
    those a full relink of the same archive makes."""
    rng = random.Random(seed)
    folder = tmp_path_factory.mktemp("links")
    files = _files(folder / "files")
    shuffled = files[:]
    rng.shuffle(shuffled)
    cuts = sorted(rng.sample(range(1, len(shuffled)), runs - 1))
    parts = [shuffled[start:end] for start, end in zip([0, *cuts], [*cuts, len(shuffled)])]
    db = folder / "archive.db"
    pages = [path for path in files if path.name.startswith("page_")]
    for number, part in enumerate(parts):
        if number and edits:  # a page rewritten: its article goes, another comes
            for _ in range(edits):
                rng.choice(pages).write_text(rng.choice(PAGES), encoding="utf-8")
            part = part + pages
        _ingest_in_runs(db, files, [part])
        linked = _state(db)
        assert linked["pending"] == 0
        _relink_all(db)
        assert _state(db) == linked


@pytest.mark.parametrize("window", [1, 2])
def test_a_full_relink_links_across_scripts_window_by_window(tmp_path: Path, window: int,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The full relink links the French and Arabic mentions SCRIPT_WINDOW at a time, each window
    with the English mentions of its days: windows of one or two mentions give every link and
    count that one window for all of them gives."""
    from icli.store import links

    files = _files(tmp_path / "files")
    db = tmp_path / "archive.db"
    _ingest_in_runs(db, files, [files])
    _relink_all(db)
    whole = _state(db)
    assert any(row[6] == "script" for row in whole["mentions"])  # the files link across scripts
    monkeypatch.setattr(links, "SCRIPT_WINDOW", window)
    _relink_all(db)
    assert _state(db) == whole
