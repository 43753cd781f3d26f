"""Issue 21 (session 21, dates): a site prints the day the page was viewed above an article's
own date line. Of the date lines above a title, the one nearest the title dates the article
(it was the latest day: sweep E's en-25, a 2018 item dated 2024); a date line right under the
title wins over those above it (sweep E's en-34, a 2022 item dated 2024), unless a title follows
it (a listing of titles, each under its date)."""

from __future__ import annotations

import pytest

from icli.text.parse import parse_dump


@pytest.mark.parametrize(
    "dump",
    ["12 March 2026\n\nThursday 9 October 2025 - 10:20\n\n"
     "Ministers of Education agree on a plan for rural schools\n\n"
     "The ministers agreed on a plan for rural schools in the region.\n",
     "12 March 2026\n\nMinisters of Education agree on a plan for rural schools\n\n"
     "Thursday 9 October 2025 - 10:20\n\n"
     "The ministers agreed on a plan for rural schools in the region.\n",
     "12 mars 2026\n\nLes ministres de l’Éducation adoptent un plan pour les écoles rurales\n\n"
     "Publié le jeudi 9 octobre 2025 à 10h20\n\n"
     "Les ministres ont adopté un plan pour les écoles rurales de la région.\n",
     "الخميس 12 مارس 2026\n\nوزراء التربية يتفقون على خطة للمدارس الريفية\n\n"
     "نشر في 9 أكتوبر 2025\n\n"
     "اتفق وزراء التربية على خطة لتطوير المدارس الريفية في المنطقة.\n"],
)
def test_the_date_line_nearest_the_title_or_under_it_dates_the_article(dump: str) -> None:
    (article,) = parse_dump(dump).articles
    assert (article.date, article.date_source) == ("2025-10-09", "dateline")


def test_a_second_date_line_under_the_title_is_no_date_of_it() -> None:
    dump = ("Ministers of Education agree on a plan for rural schools\n\n"
            "Published on 9 October 2025\n\nUpdated on 12 October 2025\n\n"
            "The ministers agreed on a plan for rural schools in the region.\n")
    (article,) = parse_dump(dump).articles
    assert article.date == "2025-10-09"


def test_a_place_line_under_the_title_does_not_outrank_a_publication_line_above_it() -> None:
    dump = ("9 October 2025\n\nMinisters of Education agree on a plan for rural schools\n\n"
            "Tunis: 08/10/2025\n\n"
            "The ministers agreed yesterday on a plan for rural schools in the region.\n")
    (article,) = parse_dump(dump).articles
    assert article.date == "2025-10-09"


def test_a_date_line_with_a_title_under_it_does_not_redate_the_title_above() -> None:
    dump = ("9 October 2025\n\nMinisters of Education agree on a plan for rural schools\n\n"
            "2 October 2025\n\nExperts review the curricula of science in secondary schools\n\n"
            "The experts reviewed the curricula of science taught in secondary schools.\n")
    assert parse_dump(dump).articles[0].date == "2025-10-09"
