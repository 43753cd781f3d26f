"""Issue 21 (session 22, dates): the date a news site prints in its header, above the title,
is the day the page was viewed, not the article's: with the Hijri day or the weather after a
pipe ("Thursday, 3 December 2026 | Jumada al-akhirah 12, 1448 H", "| Rabat 18°C") it dates
nothing and is no title; over a paper's masthead (its editors' names) it dates nothing either.
A publication line above a title, with a section or a count after its pipe, still dates it."""

from __future__ import annotations

import pytest

from icli.text.lines import date_line
from icli.text.parse import parse_dump

_TEXT_EN = ("ICESCO organized a training workshop on heritage documentation for young researchers "
            "from twelve member states, in cooperation with the national commission.\n\n"
            "The participants visited the sites of the old city.\n")
_TITLE_EN = "ICESCO Holds Workshop on Heritage Documentation in Dakar"
_TEXT_FR = ("L’ICESCO a organisé un atelier de formation sur la documentation du patrimoine au "
            "profit de jeunes chercheurs de douze États membres.\n\n"
            "Les participants ont visité les sites de la vieille ville.\n")
_TITLE_FR = "L’ICESCO organise un atelier sur la documentation du patrimoine à Dakar"
_TEXT_AR = ("نظمت منظمة العالم الإسلامي للتربية والعلوم والثقافة ورشة تدريبية حول توثيق التراث "
            "لفائدة باحثين شباب من اثنتي عشرة دولة عضوا، بالتعاون مع اللجنة الوطنية.\n\n"
            "وزار المشاركون مواقع المدينة القديمة.\n")
_TITLE_AR = "الإيسيسكو تنظم ورشة حول توثيق التراث في داكار"


@pytest.mark.parametrize(
    ("dump", "title"),
    [(f"Monday, 7 December 2026 | Rabat 18°C\n\n{_TITLE_EN}\n\n{_TEXT_EN}", _TITLE_EN),
     (f"Thursday, 3 December 2026 | Jumada al-akhirah 12, 1448 H\n\n{_TITLE_EN}\n\n{_TEXT_EN}",
      _TITLE_EN),
     (f"Lundi 7 décembre 2026 | Tunis 21 °C\n\n{_TITLE_FR}\n\n{_TEXT_FR}", _TITLE_FR),
     (f"الاثنين 7 ديسمبر 2026 | 16 جمادى الآخرة 1448 هـ\n\n{_TITLE_AR}\n\n{_TEXT_AR}", _TITLE_AR),
     # over a paper's masthead: the day over its editors' names
     (f"عاجل\nالاثنين 7 ديسمبر 2026\nرئيس مجلس الإدارة\nسمير فؤاد\nرئيس التحرير\nهالة منصور\n\n"
      f"{_TITLE_AR}\n\n{_TEXT_AR}", _TITLE_AR),
     (f"Monday, 7 December 2026\nThe Morning Courier\nManaging Editor\nLeila Haddad\n\n"
      f"{_TITLE_EN}\n\n{_TEXT_EN}", _TITLE_EN)],
)
def test_a_site_s_header_date_dates_nothing_and_is_no_title(dump: str, title: str) -> None:
    (article,) = parse_dump(dump).articles
    assert (article.title, article.date) == (title, None)


@pytest.mark.parametrize(
    "dump",
    [f"Monday, 7 December 2026 | News | 0 comments\n\n{_TITLE_EN}\n\n{_TEXT_EN}",
     f"Monday, 7 December 2026\n\n{_TITLE_EN}\n\n{_TEXT_EN}",
     f"{_TITLE_EN}\n\nMonday, 7 December 2026 | Rabat\n\n{_TEXT_EN}",
     f"الاثنين 7 ديسمبر 2026\n\n{_TITLE_AR}\n\n{_TEXT_AR}",
     # a short title dated above it, with text under it: an article, not a masthead
     f"Monday, 7 December 2026\n\nHeritage Week\n\n{_TEXT_EN}"],
)
def test_a_publication_line_still_dates_its_article(dump: str) -> None:
    (article,) = parse_dump(dump).articles
    assert (article.date, article.date_source) == ("2026-12-07", "dateline")


def test_the_hijri_day_or_weather_must_follow_a_pipe() -> None:
    assert date_line("Monday, 7 December 2026 | Rabat 18°C") == (0, "2026-12-07")
    assert date_line("Monday, 7 December 2026 - 12:40") == (2, "2026-12-07")
