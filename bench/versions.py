"""Pair precision and recall of version linking on the held-out stories.

    python -m bench.versions [--show]
    python -m bench.versions --pages DIR --gold FILE [--part dev|heldout] [--show]
    python -m bench.versions --cost 10000


bench/data/versions_heldout.json holds news items found in two languages on icesco.org and
look-alikes (the same committee's opening and closing, the same partner a year apart, another
item the same day in the same two languages), written in our own words and annotated before
icli was run on them. Each story becomes one dump; they are ingested into a fresh archive and
every pair of stories is scored: linked as versions of one item or not, against the
annotation. `--show` lists the pairs that disagree.

`--pages DIR --gold FILE` scores saved pages instead (kept outside the repository: page text
is not ours to commit): DIR holds one dump per page, `KEY.txt`; FILE is JSON with `parts`
(part name → group name → items, each item the list of page keys that are versions of one
news item). Each group of the part is ingested with the others of its part into one fresh
archive and every pair of its pages is scored; the part is named by `--part` (every part,
each scored on its own, without it). A page that fails to ingest (not a dump, no article in
it) is reported and left out of the pairs scored: the rest of its part is scored.

`--why` (with `--pages`) also says, under each pair that disagrees, how the linker reads it
(bench.version_why: each page's articles, the closest pairs of them with their score and what
they share or what keeps them apart).

`--cost N` measures the linker's CPU time instead, on N synthetic articles (bench.corpus):
linking them all anew and linking after a run of 20 new ones, as ingested (English only:
no article has a candidate), with the articles' languages relabelled en, fr, ar in turn
(every article then has candidates on its days: the most the linker can read), and with one
article in ten undated as well (their candidates found by the people, partners and rare
numbers they share).
"""

from __future__ import annotations

import argparse
import itertools
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.corpus import write_corpus
from bench.version_why import explain
from icli.store import versions
from icli.store.connection import open_for_reading, open_for_writing
from icli.store.ingest import ingest

HELDOUT = Path(__file__).resolve().parent / "data" / "versions_heldout.json"


def story_dump(story: dict[str, Any]) -> str:
    """One story as a dump: its title, its date line if it has one, its paragraphs."""
    dateline = f"    {story['dateline']}\n\n" if story.get("dateline") else ""
    return (f"    {story['title']}\n\n{dateline}"
            + "".join(f"    {paragraph}\n\n" for paragraph in story["body"]))


def write_stories(folder: Path, stories: list[dict[str, Any]]) -> dict[str, Path]:
    """One dump per story in `folder`; the files by story key."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for story in stories:
        files[story["key"]] = folder / f"{story['key']}.txt"
        files[story["key"]].write_text(story_dump(story), encoding="utf-8")
    return files


def linked_pairs(db: Path, keys_by_title: dict[str, str]) -> set[frozenset[str]]:
    """The pairs of story keys the archive holds as versions of one item."""
    conn = open_for_reading(db)
    try:
        items: dict[int, list[str]] = {}
        for title, item in conn.execute("SELECT title, item FROM articles WHERE item IS NOT NULL"):
            items.setdefault(item, []).append(keys_by_title[title])
        return {frozenset(pair) for keys in items.values()
                for pair in itertools.combinations(keys, 2)}
    finally:
        conn.close()


def evaluate(data: dict[str, Any]) -> dict[str, Any]:
    """Ingest the stories into a fresh archive and score every pair against `items`."""
    stories = data["stories"]
    gold = {frozenset(pair) for item in data["items"] for pair in itertools.combinations(item, 2)}
    with tempfile.TemporaryDirectory() as tmp:
        files = write_stories(Path(tmp) / "stories", stories)
        conn = open_for_writing(Path(tmp) / "archive.db")
        try:
            report = ingest(conn, [str(path) for path in files.values()], workers=0)
        finally:
            conn.close()
        assert not report.failed, report.failed
        found = linked_pairs(Path(tmp) / "archive.db",
                             {story["title"]: story["key"] for story in stories})
    return score_pairs([story["key"] for story in stories], gold, found)


def linked_sources(db: Path) -> set[frozenset[str]]:
    """The pairs of dump files (by name without `.txt`) with articles linked as versions."""
    conn = open_for_reading(db)
    try:
        items: dict[int, set[str]] = {}
        for source, item in conn.execute("SELECT source, item FROM articles WHERE item IS NOT NULL"):
            items.setdefault(item, set()).add(Path(source).stem)
        return {frozenset(pair) for keys in items.values()
                for pair in itertools.combinations(sorted(keys), 2)}
    finally:
        conn.close()


def score_pairs(keys: list[str], gold: set[frozenset[str]], found: set[frozenset[str]]
                ) -> dict[str, Any]:
    """Pair precision and recall of `found` against `gold` among `keys`."""
    true = len(found & gold)
    return {"stories": len(keys), "pairs": len(keys) * (len(keys) - 1) // 2,
            "gold": len(gold), "linked": len(found), "correct": true,
            "precision": true / len(found) if found else 1.0,
            "recall": true / len(gold) if gold else 1.0,
            "missed": sorted(map(sorted, gold - found)), "wrong": sorted(map(sorted, found - gold))}


def evaluate_pages(pages: Path, groups: dict[str, list[list[str]]], why: bool = False
                   ) -> dict[str, Any]:
    """Ingest the pages of `groups` (group → items of page keys) into a fresh archive and score
    every pair of them against the items; with `why`, "why" holds the lines saying how the
    linker reads each pair that disagrees (version_why.explain), by pair."""
    items = [item for group in groups.values() for item in group]
    keys = [key for item in items for key in item]
    gold = {frozenset(pair) for item in items for pair in itertools.combinations(item, 2)}
    with tempfile.TemporaryDirectory() as tmp:
        conn = open_for_writing(Path(tmp) / "archive.db")
        try:
            report = ingest(conn, [str(pages / f"{key}.txt") for key in keys], workers=0)
        finally:
            conn.close()
        found = {pair for pair in linked_sources(Path(tmp) / "archive.db") if pair <= set(keys)}
        failed = sorted((Path(entry["path"]).stem, entry["error"]) for entry in report.failed)
        scored = [key for key in keys if key not in {page for page, _ in failed}]
        result = score_pairs(scored, {pair for pair in gold if pair <= set(scored)}, found) | {
            "failed": [{"page": page, "error": error} for page, error in failed]}
        if why:
            conn = open_for_reading(Path(tmp) / "archive.db")
            try:
                result["why"] = {tuple(pair): explain(conn, *pair)
                                 for pair in result["missed"] + result["wrong"]}
            finally:
                conn.close()
    return result


def _cpu(conn: Any, touched: list[int] | None) -> float:
    """CPU seconds of one relink (rolled back, so each measure starts from the same links)."""
    conn.execute("BEGIN IMMEDIATE")
    start = time.process_time()
    versions.relink(conn, touched)
    spent = time.process_time() - start
    conn.execute("ROLLBACK")
    return spent


def cost(total: int) -> None:
    """Print the linker's CPU time on `total` synthetic articles (see the module's doc)."""
    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(Path(tmp) / "corpus", total)
        conn = open_for_writing(Path(tmp) / "archive.db")
        try:
            start = time.process_time()
            ingest(conn, [str(Path(tmp) / "corpus")], workers=0)
            print(f"ingest of {total} articles (one process): {time.process_time() - start:.1f} s CPU")
            last = [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY id DESC LIMIT 20")]
            for label in ("as ingested (en)", "relabelled en/fr/ar", "one in ten undated"):
                if label.startswith("relabelled"):
                    conn.execute("UPDATE articles SET language = CASE id % 3 WHEN 0 THEN 'en' "
                                 "WHEN 1 THEN 'fr' ELSE 'ar' END")
                if label.endswith("undated"):
                    conn.execute("UPDATE articles SET date = NULL WHERE id % 10 = 0")
                print(f"{label}: link all {_cpu(conn, None):.2f} s CPU, "
                      f"link after 20 new {_cpu(conn, last) * 1000:.0f} ms CPU")
        finally:
            conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="List the pairs that disagree.")
    parser.add_argument("--cost", type=int, metavar="N",
                        help="Measure the linker's CPU time on N synthetic articles instead.")
    parser.add_argument("--pages", type=Path, metavar="DIR",
                        help="Score the dumps in DIR against --gold instead.")
    parser.add_argument("--gold", type=Path, metavar="FILE", help="The gold items of --pages.")
    parser.add_argument("--part", help="The part of --gold to score (default: each).")
    parser.add_argument("--why", action="store_true",
                        help="With --pages: --show, and how the linker reads each pair shown.")
    args = parser.parse_args()
    if args.cost:
        cost(args.cost)
        return
    if args.pages:
        parts = json.loads(args.gold.read_text(encoding="utf-8"))["parts"]
        for name in [args.part] if args.part else sorted(parts):
            _print(name, evaluate_pages(args.pages, parts[name], args.why), args.show or args.why)
        return
    _print("held-out stories", evaluate(json.loads(HELDOUT.read_text(encoding="utf-8"))),
           args.show)


def _print(label: str, result: dict[str, Any], show: bool) -> None:
    """One line of figures, then (with `show`) the pairs that disagree."""
    print(f"{label}: {result['stories']} pages, {result['pairs']} pairs, {result['gold']} "
          f"annotated as versions; linked {result['linked']}, {result['correct']} correctly: "
          f"precision {result['precision']:.2f}, recall {result['recall']:.2f}")
    for entry in result.get("failed", []):
        print(f"  failed: {entry['page']}: {entry['error']} (left out)")
    if show:
        for kind in ("missed", "wrong"):
            for pair in result[kind]:
                print(f"  {kind}: {' / '.join(pair)}")
                for line in result.get("why", {}).get(tuple(pair), []):
                    print(f"    {line}")


if __name__ == "__main__":
    main()
