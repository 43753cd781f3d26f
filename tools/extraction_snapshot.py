"""tests/snapshots/extraction.json: a digest of what extraction gives on the samples and the
fixtures (every mention's kind, key, name, code, role, alias and rule, per file), recorded with
the EXTRACTOR_VERSION that gave it. `make snapshot` (python -m tools.extraction_snapshot)
writes it; tests/test_snapshot.py fails when the output changes and the version does not (a
plain `icli ingest` re-extracts stored articles only when the version moves)."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from icli.extract.article import EXTRACTOR_VERSION, extract
from icli.text.decode import decode_dump
from icli.text.parse import parse_dump
from tools import write_snapshot

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "tests" / "snapshots" / "extraction.json"


def inputs() -> list[Path]:
    """The dumps extraction is snapshotted on: data/dumps, data/examples and every fixture dump."""
    return sorted([*ROOT.glob("data/*/*.txt"), *ROOT.glob("tests/fixtures/**/*.txt")])


def digests() -> dict[str, str]:
    """Each input's path (from the repository's root) → the SHA-256 of its extraction output."""
    found: dict[str, str] = {}
    for path in inputs():
        text, _ = decode_dump(path.read_bytes())
        rows = [[[m.kind, m.key, m.name, m.code, m.role, m.alias, m.rule] for m in extract(article)]
                for article in parse_dump(text).articles]
        encoded = json.dumps(rows, ensure_ascii=False, sort_keys=True).encode("utf-8")
        found[path.relative_to(ROOT).as_posix()] = hashlib.sha256(encoded).hexdigest()
    return found


def snapshot() -> dict[str, object]:
    """The snapshot as the code makes it now."""
    return {"extractor_version": EXTRACTOR_VERSION, "files": digests()}


def problem(recorded: dict, now: dict) -> str | None:
    """What is wrong with the recorded snapshot against the output now, or None."""
    changed = sorted(path for path, digest in now["files"].items()  # (a new input is no change)
                     if recorded["files"].get(path, digest) != digest)
    if now["extractor_version"] == recorded["extractor_version"] and changed:
        return (f"extraction output changed on {changed} with EXTRACTOR_VERSION still "
                f"{now['extractor_version']}: bump it (icli/extract/article.py) so stored "
                "archives are re-extracted, then run `make snapshot`")
    if now != recorded:
        return "EXTRACTOR_VERSION moved or the inputs changed: run `make snapshot`"
    return None


if __name__ == "__main__":
    write_snapshot(SNAPSHOT, snapshot())
    sys.stdout.write(f"wrote {SNAPSHOT.relative_to(ROOT)}\n")
