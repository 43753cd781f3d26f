"""Issue 21 (session 22, dates): days a page prints that are not its article's. A link to the
previous or next article with its day ("Previous article: … - 2 May 2026", "Article précédent :
…", "المقال السابق: …") is a link, no text; a founding's field under a title ("Founded: 12 May
1982") is no date line; an update's day printed before the publication's ("Updated on … |
Published on …") leaves the publication's day to date the article."""

from __future__ import annotations

import pytest

from icli.text.lines import date_line
from icli.text.parse import parse_dump

_EN = ("ICESCO launched a training programme on museum management for curators from the member "
       "states, with sessions on conservation and visitor services.\n")
_FR = ("L’ICESCO a lancé un programme de formation sur la gestion des musées au profit de "
       "conservateurs des États membres, avec des sessions sur la conservation.\n")
_AR = ("أطلقت الإيسيسكو برنامجا تدريبيا حول إدارة المتاحف لفائدة أمناء متاحف من الدول الأعضاء، "
       "يتضمن جلسات حول الصون وخدمات الزوار.\n")


@pytest.mark.parametrize(
    "dump",
    [f"ICESCO Launches Training on Museum Management\n\n{_EN}\n"
     "Previous article: ICESCO Receives a University Delegation - 2 May 2026\n"
     "Next article: Youth Forum Concludes in Baku - 9 May 2026\n",
     f"ICESCO Launches Training on Museum Management\n\n{_EN}\nPrevious article\n\n"
     "ICESCO Receives a University Delegation\n\n2 May 2026\n",
     f"L’ICESCO lance une formation sur la gestion des musées\n\n{_FR}\n"
     "Article précédent : L’ICESCO reçoit une délégation universitaire - 2 mai 2026\n",
     f"الإيسيسكو تطلق دورة تدريبية حول إدارة المتاحف\n\n{_AR}\n"
     "المقال السابق: الإيسيسكو تستقبل وفدا جامعيا - 2 مايو 2026\n"],
)
def test_a_link_to_another_article_neither_dates_it_nor_is_its_text(dump: str) -> None:
    (article,) = parse_dump(dump).articles
    assert article.date is None and len(article.body) == 1, (article.date, article.body)


@pytest.mark.parametrize(
    "dump",
    [f"National Heritage Society\n\nFounded: 12 May 1982\n\n{_EN}",
     f"Société nationale du patrimoine\n\nFondée : 12 mai 1982\n\n{_FR}",
     f"الجمعية الوطنية للتراث\n\nتاريخ التأسيس: 12 مايو 1982\n\n{_AR}"],
)
def test_a_founding_s_field_is_no_date_line(dump: str) -> None:
    (article,) = parse_dump(dump).articles
    assert article.date is None


@pytest.mark.parametrize(
    "field",
    ["Founded: 12 May 1982", "Deadline: 30 May 2026", "Fondée : 12 mai 1982",
     "تاريخ التأسيس: 12 مايو 1982"],
)
def test_an_information_field_after_the_text_is_no_title(field: str) -> None:
    """A label and a day under the text ("Founded: 12 May 1982") is no date line, nor a
    second article's title: the page stays one article and keeps the line."""
    dump = (f"ICESCO Launches Training on Museum Management\n3 June 2026\n\n{_EN}\n{field}\n\n"
            "The training is open to curators from all member states.\n")
    (article,) = parse_dump(dump).articles
    assert (article.date, article.body[1:]) == (
        "2026-06-03", [field, "The training is open to curators from all member states."])


@pytest.mark.parametrize("title", ["Save the date: 14 June 2027", "Deadline: 30 May 2027"])
def test_a_dated_field_at_the_top_is_the_title_and_the_dateline_dates(title: str) -> None:
    """A label, a colon and a date as the page's first line is still its title, and the
    dateline under it, not the title's day, dates the article (reviewer's R9)."""
    lead = ("Tunis, 4 December 2026 - ICESCO announced that its youth forum will meet in Dakar "
            "with ministers of education from the member states.")
    (article,) = parse_dump(f"{title}\n{lead}\n").articles
    assert (article.title, article.date, article.body) == (title, "2026-12-04", [lead])


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Updated on 5 March 2026 | Published on 3 March 2026", (2, "2026-03-03")),
     ("Mis à jour le 5 mars 2026 | Publié le 3 mars 2026", (2, "2026-03-03")),
     ("آخر تحديث: 05/03/2026 | نشر في 03/03/2026", (2, "2026-03-03")),
     # the neighbours: the update after the publication, an update alone, a place's line
     ("Published on 3 March 2026 | Updated 5 March 2026", (2, "2026-03-03")),
     ("Last updated on 9 March 2026", None),
     ("Rabat: 12 May 1982", (1, "1982-05-12")),
     ("Rabat, 12 May 1982", (1, "1982-05-12"))],
)
def test_the_day_of_publication_not_of_an_update(line: str, expected: object) -> None:
    assert date_line(line) == expected


def test_a_link_heading_in_a_sentence_stays_text() -> None:
    dump = ("ICESCO Launches Training on Museum Management\n\n"
            "The previous article of the charter was adopted on 2 May 2026 by the council.\n")
    (article,) = parse_dump(dump).articles
    assert article.date == "2026-05-02" and len(article.body) == 1
