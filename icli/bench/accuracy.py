"""Precision and recall of entity extraction on the hand-annotated sample.

    python -m icli.bench.accuracy

Gold: tests/fixtures/annotated_sample.json. People match by identity (first name + surname),
countries by ISO code, partners by acronym or by one name containing the other.
"""

from __future__ import annotations

import json
from pathlib import Path

from icli.extract import extract
from icli.identity import name_norm, person_key
from icli.parse import parse_dump

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "fixtures" / "annotated_sample.json"


def _partner_matches(found: tuple[str, str | None], gold: list) -> bool:
    name, acronym = name_norm(found[0]), found[1]
    gold_name, gold_acronym = name_norm(gold[0]), gold[1]
    return bool(acronym and acronym == gold_acronym) or name in gold_name or gold_name in name


def score() -> dict[str, dict[str, float]]:
    """{kind: {"precision", "recall", "found", "gold", "correct"}} over the annotated sample."""
    sample = json.loads(GOLD.read_text(encoding="utf-8"))
    totals = {kind: {"found": 0, "gold": 0, "correct": 0} for kind in ("people", "countries", "partners")}
    for item in sample["articles"]:
        (path,) = (ROOT / "data" / "dumps").glob(f"{item['file']}_*.txt")
        article = parse_dump(path.read_text(encoding="utf-8")).articles[item["position"]]
        mentions = extract(article)
        found = {
            "people": {m.key for m in mentions if m.kind == "person"},
            "countries": {m.code for m in mentions if m.kind == "country"},
            "partners": [(m.name, m.code) for m in mentions if m.kind == "partner"],
        }
        gold_people = {person_key(name) for name in item["people"]}
        totals["people"]["correct"] += len(found["people"] & gold_people)
        totals["countries"]["correct"] += len(found["countries"] & set(item["countries"]))
        totals["partners"]["correct"] += sum(
            any(_partner_matches(f, g) for g in item["partners"]) for f in found["partners"])
        totals["partners"]["recalled"] = totals["partners"].get("recalled", 0) + sum(
            any(_partner_matches(f, g) for f in found["partners"]) for g in item["partners"])
        for kind, gold in (("people", gold_people), ("countries", item["countries"]),
                           ("partners", item["partners"])):
            totals[kind]["found"] += len(found[kind])
            totals[kind]["gold"] += len(gold)
    for counts in totals.values():
        recalled = counts.pop("recalled", counts["correct"])
        counts["precision"] = counts["correct"] / counts["found"] if counts["found"] else 1.0
        counts["recall"] = recalled / counts["gold"] if counts["gold"] else 1.0
    return totals


def main() -> None:
    print("| entities | annotated | found | found correctly | precision | recall |")
    print("|---|---|---|---|---|---|")
    for kind, c in score().items():
        print(f"| {kind} | {c['gold']} | {c['found']} | {c['correct']} | "
              f"{c['precision']:.2f} | {c['recall']:.2f} |")


if __name__ == "__main__":
    main()
