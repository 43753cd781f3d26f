"""Tools for the repository (not installed): generated documentation."""

import json
import sys
from pathlib import Path
from typing import Any


def write_or_check(doc: Path, text: str) -> int:
    """Write `text` to `doc`, or with --check on the command line exit 1 when `doc` differs."""
    if "--check" in sys.argv[1:]:
        return 0 if doc.exists() and doc.read_text(encoding="utf-8") == text else 1
    doc.write_text(text, encoding="utf-8")
    return 0


def write_snapshot(path: Path, snapshot: dict[str, Any]) -> None:
    """Write a snapshot (tests/snapshots/*.json) as `make snapshot` records it."""
    path.write_text(json.dumps(snapshot, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                    encoding="utf-8")
