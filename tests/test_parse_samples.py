"""The parser on the real sample dumps: article counts, titles, subtitles, paragraphs, dates."""

from __future__ import annotations

import re

import pytest

from icli.text.furniture import is_boilerplate
from icli.text.parse import parse_dump
from tests.conftest import DUMPS


def parsed(name: str):
    (path,) = DUMPS.glob(f"{name}_*.txt")
    return parse_dump(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_every_sample_has_ten_articles_and_no_orphans(name: str) -> None:
    dump = parsed(name)
    assert len(dump.articles) == 10
    assert dump.orphan_lines == []
    assert [a.position for a in dump.articles] == list(range(10))


def test_titles_and_paragraph_boundaries() -> None:
    dump = parsed("000")
    first = dump.articles[0]
    assert first.title == (
        "ICESCO Holds Second Session of Regional Workshop on Bridging Curricula to Tech Industry"
    )
    assert first.subtitle is None
    assert len(first.body) == 5
    assert first.body[0].startswith("The Islamic World Educational, Scientific and Cultural")
    assert first.body[-1].startswith("At the close of the workshop")
    assert dump.articles[-1].title.startswith("ICESCO, Azerbaijan, and Syria Sign USD 30 Million")


def test_subtitle_line_after_title() -> None:
    article = parsed("002").articles[1]
    assert article.title == (
        "ICESCO Director-General Participates in 10th International Parliamentary Forum "
        "for Social Justice in Morocco"
    )
    assert article.subtitle == (
        "Dr. AlMalik: Integrating education within development policies is a sine qua non "
        "for achieving social justice"
    )
    assert article.body[0].startswith("Dr. Salim AlMalik, Director-General")


def test_bullets_colon_lines_and_urls_stay_in_the_body() -> None:
    article = parsed("001").articles[9]
    assert article.title.startswith("ICESCO Invites Youth to Participate")
    assert "Eligibility Criteria:" in article.body
    assert any(p.startswith("• Application deadline") for p in article.body)
    assert article.body[-1].startswith("https://icesco.org/")


def test_no_boilerplate_survives_anywhere() -> None:
    furniture = re.compile(
        r"google translate|your opinion|user feedback|how satisfied|extremely dissatisfied|"
        r"by messaging icesco|alem ai assistant",
        re.IGNORECASE,
    )
    for path in DUMPS.glob("*.txt"):
        for article in parse_dump(path.read_text(encoding="utf-8")).articles:
            for line in [article.title, article.subtitle or "", *article.body]:
                assert not furniture.search(line), (path.name, line)


@pytest.mark.parametrize(
    ("name", "position", "date", "source"),
    [
        ("000", 0, "2026-02-18", "text"),  # "Held on Wednesday, February 18, 2026"
        ("000", 3, "2026-02-10", "text"),  # "on 10 and 12 February 2026"
        ("000", 9, "2026-02-17", "text"),  # signed on 17 Feb, not the 2030 end date
        ("001", 5, "2025-04-08", "text"),  # "held from 8 to 12 April 2025"
        ("001", 9, "2025-04-01", "text"),  # launch date, not the May deadline
        ("003", 1, "2023-11-19", "text"),  # "held from 19 to 22 November 2023"
        ("003", 8, "2023-11-16", "text"),  # "received, yesterday 16 November 2023"
        ("003", 9, "2023-11-14", "text"),  # "hosted on 14-15 November 2023"
        ("004", 8, "2025-07-21", "text"),  # "from 21 to 24 July 2025"
    ],
)
def test_event_dates(name: str, position: int, date: str, source: str) -> None:
    article = parsed(name).articles[position]
    assert (article.date, article.date_source) == (date, source)


def test_undated_articles_take_a_neighbours_date_marked_inferred() -> None:
    articles = parsed("000").articles
    undated = articles[1]  # the certificate article states no date
    assert undated.date_source == "inferred"
    assert undated.date in {articles[0].date, articles[2].date}


def test_boilerplate_matching_is_by_content_and_case_insensitive() -> None:
    assert is_boilerplate("  OVERALL, HOW SATISFIED ARE YOU ABOUT THE WEBSITE?")
    assert is_boilerplate("Extremely dissatisfied Extremely satisfied")
    assert not is_boilerplate("ICESCO asked participants how satisfied they were.")


@pytest.mark.parametrize("button", ["Listen to this article", "Écouter cet article Écouter cet article",
                                    "Ecouter l'article", "استمع إلى المقال", "استمع للخبر"])
def test_a_text_to_speech_button_is_furniture_not_a_title(button: str) -> None:
    """A news site's 'listen' button over a page saved without its title (session 19: it
    titled a sweep page, and the page's subheading split it)."""
    assert is_boilerplate(button)
    text = (f"{button}\n\nLe ministre de la Culture a reçu ce jeudi le directeur général de "
            "l’ICESCO pour examiner les programmes de coopération en cours.\n\nLes deux parties "
            "ont convenu de renforcer la formation des enseignants du primaire.\n")
    (article,) = parse_dump(text).articles
    assert article.title_from_text and article.title.startswith("Le ministre de la Culture")
    assert not is_boilerplate("Listen to this article about the new museum in Rabat")
