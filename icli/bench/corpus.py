"""Write a synthetic corpus of N articles in the dump format, sampled from data/dumps.

    python -m icli.bench.corpus OUT_DIR 100000 [--per-file 20] [--seed 1]

Each article takes a sample article's paragraphs (shuffled among articles of the same sample
file so the mix varies), a unique title and a unique event date; files run newest first and
carry the page header, like real listings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
from pathlib import Path

from icli.dates import DATE_RE
from icli.parse import parse_dump

HEADER = (
    "Disclaimer: You are using Google Translate. The ICESCO is not responsible for the accuracy "
    "of the information in the translated language .\n\nyour opinion\n\nUser Feedback\n\n"
    "Overall, how satisfied are you about the website?\n\n"
    "    Extremely Dissatisfied Extremely Satisfied\n\n"
)
SAMPLES = Path(__file__).resolve().parents[2] / "data" / "dumps"
PLACES = ["Rabat", "Baku", "Cairo", "Jeddah", "Tashkent", "Dakar", "Amman", "Muscat", "Doha",
          "Kuala Lumpur", "Astana", "Tunis", "Abuja", "Islamabad", "Istanbul", "Nouakchott"]


def write_corpus(out: Path, total: int, per_file: int = 20, seed: int = 1) -> int:
    """Write `total` articles into out/NNNNNN.txt files; returns the number of files."""
    rng = random.Random(seed)
    samples = [parse_dump(p.read_text(encoding="utf-8")).articles for p in sorted(SAMPLES.glob("*.txt"))]
    articles = [a for group in samples for a in group]
    out.mkdir(parents=True, exist_ok=True)
    day = dt.date(2026, 11, 1)
    files = 0
    for start in range(0, total, per_file):
        lines = [HEADER]
        for number in range(start, min(total, start + per_file)):
            template = rng.choice(articles)
            day -= dt.timedelta(days=rng.random() < 0.3)
            when = f"{rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday'])}, " \
                   f"{day.day} {day:%B %Y}"
            body = list(template.body)
            rng.shuffle(body[1:])
            body = [DATE_RE.sub(when, p, count=1) for p in body]
            if not any(DATE_RE.search(p) for p in body):
                body.insert(1, f"The event was held on {when} in {rng.choice(PLACES)}.")
            title = re.sub(r"\s+", " ", f"{template.title} in {rng.choice(PLACES)} (No. {number})")
            lines.append(f"    {title}\n\n")
            lines.extend(f"    {paragraph}\n\n" for paragraph in body)
        (out / f"{files:06d}.txt").write_text("".join(lines), encoding="utf-8")
        files += 1
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("articles", type=int)
    parser.add_argument("--per-file", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    files = write_corpus(args.out, args.articles, args.per_file, args.seed)
    print(f"wrote {args.articles} articles in {files} files to {args.out}")


if __name__ == "__main__":
    main()
