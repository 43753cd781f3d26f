"""Issue 21 (session 21, dates): publication lines in frames icli did not read, so the article
was undated, dated by a weaker clue or titled by its date line: "Published on …" or "نشر
بتاريخ: …" with the day of an update after it, a date with a section, a place or a comment count
after a pipe, "نشر في …" and "بتاريخ …" with no colon, and a "Date:" field under the title (kept
out of the text, it dated nothing). The near shapes that are no publication line stay none."""

from __future__ import annotations

import pytest

from icli.text.lines import date_line
from icli.text.parse import parse_dump


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Published on Friday, 9 October 2026 at 08:20 | Updated 10 October 2026", (2, "2026-10-09")),
     ("Publié le vendredi 9 octobre 2026 à 08h20 | Mis à jour le 10 octobre 2026", (2, "2026-10-09")),
     ("نشر بتاريخ: 09/10/2026 ( آخر تحديث: 10/10/2026 الساعة: 08:20 )", (2, "2026-10-09")),
     ("09 October 2026 | Culture | 3 comments", (2, "2026-10-09")),
     ("09 octobre 2026 | Éducation | 0 commentaire", (2, "2026-10-09")),
     ("9 أكتوبر 2026 | ثقافة | 2 تعليق", (2, "2026-10-09")),
     ("Published: 09 October 2026 | Tunis", (2, "2026-10-09")),
     ("Publié : 09 octobre 2026 | Dakar", (2, "2026-10-09")),
     ("نشر في 9 أكتوبر 2026", (2, "2026-10-09")),
     ("بتاريخ 9 أكتوبر 2026", (2, "2026-10-09")),
     # the site's empty placeholder in the same frames dates nothing
     ("نشر في 1 يناير 1970", (0, "")),
     ("Published on Thursday, 1 January 1970 at 00:00 | Updated 1 January 1970", (0, ""))],
)
def test_a_publication_line_in_a_site_s_frame_is_a_date_line(line: str, expected: tuple[int, str]) -> None:
    assert date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [# an update's day with no publication label before the date
     "9 October 2026 | Updated 10 October 2026",
     "9 October 2026 Updated 10 October 2026 by the editors of the portal",
     # after a pipe, words that are no section, place or count
     "9 October 2026 | the Minister opened the forum",
     "9 octobre 2026 | le ministre a ouvert le forum",
     "9 October 2026 | 3 delegations arrived",
     # a coming event's label with a pipe
     "Next meeting: 9 October 2026 | Tunis",
     "Prochaine réunion : 9 octobre 2026 | Tunis",
     # a sentence after "published"
     "نشر في 9 أكتوبر 2026 تقريرا عن التعليم في المنطقة"],
)
def test_a_date_with_other_words_around_it_stays_no_date_line(line: str) -> None:
    assert date_line(line) is None


@pytest.mark.parametrize(
    ("dump", "title"),
    [("Ministers of Education agree on a plan for rural schools\n\n"
      "Published on Friday, 9 October 2026 at 08:20 | Updated 10 October 2026\n\n"
      "The ministers agreed on a plan for rural schools, to be reviewed on 12 May 2027.\n",
      "Ministers of Education"),
     ("Published on Friday, 9 October 2026 at 08:20 | Updated 10 October 2026\n\n"
      "Ministers of Education agree on a plan for rural schools\n\n"
      "The ministers agreed on a plan for rural schools, to be reviewed on 12 May 2027.\n",
      "Ministers of Education"),
     ("وزراء التربية يتفقون على خطة للمدارس الريفية\n\n"
      "نشر بتاريخ: 09/10/2026 ( آخر تحديث: 10/10/2026 الساعة: 08:20 )\n\n"
      "اتفق وزراء التربية على خطة لتطوير المدارس الريفية في المنطقة خلال السنوات الخمس القادمة.\n",
      "وزراء التربية"),
     ("Les ministres de l’Éducation adoptent un plan pour les écoles rurales\n\n"
      "09 octobre 2026 | Éducation | 0 commentaire\n\n"
      "Les ministres ont adopté un plan pour les écoles rurales, qui sera révisé le 12 mai 2027.\n",
      "Les ministres de l’Éducation")],
)
def test_a_framed_publication_line_dates_its_article_and_is_no_title(dump: str, title: str) -> None:
    (article,) = parse_dump(dump).articles
    assert article.title.startswith(title)
    assert (article.date, article.date_source) == ("2026-10-09", "dateline")


@pytest.mark.parametrize(
    "field", ["Date: 09 October 2026", "Date : 09/10/2026", "التاريخ: 9 أكتوبر 2026"])
def test_a_date_field_under_the_title_dates_the_article_and_leaves_its_text(field: str) -> None:
    dump = ("Ministers of Education agree on a plan for rural schools\n\n"
            f"{field}\n\n"
            "The ministers agreed on a plan for rural schools, to be reviewed on 12 May 2027.\n")
    (article,) = parse_dump(dump).articles
    assert (article.date, article.date_source) == ("2026-10-09", "dateline")
    assert article.subtitle is None and field not in article.body


def test_a_venue_field_under_the_title_dates_nothing() -> None:
    dump = ("Ministers of Education agree on a plan for rural schools\n\n"
            "Venue: Tunis - Tunisia\n\n"
            "The ministers agreed on a plan for rural schools, to be reviewed on 12 May 2027.\n")
    (article,) = parse_dump(dump).articles
    assert article.date_source != "dateline", (article.date, article.date_source)


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Date: 09/10/2026", (2, "2026-10-09")),
     ("Date : 9 octobre 2026", (2, "2026-10-09")),
     ("Date: 9 October 2026 - 08:20", (2, "2026-10-09")),
     ("Date: 9 October 2026 | Venue: Tunis", None),
     ("Dates: 9-11 October 2026", None)],
)
def test_a_date_field_with_the_date_alone_is_a_date_line(line: str, expected: tuple[int, str] | None) -> None:
    assert date_line(line) == expected


def test_a_date_field_above_the_title_dates_the_article() -> None:
    dump = ("Date: 09/10/2026\n\n"
            "Ministers of Education agree on a plan for rural schools\n\n"
            "The ministers agreed on a plan for rural schools at a conference held from 7 to 9 "
            "October 2026.\n")
    (article,) = parse_dump(dump).articles
    assert article.title.startswith("Ministers of Education")
    assert (article.date, article.date_source) == ("2026-10-09", "dateline")


@pytest.mark.parametrize(
    ("head", "lead"),
    [("Date: 14 June 2027", "The ministers will meet in Tunis to adopt a plan for rural schools."),
     ("Date : 14/06/2027", "Les ministres se réuniront à Tunis pour adopter un plan pour les écoles rurales."),
     ("التاريخ: 14 يونيو 2027", "ستعقد الوزارة اجتماعا في تونس لاعتماد خطة للمدارس الريفية.")],
)
@pytest.mark.parametrize("above", [False, True])
def test_a_date_field_over_a_coming_event_dates_nothing(head: str, lead: str, above: bool) -> None:
    # the field is the coming event's day: no event date (issue 21)
    title = "Ministers of Education to adopt a plan for rural schools"
    dump = f"{head}\n\n{title}\n\n{lead}\n" if above else f"{title}\n\n{head}\n\n{lead}\n"
    (article,) = parse_dump(dump).articles
    assert article.date_source != "dateline", (article.date, article.date_source)


def test_a_date_field_over_a_past_event_or_a_place_dateline_over_a_coming_one_dates() -> None:
    past = ("Ministers of Education adopt a plan for rural schools\n\nDate: 14/06/2027\n\n"
            "The ministers met in Tunis and will review the plan in a year.\n")
    (article,) = parse_dump(past).articles
    assert (article.date, article.date_source) == ("2027-06-14", "dateline")
    placed = ("Ministers of Education to adopt a plan for rural schools\n\nTunis, 14 June 2027\n\n"
              "The ministers will meet in Tunis to adopt a plan for rural schools.\n")
    (article,) = parse_dump(placed).articles
    assert (article.date, article.date_source) == ("2027-06-14", "dateline")
