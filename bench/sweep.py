"""Precision of an icli executable on a judged sweep of saved pages, and its known misses.

    python -m bench.sweep DIR HALF [--icli PATH] [--show] [--unjudged FILE]

A sweep is a wide sample of real pages whose output was judged instead of annotated from
scratch: icli ran once on them, and a reader marked each item it emitted right or wrong and
listed what it missed. Scoring another icli against those judgments tells what a change turns
right, turns wrong or drops, on pages its author never read (one half designs, the other
validates). DIR holds `pages/HALF/*.txt` (each file's name starts with its language code:
`en-01.txt`) and JSON-lines files, all outside the repository:

- `labels-HALF-*.jsonl` (and `extra-HALF-*.jsonl`, judgments added later): one emitted item a
  line, `{"file", "title", "kind": "person"|"partner"|"country"|"date", "value", "ok"}`; a wrong
  cut or glued item may give its `"right"` value; a right person gives `"role_ok"` and, when
  that is false, `"role_right"` (the role the article states, or null).
- `missed-HALF-*.jsonl`: `{"file", "kind", "value"}` (persons also `"role"`): what the judged
  run did not emit.

Items match within their file by kind and value (quotes, spaces and case normalised); a date
matches its article by file and title. Per language and kind the table gives the items judged
right and wrong, those nobody judged yet, the known misses (labelled misses and right items no
longer emitted), precision over the judged items and the recall the known misses allow. With
--unjudged, the items not judged are written to FILE for a reader to judge.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.heldout import exported, role_norm

KINDS = ("person", "partner", "country")


def norm(value: object) -> str | None:
    """A value compared: role_norm's quotes and spaces, then casefolded."""
    return None if value is None else (role_norm(str(value)) or "").casefold()


@dataclass
class Judged:
    """The judgments of one half: per (file, kind) the right and wrong values, the roles of right
    persons, the date of each (file, title start)."""

    values: dict[tuple[str, str], dict[str | None, bool]] = field(
        default_factory=lambda: defaultdict(dict))
    roles: dict[tuple[str, str | None], str | None] = field(default_factory=dict)
    dates: dict[tuple[str, str], str | None] = field(default_factory=dict)


def _lines(directory: Path, pattern: str) -> list[dict[str, Any]]:
    return [json.loads(line) for path in sorted(directory.glob(pattern))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load(directory: Path, half: str) -> Judged:
    """The judgments of DIR for HALF: labels, later labels, then misses."""
    judged = Judged()
    for item in _lines(directory, f"labels-{half}-*.jsonl") + _lines(directory,
                                                                    f"extra-{half}-*.jsonl"):
        ok = bool(item.get("ok"))
        if item["kind"] == "date":
            right = item["value"] if ok else item.get("right")
            judged.dates[(item["file"], (norm(item["title"]) or "")[:30])] = right
            continue
        values = judged.values[(item["file"], item["kind"])]
        values[norm(item["value"])] = ok
        if not ok and item.get("right"):
            values.setdefault(norm(item["right"]), True)
        if item["kind"] == "person" and ok:
            role = item.get("role") if item.get("role_ok", True) else item.get("role_right")
            judged.roles[(item["file"], norm(item["value"]))] = norm(role)
    for item in _lines(directory, f"missed-{half}-*.jsonl"):
        judged.values[(item["file"], item["kind"])].setdefault(norm(item["value"]), True)
        if item["kind"] == "person":
            judged.roles.setdefault((item["file"], norm(item["value"])), norm(item.get("role")))
    return judged


def items(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The judged kinds of items in exported articles, one per source file (inferred persons,
    the head named by role alone, left out as bench.heldout does)."""
    out = []
    for article in articles:
        for source in article["sources"]:
            base = {"file": Path(source).name, "title": article["title"]}
            out += [{**base, "kind": "person", "value": p["name"], "role": p.get("role")}
                    for p in article["persons"] if not p.get("inferred")]
            out += [{**base, "kind": "country", "value": c["code"]} for c in article["countries"]]
            out += [{**base, "kind": "partner", "value": p["name"]} for p in article["partners"]]
            out.append({**base, "kind": "date", "value": article["date"]})
    return out


Counts = dict[str, dict[str, int]]


def score(emitted: list[dict[str, Any]], judged: Judged,
          show: list[str]) -> tuple[dict[str, Counts], list[dict[str, Any]]]:
    """{language: {kind: counts}} and the unjudged items; each wrong, missed and unjudged item
    is appended to `show`."""
    tallies: dict[str, Counts] = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    unjudged: list[dict[str, Any]] = []
    seen: dict[tuple[str, str], set[str | None]] = defaultdict(set)
    for item in emitted:
        file, kind, value = item["file"], item["kind"], norm(item["value"])
        counts = tallies[file.split("-")[0]]
        if kind == "date":
            key = (file, (norm(item["title"]) or "")[:30])
            if key not in judged.dates:
                unjudged.append(item)
                counts["date"]["unjudged"] += 1
                continue
            right = item["value"] == judged.dates[key]
            counts["date"]["right" if right else "wrong"] += 1
            if not right:
                show.append(f"date wrong {file}: {item['value']} (right: {judged.dates[key]})")
            continue
        if value in seen[(file, kind)]:
            continue
        seen[(file, kind)].add(value)
        verdict = judged.values[(file, kind)].get(value)
        if verdict is None:
            unjudged.append(item)
            counts[kind]["unjudged"] += 1
            show.append(f"{kind} unjudged {file}: {item['value']}")
            continue
        counts[kind]["right" if verdict else "wrong"] += 1
        if not verdict:
            show.append(f"{kind} wrong {file}: {item['value']}")
        elif kind == "person":
            want = judged.roles.get((file, value), "?")
            state = ("unjudged" if want == "?" else
                     "right" if norm(item.get("role")) == want else "wrong")
            counts["role"][state] += 1
            if state == "wrong":
                show.append(f"role wrong {file}: {item['value']}: {item.get('role')} "
                            f"(right: {want})")
    for (file, kind), values in judged.values.items():
        for value, right in values.items():
            if right and value not in seen[(file, kind)]:
                tallies[file.split("-")[0]][kind]["missed"] += 1
                show.append(f"{kind} missed {file}: {value}")
    return tallies, unjudged


def table(tallies: dict[str, Counts]) -> list[str]:
    """The markdown table: one row per language and kind."""
    rows = ["| language | what | right | wrong | unjudged | known misses | precision | recall |",
            "|---|---|---|---|---|---|---|---|"]
    for language in sorted(tallies):
        for kind in (*KINDS, "role", "date"):
            c = tallies[language][kind]
            judged = c["right"] + c["wrong"]
            precision = f"{c['right'] / judged:.3f}" if judged else "—"
            found = c["right"] + c["missed"]
            recall = f"{c['right'] / found:.3f}" if kind in KINDS and found else "—"
            rows.append(f"| {language} | {kind} | {c['right']} | {c['wrong']} | {c['unjudged']} "
                        f"| {c['missed'] if kind in KINDS else ''} | {precision} | {recall} |")
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.sweep", description=__doc__.split(
        "\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir", type=Path, help="the sweep: pages/HALF/ and the judgments")
    parser.add_argument("half", help="the half to score: the folder of pages/ (e.g. A or B)")
    parser.add_argument("--icli", default=str(Path(sys.executable).parent / "icli"),
                        help="the icli executable to measure (default: the one beside Python)")
    parser.add_argument("--show", action="store_true",
                        help="list every wrong, missed and unjudged item")
    parser.add_argument("--unjudged", type=Path, help="write the unjudged items to this file")
    args = parser.parse_args(argv)
    show: list[str] = []
    emitted = items(exported(args.icli, args.dir / "pages" / args.half))
    tallies, unjudged = score(emitted, load(args.dir, args.half), show)
    print("\n".join(table(tallies)))
    if args.show:
        print("\n" + "\n".join(sorted(show)))
    if args.unjudged:
        args.unjudged.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n"
                                         for item in unjudged), encoding="utf-8")


if __name__ == "__main__":
    main()
