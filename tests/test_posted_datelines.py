"""Issue 21 (session 18, date lines): a news site's publication line read as a date line: the
author's name and "Published" before the date, a weekday's short name, a time after "|" or with
its zone in brackets. A line that goes on as a sentence stays no date line (a site's header
bar, "<weekday> <date> آخر تحديث : <date>", stays furniture: tests/test_page_heads.py)."""

from __future__ import annotations

import pytest

from icli.text.dates import parse_dateline
from icli.text.parse import parse_dump


@pytest.mark.parametrize(
    ("line", "expected"),
    [("March 5, 2025 | 10:45 PM", "2025-03-05"),
     ("05.03.2025 | 10:45", "2025-03-05"),
     ("Thu 06th March 2025 | 09:12 AM", "2025-03-06"),
     ("Published on March 5, 2025", "2025-03-05"),
     ("Jane Q. Doe Published March 5, 2025 | 10:45 PM", "2025-03-05"),
     ("5 March 2025 16:24 (UTC+04:00)", "2025-03-05")],
)
def test_publication_lines_are_date_lines(line: str, expected: str) -> None:
    date = parse_dateline(line)
    assert (date.isoformat() if date else None) == expected


@pytest.mark.parametrize(
    "line",
    ["The report was published on 5 March 2025 by the Ministry",
     "Jane Doe Published a book on 5 March 2025",
     "Published on the portal of the Ministry",
     "March 5, 2025 | Rabat hosts the forum",
     "March 5, 2025 (UTC+04:00) Rabat"],
)
def test_a_publication_word_before_a_sentence_is_no_date_line(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    "line", ["Published on March 5, 2025", "Kamal Amrani Published March 5, 2025 | 10:45 PM"])
def test_a_publication_line_under_the_title_dates_the_article(line: str) -> None:
    dump = ("Water Experts Meet in Niamey for Regional Training Workshop\n"
            f"{line}\n"
            "The Organization held a training workshop on water management in Niamey, which "
            "will be followed by a regional forum on 12 May 2025.\n")
    (article,) = parse_dump(dump).articles
    assert article.title == "Water Experts Meet in Niamey for Regional Training Workshop"
    assert (article.date, article.date_source) == ("2025-03-05", "dateline")
