"""`make bench`: icli against the plain-sqlite3 floor on a synthetic corpus, in one run.

    python -m icli.bench.run [--articles 100000] [--runs 9] [--ingest-runs 3] [--dir .bench]
                             [--readme README.md]

Every figure is a whole-process wall time (what a user waits for), measured back to back with
the floor's equivalent on the same machine, and reported as a ratio to it plus absolute numbers.
With --readme, the table between the bench markers in README.md is replaced.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from icli.bench.corpus import write_corpus

MARK_START, MARK_END = "<!-- bench:start -->", "<!-- bench:end -->"


def timed(command: list[str]) -> tuple[float, float]:
    """Run a command; (wall seconds, peak RSS in MB of it and its waited-for children)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}: {process.stderr.read().decode()[-500:]}")  # type: ignore[union-attr]
    return elapsed, usage.ru_maxrss / 1024


def paired_medians(ours: list[str], theirs: list[str], runs: int) -> tuple[float, float]:
    """Median wall times of two commands run alternately (a slow spell of the machine hits
    both), after one warm-up run each."""
    timed(ours), timed(theirs)
    pairs = [(timed(ours)[0], timed(theirs)[0]) for _ in range(runs)]
    return statistics.median(a for a, _ in pairs), statistics.median(b for _, b in pairs)


def size_mb(*paths: Path) -> float:
    return sum(p.stat().st_size for p in paths if p.exists()) / 2**20


def run(articles: int, runs: int, ingest_runs: int, workdir: Path) -> list[tuple[str, str, str, str]]:
    """Measure everything; rows of (what, icli, floor, ratio)."""
    python = sys.executable
    icli = [str(Path(python).parent / "icli")]
    floor = [python, "-m", "icli.bench.floor"]
    corpus = workdir / f"corpus-{articles}"
    if not corpus.exists():
        print(f"writing a corpus of {articles} articles to {corpus} ...", file=sys.stderr)
        write_corpus(corpus, articles)
    extra = workdir / "extra"
    shutil.rmtree(extra, ignore_errors=True)
    write_corpus(extra, 20, seed=articles + 7)
    new_dump = extra / "new_dump.txt"
    (extra / "000000.txt").rename(new_dump)
    icli_db, floor_db = workdir / "icli.db", workdir / "floor.db"
    icli_db_args = [*icli, "--db", str(icli_db)]
    rows: list[tuple[str, str, str, str]] = []

    def row(what: str, ours: float, base: float | None, unit: str = "s") -> None:
        ratio = f"{ours / base:.2f}x" if base else "—"
        rows.append((what, f"{ours:.3f} {unit}", f"{base:.3f} {unit}" if base else "—", ratio))
        print(f"{what}: {ours:.3f} {unit} (floor {base if base else '—'})", file=sys.stderr)

    floor_times, icli_times, floor_rss, ingest_rss = [], [], 0.0, 0.0
    for attempt in range(ingest_runs):  # interleaved, so a slow spell of the machine hits both
        print(f"ingesting ({attempt + 1}/{ingest_runs}) ...", file=sys.stderr)
        for db in (icli_db, floor_db):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
        elapsed, rss = timed([*floor, "ingest", str(floor_db), str(corpus)])
        floor_times.append(elapsed)
        floor_rss = max(floor_rss, rss)
        elapsed, rss = timed([*icli_db_args, "ingest", str(corpus), "--json"])
        icli_times.append(elapsed)
        ingest_rss = max(ingest_rss, rss)
    floor_time, ingest_time = statistics.median(floor_times), statistics.median(icli_times)
    row(f"first ingest of {articles} articles (median of {ingest_runs})", ingest_time, floor_time)
    rows.append(("  articles per second", f"{articles / ingest_time:.0f}",
                 f"{articles / floor_time:.0f}", f"{floor_time / ingest_time:.2f}x"))
    row("  peak memory (largest process)", ingest_rss, floor_rss, "MB")
    again, _ = timed([*icli_db_args, "ingest", str(corpus), "--json"])
    row("re-ingest, nothing changed", again, None)
    rows[-1] = (*rows[-1][:3], f"{again / ingest_time:.1%} of first")
    add, _ = timed([*icli_db_args, "ingest", str(new_dump), "--json"])
    row("add one 20-article dump", add, None)
    queries = [
        ("search Kazakhstan", ["search", "Kazakhstan"], ["search", "Kazakhstan"]),
        ("who AlMalik", ["who", "AlMalik"], ["search", "AlMalik"]),
        ("country KAZ", ["country", "KAZ"], ["search", "Kazakhstan"]),
        ("summary", ["summary"], ["summary"]),
        ("list --since 2026-01", ["list", "--since", "2026-01"], ["list"]),
    ]
    for label, ours, theirs in queries:
        row(f"`icli {label}`", *paired_medians([*icli_db_args, *ours, "--json"],
                                               [*floor, "query", str(floor_db), *theirs], runs))
    row("`icli --help`", *paired_medians([*icli, "--help"], [python, "-c", "pass"], runs))
    rows[-1] = (*rows[-1][:2], rows[-1][2] + " (bare python)", rows[-1][3])
    input_mb = size_mb(*corpus.glob("*.txt"))
    row("database size", size_mb(icli_db, Path(f"{icli_db}-wal")),
        size_mb(floor_db, Path(f"{floor_db}-wal")), "MB")
    rows[-1] = (*rows[-1][:3], rows[-1][3] + f" (input {input_mb:.0f} MB)")
    return rows


def table(rows: list[tuple[str, str, str, str]], articles: int) -> str:
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    lines = [f"Measured by `make bench` ({articles} synthetic articles; {machine}; "
             f"{time.strftime('%Y-%m-%d')}). Floor: `icli/bench/floor.py`.", "",
             "| measure | icli | floor | icli / floor |", "|---|---|---|---|"]
    lines += [f"| {' | '.join(r)} |" for r in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=int(os.environ.get("BENCH_ARTICLES", 100_000)))
    parser.add_argument("--runs", type=int, default=9, help="runs per query (median)")
    parser.add_argument("--ingest-runs", type=int, default=3, help="first ingests of each (median)")
    parser.add_argument("--dir", type=Path, default=Path(".bench"))
    parser.add_argument("--readme", type=Path)
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    result = table(run(args.articles, args.runs, args.ingest_runs, args.dir), args.articles)
    print(result)
    if args.readme:
        text = args.readme.read_text(encoding="utf-8")
        before, _, rest = text.partition(MARK_START)
        _, _, after = rest.partition(MARK_END)
        args.readme.write_text(f"{before}{MARK_START}\n{result}\n{MARK_END}{after}", encoding="utf-8")


if __name__ == "__main__":
    main()
