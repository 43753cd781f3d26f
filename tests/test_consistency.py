"""Every answer agrees with every other at any moment: the entity lists and the summary count
what `who` finds while an ingest runs and after one was interrupted, and each command reads
one snapshot however an ingest commits meanwhile."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from icli.extract.article import EXTRACTOR_VERSION
from icli.store import summaries
from icli.store.articles import Batches
from icli.store.connection import open_for_writing
from icli.store.ingest import IngestReport, ingest, prepare_dump
from tests.conftest import Cli, interrupt_ingest_at

LISTS = {"person": "people", "country": "countries", "partner": "partners"}


def write_batches(db: Path, paths: list[Path]) -> None:
    """What an ingest commits before its end (links, counts): its batches, and no more."""
    conn = open_for_writing(db)
    with Batches(conn, max_articles=10) as batches:
        for path in paths:
            data = path.read_bytes()
            prepared = prepare_dump(data)
            batches.write(str(path), hashlib.sha256(data).hexdigest(), prepared.articles,
                          EXTRACTOR_VERSION, prepared.mentions)
    conn.close()


def assert_lists_agree(cli: Cli) -> None:
    """people, countries, partners and summary.top give each entity the articles `who` (its
    mentions, as committed) finds, with their first and last dates."""
    conn = sqlite3.connect(cli.db)
    mentioned = {row[0]: row[1:] for row in conn.execute(
        "SELECT entity_id, COUNT(*), MIN(date), MAX(date) FROM mentions GROUP BY entity_id")}
    kinds = dict(conn.execute("SELECT id, kind FROM entities"))
    conn.close()
    top = cli.json("summary")["top"]
    for kind, command in LISTS.items():
        listed = cli.json(command, "-n", "0")
        assert {e["id"]: (e["articles"], e["first"], e["last"]) for e in listed} == {
            entity_id: counts for entity_id, counts in mentioned.items() if kinds[entity_id] == kind}
        assert [(e["id"], e["articles"]) for e in top[command]] == [
            (e["id"], e["articles"]) for e in listed[:10]]
        for entity in listed[:3]:
            if kind == "person":
                found = cli.json("who", entity["name"], "-n", "0")
                assert len(found) == entity["articles"] > 0


def test_lists_agree_with_who_while_an_ingest_runs(cli: Cli, dumps: Path) -> None:
    paths = sorted(dumps.glob("*.txt"))
    write_batches(cli.db, paths[:2])  # an ingest's first batches, committed
    assert_lists_agree(cli)
    write_batches(cli.db, paths[2:])
    assert_lists_agree(cli)
    assert cli.json("ingest", str(dumps))["articles_unchanged"] == 50  # its end: links, counts
    assert_lists_agree(cli)


def test_lists_agree_with_who_after_an_interrupted_ingest(cli: Cli, dumps: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    interrupt_ingest_at(monkeypatch, 4)
    assert cli("ingest", str(dumps)).exit_code == 130
    assert len(cli.json("list", "-n", "0")) == 30
    assert all(cli.json(command, "-n", "0") for command in LISTS.values())
    assert_lists_agree(cli)


def test_lists_agree_after_an_interrupted_ingest_that_removed_articles(
        cli: Cli, dumps: Path) -> None:
    cli.json("ingest", str(dumps))
    before = {e["id"]: e["articles"] for e in cli.json("people", "-n", "0")}
    path = sorted(dumps.glob("*.txt"))[0]
    text = path.read_text(encoding="utf-8")
    kept = sorted((a["position"], a["title"]) for a in cli.json("list", "-n", "0")
                  if a["source"].endswith(path.name))
    cut = text.index(kept[5][1])  # its last five articles go
    path.write_text(text[:cut], encoding="utf-8")
    write_batches(cli.db, [path])  # the removal committed, the ingest's end not reached
    assert len(cli.json("list", "-n", "0")) < 50
    assert_lists_agree(cli)
    assert sum(e["articles"] for e in cli.json("people", "-n", "0")) < sum(before.values())


def test_a_summary_reads_one_snapshot_while_an_ingest_commits(
        cli: Cli, dumps: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted(dumps.glob("*.txt"))
    cli.json("ingest", str(paths[0]))
    real_timeline, commits = summaries.timeline, list[IngestReport]()

    def timeline_after_a_commit(conn, filters, ids=None):
        """An ingest commits between the summary's first statements and the next."""
        if not commits:
            writer = open_for_writing(cli.db)
            commits.append(ingest(writer, [str(path) for path in paths[1:]]))
            writer.close()
        return real_timeline(conn, filters, ids)

    monkeypatch.setattr(summaries, "timeline", timeline_after_a_commit)
    data = cli.json("summary")
    assert commits and commits[0].articles_new == 40
    assert data["articles"] == 10
    assert sum(month["articles"] for month in data["months"]) + data["undated"] == 10
    assert data["sources"]["files"] == 1
    assert all(entity["articles"] <= 10 for kind in data["top"].values() for entity in kind)
    monkeypatch.setattr(summaries, "timeline", real_timeline)
    assert cli.json("summary")["articles"] == 50  # the next command sees the commit
