"""Extraction output on the samples and fixtures changes only with an EXTRACTOR_VERSION bump."""

from __future__ import annotations

import copy
import json

from tools.extraction_snapshot import SNAPSHOT, problem, snapshot


def test_extraction_changes_only_with_a_version_bump() -> None:
    recorded = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert problem(recorded, snapshot()) is None


def test_a_changed_output_without_a_bump_is_caught() -> None:
    recorded = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    changed = copy.deepcopy(recorded)
    first = sorted(changed["files"])[0]
    changed["files"][first] = "0" * 64  # what another output would give
    said = problem(recorded, changed)
    assert said is not None and "bump" in said and first in said
    changed["extractor_version"] += 1  # bumped: only the record is stale
    said = problem(recorded, changed)
    assert said is not None and "make snapshot" in said and "bump" not in said
    added = copy.deepcopy(recorded)
    added["files"]["tests/fixtures/new.txt"] = "0" * 64  # a new input: only the record is stale
    said = problem(recorded, added)
    assert said is not None and "make snapshot" in said and "bump" not in said
