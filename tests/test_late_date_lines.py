"""Issue 21 (session 22, late lines): date lines in shapes real saves show: a wire's place and
yearless day of filing before the full date and time ("COUNTRY, May 3 - 3 May 2024, 10:15"),
an Arabic date line after "في يوم" with a comma before the year and the time after "بتوقيت"
("في يوم 5 ديسمبر، 2021 | بتوقيت 8:46 مساءً"), and an old page's date line written year first
with an unpadded day ("2015/01/7"). Their near neighbours stay as they were: a title holding a
date and a paragraph opening with a place and a date are no date lines."""

from __future__ import annotations

import pytest

from icli.text.lines import date_line
from icli.text.parse import parse_dump


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("MOROCCO, May 3 - 3 May 2024, 10:15", (1, "2024-05-03")),
        ("SENEGAL, 2 March - March 2, 2025, 08:40", (1, "2025-03-02")),
        ("MAROC, 3 mai - 3 mai 2024, 10:15", (1, "2024-05-03")),
        ("المغرب، 3 مايو - 3 مايو 2024", (1, "2024-05-03")),
        ("في يوم 12 مارس، 2024 | بتوقيت 9:15 مساءً", (2, "2024-03-12")),
        ("يوم 12 مارس، 2024 | بتوقيت 7:05 صباحاً", (2, "2024-03-12")),
        ("12 مارس، 2024", (2, "2024-03-12")),
        ("2016/02/9", (2, "2016-02-09")),
        ("2016/11/23", (2, "2016-11-23")),
        ("2016.2.9", (2, "2016-02-09")),
    ],
)
def test_date_lines_of_wires_arabic_sites_and_old_pages(line: str, expected: tuple[int, str]) -> None:
    assert date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "MOROCCO, May 3 - ICESCO opened a training workshop for young teachers in Rabat",
        "Rabat, 3 May - the workshop for teachers closed on 5 May 2024",
        "Forum of 12 March, 2024 closes with a call for digital schools",
        "في يوم 12 مارس، 2024 افتتحت المنظمة ورشة تدريبية للمعلمين في الرباط",
        "منتدى 12 مارس، 2024 يختتم أعماله بدعوة إلى المدارس الرقمية",
        "2016/02/9 workshops held",
        "2016/13/40",
    ],
)
def test_titles_and_paragraphs_holding_a_date_are_no_date_lines(line: str) -> None:
    assert date_line(line) is None


@pytest.mark.parametrize(
    ("dump", "title", "date"),
    [
        ("ICESCO Director-General phones the Minister of Culture of Senegal\n\n"
         "SENEGAL, March 2 - 2 March 2025, 08:40\n\n"
         "On March 2, the Director-General phoned the Minister of Culture of Senegal.\n",
         "ICESCO Director-General phones the Minister of Culture of Senegal", "2025-03-02"),
        ("المنظمة تعقد اجتماع مجلسها التنفيذي غدا بالرباط\n\n"
         "في يوم 12 مارس، 2024 | بتوقيت 9:15 مساءً\n\n"
         "تعقد المنظمة غدا الأربعاء بالرباط اجتماع مجلسها التنفيذي بمشاركة الدول الأعضاء.\n",
         "المنظمة تعقد اجتماع مجلسها التنفيذي غدا بالرباط", "2024-03-12"),
        ("المؤتمر الثالث لوزراء الثقافة في الدول الأعضاء\n\n2016/02/9\n\n"
         "عقد المؤتمر الثالث لوزراء الثقافة أعماله يومي 20 و21 يناير 2016 في الرباط.\n",
         "المؤتمر الثالث لوزراء الثقافة في الدول الأعضاء", "2016-02-09"),
    ],
)
def test_the_date_line_under_the_title_dates_the_article(dump: str, title: str, date: str) -> None:
    (article,) = parse_dump(dump).articles
    assert (article.title, article.date) == (title, date)
