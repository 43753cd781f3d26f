"""Issue 21 (session 19, date lines): a publication line with its time before the date
("08:15, 4 March 2025", "SOCIETY 17:05 / 04.03.2025 2210": a section in capitals, the time, a
slash, the date and a view count) is a date line like one with the time after the date. A time
before a sentence stays no date line."""

from __future__ import annotations

import pytest

from icli.text.dates import parse_dateline
from icli.text.parse import parse_dump


@pytest.mark.parametrize(
    ("line", "expected"),
    [("08:15, 4 March 2025", "2025-03-04"),
     ("8:15 / March 4, 2025", "2025-03-04"),
     ("SOCIETY 17:05 / 04.03.2025 2210", "2025-03-04"),
     ("17:05 | 04.03.2025", "2025-03-04"),
     ("17:05 - ٤ مارس ٢٠٢٥", "2025-03-04")],
)
def test_a_time_before_the_date_is_a_date_line(line: str, expected: str) -> None:
    date = parse_dateline(line)
    assert (date.isoformat() if date else None) == expected


@pytest.mark.parametrize(
    "line",
    ["08:15, the delegates met on 4 March 2025",
     "Society hosts 17:05 / 04.03.2025",
     "society 17:05 / 04.03.2025",
     "17:05 4 March 2025 Rabat hosts the forum"],
)
def test_a_time_before_other_words_is_no_date_line(line: str) -> None:
    assert parse_dateline(line) is None


def test_a_time_first_line_under_the_title_dates_the_article() -> None:
    dump = ("Weavers of the Sahel Meet in Bamako\n"
            "SOCIETY 17:05 / 04.03.2025 2210\n"
            "The Organization held a weaving workshop in Bamako, which will be followed by a "
            "regional fair on 12 May 2025.\n")
    (article,) = parse_dump(dump).articles
    assert article.title == "Weavers of the Sahel Meet in Bamako"
    assert (article.date, article.date_source) == ("2025-03-04", "dateline")
