"""Paragraphs above a page's first title (a copy that starts below the real title, whose first
title-shaped line is a subheading) are an article saved without its title, not lines skipped:
the persons, countries and date they hold are kept. Texts written for the tests."""

from __future__ import annotations

import pytest

from icli.extract.article import extract
from icli.text.parse import parse_dump

EN = """Rabat: 12/03/2024

The Director General of ICESCO received today in Rabat Mr. Idriss Kanembou, Minister of Culture of Chad, to discuss cooperation in the field of heritage.

Both sides agreed to hold a joint workshop next year in N'Djamena.

Joint Programme for Heritage in the Sahel

The programme covers the training of museum staff and the digitisation of archives.
"""

FR = """L’ICESCO a organisé le 5 février 2025 à Niamey un atelier sur l’enseignement des sciences, en présence de M. Amadou Sidibé, ministre de l’Éducation du Niger.

Des ateliers pratiques pour les enseignants du collège

Les participants ont suivi des séances pratiques sur les expériences en classe.
"""

AR = """نظمت منظمة العالم الإسلامي للتربية والعلوم والثقافة (إيسيسكو) يوم 3 مارس 2025 في نواكشوط ورشة عن محو الأمية، بحضور معالي السيد أحمد ولد سالم، وزير التعليم في موريتانيا.

محاور الورشة وتوصياتها

ناقش المشاركون سبل تطوير برامج تعليم الكبار في المناطق الريفية.
"""


@pytest.mark.parametrize(("text", "date", "person", "country", "subheading"), [
    (EN, "2024-03-12", "Idriss Kanembou", "TCD", "Joint Programme for Heritage in the Sahel"),
    (FR, "2025-02-05", "Amadou Sidibé", "NER", "Des ateliers pratiques pour les enseignants du "
                                               "collège"),
    (AR, "2025-03-03", "أحمد ولد سالم", "MRT", "محاور الورشة وتوصياتها"),
])
def test_paragraphs_above_the_first_title_are_an_article(
        text: str, date: str, person: str, country: str, subheading: str) -> None:
    dump = parse_dump(text)
    assert dump.orphan_lines == []
    lead, rest = dump.articles
    assert lead.title_from_text and (lead.position, rest.position) == (0, 1)
    assert lead.date == date and rest.title == subheading
    assert rest.date == date and rest.date_source == "inferred"  # its nearest neighbour's
    found = extract(lead)
    assert person in [m.name for m in found if m.kind == "person"]
    assert country in [m.code for m in found if m.kind == "country"]


def test_short_lines_above_the_first_title_stay_skipped() -> None:
    dump = parse_dump("Menu\nPhoto gallery\n\nICESCO Opens a Regional Office in Baku\n\n"
                      "The office will coordinate the programmes of the Organization in the "
                      "region of the Caucasus.\n")
    assert dump.orphan_lines == ["Menu", "Photo gallery"]
    assert [a.title for a in dump.articles] == ["ICESCO Opens a Regional Office in Baku"]
