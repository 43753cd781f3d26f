"""Tables read at 50, 80 and 120 columns: nothing wider than the terminal, every column keeps
its header whole, and long alias lists are shortened with a count."""

from __future__ import annotations

import pytest

from icli.cli.output import shortened
from tests.conftest import Cli, run

HEADERS = {
    "people": ["id", "person", "articles", "aliases"],
    "partners": ["id", "partner", "articles", "acronym"],
    "countries": ["id", "country", "articles", "code"],
    "list": ["id", "date", "title", "text"],
    "network": ["entity", "with"],
}


def table(cli: Cli, width: int, *args: str) -> list[str]:
    result = run(["--db", str(cli.db), *args], terminal=True, width=width)
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


@pytest.mark.parametrize("width", [50, 80, 120])
@pytest.mark.parametrize("command", sorted(HEADERS))
def test_tables_fit_and_keep_every_column(ro_cli: Cli, width: int, command: str) -> None:
    lines = table(ro_cli, width, command, "-n", "5")
    assert all(len(line) <= width for line in lines)
    header = [line.strip("┃").split("┃") for line in lines if line.startswith("┃")]
    cells = [" ".join(" ".join(row[i] for row in header).split()) for i in range(len(header[0]))]
    assert all(cells), header  # no column squeezed to nothing
    assert set(HEADERS[command]) <= set(cells), cells


@pytest.mark.parametrize("width", [50, 80, 120])
def test_a_long_alias_list_is_shortened_with_a_count(ro_cli: Cli, width: int) -> None:
    person = ro_cli.json("people", "--limit", "1")[0]
    others = [a for a in person["aliases"] if a != person["name"]]
    assert len(others) > 3
    lines = table(ro_cli, width, "people", "-n", "1")
    body = [line for line in lines if line.startswith("│")]
    text = " ".join(" ".join(line.replace("│", " ").split()) for line in body)
    assert f"+{len(others) - 3}" in text and "more" in text
    assert len(body) <= {50: 7, 80: 3, 120: 1}[width]


def test_shortened() -> None:
    assert shortened(["a", "b"]) == "a, b"
    assert shortened(["a", "b", "c", "d", "e"]) == "a, b, c +2 more"
