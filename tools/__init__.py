"""Tools for the repository (not installed): generated documentation."""

import sys
from pathlib import Path


def write_or_check(doc: Path, text: str) -> int:
    """Write `text` to `doc`, or with --check on the command line exit 1 when `doc` differs."""
    if "--check" in sys.argv[1:]:
        return 0 if doc.exists() and doc.read_text(encoding="utf-8") == text else 1
    doc.write_text(text, encoding="utf-8")
    return 0
