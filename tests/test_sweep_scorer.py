"""bench/sweep.py on a tiny invented sweep: judged right, judged wrong, unjudged and missed."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.heldout import exported
from bench.sweep import items, load, main, score

PAGE = """ICESCO Director-General Receives Minister of Culture of Belgium

12 March 2025

Dr. Salim M. AlMalik, Director-General of the Islamic World Educational, Scientific and \
Cultural Organization (ICESCO), received Mr. Tomas Verhallen, Minister of Culture of the \
Kingdom of Belgium, at ICESCO Headquarters in Rabat.

The meeting was attended by representatives of the Islamic Development Bank (IsDB) and of the \
Arab Open University (AOU).
"""


def _sweep(tmp_path: Path) -> Path:
    """The page in half A, and judgments of what the icli beside Python emits on it."""
    (tmp_path / "pages" / "A").mkdir(parents=True)
    (tmp_path / "pages" / "A" / "en-01.txt").write_text(PAGE, encoding="utf-8")
    emitted = items(exported(str(Path(sys.executable).parent / "icli"), tmp_path / "pages" / "A"))
    labels = []
    for item in emitted:
        if item["kind"] == "partner" and "Development" in item["value"]:
            continue                                                   # left unjudged
        label = {**item, "ok": not item["value"].startswith(("BEL", "Arab"))}
        if item["kind"] == "person" and "Verhallen" in item["value"]:
            label.update(role_ok=False, role_right="Minister of Culture of Belgium")
        if item["kind"] == "date":
            label.update(ok=False, right="2025-03-11")
        labels.append(label)
    (tmp_path / "labels-A-en.jsonl").write_text(
        "".join(json.dumps(label) + "\n" for label in labels), encoding="utf-8")
    (tmp_path / "missed-A-en.jsonl").write_text(json.dumps(
        {"file": "en-01.txt", "kind": "person", "value": "Omar Haddad", "role": None}) + "\n",
        encoding="utf-8")
    return tmp_path


def test_sweep_counts_each_verdict(tmp_path: Path) -> None:
    directory = _sweep(tmp_path)
    emitted = items(exported(str(Path(sys.executable).parent / "icli"), directory / "pages" / "A"))
    show: list[str] = []
    tallies, unjudged = score(emitted, load(directory, "A"), show)
    en = tallies["en"]
    assert en["person"]["right"] == 2 and en["person"]["missed"] == 1      # Omar Haddad
    assert en["role"] == {"right": 1, "wrong": 1}                          # Verhallen's role
    assert en["country"]["wrong"] == 1                                     # BEL judged wrong
    assert en["partner"] == {"wrong": 1, "unjudged": 1}                    # AOU wrong, IsDB new
    assert en["date"] == {"wrong": 1}
    assert [item["value"] for item in unjudged] == ["Islamic Development Bank"]
    assert "person missed en-01.txt: omar haddad" in show


def test_sweep_writes_the_unjudged_items(tmp_path: Path, capsys) -> None:
    directory = _sweep(tmp_path)
    out = tmp_path / "unjudged.jsonl"
    main([str(directory), "A", "--unjudged", str(out), "--show"])
    printed = capsys.readouterr().out
    assert "| en | partner | 0 | 1 | 1 | 0 | 0.000 | — |" in printed
    assert json.loads(out.read_text(encoding="utf-8"))["value"] == "Islamic Development Bank"
