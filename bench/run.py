"""`make bench`: icli against the plain-sqlite3 floor on a synthetic corpus, in one run.

    python -m bench.run [--articles 100000] [--runs 9] [--ingest-runs 3] [--dir .bench]
                             [--readme docs/performance.md]

(BENCH_ARTICLES, BENCH_RUNS and BENCH_INGEST_RUNS set the first three.) Every figure is a
whole-process wall time (what a user waits for), measured back to back with the floor's
equivalent on the same machine, and reported as a ratio to it plus absolute numbers; streamed
answers (`--limit 0`) are run once each, timed to their first record and to the end, with their
peak memory. With --readme, the table between the markers for that many articles
(`<!-- bench:N:start -->` and `<!-- bench:N:end -->`) in that file is replaced.
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

from bench.corpus import write_corpus


def markers(articles: int) -> tuple[str, str]:
    """The markers around the table for a corpus of `articles`."""
    return f"<!-- bench:{articles}:start -->", f"<!-- bench:{articles}:end -->"


def timed(command: list[str]) -> tuple[float, float]:
    """Run a command; (wall seconds, peak RSS in MB of it and its waited-for children)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}: {process.stderr.read().decode()[-500:]}")  # type: ignore[union-attr]  # stderr=PIPE
    return elapsed, usage.ru_maxrss / 1024


def streamed(command: list[str]) -> tuple[float, float, float]:
    """Run a command that streams its answer; (seconds to its first output, a block of 8 KB
    that Python flushes to a pipe, seconds to the end, peak RSS in MB)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    os.read(process.stdout.fileno(), 2**16)
    first = time.perf_counter() - start
    while process.stdout.read(2**20):
        pass
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}: {process.stderr.read().decode()[-500:]}")  # type: ignore[union-attr]  # stderr=PIPE
    return first, elapsed, usage.ru_maxrss / 1024


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
    floor = [python, "-m", "bench.floor"]
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
    # The floor answers with the first 50 rows; JSON in a pipe is whole unless --limit is
    # given, so icli is asked for the same 50.
    queries = [
        ("search Kazakhstan -n 50", ["search", "Kazakhstan", "-n", "50"], ["search", "Kazakhstan"]),
        ("who AlMalik -n 50", ["who", "AlMalik", "-n", "50"], ["search", "AlMalik"]),
        ("country KAZ -n 50", ["country", "KAZ", "-n", "50"], ["search", "Kazakhstan"]),
        ("summary", ["summary"], ["summary"]),
        ("list --since 2026-01 -n 50", ["list", "--since", "2026-01", "-n", "50"], ["list"]),
    ]
    for label, ours, theirs in queries:
        row(f"`icli {label}`", *paired_medians([*icli_db_args, *ours, "--json"],
                                               [*floor, "query", str(floor_db), *theirs], runs))
    for label, ours, theirs in [  # entity articles against a search for as frequent a word
        ("who AlMalik -n 20", ["who", "AlMalik"], ["search", "AlMalik"]),
        ("country KAZ -n 20", ["country", "KAZ"], ["search", "Kazakhstan"]),
        ("partner ALECSO -n 20", ["partner", "ALECSO"], ["search", "ALECSO"]),
    ]:
        ours_time, search_time = paired_medians([*icli_db_args, *ours, "-n", "20", "--json"],
                                                [*icli_db_args, *theirs, "-n", "20", "--json"], runs)
        rows.append((f"`icli {label}`", f"{ours_time:.3f} s",
                     f"{search_time:.3f} s (`icli search {theirs[1]} -n 20`)",
                     f"{ours_time / search_time:.2f}x"))
    for label in ("list -n 0 --jsonl", "search Kazakhstan -n 0 --jsonl", "who AlMalik -n 0 --json",
                  "country KAZ -n 0 --jsonl", "export --format csv", "network --format graphml"):
        first, elapsed, rss = streamed([*icli_db_args, *label.split()])
        rows.append((f"`icli {label}`: first record, all, peak memory",
                     f"{first:.3f} s, {elapsed:.1f} s, {rss:.0f} MB", "—", "—"))
        print(f"{label}: first record {first:.3f} s, all {elapsed:.1f} s, {rss:.0f} MB",
              file=sys.stderr)
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
             f"{time.strftime('%Y-%m-%d')}). Floor: `bench/floor.py`.", "",
             "| measure | icli | floor | icli / floor |", "|---|---|---|---|"]
    lines += [f"| {' | '.join(r)} |" for r in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=int(os.environ.get("BENCH_ARTICLES", 100_000)))
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", 9)),
                        help="runs per query (median)")
    parser.add_argument("--ingest-runs", type=int,
                        default=int(os.environ.get("BENCH_INGEST_RUNS", 3)),
                        help="first ingests of each (median)")
    parser.add_argument("--dir", type=Path, default=Path(".bench"))
    parser.add_argument("--readme", type=Path)
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    result = table(run(args.articles, args.runs, args.ingest_runs, args.dir), args.articles)
    print(result)
    if args.readme:
        start, end = markers(args.articles)
        text = args.readme.read_text(encoding="utf-8")
        before, found, rest = text.partition(start)
        if not found or end not in rest:
            print(f"{args.readme}: no {start} … {end} markers; table not written", file=sys.stderr)
            return
        _, _, after = rest.partition(end)
        args.readme.write_text(f"{before}{start}\n{result}\n{end}{after}", encoding="utf-8")


if __name__ == "__main__":
    main()
