"""Every read command prints, on the samples and the fixtures, what tests/snapshots/commands.json
recorded; after changing an output on purpose, `make snapshot` records it anew."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from icli.cli.shortcut import SPEC_FILE
from tools.command_snapshot import NOT_SNAPSHOTTED, SNAPSHOT, problem, snapshot


@pytest.fixture(scope="module")
def recorded() -> dict[str, Any]:
    return json.loads(SNAPSHOT.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def now() -> dict[str, Any]:
    return snapshot()


def test_every_command_prints_what_the_snapshot_recorded(recorded: dict[str, Any],
                                                         now: dict[str, Any]) -> None:
    said = problem(recorded, now)
    assert said is None, said


def test_every_read_command_is_snapshotted(now: dict[str, Any]) -> None:
    with open(SPEC_FILE, encoding="utf-8") as spec:
        commands = set(json.load(spec)["commands"])
    run = {line.split(": ", 1)[1].split()[0] for line in now["commands"]}
    assert {"samples", "fixtures"} == {line.split(": ", 1)[0] for line in now["commands"]}
    assert commands - NOT_SNAPSHOTTED <= run, f"not in tools/command_snapshot.py: {commands - run}"
    assert all(entry["exit"] == 0 and entry["lines"] > 0 for entry in now["commands"].values())


def test_a_changed_output_is_named_with_how_to_record_it(recorded: dict[str, Any]) -> None:
    changed = copy.deepcopy(recorded)
    first, last = sorted(changed["commands"])[0], sorted(changed["commands"])[-1]
    changed["commands"][first]["sha256"] = "0" * 64  # what another output would give
    changed["commands"][first]["lines"] += 1
    del changed["commands"][last]
    said = problem(recorded, changed)
    assert said is not None and "make snapshot" in said
    assert f"{first}: " in said and f"{last}: no longer run" in said
    assert problem(recorded, copy.deepcopy(recorded)) is None
