"""Help, README and behaviour say the same thing: docs/cli-reference.md is every command's
--help, and the help's defaults are what the commands do."""

from __future__ import annotations

from tests.conftest import Cli, run
from tools.reference import DOC, help_text, reference


def test_docs_cli_reference_is_the_help() -> None:
    assert DOC.read_text(encoding="utf-8") == reference(), "run `make reference`"


def test_the_reference_has_every_command() -> None:
    text = reference()
    names = run(["__complete", "bash", "1", "icli", ""]).stdout.split()
    assert "search" in names and "completion" in names
    assert all(f"## icli {name}\n" in text for name in names)
    assert "--fields a,b,c" in help_text("show")


def test_export_help_says_it_writes_everything(ro_cli: Cli) -> None:
    assert "[default: all;" in " ".join(help_text("export").split())
    lines = ro_cli("export").stdout.splitlines()
    assert len(lines) == len(ro_cli.json("list", "--limit", "0")) == 50


def test_list_help_says_what_each_format_gets() -> None:
    assert "[default: 50 in a table, all in JSON" in " ".join(help_text("list").split())


def test_show_fields_keeps_those_fields(ro_cli: Cli) -> None:
    one = ro_cli.json("show", "3", "--fields", "id,title")
    assert set(one) == {"id", "title"} and one["id"] == 3
    several = ro_cli.json("show", "3", "8", "--fields", "id")
    assert several == [{"id": 3}, {"id": 8}]
    bad = ro_cli("show", "3", "--fields", "nope")
    assert bad.exit_code == 2 and "nope" in bad.stderr
