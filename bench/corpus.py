"""Write a synthetic corpus of N articles in the dump format, sampled from data/dumps.

    python -m bench.corpus OUT_DIR 100000 [--shape usual|mixed] [--per-file N] [--seed 1]

Two shapes. `usual` (20 articles a file): each article takes a sample article's paragraphs in
a shuffled order. `mixed` (12 articles a file): each article keeps a sample article's first
paragraph and the paragraph holding its date, and draws its other paragraphs from every
sample at once, so people, roles, countries and partners meet in many more combinations, as
in an archive of many years. Every article has a unique title and a unique event date; files
run newest first and carry the page header, like real listings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

from icli.text.dates import DATE_RE
from icli.text.parse import parse_dump

HEADER = (
    "Disclaimer: You are using Google Translate. The ICESCO is not responsible for the accuracy "
    "of the information in the translated language .\n\nyour opinion\n\nUser Feedback\n\n"
    "Overall, how satisfied are you about the website?\n\n"
    "    Extremely Dissatisfied Extremely Satisfied\n\n"
)
SAMPLES = Path(__file__).resolve().parents[1] / "data" / "dumps"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday"]
PLACES = ["Rabat", "Baku", "Cairo", "Jeddah", "Tashkent", "Dakar", "Amman", "Muscat", "Doha",
          "Kuala Lumpur", "Astana", "Tunis", "Abuja", "Islamabad", "Istanbul", "Nouakchott"]


def _templates() -> list[tuple[str, list[str]]]:
    """Sample articles as (title, paragraphs) with their first date replaced by '{when}'."""
    templates = []
    for path in sorted(SAMPLES.glob("*.txt")):
        for article in parse_dump(path.read_text(encoding="utf-8")).articles:
            body = [DATE_RE.sub("{when}", p, count=1).replace("{", "{{").replace("}", "}}")
                    .replace("{{when}}", "{when}") for p in article.body]
            if not any("{when}" in p for p in body):
                body.insert(1, "The event was held on {when}.")
            templates.append((article.title, body))
    return templates


SHAPES = {"usual": 20, "mixed": 12}  # corpus shape → articles a file


def write_corpus(out: Path, total: int, per_file: int | None = None, seed: int = 1,
                 shape: str = "usual") -> int:
    """Write `total` articles of `shape` into out/NNNNNN.txt files (SHAPES[shape] a file
    unless `per_file`); returns the number of files."""
    rng = random.Random(seed)
    templates = _templates()
    pool = [p for _, body in templates for p in body[1:]]  # what a mixed article draws from
    per_file = per_file or SHAPES[shape]
    out.mkdir(parents=True, exist_ok=True)
    day = dt.date(2026, 11, 1)
    files = 0
    for start in range(0, total, per_file):
        parts = [HEADER]
        for number in range(start, min(total, start + per_file)):
            title, body = rng.choice(templates)
            day -= dt.timedelta(days=rng.random() < 0.3)
            when = f"{rng.choice(WEEKDAYS)}, {day.day} {day:%B %Y}"
            if shape == "mixed":
                kept = [body[0], *(p for p in body[1:] if "{when}" in p)]
                paragraphs = [*kept, *rng.sample(pool, max(len(body) - len(kept), 1))]
                paragraphs[1:] = rng.sample(paragraphs[1:], len(paragraphs) - 1)
            else:
                paragraphs = [body[0], *rng.sample(body[1:], len(body) - 1)]
            parts.append(f"    {title} – {rng.choice(PLACES)} Edition {number}\n\n")
            parts.extend(f"    {p.format(when=when)}\n\n" for p in paragraphs)
        (out / f"{files:06d}.txt").write_text("".join(parts), encoding="utf-8")
        files += 1
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("articles", type=int)
    parser.add_argument("--shape", choices=sorted(SHAPES), default="usual")
    parser.add_argument("--per-file", type=int, help="articles a file (default: the shape's)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    files = write_corpus(args.out, args.articles, args.per_file, args.seed, args.shape)
    print(f"wrote {args.articles} articles in {files} files to {args.out}")


if __name__ == "__main__":
    main()
