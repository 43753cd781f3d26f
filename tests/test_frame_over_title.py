"""Lines of a page's frame above its title are never the title (issue 21): a site's header bar
opening with the day's date ("Monday, 7 December 2026 | Rabat 18°C"), a line of tags, a "Latest
News" sidebar's headlines; and a page indented and hard-wrapped keeps the header bar off its
title. Texts written for the tests, in English, French and Arabic."""

from __future__ import annotations

import textwrap

import pytest

from icli.text.parse import parse_dump

PAGES = {
    "en": ("ICESCO Holds a Workshop on Manuscript Restoration in Dakar", "3 December 2026",
           ["The Islamic World Educational, Scientific and Cultural Organization (ICESCO) held "
            "on Thursday a training workshop on the restoration of manuscripts for librarians "
            "from Senegal and Guinea.",
            "The participants learned how to clean, bind and digitize old documents."]),
    "fr": ("L'ICESCO organise un atelier sur la restauration des manuscrits à Dakar",
           "3 décembre 2026",
           ["L'Organisation du monde islamique pour l'éducation, les sciences et la culture "
            "(ICESCO) a organisé jeudi un atelier de formation sur la restauration des "
            "manuscrits au profit de bibliothécaires du Sénégal et de Guinée.",
            "Les participants ont appris à nettoyer, relier et numériser les documents anciens."]),
    "ar": ("الإيسيسكو تنظم ورشة حول ترميم المخطوطات في داكار", "3 ديسمبر 2026",
           ["نظمت منظمة العالم الإسلامي للتربية والعلوم والثقافة (إيسيسكو) يوم الخميس ورشة "
            "تدريبية حول ترميم المخطوطات لفائدة أمناء مكتبات من السنغال وغينيا.",
            "وتعلم المشاركون تقنيات تنظيف الوثائق القديمة وتجليدها ورقمنتها."]),
}
HEADER_BARS = {"en": "Monday, 7 December 2026 | Rabat 18°C",
               "fr": "Lundi 7 décembre 2026 | Rabat 18°C",
               "ar": "الإثنين 7 ديسمبر 2026 | الرباط 18°"}
TAGS = {"en": "Heritage, Manuscripts, Africa, Workshops",
        "fr": "Patrimoine, Manuscrits, Afrique, Ateliers",
        "ar": "التراث، المخطوطات، أفريقيا، ورشات"}
SIDEBARS = {"en": ["Latest News", "ICESCO Signs an Agreement with a University in Almaty",
                   "ICESCO Launches a Youth Prize for Innovation in 2027",
                   "Experts Meet in Baku to Discuss Digital Libraries"],
            "fr": ["Dernières actualités", "L'ICESCO signe un accord avec une université d'Almaty",
                   "L'ICESCO lance un prix pour l'innovation des jeunes en 2027"],
            "ar": ["آخر الأخبار", "الإيسيسكو توقع اتفاقية مع جامعة في ألماتي",
                   "الإيسيسكو تطلق جائزة لابتكار الشباب لعام 2027"]}


def _page(language: str, above: list[str], dated: bool = True, blank: bool = True) -> str:
    """The page under the lines `above`; its paragraphs parted by blank lines or not."""
    title, date, paragraphs = PAGES[language]
    head = "\n".join([*above, title, *([date] if dated else [])])
    return ("\n\n" if blank else "\n").join([head, *paragraphs]) + "\n"


def _wrapped(text: str, width: int = 60, indent: str = "    ") -> str:
    """Each line hard-wrapped at `width` columns, indented by `indent`."""
    return "\n".join(indent + wrapped for line in text.split("\n")
                     for wrapped in (textwrap.wrap(line, width - len(indent)) or [""])) + "\n"


def _one_article(text: str, language: str, dated: bool = True) -> None:
    title, _, paragraphs = PAGES[language]
    (article,) = parse_dump(text).articles
    assert (article.title, article.subtitle, article.body) == (title, None, paragraphs)
    assert article.date == ("2026-12-03" if dated else None)


@pytest.mark.parametrize("language", sorted(PAGES))
@pytest.mark.parametrize("dated", [True, False])
@pytest.mark.parametrize("blank", [True, False])
def test_a_header_bar_over_the_title_is_not_the_title(language: str, dated: bool,
                                                      blank: bool) -> None:
    _one_article(_page(language, [HEADER_BARS[language]], dated, blank), language, dated)


@pytest.mark.parametrize("language", sorted(PAGES))
@pytest.mark.parametrize("dated", [True, False])
def test_an_indented_page_wrapped_at_60_columns_keeps_its_title(language: str,
                                                                dated: bool) -> None:
    text = _wrapped(_page(language, [HEADER_BARS[language]], dated))
    assert max(map(len, text.split("\n"))) <= 60
    _one_article(text, language, dated)


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_line_of_tags_over_the_title_is_not_the_title(language: str) -> None:
    _one_article(_page(language, [TAGS[language]]), language)
    assert TAGS[language] in parse_dump(_page(language, [TAGS[language]])).metadata_lines


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_latest_news_sidebar_over_the_page_is_skipped(language: str) -> None:
    _one_article(_page(language, [*SIDEBARS[language], ""]), language)


def test_a_short_title_keeps_its_subtitle() -> None:
    """A title of a few words over a longer subtitle is no frame line."""
    (article,) = parse_dump("Prizes, Grants and Awards\nThe Organization Honours Twenty Young "
                            "Researchers\n\n" + PAGES["en"][2][0] + "\n").articles
    assert (article.title, article.subtitle) == ("Prizes, Grants and Awards",
                                                 "The Organization Honours Twenty Young Researchers")


def test_a_programme_s_dated_items_stay_in_the_text() -> None:
    title, date, paragraphs = PAGES["en"]
    text = "\n".join([title, date, "", paragraphs[0], "4 December 2026 – Opening Ceremony and Keynote",
                      "5 December 2026 – Visits to the Libraries of the City", paragraphs[1]])
    (article,) = parse_dump(text).articles
    assert article.body[1:3] == ["4 December 2026 – Opening Ceremony and Keynote",
                                 "5 December 2026 – Visits to the Libraries of the City"]


def test_a_paragraph_opening_with_a_date_still_rejoins_when_wrapped() -> None:
    title, _, paragraphs = PAGES["en"]
    lead = "3 December 2026 – " + paragraphs[0]
    text = _wrapped("\n".join([title, "", lead, "", paragraphs[1]]))
    (article,) = parse_dump(text).articles
    assert article.body == [lead, paragraphs[1]]
