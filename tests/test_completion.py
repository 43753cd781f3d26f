"""Shell completion: the scripts icli prints for bash, zsh and fish, run in those shells where
they are installed (bash always is), and the candidates `icli __complete` gives."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from icli.cli.complete import complete
from tests.conftest import Cli, run

HOSTILE = "Zq&touch Foundation"
DUMP = """\
Disclaimer: You are using Google Translate. The ICESCO is not responsible for the accuracy of \
the information in the translated language .

    ICESCO and Zq&touch Foundation Sign Cooperation Agreement

    The Islamic World Educational, Scientific and Cultural Organization (ICESCO) and the \
Zq&touch Foundation signed a cooperation agreement on 3 February 2026 in Rabat. Mr. Salah \
Alhammadi, President of the Zq&touch Foundation, and Dr. Salim M. AlMalik, Director-General of \
ICESCO, signed the agreement.
"""


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("completion")
    (folder / "dump.txt").write_text(DUMP, encoding="utf-8")
    cli = Cli(folder / "archive.db")
    assert cli("ingest", str(folder / "dump.txt")).exit_code == 0
    assert HOSTILE in [p["name"] for p in cli.json("partners")]
    return folder / "archive.db"


@pytest.fixture
def shell_env(hostile_db: Path, tmp_path: Path) -> dict[str, str]:
    """An environment whose `icli` is this checkout's, reading the archive above."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "icli").write_text(f"#!/bin/sh\nexec {sys.executable} -m icli \"$@\"\n")
    (bin_dir / "icli").chmod(0o755)
    return {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "ICLI_DB": str(hostile_db),
            "HOME": str(tmp_path)}


def candidates(db: Path, *words: str) -> list[str]:
    return complete(["icli", "--db", str(db), *words], len(words) + 2)


def test_any_word_any_case_acronyms(loaded_db: Path) -> None:
    assert "Abdelilah Benarafa" in candidates(loaded_db, "who", "Ben")
    assert "Salim M. AlMalik" in candidates(loaded_db, "who", "malik")
    assert candidates(loaded_db, "country", "mor") == ["Morocco"]
    assert "Kazakhstan" in candidates(loaded_db, "country", "kaz")
    assert "Arab Bureau of Education for the Gulf States" in candidates(loaded_db, "partner", "abeg")
    assert "Morocco" in candidates(loaded_db, "list", "--country", "MOR")


def test_option_names_and_values() -> None:
    assert complete(["icli", "list", "--sort", ""], 3) == ["date", "-date"]
    assert complete(["icli", "people", "--sort", ""], 3) == ["count", "name", "latest", "first"]
    assert complete(["icli", "search", "--sort", "s"], 3) == ["score"]
    assert complete(["icli", "list", "--language", ""], 3) == ["en", "fr", "ar"]
    assert complete(["icli", "export", "--format", ""], 3) == ["jsonl", "csv", "markdown"]
    assert complete(["icli", "network", "--format", "g"], 3) == ["graphml"]
    assert complete(["icli", "list", "--sort", "=", "-"], 4) == ["-date"]
    assert "--language" in complete(["icli", "list", "--la"], 2)
    assert "search" in complete(["icli", "se"], 1)


def test_candidates_are_quoted_for_the_shell_that_asks(hostile_db: Path) -> None:
    words = ["icli", "--db", str(hostile_db), "partner", "Zq"]
    for shell, expected in (("bash", shlex.quote(HOSTILE)), ("zsh", shlex.quote(HOSTILE)),
                            ("fish", HOSTILE)):
        result = run(["__complete", shell, "4", *words])
        assert result.exit_code == 0 and result.stdout == expected + "\n"
    assert run(["completion", "tcsh"]).exit_code == 2


def test_bash_inserts_names_as_one_quoted_word_and_runs_nothing(shell_env: dict[str, str],
                                                                 tmp_path: Path) -> None:
    script = run(["completion", "bash"]).stdout
    probe = script + """
COMP_WORDS=(icli partner Zq); COMP_CWORD=2; _icli_completion
eval "set -- ${COMPREPLY[0]}"; printf '%s|%s\\n' "$#" "$1"
COMP_WORDS=(icli who "'Salah Al"); COMP_CWORD=2; _icli_completion
eval "set -- ${COMPREPLY[0]}"; printf '%s|%s\\n' "$#" "$1"
COMP_WORDS=(icli list --sort ""); COMP_CWORD=3; _icli_completion; echo "${COMPREPLY[*]}"
"""
    done = subprocess.run(["bash", "-c", probe], env=shell_env, capture_output=True, text=True,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"1|{HOSTILE}", "1|Salah Alhammadi", "date -date"]
    assert not (tmp_path / "Foundation").exists()


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_zsh_adds_quoted_names_unfiltered(shell_env: dict[str, str], tmp_path: Path) -> None:
    script = run(["completion", "zsh"]).stdout
    probe = ("compdef() { : }\n_files() { : }\n"
             "compadd() { shift 3; print -rl -- \"$@\" }\n" + script + """
words=(icli partner Zq); CURRENT=3; out=("${(@f)$(_icli_completion)}")
eval "set -- ${out[1]}"; print -r -- "$#|$1"
words=(icli who ben); CURRENT=3; _icli_completion
""")
    done = subprocess.run(["zsh", "-f", "-c", probe], env=shell_env, capture_output=True,
                          text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == f"1|{HOSTILE}"
    assert not (tmp_path / "Foundation").exists()


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed")
def test_fish_offers_names_as_they_are(shell_env: dict[str, str], tmp_path: Path) -> None:
    script = run(["completion", "fish"]).stdout
    (tmp_path / "icli.fish").write_text(script)
    probe = f"source {tmp_path / 'icli.fish'}; complete -C 'icli partner Zq'; " \
            "complete -C 'icli list --language '"
    done = subprocess.run(["fish", "--no-config", "-c", probe], env=shell_env,
                          capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = [line.split("\t")[0] for line in done.stdout.splitlines()]
    assert HOSTILE in lines and {"en", "fr", "ar"} <= set(lines)
    assert not (tmp_path / "Foundation").exists()
