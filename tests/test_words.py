"""The word lists in icli/extract/data/: each described, each named by the code, none with a word
twice, read by the one loader only when a list is used."""

from __future__ import annotations

import subprocess
import sys

import pytest

from icli.choices import LANGUAGES
from icli.extract import gazetteer, words

# Lists the code builds from another list (gazetteer._MADE), read by name.
MADE_FROM = {("en", "name_particles"), ("en", "offices"), ("fr", "offices"), ("ar", "offices"),
             ("en", "portfolios"), ("fr", "portfolios"), ("ar", "portfolios"),
             ("en", "role_translations"), ("fr", "role_translations"), ("ar", "role_translations"), ("fr", "honorifics"),
             ("en", "patronymic_particles")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_list_says_what_it_is_and_lists_each_word_once(language: str) -> None:
    lists = {name: entry for name, entry in words.lists(language).items() if name != "about"}
    assert lists and words.lists(language)["about"]
    for name, entry in lists.items():
        assert set(entry) == {"about", "words"} and entry["about"].strip(), name
        if isinstance(entry["words"], list):
            assert entry["words"], f"{language}.json {name}: no words"
            written = [str(word) for word in entry["words"]]
            assert len(written) == len(set(written)), f"{language}.json {name}: a word twice"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_list_is_named_by_the_code(language: str) -> None:
    named = {(lang, stored) for lang, stored, _ in gazetteer._LISTS.values()} | MADE_FROM
    stored = {name for name in words.lists(language) if name != "about"}
    assert stored == {name for lang, name in named if lang == language}


def test_every_name_reads_its_list() -> None:
    for name in [*gazetteer._LISTS, *gazetteer._MADE]:
        assert getattr(gazetteer, name), name
    assert "Director" in gazetteer.ROLE_WORDS and "ministre" in gazetteer.ROLE_WORDS_FR
    assert {"al", "bin"} <= gazetteer.NAME_PARTICLES  # a surname particle and one of its own
    assert {"minister", "ministre", "وزير"} <= set(gazetteer.OFFICES["minister"])
    with pytest.raises(AttributeError):
        getattr(gazetteer, "NOT_A_LIST")


def test_a_query_reads_no_word_list() -> None:
    """Queries import identity (which names lists) without importing the loader."""
    code = ("import sys, icli.store.queries, icli.extract.identity; "
            "print('icli.extract.words' in sys.modules)")
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "False"
