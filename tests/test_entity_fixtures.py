"""The French, Arabic and English entity fixtures (and the held-out failure cases) parse into the
articles their annotations name, and every annotated string is in its article's text."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pycountry
import pytest

from icli.text.parse import ParsedArticle, parse_dump

FIXTURES = Path(__file__).parent / "fixtures" / "entities"
GOLD = [item for name in ("annotations.json", "heldout_annotations.json")
        for item in json.loads((FIXTURES / name).read_text(encoding="utf-8"))["articles"]]
LANGUAGES = {"fr.txt": "fr", "ar.txt": "ar", "en_partners.txt": "en",
             "heldout_en.txt": "en", "heldout_fr.txt": "fr", "heldout_ar.txt": "ar"}
ICESCO_ROLE_ENDINGS = ("ICESCO", "l’ICESCO", "للإيسيسكو")  # roles whose long ICESCO name is shortened


@cache
def articles(name: str) -> list[ParsedArticle]:
    return parse_dump((FIXTURES / name).read_text(encoding="utf-8")).articles


def text_of(article: ParsedArticle) -> str:
    return "\n".join([article.title, *article.body])


@pytest.mark.parametrize("name", sorted(LANGUAGES))
def test_each_fixture_parses_into_the_annotated_articles(name: str) -> None:
    parsed = articles(name)
    annotated = sorted(item["position"] for item in GOLD if item["file"] == name)
    assert annotated == list(range(len(parsed)))
    for article in parsed:
        assert article.language == LANGUAGES[name]
        assert article.date_source == "dateline"
        assert len(article.body) >= 2


@pytest.mark.parametrize("item", GOLD, ids=lambda item: f"{item['file']}#{item['position']}")
def test_annotations_name_what_the_article_says(item: dict) -> None:
    article = articles(item["file"])[item["position"]]
    assert article.title.startswith(item["title_starts"])
    assert article.date == item["date"]
    text = text_of(article)
    written = [*item["people"], *item.get("not_people", []), *item.get("not_partners", []),
               *item.get("implied_people", {}), *(name for name, _ in item["partners"]),
               *(alias for group in item.get("partner_aliases", []) for alias in group)]
    assert [s for s in written if s not in text] == []
    assert set(item["roles"]) == set(item["people"])
    for role in item["roles"].values():
        assert role in text or role.endswith(ICESCO_ROLE_ENDINGS)
    for code in [*item["countries"], *item.get("not_countries", [])]:
        assert pycountry.countries.get(alpha_3=code) is not None
    for name, acronym in item["partners"]:
        assert acronym is None or acronym in text


def test_cross_language_identities_point_at_people_named_in_english() -> None:
    english = {name for item in GOLD if item["file"] == "en_partners.txt" for name in item["people"]}
    sample = json.loads((FIXTURES.parent / "annotated_sample.json").read_text(encoding="utf-8"))
    english |= {name for item in sample["articles"] for name in item["people"]}
    targets = {target for item in GOLD for target in item.get("same_as", {}).values()}
    targets |= {target for item in GOLD for target in item.get("implied_people", {}).values()}
    assert targets - english == set()
