"""Search treats a name particle written joined, hyphenated or apart as one name."""

from __future__ import annotations

import pytest

from icli.text.spellings import name_spellings
from tests.conftest import FIXTURES, Cli


def found(cli: Cli, query: str) -> set[int]:
    return {article["id"] for article in cli.json("search", query)}


def test_english_spellings_find_the_same_articles(ro_cli: Cli) -> None:
    joined, hyphen, apart = (found(ro_cli, q) for q in ("AlMalik", "Al-Malik", "Al Malik"))
    assert joined == hyphen == apart == found(ro_cli, "al-malik")
    assert len(joined) > 1 and joined >= found(ro_cli, '"Al-Malik"')


@pytest.fixture(scope="module")
def particles(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    cli = Cli(tmp_path_factory.mktemp("spellings") / "archive.db")
    assert cli("ingest", str(FIXTURES / "spellings" / "particles_fr_ar.txt")).exit_code == 0
    return cli


def test_french_and_arabic_spellings_find_the_same_articles(particles: Cli) -> None:
    languages = {a["id"]: a["language"] for a in particles.json("list")}
    joined, hyphen, apart = (found(particles, q) for q in ("AlMalik", "Al-Malik", "Al Malik"))
    assert joined == hyphen == apart
    assert len(joined) == 2 and {languages[i] for i in joined} == {"fr"}
    arabic = found(particles, "عبد الله")
    assert arabic == found(particles, "عبدالله") and len(arabic) == 2
    assert {languages[i] for i in arabic} == {"ar"}


def test_words_that_only_look_like_particles_stay_as_typed() -> None:
    assert name_spellings("Almost also bench binary") == "Almost also bench binary"
    assert name_spellings('"Al-Malik visit" Al* Al OR Malik') == '"Al-Malik visit" Al* Al OR Malik'
    assert name_spellings("title:AlMalik") == 'title:(AlMalik OR "Al Malik")'
    assert name_spellings("El-Fassi heritage") == '(ElFassi OR "El Fassi") heritage'
