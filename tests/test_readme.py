"""The README is a user's page that says what icli does: under 250 lines, its links lead to
pages that exist, and every command of its tour runs and prints what the README shows."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

from tests.conftest import DUMPS, ROOT, run

README = ROOT / "README.md"


def tour() -> list[tuple[str, list[str]]]:
    """The tour's commands, each with the lines the README shows after it."""
    text = README.read_text(encoding="utf-8")
    block = text.split("```console\n", 1)[1].split("\n```", 1)[0]
    entries: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            entries.append((line[2:], []))
        else:
            entries[-1][1].append(line)
    return [(command, "\n".join(shown).strip("\n").splitlines()) for command, shown in entries]


def test_the_readme_is_short_and_its_links_lead_somewhere() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) < 250
    links = re.findall(r"\]\(([^)#]+)\)", text)
    assert "docs/contract.md" in links and "docs/cli-reference.md" in links
    assert all((ROOT / link).exists() for link in links), links
    for page in ("parsing", "entities", "reliability", "performance"):
        assert f"docs/{page}.md" in links


def test_every_command_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    names = run(["__complete", "bash", "1", "icli", ""]).stdout.split()
    assert all(f"`{name}" in text for name in names), names


def test_the_tour_runs_as_the_readme_shows(tmp_path: Path) -> None:
    db = str(tmp_path / "archive.db")
    entries = tour()
    assert entries[0][0] == "icli ingest data/dumps" and len(entries) > 10
    for command, shown in entries:
        words = shlex.split(command, comments=True)
        cut = next((i for i, w in enumerate(words) if w in ("|", ">")), len(words))
        args = [str(DUMPS) if w == "data/dumps" else w for w in words[1:cut]]
        piped = words[cut:cut + 1] == ["|"]
        terminal = bool(shown) and not piped
        result = run(["--db", db, *args], terminal=terminal, width=100)
        assert result.exit_code == 0, (command, result.stderr)
        assert "error" not in result.stderr, (command, result.stderr)
        if not shown:
            continue
        if piped:
            data = json.loads(result.stdout)
            expression = words[cut + 2]
            printed = ([json.dumps(a["title"], ensure_ascii=False) for a in data]
                       if expression == ".[].title" else [str(len(data))])
            got = result.stderr.splitlines() + printed
        else:
            notes = [line for line in result.stderr.splitlines() if line.startswith("icli:")]
            got = notes + result.stdout.splitlines()  # not the progress bar
        assert [line.rstrip() for line in got] == shown, command
