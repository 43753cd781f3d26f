"""Precision and recall of entity extraction on the hand-annotated fixtures, per language.

    python -m bench.accuracy

Gold: tests/fixtures/annotated_sample.json (English sample articles of data/dumps) and
tests/fixtures/entities/annotations.json (French, Arabic and English partner articles), and
tests/fixtures/entities/heldout_annotations.json (failure cases found on unseen pages). People
match by identity (first name + surname), countries by ISO code, partners by acronym or by one
name containing the other; a partner's annotated other spellings (`partner_aliases`) count as
that partner. ICESCO's head named by role alone is not a named person and is not scored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from icli.extract.article import extract
from icli.extract.identity import is_head_by_role, person_key
from icli.text.normalize import name_norm
from icli.text.parse import ParsedArticle, parse_dump

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLE = FIXTURES / "annotated_sample.json"
ENTITIES = FIXTURES / "entities"
KINDS = ("people", "countries", "partners")
# Rows of the table: (label, annotation file, article files).
SETS = (
    ("en (sample)", SAMPLE, None),
    ("en (partners)", ENTITIES / "annotations.json", "en_partners.txt"),
    ("fr", ENTITIES / "annotations.json", "fr.txt"),
    ("ar", ENTITIES / "annotations.json", "ar.txt"),
    ("en (held-out cases)", ENTITIES / "heldout_annotations.json", "heldout_en.txt"),
    ("fr (held-out cases)", ENTITIES / "heldout_annotations.json", "heldout_fr.txt"),
    ("ar (held-out cases)", ENTITIES / "heldout_annotations.json", "heldout_ar.txt"),
)


def partner_matches(found: tuple[str, str | None], gold: list) -> bool:
    """Whether a found partner (name, acronym) is the gold partner [name, acronym]: the same
    acronym, or one name (name_norm) containing the other."""
    name, acronym = name_norm(found[0]), found[1]
    gold_name, gold_acronym = name_norm(gold[0]), gold[1]
    return bool(acronym and acronym == gold_acronym) or name in gold_name or gold_name in name


def _articles(gold_file: Path, article_file: str | None) -> Iterator[tuple[dict, ParsedArticle]]:
    """(annotation, parsed article) pairs of one set."""
    items = json.loads(gold_file.read_text(encoding="utf-8"))["articles"]
    parsed: dict[Path, list[ParsedArticle]] = {}
    for item in items:
        if article_file is None:
            (path,) = (ROOT / "data" / "dumps").glob(f"{item['file']}_*.txt")
        elif item["file"] == article_file:
            path = ENTITIES / article_file
        else:
            continue
        if path not in parsed:
            parsed[path] = parse_dump(path.read_text(encoding="utf-8")).articles
        yield item, parsed[path][item["position"]]


def score(gold_file: Path = SAMPLE, article_file: str | None = None) -> dict[str, dict[str, float]]:
    """{kind: {"precision", "recall", "found", "gold", "correct"}} over one annotated set."""
    totals: dict[str, dict[str, float]] = {
        kind: {"found": 0, "gold": 0, "correct": 0, "recalled": 0} for kind in KINDS}
    for item, article in _articles(gold_file, article_file):
        mentions = extract(article)
        found: dict[str, Any] = {
            "people": {m.key for m in mentions if m.kind == "person" and not is_head_by_role(m.key)},
            "countries": {m.code for m in mentions if m.kind == "country"},
            "partners": [(m.name, m.code) for m in mentions if m.kind == "partner"],
        }
        gold_people = {person_key(name) for name in item["people"]}
        spellings = {alias: target for alias, target in item.get("partner_aliases", [])}
        gold_partners = [[name, acronym] for name, acronym in item["partners"]]
        aliases = [[alias, next(a for n, a in gold_partners if n == target)]
                   for alias, target in spellings.items()]
        totals["people"]["correct"] += len(found["people"] & gold_people)
        totals["people"]["recalled"] += len(found["people"] & gold_people)
        totals["countries"]["correct"] += len(found["countries"] & set(item["countries"]))
        totals["countries"]["recalled"] += len(found["countries"] & set(item["countries"]))
        totals["partners"]["correct"] += sum(
            any(partner_matches(f, g) for g in gold_partners + aliases) for f in found["partners"])
        totals["partners"]["recalled"] += sum(
            any(partner_matches(f, g) for f in found["partners"]) for g in gold_partners)
        for kind, gold in (("people", gold_people), ("countries", item["countries"]),
                           ("partners", gold_partners)):
            totals[kind]["found"] += len(found[kind])
            totals[kind]["gold"] += len(gold)
    for counts in totals.values():
        recalled = counts.pop("recalled")
        counts["precision"] = counts["correct"] / counts["found"] if counts["found"] else 1.0
        counts["recall"] = recalled / counts["gold"] if counts["gold"] else 1.0
        total = counts["precision"] + counts["recall"]
        counts["f1"] = 2 * counts["precision"] * counts["recall"] / total if total else 0.0
    return totals


def main() -> None:
    print("| set | entities | annotated | found | found correctly | precision | recall | F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for label, gold_file, article_file in SETS:
        for kind, c in score(gold_file, article_file).items():
            print(f"| {label} | {kind} | {c['gold']} | {c['found']} | {c['correct']} | "
                  f"{c['precision']:.2f} | {c['recall']:.2f} | {c['f1']:.2f} |")


if __name__ == "__main__":
    main()
