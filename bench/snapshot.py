"""Everything the archive says about the samples, as one JSON file, to compare two versions.

    python -m bench.snapshot OUT.json [PATH ...]

Ingests PATHs (default: data/dumps and tests/fixtures/layouts) into a fresh database through
the command line, then writes every article (dates, entities, sources) and the people,
countries and partners lists, sorted, so two snapshots compare with `diff` or `cmp`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = [ROOT / "data" / "dumps", ROOT / "tests" / "fixtures" / "layouts"]


def _icli(db: Path, *args: str) -> Any:
    """Run icli in a subprocess and return its JSON output."""
    done = subprocess.run([sys.executable, "-m", "icli", "--db", str(db), *args, "--json"],
                          capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode:
        raise SystemExit(f"icli {' '.join(args)}: {done.stderr.strip()}")
    return json.loads(done.stdout)


def snapshot(paths: list[Path]) -> dict[str, object]:
    """Articles and entity lists after ingesting `paths` into a fresh database."""
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "snapshot.db"
        _icli(db, "ingest", *map(str, paths))
        articles = sorted(_icli(db, "list", "--limit", "0"), key=lambda a: a["id"])
        lists = {command: _icli(db, command, "--limit", "0", "--sort", "name")
                 for command in ("people", "countries", "partners")}
    return {"articles": articles, **lists}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("paths", nargs="*", type=Path, default=DEFAULT_PATHS)
    args = parser.parse_args()
    args.out.write_text(json.dumps(snapshot(args.paths), ensure_ascii=False, indent=1,
                                   sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
