"""The command line never gives a silent answer (issue #21): an empty CSV or TSV still says its
columns, the same header a full one has."""

from __future__ import annotations

import pytest

from tests.conftest import Cli

# Commands whose rows come out as CSV, with arguments that find some rows.
CSV_COMMANDS = [
    ["list"], ["search", "Kazakhstan"], ["who", "AlMalik"], ["who", "AlMalik", "--all"],
    ["country", "Morocco"], ["people"], ["countries"], ["partners"], ["network"],
]


@pytest.mark.parametrize("args", CSV_COMMANDS, ids=" ".join)
@pytest.mark.parametrize("flag", ["--csv", "--tsv"])
def test_csv_with_no_rows_has_the_header_of_csv_with_rows(ro_cli: Cli, args: list[str],
                                                          flag: str) -> None:
    full = ro_cli(*args, flag, "-n", "2")
    assert full.exit_code == 0 and len(full.stdout.splitlines()) > 1, full.stderr
    empty = ro_cli(*args, flag, "--since", "2099")
    assert empty.exit_code == 0, empty.stderr
    assert empty.stdout == full.stdout.splitlines()[0] + "\n"


def test_csv_with_no_rows_keeps_only_the_fields_asked(ro_cli: Cli) -> None:
    empty = ro_cli("people", "--csv", "--fields", "name,articles", "--since", "2099")
    assert empty.stdout == "name,articles\n"
    network = ro_cli("network", "--csv", "--fields", "source,items", "--since", "2099")
    assert network.stdout == "source_id,source_kind,source_name,items\n"


def test_export_csv_with_no_rows_has_the_header(ro_cli: Cli) -> None:
    full = ro_cli("export", "--format", "csv", "-n", "1").stdout.splitlines()[0]
    assert ro_cli("export", "--format", "csv", "--since", "2099").stdout == full + "\n"
    assert ro_cli("export", "--format", "csv", "--fields", "id,title",
                  "--since", "2099").stdout == "id,title\n"
