"""A country word fused into a body's name (the lead's ruling of session 22, one rule for English
and French, `demonym_bodies.government_head`): a state body named with a demonym gives the
country, a cultural brand fusing a demonym into its proper name does not, and a country after
the name still does. Sentences written for the test in the shapes real pages use, with the
countries the contract counts, written before icli ran."""

from __future__ import annotations

import pytest

from icli.extract.article import extract
from icli.text.parse import ParsedArticle

ROWS: list[tuple[str, str, str, set[str]]] = [
    ("en-agency", "en", "The Italian Agency for Development Cooperation funded the ICESCO literacy project.",
     {"ITA"}),
    ("en-ministry", "en", "The Moroccan Ministry of Culture hosted the ICESCO exhibition in Fez.", {"MAR"}),
    ("en-authority", "en", "The Palestinian Authority welcomed the ICESCO heritage mission.", {"PSE"}),
    ("en-us-state-senate", "en", "ICESCO received the Georgia Senate delegation from Atlanta at its "
     "headquarters.", set()),
    ("en-us-state-two-words", "en", "A member of the New Mexico Senate visited the ICESCO exhibition.", set()),
    ("en-news-agency-fused", "en", "The Kuwait News Agency reported the ICESCO forum in Baku.", set()),
    ("en-council-brand", "en", "The British Council and ICESCO held a workshop for teachers in Lagos.", set()),
    ("en-house-brand", "en", "The Russian House in Rabat hosted the ICESCO film week.", set()),
    ("en-foundation-brand", "en", "The Qatar Foundation took part in the ICESCO forum in Doha.", set()),
    ("en-brand-then-country", "en", "The Goethe Cultural Centre of Niger and ICESCO opened a library in Niamey.",
     {"NER"}),
    ("fr-institut-brand", "fr", "L’Institut français et l’ICESCO ont organisé une exposition à Rabat.", set()),
    ("fr-institut-brand-then-country", "fr", "L’Institut français du Niger a accueilli la semaine culturelle "
     "de l’ICESCO.", {"NER"}),
    ("fr-ministry", "fr", "Le ministère marocain de la Culture a accueilli l’exposition de l’ICESCO.", {"MAR"}),
    ("fr-agency", "fr", "L’Agence italienne pour la coopération au développement a financé le projet de "
     "l’ICESCO.", {"ITA"}),
    ("fr-commission", "fr", "La Commission nationale tunisienne pour l’éducation, la science et la culture a "
     "participé à la réunion.", {"TUN"}),
]


@pytest.mark.parametrize(("language", "text", "countries"),
                         [pytest.param(language, text, countries, id=case_id)
                          for case_id, language, text, countries in ROWS])
def test_a_demonym_in_a_state_body_gives_the_country_in_a_brand_none(
        language: str, text: str, countries: set[str]) -> None:
    article = ParsedArticle(title="A title written for the test", body=[text], language=language)
    assert {m.code or "" for m in extract(article) if m.kind == "country"} == countries, text
