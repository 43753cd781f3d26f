"""Paragraphs above a page's first title (a copy that starts below the real title, whose first
title-shaped line is a subheading) are an article saved without its title when they read as a
news lead (a dateline, then several sentences): the persons, countries and date they hold are
kept. The page's only title below them, a subheading with no date line of its own, heads the
rest of that article's text (one saved page, one article); a title with its own date line is
the next page's, and several titles are a listing's: articles of their own, which the lead's
date does not date. Any other text there (the site's introduction, a photo's
caption, a note on the saving) stays skipped lines. Texts written for the tests."""

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

FR = """Niamey, 5 février 2025 (ANP) – L’ICESCO a organisé un atelier sur l’enseignement des sciences, en présence de M. Amadou Sidibé, ministre de l’Éducation du Niger. Une quarantaine d’enseignants des lycées y ont pris part.

Des ateliers pratiques pour les enseignants du collège

Les participants ont suivi des séances pratiques sur les expériences en classe.
"""

AR = """نواكشوط: نظمت منظمة العالم الإسلامي للتربية والعلوم والثقافة (إيسيسكو) يوم 3 مارس 2025 ورشة عن محو الأمية، بحضور معالي السيد أحمد ولد سالم، وزير التعليم في موريتانيا. وشارك في الورشة ثلاثون مدربا من مختلف الولايات.

محاور الورشة وتوصياتها

ناقش المشاركون سبل تطوير برامج تعليم الكبار في المناطق الريفية.
"""


TWO_PARAGRAPHS = """Le Directeur général de l’ICESCO a reçu le 4 juin 2025 M. Paul Biyoghe, ministre de la Culture du Gabon, pour examiner les projets communs.

Les deux parties ont convenu d’organiser un atelier sur la protection des manuscrits anciens.

Un programme pour les bibliothèques nationales

Le programme prévoit la formation de vingt conservateurs.
"""


@pytest.mark.parametrize(("text", "date", "person", "country", "subheading"), [
    (TWO_PARAGRAPHS, "2025-06-04", "Paul Biyoghe", "GAB", "Un programme pour les bibliothèques "
                                                         "nationales"),
    (EN, "2024-03-12", "Idriss Kanembou", "TCD", "Joint Programme for Heritage in the Sahel"),
    (FR, "2025-02-05", "Amadou Sidibé", "NER", "Des ateliers pratiques pour les enseignants du "
                                               "collège"),
    (AR, "2025-03-03", "أحمد ولد سالم", "MRT", "محاور الورشة وتوصياتها"),
])
def test_paragraphs_above_the_first_title_are_an_article_with_its_subheading(
        text: str, date: str, person: str, country: str, subheading: str) -> None:
    dump = parse_dump(text)
    assert dump.orphan_lines == []
    [lead] = dump.articles
    assert lead.title_from_text and lead.position == 0 and lead.date == date
    assert subheading in lead.body and lead.body[-1] != subheading  # its text follows it
    found = extract(lead)
    assert person in [m.name for m in found if m.kind == "person"]
    assert country in [m.code for m in found if m.kind == "country"]


SECOND_PAGE = """ICESCO Opens an Exhibition of Manuscripts in Dakar

14 March 2025

The exhibition shows two hundred manuscripts lent by the libraries of Senegal and Mali.
"""
SECOND_ITEM = """ICESCO Trains Young Archivists in Bamako

The training gathered twenty archivists from the national archives of Mali and Niger.
"""


@pytest.mark.parametrize(("below", "titles"), [
    (SECOND_PAGE, ["ICESCO Opens an Exhibition of Manuscripts in Dakar"]),  # its own date line
    (SECOND_PAGE.replace("14 March 2025\n\n", "") + "\n" + SECOND_ITEM,  # a listing's items
     ["ICESCO Opens an Exhibition of Manuscripts in Dakar",
      "ICESCO Trains Young Archivists in Bamako"]),
])
def test_a_dated_title_or_several_titles_below_a_lead_are_articles_of_their_own(
        below: str, titles: list[str]) -> None:
    dump = parse_dump(EN.split("Joint Programme")[0] + below)
    lead, *rest = dump.articles
    assert lead.title_from_text and lead.date == "2024-03-12"
    assert [a.title for a in rest] == titles
    assert rest[-1].date != "2024-03-12"  # text above the titles dates none of them
    assert "Idriss Kanembou" in [m.name for m in extract(lead) if m.kind == "person"]


def test_short_lines_above_the_first_title_stay_skipped() -> None:
    dump = parse_dump("Menu\nPhoto gallery\n\nICESCO Opens a Regional Office in Baku\n\n"
                      "The office will coordinate the programmes of the Organization in the "
                      "region of the Caucasus.\n")
    assert dump.orphan_lines == ["Menu", "Photo gallery"]
    assert [a.title for a in dump.articles] == ["ICESCO Opens a Regional Office in Baku"]


TITLED = """ICESCO Holds a Workshop on School Libraries

The workshop gathered twenty librarians from Guinea and Mali to share their practice.
"""


@pytest.mark.parametrize("above", [
    "Follow the latest news of the Organization and of its programmes in all its Member States.",
    "تابعوا آخر أخبار المنظمة وبرامجها في جميع الدول الأعضاء عبر موقعها الرسمي.",
    "Learn more about the Organization. It was founded in 1982 in Tunis, Tunisia, and it now "
    "works from Rabat.",
    "Photo: Dr. Leila Haddad with the guests of the Summit, held on 9 April 2023 in Baku, "
    "Azerbaijan.",
    "This copy was saved from the website of the Organization on 3 May 2026 for our records.",
])
def test_other_text_above_the_first_title_is_no_article_and_dates_nothing(above: str) -> None:
    dump = parse_dump(above + "\n\n" + TITLED)
    assert [a.title for a in dump.articles] == ["ICESCO Holds a Workshop on School Libraries"]
    assert dump.orphan_lines == [above]
    assert dump.articles[0].date is None
    assert {m.code for m in extract(dump.articles[0]) if m.kind == "country"} == {"GIN", "MLI"}


def test_a_cookie_notice_above_the_first_title_is_furniture() -> None:
    """(tests/test_furniture_only_files.py: a cookie banner is the site's line, removed)"""
    dump = parse_dump("This site stores cookies so that your visit runs smoothly. If you keep "
                      "browsing, you accept that we store them on your device.\n\n" + TITLED)
    assert [a.title for a in dump.articles] == ["ICESCO Holds a Workshop on School Libraries"]
    assert (dump.orphan_lines, dump.articles[0].date) == ([], None)
