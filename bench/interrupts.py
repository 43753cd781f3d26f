"""Stop parallel ingests with a signal at random moments; check that each stops cleanly.

    python -m bench.interrupts [--trials 100] [--files 60] [--seed 1] [--dir .bench/interrupts]

Each trial starts `icli ingest` on a corpus of many files (so the ingest runs worker
processes) in a process group of its own, as a shell runs a job, waits a random time between
icli's start-up (measured as `icli path` takes: before it, Python is still importing icli and
prints its own traceback for Ctrl-C) and the end of a whole ingest, and sends SIGINT (a
terminal's Ctrl-C) or SIGTERM (`timeout`, systemd) to the whole group. A trial passes when the ingest ends within HANG_SECONDS, with no
traceback, either finished (its report, exit 0) or with the one line "interrupted: …" and
exit 130 (SIGINT) or 143 (SIGTERM), its JSON report on stdout counting what the archive
gained; when no process of its group is left after
LEFTOVER_SECONDS; and when the archive passes SQLite's integrity check.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.corpus import write_corpus

HANG_SECONDS = 60
LEFTOVER_SECONDS = 10
# before the ingest begins, an interruption has nothing to report but itself
INTERRUPTED = re.compile(r"icli: (interrupted: \d+ file\(s\) read: (?P<new>\d+) new, "
                         r"(?P<updated>\d+) updated, (?P<unchanged>\d+) unchanged"
                         r"(, (?P<removed>\d+) removed)? article\(s\); \d+ failed; "
                         r"run the same command to finish|interrupted|terminated)\n")
EXIT_CODES: dict[int, int] = {signal.SIGINT: 130, signal.SIGTERM: 143}


@dataclass
class Outcome:
    """What one ingest did when signalled."""

    signum: int
    delay: float
    sent: bool  # the signal reached its target (False: the ingest, or every worker, was gone)
    returncode: int | None  # None: still running after HANG_SECONDS (then killed)
    stdout: str
    stderr: str
    leftover: list[int]  # pids of its group still alive after LEFTOVER_SECONDS
    integrity: str
    added: int = 0  # articles the archive holds after the ingest less those it held before

    def problems(self, expected: tuple[int, ...] | None = None) -> list[str]:
        """What went wrong; `expected`: the exit codes of a stopped ingest (by default the one
        for the signal sent)."""
        found = []
        codes = expected if expected is not None else (EXIT_CODES[self.signum],)
        if self.returncode is None:
            found.append(f"hung (still running after {HANG_SECONDS} s)")
        elif "Traceback" in self.stderr:
            found.append("printed a traceback")
        elif self.returncode == 0:
            if '"files"' not in self.stdout:
                found.append("exit 0 without a report")
        elif (self.returncode == -self.signum and not self.stderr
              and (not self.stdout or self.stdout.endswith("]}\n"))):
            pass  # ended by the signal itself before icli began or after its report: quietly
        elif self.returncode == -self.signum and INTERRUPTED.fullmatch(self.stderr):
            pass  # the one line, then Python's exit by the signal (a shell shows 128 + it)
        elif self.returncode not in codes or not INTERRUPTED.fullmatch(self.stderr):
            found.append(f"exit {self.returncode} (expected 0 or {codes}) with {self.stderr!r}")
        found += self.miscounted()
        if self.leftover:
            found.append(f"processes left: {self.leftover}")
        if self.integrity != "ok":
            found.append(f"integrity check: {self.integrity}")
        return found

    def miscounted(self) -> list[str]:
        """What is wrong with an interruption's counts: the line's counts must be those of the
        JSON report on stdout (marked "interrupted"), and its new articles less those removed
        what the archive gained."""
        line = INTERRUPTED.fullmatch(self.stderr)
        if line is None or line["new"] is None:
            return []
        try:
            report = json.loads(self.stdout)
        except ValueError:
            return [f"no JSON report on stdout: {self.stdout!r}"]
        said = {key: int(line[key] or 0) for key in ("new", "updated", "unchanged", "removed")}
        if not report.get("interrupted") or any(
                report[f"articles_{key}"] != said[key] for key in said):
            return [f"the report {report} is not the line {self.stderr!r}"]
        if said["new"] - said["removed"] != self.added:
            return [f"{said['new']} new and {said['removed']} removed said, {self.added} added"]
        return []


def group_members(pgid: int) -> list[int]:
    """Pids of the live (not zombie) processes in process group `pgid`."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[2]) == pgid:
            found.append(int(proc.name))
    return found


def command(db: Path, corpus: Path) -> list[str]:
    """The ingest each trial runs."""
    return [sys.executable, "-m", "icli", "--db", str(db), "ingest", str(corpus), "--json"]


def trial(db: Path, corpus: Path, signum: int, delay: float, target: str = "group",
          then: int | None = None, from_workers: bool = False) -> Outcome:
    """Start an ingest of `corpus` into `db`, send `signum` after `delay` seconds to its whole
    process group (`target` "group"), to the ingest alone ("parent") or to each of its workers
    ("workers"), and `then` (if given) to the group 50 ms later, as `timeout -k` or an impatient
    user does; see how it ends. `delay` counts from the process's start, or from the workers'
    start for "workers" and with `from_workers` (a moment inside the ingest, however long a
    loaded machine takes to start Python)."""
    before = article_count(db)
    process = subprocess.Popen(command(db, corpus), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
    while ((from_workers or target == "workers") and process.poll() is None
           and len(group_members(process.pid)) < 2):
        time.sleep(0.01)
    time.sleep(delay)
    sent = True
    try:
        if target == "group":
            os.killpg(process.pid, signum)
        elif target == "parent":
            process.send_signal(signum)
        else:
            workers = [pid for pid in group_members(process.pid) if pid != process.pid]
            for pid in workers:
                os.kill(pid, signum)
            sent = bool(workers)
        if then is not None:
            time.sleep(0.05)
            os.killpg(process.pid, then)
    except ProcessLookupError:  # already finished
        sent = False
    try:
        stdout, stderr = process.communicate(timeout=HANG_SECONDS)
        returncode: int | None = process.returncode
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        returncode = None
    deadline = time.monotonic() + LEFTOVER_SECONDS
    while (leftover := group_members(process.pid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    for pid in leftover:
        os.kill(pid, signal.SIGKILL)
    integrity = "ok"
    if db.exists():
        conn = sqlite3.connect(db)
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        conn.close()
    return Outcome(signum, delay, sent, returncode, stdout.decode(errors="replace"),
                   stderr.decode(errors="replace"), leftover, integrity,
                   article_count(db) - before)


def article_count(db: Path) -> int:
    """The articles an archive holds (0 before it has any table)."""
    if not db.exists():
        return 0
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # no table yet
        return 0
    finally:
        conn.close()


def remove_archive(db: Path) -> None:
    """Delete an archive and its -wal and -shm files."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--files", type=int, default=60)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--dir", type=Path, default=Path(".bench/interrupts"))
    options = parser.parse_args()
    seed = options.seed if options.seed is not None else random.randrange(2**32)
    rng = random.Random(seed)
    shutil.rmtree(options.dir, ignore_errors=True)
    corpus, db = options.dir / "corpus", options.dir / "archive.db"
    corpus.mkdir(parents=True)
    write_corpus(corpus, options.files * 20, per_file=20)
    start = time.monotonic()
    subprocess.run([*command(db, corpus)[:5], "path"], capture_output=True, timeout=60)
    started = time.monotonic() - start
    start = time.monotonic()
    full = subprocess.run(command(db, corpus), capture_output=True, timeout=600)
    duration = time.monotonic() - start
    if full.returncode != 0:
        sys.exit(f"the uninterrupted ingest failed: {full.stderr.decode()}")
    print(f"seed {seed}; icli starts in {started:.2f} s; a whole ingest of {options.files} "
          f"files takes {duration:.1f} s")
    failures = stopped = 0
    for number in range(1, options.trials + 1):
        remove_archive(db)
        signum = rng.choice(list(EXIT_CODES))
        outcome = trial(db, corpus, signum, rng.uniform(started, duration))
        stopped += outcome.returncode != 0
        problems = outcome.problems()
        failures += bool(problems)
        print(f"{number:3}: {signal.Signals(signum).name} after {outcome.delay:.2f} s: "
              f"exit {outcome.returncode}{'; ' + '; '.join(problems) if problems else ''}",
              flush=True)
    print(f"{options.trials} trials ({stopped} stopped, {options.trials - stopped} finished "
          f"first): {failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
