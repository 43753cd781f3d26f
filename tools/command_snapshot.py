"""tests/snapshots/commands.json: a digest of what every read command prints on two archives,
one of the samples (data/dumps) and one of the fixture dumps, in JSON and the other formats
and as tables. Each entry is a command line and its exit code, line count and the SHA-256 of
its output, with the archive's and the repository's paths and any timestamp normalised. `make
snapshot` (python -m tools.command_snapshot) writes it; tests/test_command_snapshot.py fails,
naming the commands, when an output changes.

The people, country and partner that `who`, `country`, `partner` and the filters ask for are
the archive's first in `people`, `countries` and `partners`; `show` shows its three oldest
articles and the first item with versions (no name or id is written here)."""

from __future__ import annotations

import hashlib
import io
import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from icli.choices import (
    ARTICLE_SORTS,
    ENTITY_COMMANDS,
    EXPORT_FORMATS,
    LIST_COMMANDS,
    OUTPUT_FORMATS,
    SHELLS,
    sorts,
)
from icli.cli.main import main
from icli.cli.request import Env
from tools import write_snapshot

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "tests" / "snapshots" / "commands.json"
ARCHIVES: dict[str, Callable[[], list[Path]]] = {
    "samples": lambda: sorted(ROOT.glob("data/dumps/*.txt")),
    "fixtures": lambda: sorted(ROOT.glob("tests/fixtures/**/*.txt")),
}
WIDTH = 120  # tables are drawn this wide
NOT_SNAPSHOTTED = {"ingest", "migrate", "serve"}  # they write to or serve the archive
# An instant as icli writes one (ingested_at, a run's start): never the same twice.
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?")


def _run(db: Path, args: list[str]) -> tuple[int, str]:
    """icli in-process on `db`: its exit code and what it printed (stdout, then stderr)."""
    stdout, stderr = io.StringIO(), io.StringIO()
    env = Env(stdin=io.BytesIO(), stdout=stdout, stderr=stderr, stdout_isatty=False,
              stderr_isatty=False, width=WIDTH, colour=False)
    code = main(["--db", str(db), *args], env)
    return code, stdout.getvalue() + stderr.getvalue()


def normalised(text: str, db: Path) -> str:
    """`text` with the archive's folder, the repository's path and timestamps written as
    placeholders: the same output on any machine at any time."""
    text = text.replace(str(db.parent), "<archive>").replace(str(ROOT), "<repo>")
    return _TIMESTAMP.sub("<timestamp>", text)


def _first_name(db: Path, command: str) -> str | None:
    """The name `command` (people, countries, partners) lists first, if any."""
    code, out = _run(db, [command, "--json", "--limit", "1"])
    rows = json.loads(out) if code == 0 else []
    return rows[0]["name"] if rows else None


def command_lines(db: Path) -> list[list[str]]:
    """Every read command on the archive `db`, in each of its output forms."""
    lines: list[list[str]] = []
    every = [f"--{fmt}" for fmt in OUTPUT_FORMATS if fmt != "text"]  # text: show's alone
    for command in ("list", *LIST_COMMANDS):
        lines += [[command, fmt] for fmt in every]
    lines += [["list", "--sort", order, "--json"] for order in ARTICLE_SORTS]
    lines += [[command, "--sort", order, "--json"] for command in LIST_COMMANDS
              for order in sorts(command)]
    lines += [["list", "--per-item", "--json"], ["list", "--language", "fr", "--json"],
              ["list", "--fields", "id,title,date,language", "--csv"],
              ["list", "--since", "2026-01", "--json"]]
    oldest = json.loads(_run(db, ["list", "--json", "--sort", "date", "--limit", "3"])[1])
    items = json.loads(_run(db, ["list", "--per-item", "--json"])[1])
    with_versions = [item for item in items if item["versions"]][:1]  # --versions, --shared
    ids = list(dict.fromkeys(str(article["id"]) for article in [*oldest, *with_versions]))
    for flags in ([], ["--versions"], ["--why"], ["--shared"]):
        lines += [["show", *ids, *flags, "--json"], ["show", *ids, *flags, "--text"]]
    lines += [["show", *ids, "--jsonl"]]
    listing = {kind: command for command, kind in LIST_COMMANDS.items()}
    for command, kind in ENTITY_COMMANDS.items():
        option = f"--{kind}"
        name = _first_name(db, listing[kind])
        if name is None:
            continue
        lines += [[command, name, fmt] for fmt in every]
        lines += [[command, name, "--per-item", "--json"], ["list", option, name, "--json"],
                  ["summary", option, name, "--json"], ["network", option, name, "--json"]]
        lines += [["search", name, fmt] for fmt in ("--json", "--table")]
        lines += [["search", name, "--sort", order, "--jsonl"] for order in sorts("search")]
    lines += [["search", "title:ICESCO", "--json"], ["search", "cultur*", "--csv"]]
    lines += [["summary", "--json"], ["summary", "--table"], ["summary", "--top", "3", "--json"]]
    lines += [["network", fmt] for fmt in ("--json", "--jsonl", "--csv", "--table")]
    lines += [[command, "--format", fmt] for command in ("network", "export")
              for fmt in EXPORT_FORMATS[command]]
    lines += [["completion", shell] for shell in SHELLS]
    lines += [["path"]]
    return lines


def _ingest(db: Path, dumps: list[Path]) -> None:
    code, out = _run(db, ["ingest", *map(str, dumps)])
    if code != 0:
        raise SystemExit(f"ingest of {len(dumps)} dumps into {db} failed: {out}")


def outputs() -> dict[str, dict[str, Any]]:
    """Each "ARCHIVE: COMMAND LINE" → its exit code, line count and SHA-256, as the code makes
    them now."""
    found: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for archive, dumps in ARCHIVES.items():
            db = Path(folder) / archive / "archive.db"
            db.parent.mkdir()
            _ingest(db, dumps())
            for args in command_lines(db):
                code, out = _run(db, args)
                text = normalised(out, db)
                found[f"{archive}: {' '.join(args)}"] = {
                    "exit": code, "lines": text.count("\n"),
                    "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
    return found


def snapshot() -> dict[str, Any]:
    """The snapshot as the code makes it now."""
    return {"commands": outputs()}


def problem(recorded: dict[str, Any], now: dict[str, Any]) -> str | None:
    """Which command lines print something else than the recorded snapshot says, or None."""
    old, new = recorded["commands"], now["commands"]
    changes = [f"  {line}: {old[line]['lines']} -> {new[line]['lines']} lines"
               + (f", exit {old[line]['exit']} -> {new[line]['exit']}"
                  if old[line]["exit"] != new[line]["exit"] else "")
               for line in sorted(old.keys() & new.keys()) if old[line] != new[line]]
    changes += [f"  {line}: new" for line in sorted(new.keys() - old.keys())]
    changes += [f"  {line}: no longer run" for line in sorted(old.keys() - new.keys())]
    if not changes:
        return None
    return ("icli's output changed (tests/snapshots/commands.json):\n" + "\n".join(changes)
            + "\nIf the change is intended, run `make snapshot` (python -m tools.command_snapshot) "
            "and commit tests/snapshots/commands.json with it.")


if __name__ == "__main__":
    write_snapshot(SNAPSHOT, snapshot())
    sys.stdout.write(f"wrote {SNAPSHOT.relative_to(ROOT)}\n")
