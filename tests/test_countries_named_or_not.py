"""Countries named or not (issue 21, session 17, development sets 5 and 7): a country word in
a news outlet's name. Each case with its neighbours, on sentences written for the test, the
expected codes written before running."""

from __future__ import annotations

import pytest

from icli.extract.article import extract
from icli.text.parse import ParsedArticle


def _codes(language: str, text: str) -> set[str]:
    return {m.code or "" for m in extract(ParsedArticle(title="A Title Line For The Test", body=[text],
                                                        language=language)) if m.kind == "country"}


CASES: list[tuple[str, str, set[str]]] = [
    # a country word inside a news outlet's name is the outlet's, not the article's
    ("en", "(WireNet / Kenya Morning News / KNA - 12th Mar, 2024) NAIROBI, 12th March, 2024 (KNA) – "
     "ICESCO held a training for librarians.", set()),
    ("en", "The Ghana Weekly Times reported that the festival opened in Accra.", set()),
    ("en", "Kenya News Agency covered the visit.", set()),
    ("en", "The minister of Kenya told the weekly news bulletin that the library opened.", {"KEN"}),
    ("en", "Kenya Hosts Youth Forum On Reading And Writing.", {"KEN"}),
    ("en", "Delegates from Kenya, Uganda and Ghana met the press.", {"KEN", "UGA", "GHA"}),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_country_is_named_or_not(language: str, text: str, expected: set[str]) -> None:
    assert _codes(language, text) == expected
