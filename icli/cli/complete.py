"""Shell completion for bash, zsh and fish: `icli completion SHELL` prints the script, which
calls `icli __complete SHELL INDEX WORD...` on each Tab; `complete()` answers from the
shortcut's table of commands and options (no Typer import) and from the archive's names; and
what an unknown option may have meant (`no_such_option`), from the same table and choices.

Every candidate is written for the shell that asked: bash and zsh insert it as written (the
zsh script adds it with `compadd -Q -U`), so it is quoted with `shlex.quote` ("Zq&touch
Foundation" is inserted as 'Zq&touch Foundation', never run); fish quotes what it inserts
itself, so it gets the name as it is. A name holding a control character is never offered
(no shell can insert it as one word).
"""

from __future__ import annotations

import difflib
import json
import re
import shlex

from icli.choices import ENTITY_COMMANDS, ENTITY_KINDS, EXPORT_FORMATS, LANGUAGES, SHELLS, sorts
from icli.cli.request import TextOut
from icli.cli.shortcut import SPEC_FILE
from icli.text.escape import CONTROLS

NAME_OPTIONS = {f"--{kind}": kind for kind in ENTITY_KINDS}  # the filters naming an entity
_CONTROL = re.compile(f"[{CONTROLS}\t\n\u2028\u2029]")  # no shell inserts these as a word

SCRIPTS = {
    "bash": """\
_icli_completion() {
    COMPREPLY=()
    while IFS= read -r line; do COMPREPLY+=("$line"); done < <(
        icli __complete bash "$COMP_CWORD" "${COMP_WORDS[@]}" 2>/dev/null)
}
complete -o default -F _icli_completion icli
""",
    "zsh": """\
#compdef icli
_icli_completion() {
    local -a candidates
    candidates=("${(@f)$(icli __complete zsh $((CURRENT - 1)) "${words[@]}" 2>/dev/null)}")
    candidates=(${candidates:#})
    if (( ${#candidates} )); then
        compadd -Q -U -- "${candidates[@]}"
    else
        _files
    fi
}
compdef _icli_completion icli
""",
    "fish": """\
function __icli_complete
    set -l current (commandline -ct)
    set -l words (commandline -opc) "$current"
    icli __complete fish (math (count $words) - 1) $words 2>/dev/null
end
complete --command icli --no-files --arguments '(__icli_complete)'
""",
}


def script(shell: str) -> str:
    """The completion script for `shell` (bash, zsh or fish)."""
    return SCRIPTS[shell]


def run(args: list[str], stdout: TextOut, db_path: str | None = None) -> int:
    """`icli __complete SHELL INDEX WORD...`: one candidate per line on stdout; never an error
    (a broken request or archive completes nothing). `db_path`: the archive when no --db is
    among the words (the default one)."""
    try:
        shell, index, words = args[0], int(args[1]), args[2:]
    except (IndexError, ValueError):
        return 0
    if shell not in SHELLS:
        return 0
    for candidate in complete(words, index, db_path):
        if not _CONTROL.search(candidate):
            stdout.write((candidate if shell == "fish" else shlex.quote(candidate)) + "\n")
    return 0


def unquote(word: str) -> str:
    """A word as the shell will pass it: quotes and backslashes removed (an unclosed quote as
    if closed)."""
    for closing in ("", "'", '"'):
        try:
            parts = shlex.split(word + closing)
        except ValueError:
            continue
        return " ".join(parts)
    return word


def complete(words: list[str], index: int, db_path: str | None = None) -> list[str]:
    """Candidates for words[index], the word under the cursor (words[0] is `icli`)."""
    try:
        with open(SPEC_FILE, encoding="utf-8") as stream:
            spec = json.load(stream)
    except OSError:
        return []
    typed = [unquote(word) for word in words[: index + 1]]
    typed += [""] * (index + 1 - len(typed))
    current, before = typed[index], typed[1:index]
    command = next((word for word in before if word in spec["commands"]), None)
    db = next((value for option, value in zip(before, before[1:]) if option == "--db"), db_path)
    previous = before[-1] if before else ""
    if previous == "=" and len(before) > 1:  # bash splits --sort=da at the "="
        previous = before[-2]
    if command is None:
        if current.startswith("-"):
            return _starting(current, list(spec["root"]) + ["--help"])
        if previous == "--db":
            return []
        return _starting(current, sorted(spec["commands"]) + ["completion"])
    options = spec["commands"][command]["options"]
    if previous in options and not options[previous]["flag"]:
        return _values(command, previous, current, db)
    if current.startswith("-"):
        return _starting(current, sorted(options) + ["--help"])
    if command in ENTITY_COMMANDS:
        return _names(ENTITY_COMMANDS[command], current, db)
    return []


def _starting(typed: str, choices: list[str]) -> list[str]:
    return [choice for choice in choices if choice.lower().startswith(typed.lower())]


def _values(command: str, option: str, typed: str, db: str | None) -> list[str]:
    """Candidates for the value of `option`."""
    if option in NAME_OPTIONS:
        return _names(NAME_OPTIONS[option], typed, db)
    return _starting(typed, list(fixed_values(command, option)))


def fixed_values(command: str, option: str) -> tuple[str, ...]:
    """The values `option` of `command` takes from a fixed list (--sort, --language, --format);
    () for any other."""
    if option == "--sort":
        return sorts(command)
    if option == "--language":
        return LANGUAGES
    if option == "--format":
        return EXPORT_FORMATS.get(command, ())
    return ()


def no_such_option(command: str, option: str, after: str) -> str:
    """The message for an option `command` does not have, with what it may have meant: an
    option whose value is the word typed (`export --json` → `--format jsonl`), the flag its
    value names (`list --format csv` → `--csv`), options spelt alike (`--limt` → `--limit`),
    icli's own option typed after a command (`list --version` → `icli --version`)."""
    try:
        with open(SPEC_FILE, encoding="utf-8") as stream:
            spec = json.load(stream)
        options, root = spec["commands"][command]["options"], spec["root"]
    except (OSError, KeyError):
        options, root = {}, {}
    if command and option in root and option not in options:  # `icli list --version`
        return f"no such option: {option} (an option of icli itself: `icli {option}`)"
    word = option.lstrip("-").lower()
    longs = [name for name in options if name.startswith("--")]
    valued = [(name, value) for name in longs for value in fixed_values(command, name)]
    meant = [f"{name} {value}" for name, value in valued if value == word]
    flag = f"--{after.lower()}"
    if after and options.get(flag, {}).get("flag"):
        meant.append(flag)
    alike = difflib.get_close_matches(word, [name[2:] for name in longs], n=3, cutoff=0.75)
    meant += [f"--{name}" for name in alike]
    meant += [name for name in longs if len(word) > 2 and name[2:].startswith(word)]
    meant += [f"{name} {value}" for name, value in valued
              if value != word and difflib.SequenceMatcher(None, word, value).ratio() >= 0.75]
    meant = list(dict.fromkeys(meant))[:3]
    hint = (f"did you mean {' or '.join(meant)}?" if meant
            else f"see `icli {command} --help`" if command else "see `icli --help`")
    return f"no such option: {option} ({hint})"


def _names(kind: str, typed: str, db: str | None) -> list[str]:
    """Entity names with a word starting with `typed` (completion.names_matching)."""
    import os

    from icli.store import completion
    from icli.store.connection import open_for_reading

    if db is None:
        from icli.cli.paths import default_db_path

        db = default_db_path()
    if not os.path.exists(db):
        return []
    try:
        conn = open_for_reading(db)
        try:
            return completion.names_matching(conn, kind, typed)
        finally:
            conn.close()
    except Exception:  # completion never fails loudly
        return []
