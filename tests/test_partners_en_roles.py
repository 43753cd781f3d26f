"""English bodies named only by an acronym that ends a person's role (rule
partner.en.role-acronym): sentences written for the test in the shapes real pages use, with the
partners (name → acronym) the contract counts, written before icli ran."""

from __future__ import annotations

import pytest

from icli.extract.article import extract
from icli.text.normalize import name_norm
from icli.text.parse import ParsedArticle

ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    ("role-then-acronym", "The panel included Dr. Farah Naz, Pro-rector Research KUST, and Mr. Tariq Aziz, "
     "Programme Director PEEF, who discussed scholarships.", {"KUST": "KUST", "PEEF": "PEEF"}),
    ("field-after-of-none", "Mr. Ali Khan, Head of ICT, presented the new portal.", {}),
    ("acronym-alone-role-none", "Ms. Amna Raza, CEO, opened the session.", {}),
    ("own-name-none", "Mr. Omar Said, Director General ISESCO, opened the session.", {}),
    ("known-acronym-once", "Dr. Ahmed Ali, Secretary General OIC, spoke at the forum.",
     {"Organization of Islamic Cooperation": "OIC"}),
    ("two-capitals-none", "Mr. Bilal Shah, Deputy Director HR, attended the meeting.", {}),
]


def found(text: str) -> dict[str, str | None]:
    """The partners icli finds in `text`: name (compared by name_norm) → acronym."""
    article = ParsedArticle(title="A title written for the test", body=[text], language="en")
    return {name_norm(m.name): m.code for m in extract(article) if m.kind == "partner"}


@pytest.mark.parametrize(("text", "partners"),
                         [pytest.param(text, partners, id=case_id) for case_id, text, partners in ROWS])
def test_an_acronym_ending_a_role_is_the_body_the_person_takes_part_for(
        text: str, partners: dict[str, str | None]) -> None:
    assert found(text) == {name_norm(name): acronym for name, acronym in partners.items()}, text
