"""English acronyms that end a person's role (issue 21, R2): a region, a field or a generic word
ending a role ("Regional Director MENA") is no partner, and a body already named in full is not
found again by a shortened acronym. Sentences written for the test, partners (name → acronym)
written before icli ran."""

from __future__ import annotations

import pytest

from icli.extract.article import extract
from icli.text.normalize import name_norm
from icli.text.parse import ParsedArticle

ROWS = [
    pytest.param("ICESCO held a regional meeting on science teaching with Ms. Leila Haddad, Director "
                 "Programmes MENA, Mr. Karim Basri, Project Officer STEM, and Dr. Omar Said, Deputy Dean "
                 "Research, spoke.", {}, id="region-field-in-list-none"),
    pytest.param("Dr. Yusuf Okoye, Field Coordinator NGO, and Mr. Hamid Lee, Senior Officer UNDP, also "
                 "took part.", {"United Nations Development Programme": "UNDP"}, id="generic-word-none"),
    pytest.param("Mr. Ali Khan, Head of ICT, presented the new portal.", {}, id="field-after-of-none"),
    pytest.param("Dr. Farah Naz of the Karakoram Institute of Science & Technology (KIST-Gilgit) met "
                 "Mr. Tariq Aziz, Pro-rector Research KIST, at the forum.",
                 {"Karakoram Institute of Science & Technology": "KIST-Gilgit"}, id="full-name-once"),
    pytest.param("Dr. Omar Said, Deputy Dean Research KUST, spoke.", {"KUST": "KUST"}, id="unknown-acronym",
                 marks=pytest.mark.xfail(strict=True, reason="an unknown acronym ending a role is the body "
                                         "the person takes part for: rule of d4e6868a reverted (issue 21, "
                                         "R2), it also took regions, fields and generic words")),
]


def found(text: str) -> dict[str, str | None]:
    """The partners icli finds in `text`: name (compared by name_norm) → acronym."""
    article = ParsedArticle(title="A title written for the test", body=[text], language="en")
    return {name_norm(m.name): m.code for m in extract(article) if m.kind == "partner"}


@pytest.mark.parametrize(("text", "partners"), ROWS)
def test_an_acronym_ending_a_role_names_no_new_body(text: str, partners: dict[str, str | None]) -> None:
    assert found(text) == {name_norm(name): acronym for name, acronym in partners.items()}, text
