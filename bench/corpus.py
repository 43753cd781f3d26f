"""Write a synthetic corpus of N articles in the dump format, sampled from data/dumps.

    python -m bench.corpus OUT_DIR 100000 [--per-file 20] [--seed 1]

Each article takes a sample article's paragraphs (shuffled among articles of the same sample
file so the mix varies), a unique title and a unique event date; files run newest first and
carry the page header, like real listings.
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


def write_corpus(out: Path, total: int, per_file: int = 20, seed: int = 1) -> int:
    """Write `total` articles into out/NNNNNN.txt files; returns the number of files."""
    rng = random.Random(seed)
    templates = _templates()
    out.mkdir(parents=True, exist_ok=True)
    day = dt.date(2026, 11, 1)
    files = 0
    for start in range(0, total, per_file):
        parts = [HEADER]
        for number in range(start, min(total, start + per_file)):
            title, body = rng.choice(templates)
            day -= dt.timedelta(days=rng.random() < 0.3)
            when = f"{rng.choice(WEEKDAYS)}, {day.day} {day:%B %Y}"
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
    parser.add_argument("--per-file", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    files = write_corpus(args.out, args.articles, args.per_file, args.seed)
    print(f"wrote {args.articles} articles in {files} files to {args.out}")


if __name__ == "__main__":
    main()
