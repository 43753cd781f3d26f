"""`make bench`: icli against the plain-sqlite3 floor on synthetic corpora, in one run.

    python -m bench.run [--articles 100000] [--shape usual|mixed ...] [--runs 9]
                        [--ingest-runs 3] [--dir .bench] [--details docs/performance.md]
                        [--summary README.md]

(BENCH_ARTICLES, BENCH_RUNS and BENCH_INGEST_RUNS set the articles and runs.) Each corpus
shape (bench.corpus: `usual` and `mixed`, both by default) is measured in turn. Every figure is
a whole-process wall time (what a user waits for), measured back to back with the floor's
equivalent on the same machine, and reported as a ratio to it plus absolute numbers; the first
ingest also by CPU time (user + system of the whole process tree, which a busy machine changes
less than wall time) and by the peak memory of the whole process tree (the RSS of the writer
and its workers, sampled together); streamed answers (`--limit 0`) are run once each, timed to
their first record and to the end, with their peak memory. With --details, the table between
`<!-- bench:SHAPE:N:start -->` and `<!-- bench:SHAPE:N:end -->` in that file is replaced by
each shape's full table; with --summary, the table between `<!-- bench:summary:N:start -->` and
`<!-- bench:summary:N:end -->` by the main figures of every shape side by side.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import NamedTuple

from bench.corpus import SHAPES, write_corpus

PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20


def markers(name: str) -> tuple[str, str]:
    """The markers around the table called `name` ("usual:100000", "summary:100000")."""
    return f"<!-- bench:{name}:start -->", f"<!-- bench:{name}:end -->"


class Run(NamedTuple):
    """What one command took: wall seconds, CPU seconds (user + system of it and the
    children it waited for), peak RSS in MB of its largest process and of its whole tree."""

    wall: float
    cpu: float
    largest: float
    tree: float


def _tree_rss(pid: int) -> float:
    """The RSS in MB of a process and all its descendants now (0 for what is gone)."""
    total, todo = 0.0, [pid]
    while todo:
        process = todo.pop()
        try:
            with open(f"/proc/{process}/statm") as statm:
                total += int(statm.read().split()[1]) * PAGE_MB
            for task in os.listdir(f"/proc/{process}/task"):
                with open(f"/proc/{process}/task/{task}/children") as children:
                    todo.extend(int(child) for child in children.read().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def measured(command: list[str]) -> Run:
    """Run a command, sampling the RSS of its process tree every 20 ms."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak, done = [0.0], threading.Event()

    def sample() -> None:
        while not done.wait(0.02):
            peak[0] = max(peak[0], _tree_rss(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}: {process.stderr.read().decode()[-500:]}")  # type: ignore[union-attr]
    return Run(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
               max(peak[0], usage.ru_maxrss / 1024))


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


LOOKUPS = [  # (label, icli's lookup, the search for the same name): both asked for 20 rows
    ("who AlMalik -n 20", ["who", "AlMalik"], ["search", "AlMalik"]),
    ("who \"Salim M. AlMalik\" -n 20", ["who", "Salim M. AlMalik"], ["search", "Salim M. AlMalik"]),
    ("country KAZ -n 20", ["country", "KAZ"], ["search", "Kazakhstan"]),
    ("partner ALECSO -n 20", ["partner", "ALECSO"], ["search", "ALECSO"]),
    ("list --person AlMalik -n 20", ["list", "--person", "AlMalik"], ["search", "AlMalik"]),
]


class Result(NamedTuple):
    """One shape's measures: the full table's rows (what, icli, floor, ratio) and the main
    figures for the summary (name → text)."""

    rows: list[tuple[str, str, str, str]]
    main: dict[str, str]


def _corpus(workdir: Path, shape: str, articles: int) -> Path:
    """The corpus of this shape and size, written the first time."""
    corpus = workdir / (f"corpus-{articles}" if shape == "usual" else f"corpus-{shape}-{articles}")
    if not corpus.exists():
        print(f"writing a {shape} corpus of {articles} articles to {corpus} ...", file=sys.stderr)
        write_corpus(corpus, articles, shape=shape)
    return corpus


def run(shape: str, articles: int, runs: int, ingest_runs: int, workdir: Path) -> Result:
    """Measure everything on the corpus of `shape`."""
    python = sys.executable
    icli = [str(Path(python).parent / "icli")]
    floor = [python, "-m", "bench.floor"]
    corpus = _corpus(workdir, shape, articles)
    extra = workdir / "extra"
    shutil.rmtree(extra, ignore_errors=True)
    write_corpus(extra, 20, seed=articles + 7, shape=shape, per_file=20)
    new_dump = extra / "new_dump.txt"
    (extra / "000000.txt").rename(new_dump)
    icli_db, floor_db = workdir / "icli.db", workdir / "floor.db"
    icli_db_args = [*icli, "--db", str(icli_db)]
    rows: list[tuple[str, str, str, str]] = []
    main: dict[str, str] = {}

    def row(what: str, ours: float, base: float | None, unit: str = "s") -> None:
        ratio = f"{ours / base:.2f}x" if base else "—"
        rows.append((what, f"{ours:.3f} {unit}", f"{base:.3f} {unit}" if base else "—", ratio))
        print(f"{shape} {what}: {ours:.3f} {unit} (floor {base if base else '—'})", file=sys.stderr)

    floor_runs, icli_runs = [], []
    for attempt in range(ingest_runs):  # interleaved, so a slow spell of the machine hits both
        print(f"{shape}: ingesting ({attempt + 1}/{ingest_runs}) ...", file=sys.stderr)
        for db in (icli_db, floor_db):
            for suffix in ("", "-wal", "-shm", "-icli-checked"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
        floor_runs.append(measured([*floor, "ingest", str(floor_db), str(corpus)]))
        icli_runs.append(measured([*icli_db_args, "ingest", str(corpus), "--json"]))
    ingest = Run(statistics.median(r.wall for r in icli_runs),
                 statistics.median(r.cpu for r in icli_runs),
                 max(r.largest for r in icli_runs), max(r.tree for r in icli_runs))
    base = Run(statistics.median(r.wall for r in floor_runs),
               statistics.median(r.cpu for r in floor_runs),
               max(r.largest for r in floor_runs), max(r.tree for r in floor_runs))
    row(f"first ingest of {articles} articles (median of {ingest_runs})", ingest.wall, base.wall)
    main["first ingest, wall: icli, floor"] = (f"{ingest.wall:.1f} s, {base.wall:.1f} s: "
                                               f"**{ingest.wall / base.wall:.2f}x**")
    row("  CPU time, user + system (whole process tree)", ingest.cpu, base.cpu)
    main["first ingest, CPU (user + system)"] = (f"{ingest.cpu:.1f} s, {base.cpu:.1f} s: "
                                                 f"{ingest.cpu / base.cpu:.2f}x")
    rows.append(("  articles per second", f"{articles / ingest.wall:.0f}",
                 f"{articles / base.wall:.0f}", f"{base.wall / ingest.wall:.2f}x"))
    row("  peak memory (whole process tree)", ingest.tree, base.tree, "MB")
    row("  peak memory (largest process)", ingest.largest, base.largest, "MB")
    main["peak ingest memory (whole process tree)"] = f"**{ingest.tree:.0f} MB**"
    again, _ = timed([*icli_db_args, "ingest", str(corpus), "--json"])
    row("re-ingest, nothing changed", again, None)
    rows[-1] = (*rows[-1][:3], f"{again / ingest.wall:.1%} of first")
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
    for label, ours, theirs in LOOKUPS:  # entity articles against a search for the same name
        ours_time, search_time = paired_medians([*icli_db_args, *ours, "-n", "20", "--json"],
                                                [*icli_db_args, *theirs, "-n", "20", "--json"], runs)
        searched = f"`icli search {theirs[1]} -n 20`" if " " not in theirs[1] \
            else f"`icli search \"{theirs[1]}\" -n 20`"
        rows.append((f"`icli {label}`", f"{ours_time:.3f} s", f"{search_time:.3f} s ({searched})",
                     f"{ours_time / search_time:.2f}x"))
        main[f"`{label}` against {searched}"] = (f"{ours_time:.3f} s, {search_time:.3f} s: "
                                                  f"**{ours_time / search_time:.2f}x**")
        print(f"{shape} {label}: {ours_time:.3f} s against {search_time:.3f} s", file=sys.stderr)
    for label in ("list -n 0 --jsonl", "search Kazakhstan -n 0 --jsonl", "who AlMalik -n 0 --json",
                  "country KAZ -n 0 --jsonl", "export --format csv", "network --format graphml"):
        first, elapsed, rss = streamed([*icli_db_args, *label.split()])
        rows.append((f"`icli {label}`: first record, all, peak memory",
                     f"{first:.3f} s, {elapsed:.1f} s, {rss:.0f} MB", "—", "—"))
        print(f"{shape} {label}: first record {first:.3f} s, all {elapsed:.1f} s, {rss:.0f} MB",
              file=sys.stderr)
    row("`icli --help`", *paired_medians([*icli, "--help"], [python, "-c", "pass"], runs))
    rows[-1] = (*rows[-1][:2], rows[-1][2] + " (bare python)", rows[-1][3])
    input_mb = size_mb(*corpus.glob("*.txt"))
    ours_mb = size_mb(icli_db, Path(f"{icli_db}-wal"))
    floor_mb = size_mb(floor_db, Path(f"{floor_db}-wal"))
    row("database size", ours_mb, floor_mb, "MB")
    rows[-1] = (*rows[-1][:3], rows[-1][3] + f" (input {input_mb:.0f} MB)")
    shown = f"{ours_mb / 1024:.2f} GB" if ours_mb >= 1024 else f"{ours_mb:.0f} MB"
    main["database size (against the floor's)"] = f"{shown} ({ours_mb / floor_mb:.2f}x)"
    return Result(rows, main)


def _machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def table(rows: list[tuple[str, str, str, str]], articles: int, shape: str) -> str:
    """One shape's full table."""
    lines = [f"Measured by `make bench` ({articles} synthetic articles, {shape} shape; "
             f"{_machine()}; {time.strftime('%Y-%m-%d')}). Floor: `bench/floor.py`.", "",
             "| measure | icli | floor | icli / floor |", "|---|---|---|---|"]
    lines += [f"| {' | '.join(r)} |" for r in rows]
    return "\n".join(lines)


def summary(results: dict[str, Result], articles: int) -> str:
    """The main figures of every shape measured, side by side."""
    shapes = list(results)
    lines = [f"{articles:,} articles, `make bench` ({_machine()}; {time.strftime('%Y-%m-%d')}); "
             "each figure back to back with the floor (`bench/floor.py`, sqlite3 + FTS5) or "
             "with icli's own search:", "",
             f"| figure | {' | '.join(f'{shape} shape' for shape in shapes)} |",
             f"|---|{'---|' * len(shapes)}"]
    for figure in results[shapes[0]].main:
        lines.append(f"| {figure} | "
                     f"{' | '.join(results[shape].main.get(figure, '—') for shape in shapes)} |")
    return "\n".join(lines)


def replace_between(path: Path, name: str, text: str) -> None:
    """Put `text` between the markers called `name` in the file at `path` (said on stderr
    when the file has none)."""
    start, end = markers(name)
    content = path.read_text(encoding="utf-8")
    before, found, rest = content.partition(start)
    if not found or end not in rest:
        print(f"{path}: no {start} … {end} markers; table not written", file=sys.stderr)
        return
    _, _, after = rest.partition(end)
    path.write_text(f"{before}{start}\n{text}\n{end}{after}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=int(os.environ.get("BENCH_ARTICLES", 100_000)))
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES),
                        help="corpus shape to measure (repeat; default: every shape)")
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", 9)),
                        help="runs per query (median)")
    parser.add_argument("--ingest-runs", type=int,
                        default=int(os.environ.get("BENCH_INGEST_RUNS", 3)),
                        help="first ingests of each (median)")
    parser.add_argument("--dir", type=Path, default=Path(".bench"))
    parser.add_argument("--details", type=Path, help="the file for each shape's full table")
    parser.add_argument("--summary", type=Path, help="the file for the shapes side by side")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    results: dict[str, Result] = {}
    for shape in args.shape or list(SHAPES):
        results[shape] = run(shape, args.articles, args.runs, args.ingest_runs, args.dir)
        full = table(results[shape].rows, args.articles, shape)
        print(full)
        if args.details:
            replace_between(args.details, f"{shape}:{args.articles}", full)
    brief = summary(results, args.articles)
    print(brief)
    if args.summary:
        replace_between(args.summary, f"summary:{args.articles}", brief)


if __name__ == "__main__":
    main()
