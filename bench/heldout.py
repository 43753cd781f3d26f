"""Entity accuracy of an icli executable on a held-out set of saved pages.

    python -m bench.heldout DIR [--icli PATH] [--show]

DIR holds `pages/` (the saved pages, `*.txt`, exactly as saved: they stay outside the
repository) and one or more `gold*.json` files, written by hand before icli reads the pages.
The scorer ingests DIR/pages into a fresh temporary archive with the icli executable (default:
the `icli` beside this Python), reads `icli export --format jsonl`, and matches each gold
article to the exported article read from its file whose title starts with `title_start`; when
none does, a file that holds one gold article and one exported article is matched all the same
and counted under "titles differ" (its entities are scored; its title is icli's mistake).

Gold format (one file or several, e.g. gold-enfr.json and gold-ar.json):

    {"articles": [{"file": "en-01.txt",                 # a file of DIR/pages
                   "title_start": "ICESCO Director-G",  # the first characters of its title
                   "language": "en",                    # "en", "fr" or "ar": the row it counts in
                   "date": "2024-05-27",                # the event date (docs/contract.md), or null
                   "date_also": ["2024-05-26"],         # optional: days equally right (the day
                                                        # before a date line for "yesterday")
                   "people": [{"name": "Salim M. AlMalik",       # as written, no honorific
                               "role": "Director-General of ICESCO",  # as stated, or null
                               "aliases": ["AlMalik"]}],  # other spellings in this article
                   "countries": ["MAR", "BGD"],          # ISO 3166-1 alpha-3
                   "partners": [{"name": "Arab Open University", "acronym": "AOU",
                                 "aliases": ["the Open University"]}]}]}

What counts as a person, role, country, partner and event date is docs/contract.md's
definition; ICESCO's head named by role alone is not a person (icli's `inferred` persons are
not scored). People match by identity (`person_key` of the name or an alias), countries by
code, partners as bench/accuracy.py matches them (`partner_matches`, an alias standing for its
partner). A role is right when it equals the gold role after whitespace and quotes are
normalised; it is counted for each gold person with a role that icli found. A date is counted
for each gold article with a date, right when it is `date` or one of `date_also` (the days
the contract counts as equally right). A gold article with no matching exported article
counts as unmatched, and its entities as missed.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.accuracy import partner_matches
from icli.extract.identity import person_key

KINDS = ("people", "countries", "partners")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


@dataclass
class Tally:
    """Counts of one language (or of all): per kind found / correct / gold / recalled, roles and
    dates right of those asked, gold articles and unmatched ones."""

    kinds: dict[str, dict[str, int]] = field(default_factory=lambda: {
        kind: {"found": 0, "correct": 0, "gold": 0, "recalled": 0} for kind in KINDS})
    roles: list[int] = field(default_factory=lambda: [0, 0])
    dates: list[int] = field(default_factory=lambda: [0, 0])
    articles: int = 0
    unmatched: int = 0
    retitled: int = 0

    def add(self, other: Tally) -> None:
        """Adds another tally's counts to this one."""
        for kind, counts in other.kinds.items():
            for name, value in counts.items():
                self.kinds[kind][name] += value
        for mine, theirs in ((self.roles, other.roles), (self.dates, other.dates)):
            mine[0] += theirs[0]
            mine[1] += theirs[1]
        self.articles += other.articles
        self.unmatched += other.unmatched
        self.retitled += other.retitled

    def prf(self, kind: str) -> tuple[float, float, float]:
        """Precision, recall and F1 of one kind."""
        c = self.kinds[kind]
        precision = c["correct"] / c["found"] if c["found"] else 1.0
        recall = c["recalled"] / c["gold"] if c["gold"] else 1.0
        total = precision + recall
        return precision, recall, 2 * precision * recall / total if total else 0.0


def role_norm(role: str | None) -> str | None:
    """A role compared: quotes made straight, runs of whitespace one space."""
    return None if role is None else re.sub(r"\s+", " ", role.translate(_QUOTES)).strip()


def load_gold(directory: Path) -> list[dict[str, Any]]:
    """Every gold article of DIR/gold*.json, in file order."""
    articles: list[dict[str, Any]] = []
    for path in sorted(directory.glob("gold*.json")):
        articles += json.loads(path.read_text(encoding="utf-8"))["articles"]
    return articles


def exported(icli: str, pages: Path) -> list[dict[str, Any]]:
    """The article objects of `icli export` after ingesting `pages` into a fresh archive."""
    with tempfile.TemporaryDirectory(prefix="icli-heldout-") as tmp:
        db = str(Path(tmp) / "heldout.db")
        done = subprocess.run([icli, "--db", db, "ingest", str(pages), "--json"],
                              capture_output=True, text=True)
        if done.returncode not in (0, 1):
            raise SystemExit(f"icli ingest failed ({done.returncode}): {done.stderr.strip()}")
        for failure in json.loads(done.stdout).get("failed", []):
            print(f"not ingested: {failure['path']}: {failure['error']}", file=sys.stderr)
        export = subprocess.run([icli, "--db", db, "export", "--format", "jsonl"],
                                capture_output=True, text=True, check=True)
    return [json.loads(line) for line in export.stdout.splitlines() if line.strip()]


def match(gold: dict[str, Any], articles: list[dict[str, Any]],
          golds_in_file: int) -> tuple[dict[str, Any] | None, bool]:
    """The exported article read from the gold article's file whose title starts with its
    title_start (whitespace normalised); else, when the file holds this one gold article and
    one exported article, that article; else None. The flag: matched with another title."""
    start = role_norm(gold["title_start"]) or ""
    from_file = [article for article in articles
                 if any(Path(source).name == gold["file"] for source in article["sources"])]
    for article in from_file:
        if (role_norm(article["title"]) or "").startswith(start):
            return article, False
    if golds_in_file == 1 and len(from_file) == 1:
        return from_file[0], True
    return None, False


def score_article(gold: dict[str, Any], found: dict[str, Any] | None,
                  show: list[str]) -> Tally:
    """The tally of one gold article against its exported article (None: unmatched); each miss
    and false hit is appended to `show`."""
    tally = Tally(articles=1, unmatched=int(found is None))
    label = f"{gold['file']} «{gold['title_start']}»"
    if found is None:
        show.append(f"{label}: no exported article matches")
        found = {"persons": [], "countries": [], "partners": [], "date": None}
    # people: a found person is right when its key is one of a gold person's keys
    people = [(p, {person_key(n) for n in [p["name"], *p.get("aliases", [])]})
              for p in gold["people"]]
    persons = [p for p in found["persons"] if not p.get("inferred")]
    keys = [person_key(p["name"]) for p in persons]
    counts = tally.kinds["people"]
    counts["found"], counts["gold"] = len(persons), len(people)
    for person, key in zip(persons, keys):
        if any(key in gold_keys for _, gold_keys in people):
            counts["correct"] += 1
        else:
            show.append(f"{label}: person false hit: {person['name']!r}")
    for person, gold_keys in people:
        hits = [p for p, key in zip(persons, keys) if key in gold_keys]
        if not hits:
            show.append(f"{label}: person missed: {person['name']!r}")
            continue
        counts["recalled"] += 1
        if person.get("role") is not None:
            tally.roles[1] += 1
            if any(role_norm(p.get("role")) == role_norm(person["role"]) for p in hits):
                tally.roles[0] += 1
            else:
                show.append(f"{label}: role of {person['name']!r}: gold {person['role']!r}, "
                            f"found {[p.get('role') for p in hits]!r}")
    # countries by code
    codes, gold_codes = {c["code"] for c in found["countries"]}, set(gold["countries"])
    tally.kinds["countries"].update(found=len(codes), gold=len(gold_codes),
                                    correct=len(codes & gold_codes),
                                    recalled=len(codes & gold_codes))
    show += [f"{label}: country false hit: {c}" for c in sorted(codes - gold_codes)]
    show += [f"{label}: country missed: {c}" for c in sorted(gold_codes - codes)]
    # partners: an alias stands for its partner
    partners = [(p["name"], p.get("acronym")) for p in found["partners"]]
    spellings = [[[name, p.get("acronym")] for name in [p["name"], *p.get("aliases", [])]]
                 for p in gold["partners"]]
    counts = tally.kinds["partners"]
    counts["found"], counts["gold"] = len(partners), len(spellings)
    for partner in partners:
        if any(partner_matches(partner, g) for forms in spellings for g in forms):
            counts["correct"] += 1
        else:
            show.append(f"{label}: partner false hit: {partner[0]!r} ({partner[1]})")
    for gold_partner, forms in zip(gold["partners"], spellings):
        if any(partner_matches(partner, g) for partner in partners for g in forms):
            counts["recalled"] += 1
        else:
            show.append(f"{label}: partner missed: {gold_partner['name']!r}")
    if gold.get("date"):
        tally.dates[1] += 1
        if found["date"] in [gold["date"], *gold.get("date_also", [])]:
            tally.dates[0] += 1
        else:
            show.append(f"{label}: date: gold {gold['date']}, found {found['date']}")
    return tally


def score(directory: Path, icli: str) -> tuple[dict[str, Tally], list[str]]:
    """{language: tally, "all": tally} over DIR's gold, and the misses and false hits."""
    articles = exported(icli, directory / "pages")
    tallies: dict[str, Tally] = {}
    show: list[str] = []
    golds = load_gold(directory)
    per_file = Counter(gold["file"] for gold in golds)
    for gold in golds:
        found, retitled = match(gold, articles, per_file[gold["file"]])
        tally = score_article(gold, found, show)
        if retitled:
            tally.retitled = 1
            show.append(f"{gold['file']} «{gold['title_start']}»: title differs: "
                        f"{found['title'][:60] if found else ''}")
        tallies.setdefault(gold["language"], Tally()).add(tally)
    total = Tally()
    for tally in tallies.values():
        total.add(tally)
    tallies["all"] = total
    return tallies, show


def table(tallies: dict[str, Tally]) -> list[str]:
    """The markdown table of the tallies: one row per language and kind."""
    rows = ["| language | what | gold | found | correct | precision | recall | F1 |",
            "|---|---|---|---|---|---|---|---|"]
    for language, tally in tallies.items():
        for kind in KINDS:
            c = tally.kinds[kind]
            precision, recall, f1 = tally.prf(kind)
            rows.append(f"| {language} | {kind} | {c['gold']} | {c['found']} | {c['correct']} | "
                        f"{precision:.3f} | {recall:.3f} | {f1:.3f} |")
        for what, (right, asked) in (("roles right", tally.roles), ("dates right", tally.dates)):
            share = f"{right / asked:.3f}" if asked else "—"
            rows.append(f"| {language} | {what} | {asked} | | {right} | {share} | | |")
        rows.append(f"| {language} | articles unmatched | {tally.articles} | | "
                    f"{tally.unmatched} | | | |")
        rows.append(f"| {language} | titles differ | {tally.articles} | | "
                    f"{tally.retitled} | | | |")
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.heldout", description=__doc__.split(
        "\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir", type=Path, help="the set: pages/ and gold*.json")
    parser.add_argument("--icli", default=str(Path(sys.executable).parent / "icli"),
                        help="the icli executable to measure (default: the one beside Python)")
    parser.add_argument("--show", action="store_true", help="list every miss and false hit")
    args = parser.parse_args(argv)
    tallies, show = score(args.dir, args.icli)
    print("\n".join(table(tallies)))
    if args.show:
        print("\n" + "\n".join(show))


if __name__ == "__main__":
    main()
