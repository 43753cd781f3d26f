"""Each choice the command line offers is defined once, in icli/choices.py: the store's order
maps (and the maps by language) are keyed by exactly those choices, validation and completion
offer them, no module writes a list of them out again, and the README's and the contract's
lists are the same lists."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from icli import choices
from icli.cli import complete
from icli.cli.output import LANGUAGE_NAMES
from icli.cli.request import build
from icli.errors import UsageError
from icli.extract.article import EXTRACTORS
from icli.store import fulltext, queries, summaries, version_stories

ROOT = Path(__file__).resolve().parents[1]
LISTS = {
    "LANGUAGES": choices.LANGUAGES,
    "OUTPUT_FORMATS": choices.OUTPUT_FORMATS,
    "ARTICLE_SORTS": choices.ARTICLE_SORTS,
    "SEARCH_SORTS": choices.SEARCH_SORTS,
    "ENTITY_SORTS": choices.ENTITY_SORTS,
    "ENTITY_KINDS": choices.ENTITY_KINDS,
    "SHELLS": choices.SHELLS,
    **{f"EXPORT_FORMATS[{command!r}]": formats
       for command, formats in choices.EXPORT_FORMATS.items()},
}


def test_the_order_maps_are_keyed_by_the_choices() -> None:
    assert set(queries.ARTICLE_ORDER) == set(choices.ARTICLE_SORTS)
    assert set(queries.ENTITY_ORDER) == set(choices.ARTICLE_SORTS)
    assert set(summaries.ENTITY_ORDER) == set(choices.ENTITY_SORTS)
    assert set(fulltext.SEARCH_ORDER) == set(choices.SEARCH_SORTS)
    assert set(complete.SCRIPTS) == set(choices.SHELLS)
    for by_language in (EXTRACTORS, LANGUAGE_NAMES, version_stories._TITLE_COUNTRIES):
        assert set(by_language) == set(choices.LANGUAGES)
    for command, default in choices.DEFAULT_SORTS.items():
        assert default in choices.sorts(command)


def test_validation_and_completion_offer_the_choices() -> None:
    for command in ("list", "search", "people", "export"):
        for sort in choices.sorts(command):
            assert build(command, {"sort": sort, "query": ["x"]}).sort == sort
        with pytest.raises(UsageError, match=re.escape(choices.in_words(choices.sorts(command)))):
            build(command, {"sort": "nonsense", "query": ["x"]})
        assert complete.complete(["icli", command, "--sort", ""], 3) == list(
            choices.sorts(command))
    assert complete.complete(["icli", "list", "--language", ""], 3) == list(choices.LANGUAGES)
    assert complete.complete(["icli", "export", "--format", ""], 3) == list(
        choices.EXPORT_FORMATS["export"])


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring nodes of a module's, its classes' and its functions'."""
    return {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
            and node.body and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)}


def _written_lists(source: str, docstrings: bool = False) -> list[tuple[int, str, str]]:
    """(line, list name, what) for each literal in `source` that spells a choice list out: a
    tuple, list or set of exactly its values; a string holding two or more of its values
    joined by | (a metavar); a string naming all its values in prose ("bash, zsh or fish", a
    help text; the entity kinds are words of prose too). Docstrings count with `docstrings`
    (a command's docstring is its help)."""
    tree = ast.parse(source)
    skipped = set() if docstrings else _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and len(node.elts) > 1:
            values = {e.value for e in node.elts if isinstance(e, ast.Constant)}
            for name, members in LISTS.items():
                if values == set(members) and len(values) == len(node.elts):
                    found.append((node.lineno, name, ast.unparse(node)))
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and id(node) not in skipped):
            for run in re.findall(r"[\w-]+(?:\|[\w-]+)+", node.value):
                for name, members in LISTS.items():
                    if all(word in members for word in run.split("|")):
                        found.append((node.lineno, name, run))
            for run in re.findall(r"[\w-]+(?:(?:, | or | and )[\w-]+)+", node.value):
                words = set(re.split(r", | or | and ", run))
                for name, members in LISTS.items():
                    if words == set(members) and name != "ENTITY_KINDS":
                        found.append((node.lineno, name, run))
    return found


def test_no_module_writes_a_choice_list_out() -> None:
    written = [f"{path.relative_to(ROOT)}:{line}: {name} as {what}"
               for path in sorted((ROOT / "icli").rglob("*.py")) if path.name != "choices.py"
               for line, name, what in _written_lists(path.read_text(encoding="utf-8"),
                                                      docstrings=path.name == "app.py")]
    assert written == []


def test_the_check_finds_a_list_written_out() -> None:
    source = ('"""Completion for bash, zsh or fish."""\nLANGUAGES = ("en", "fr", "ar")\n'
              'help = "Order: date|-date."\nSHELL = "bash, zsh or fish"\nok = ("fr", "ar")\n'
              'sort = "date"\nkinds = "a person, country or partner"\n')
    found = {(line, name) for line, name, _ in _written_lists(source)}
    assert {line for line, _ in found} == {2, 3, 4}
    assert {(2, "LANGUAGES"), (3, "ARTICLE_SORTS"), (4, "SHELLS")} <= found
    assert (1, "SHELLS") in [(line, name) for line, name, _ in _written_lists(source, True)]


@pytest.mark.parametrize("document", ["README.md", "docs/contract.md"])
def test_the_documents_lists_are_the_choices(document: str) -> None:
    """A list of choices in a user's document (`en|fr|ar`, `--format graphml|json`) is one
    of icli/choices.py's lists, whole and in its order."""
    text = (ROOT / document).read_text(encoding="utf-8").replace("\\|", "|")
    runs = re.findall(r"[\w-]+(?:\|[\w-]+)+", text)
    checked = 0
    for run in runs:
        words = tuple(run.split("|"))
        owners = [members for members in LISTS.values() if set(words) & set(members)]
        if owners:
            assert words in owners, f"{document}: {run} is not a list of icli/choices.py"
            checked += 1
    if document == "README.md":
        assert checked >= 3, "the README's lists of choices were not found"
        assert f"for {choices.in_words(choices.SHELLS)}" in text
    # the default limit, as each document says it
    said = {"README.md": "a table shows {} rows", "docs/contract.md": "shows its first {} rows"}
    assert said[document].format(choices.DEFAULT_LIMIT) in " ".join(text.split())
