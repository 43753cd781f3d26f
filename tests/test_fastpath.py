"""The start-up shortcut for plain queries answers exactly as the Typer CLI does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from icli import fastpath
from icli.cli import app

CLICK_APP = typer.main.get_command(app)


@pytest.mark.parametrize("name", sorted(fastpath.COMMANDS))
def test_the_table_matches_the_typer_commands(name: str) -> None:
    command = CLICK_APP.commands[name]  # type: ignore[attr-defined]
    spec = fastpath.COMMANDS[name]
    options = [p for p in command.params if p.param_type_name == "option"]
    assert sum(p.param_type_name == "argument" for p in command.params) == spec.arguments
    assert {o for p in options if not p.is_flag for o in p.opts} == set(spec.values)
    assert {o for p in options if p.is_flag for o in p.opts} - {"--help", "-h"} == set(spec.flags)
    defaults = {p.opts[0]: p.default for p in options if p.opts[0] not in spec.flags}
    assert {k: v for k, v in fastpath.DEFAULTS.items() if k in defaults} == {
        k: defaults[k] for k in fastpath.DEFAULTS if k in defaults}
    assert not any(defaults[k] for k in defaults if k not in fastpath.DEFAULTS)  # None, False
    global_options = {o for p in CLICK_APP.params for o in p.opts if not p.is_flag}
    assert global_options == set(fastpath.GLOBAL_VALUES)


QUERIES = [  # each one taken by the shortcut (invocations left to Typer: the test below)
    ["list"], ["list", "--since", "2026-01", "--until=2026-02-28"], ["list", "--limit", "3"],
    ["list", "--country", "Kazakhstan", "--limit=0", "--jsonl"], ["list", "--csv", "--limit", "2"],
    ["list", "--language", "fr"], ["search", "Kazakhstan"], ["search", "heritage", "--limit", "2"],
    ["search", '"cultural heritage"', "--since", "2025"], ["search", "AND"],
    ["who", "AlMalik", "--since", "2026-01"], ["who", "Nobody Known"], ["who", " "],
    ["country", "KAZ"], ["country", "Kazakh", "--jsonl"], ["partner", "AOU"],
    ["people", "--sort", "latest"], ["people", "--sort", "sideways"], ["countries", "--limit=5"],
    ["partners", "--country", "Kuwait", "--csv"], ["list", "--since", "not a date"],
    ["list", "--language", "de"], ["summary"], ["summary", "--top", "3", "--since", "2026"],
    ["summary", "--country", "Oman"], ["summary", "--top=-2"],
]


@pytest.mark.parametrize("args", QUERIES, ids=" ".join)
def test_same_answer_either_way(loaded_db: Path, args: list[str], capsys: pytest.CaptureFixture[str]
                                ) -> None:
    argv = ["--db", str(loaded_db), *args, *(["--json"] if "--jsonl" not in args
                                                and "--csv" not in args else [])]
    expected = CliRunner().invoke(app, argv)
    invocation = fastpath.parse(argv)
    assert invocation is not None, "the shortcut must take this invocation"
    code = 0
    try:
        fastpath.run(invocation)
    except SystemExit as leaving:
        code = int(leaving.code or 0)
    out, err = capsys.readouterr()
    assert (code, out, err) == (expected.exit_code, expected.stdout, expected.stderr)


@pytest.mark.parametrize("args", [
    ["list", "--help"], ["-h"], ["--version"], ["list", "--limit"], ["list", "--limit", "many"],
    ["list", "--json", "--json"], ["list", "--since", "2026", "--since", "2025"], ["list", "x"],
    ["search"], ["search", "a", "b"], ["list", "--"], ["list", "--limit", "-1"],
    ["list", "--json=yes"], ["list", "--db", "x.db"], ["ingest", "data"], ["show", "1"],
    ["--db"], ["--db", "--json", "list"], [], ["lists"], ["--db=", "list"], ["summary", "--limit", "3"],
    ["--db", "./a.db", "list"], ["--db", "data//a.db", "list"],  # pathlib would rewrite these
])
def test_anything_unusual_goes_to_typer(args: list[str]) -> None:
    assert fastpath.parse(args) is None


def test_plain_queries_take_the_shortcut() -> None:
    invocation = fastpath.parse(["--db=a.db", "who", "Al Malik", "--limit=5", "--since", "2026",
                                 "--table"])
    assert invocation == ("who", "a.db", ["Al Malik"], {"--limit": "5", "--since": "2026"},
                          {"--table"})
    assert fastpath.parse(["people", "--sort", "name"]).values == {"--sort": "name"}  # type: ignore[union-attr]


def test_the_shortcut_never_imports_typer(loaded_db: Path) -> None:
    code = ("import sys; loaded = set(sys.modules); "
            "sys.argv = ['icli', '--db', sys.argv[1], 'list', '--json'];"
            "import icli.fastpath as f; f.main(); "
            "sys.stderr.write(' '.join(m for m in ('typer', 'rich', 'dateparser', 'sqlite_utils',"
            " 'dataclasses', 'pathlib') if m in sys.modules and m not in loaded))")
    done = subprocess.run([sys.executable, "-c", code, str(loaded_db)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("[")
    assert done.stderr == ""


@pytest.mark.parametrize("config", [None, "/tmp/elsewhere", "~/conf"])
def test_default_database_is_in_typer_s_app_dir(config: str | None, monkeypatch: pytest.MonkeyPatch
                                                ) -> None:
    from icli.paths import default_db_path

    monkeypatch.delenv("ICLI_DB", raising=False)
    if config is None:
        monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CONFIG_HOME", config)
    assert default_db_path() == os.path.join(typer.get_app_dir("icli"), "icli.db")


def _top_help(entry: str, columns: str, flag: str = "--help") -> subprocess.CompletedProcess[str]:
    """`icli --help` through `entry`'s main(); stderr says whether Typer was imported."""
    code = (f"import sys\nsys.argv = ['icli', {flag!r}]\nfrom {entry} import main\ntry:\n"
            "    main()\nfinally:\n    sys.stderr.write('typer' if 'typer' in sys.modules else '')")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "COLUMNS": columns}, check=False)


@pytest.mark.parametrize(("columns", "flag"), [("80", "--help"), ("200", "-h")])
def test_top_help_is_typer_s_without_typer(columns: str, flag: str) -> None:
    fast, typer_help = _top_help("icli.fastpath", columns, flag), _top_help("icli.cli", columns, flag)
    assert fast.returncode == typer_help.returncode == 0
    assert fast.stdout == typer_help.stdout and "Commands:" in fast.stdout
    assert (fast.stderr, typer_help.stderr) == ("", "typer")


def test_top_help_on_a_narrow_terminal_is_left_to_typer() -> None:
    narrow = _top_help("icli.fastpath", "60")
    assert narrow.stderr == "typer" and narrow.stdout != _top_help("icli.fastpath", "80").stdout
