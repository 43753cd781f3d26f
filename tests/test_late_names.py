"""Names a reviewer found misread (issue 21, session 21): Kosovo named in French and Arabic.
Each case with its neighbours, on sentences written for the test, the expected answers
written before running."""

from __future__ import annotations

import pytest

from icli.extract.article import extract
from icli.extract.country_tables import typed_country
from icli.text.parse import ParsedArticle


def _mentions(language: str, text: str) -> list:
    return extract(ParsedArticle(title="A Title Line For The Test", body=[text], language=language))


def _codes(language: str, text: str) -> set[str]:
    return {m.code or "" for m in _mentions(language, text) if m.kind == "country"}


@pytest.mark.parametrize(("language", "text", "codes"), [
    ("ar", "شارك في الدورة معلمون من كوسوفو وألبانيا والبوسنة والهرسك.", {"XKX", "ALB", "BIH"}),
    ("ar", "التقى الوفد وزير التربية في كوسوفو.", {"XKX"}),
    ("ar", "استقبلت المنظمة وفدا من ألبانيا.", {"ALB"}),
    ("fr", "Des formateurs du Kosovo et d’Albanie ont suivi l’atelier.", {"XKX", "ALB"}),
    ("fr", "La délégation s’est rendue au Kosovo la semaine dernière.", {"XKX"}),
    ("en", "Trainers from Kosovo and Albania attended the workshop.", {"XKX", "ALB"}),
])
def test_kosovo_is_a_country_in_every_language(language: str, text: str, codes: set[str]) -> None:
    assert _codes(language, text) == codes


def test_kosovo_typed_in_arabic_or_french_is_that_country() -> None:
    assert [typed_country(t) for t in ("كوسوفو", "Kosovo", "ألبانيا")] == ["XKX", "XKX", "ALB"]
