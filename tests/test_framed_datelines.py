"""Issue 21 (session 20, dates): a date line with a site's frame around the date, counted over
the sweep's halves A, B and E (five pages in three languages, each read as a title, a subtitle
or a paragraph, so that its article had no date or was split in two): a label before the date,
a press agency's place and Hijri day before it, a place, a time, a section or an author after
it. A date with anything else around it (a programme's item, a deadline, a sentence) stays no
date line."""

from __future__ import annotations

import pytest

from icli.text.lines import date_line
from icli.text.parse import parse_dump


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Publié le mardi 4 mars 2025 à 09h05min", (2, "2025-03-04")),
     ("Mis à jour le 4 mars 2025 à 09h05", (2, "2025-03-04")),
     ("تاريخ النشر: 4th, March 2025 GMT", (2, "2025-03-04")),
     ("Date de publication : 4 mars 2025 - 10h30", (2, "2025-03-04")),
     ("4 mars 2025 - 10h30 - Société - Par: K.B", (2, "2025-03-04")),
     ("March 4, 2025 - 10:30 - By Jane Roe", (2, "2025-03-04")),
     ("جدة 4 رمضان 1446 هـ الموافق 4 مارس 2025 م واس", (1, "2025-03-04")),
     ("04/03/2025 , Tunis", (1, "2025-03-04")),
     ("4 March 2025, Abu Dhabi", (1, "2025-03-04"))],
)
def test_a_date_in_a_site_s_frame_is_a_date_line(line: str, expected: tuple[int, str]) -> None:
    assert date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    ["4 March 2025 – Opening Ceremony",
     "4 March 2025 - 10:00 - Opening Ceremony",
     "Deadline: 4 March 2025 (APS)",
     "Date: 4 mars 2025 (MAP)",
     "Posted on the portal on 4 March 2025 by the Ministry",
     "4 March 2025, the Minister said",
     "Le 4 mars 2025, le ministre a reçu",
     "4 mars 2025 - 10h30 - la séance d'ouverture",
     "Tunis: the forum of 4 March 2025 opens",
     # a coming event's or a deadline's label (never the article's date), three languages
     "Next meeting: 9 June 2027 - 11:00 - Tunis",
     "Prochaine réunion : 9 juin 2027 - 11h00 - Tunis",
     "Clôture des inscriptions : 9 juin 2027",
     "Ouverture : 9 juin 2027 à 11h00",
     "Webinar: 9 June 2027 - 11:00 GMT",
     "آخر موعد للتسجيل: 9 يونيو 2027",
     "موعد الندوة: 9 يونيو 2027"],
)
def test_a_date_with_anything_else_around_it_is_no_date_line(line: str) -> None:
    assert date_line(line) is None


def test_a_publication_line_with_a_label_and_a_time_dates_its_article() -> None:
    dump = ("Les ministres de la Culture adoptent un plan pour les musées\n\n"
            "Publié le mardi 4 mars 2025 à 09h05min\n\n"
            "Les ministres ont adopté un plan pour les musées de la région, lors d'une réunion "
            "qui se tiendra de nouveau le 12 mai 2025.\n")
    (article,) = parse_dump(dump).articles
    assert article.title.startswith("Les ministres de la Culture")
    assert (article.date, article.date_source) == ("2025-03-04", "dateline")


def test_a_date_and_place_line_under_a_subtitle_dates_the_article_and_heads_nothing() -> None:
    dump = ("Regional Office for North Africa\n\n"
            "Ministry and Organization Join Hands on Water Management\n\n"
            "04/03/2025 , Tunis\n\n"
            "The Ministry and the Organization signed today an agreement on water management "
            "in the region's rural schools.\n")
    (article,) = parse_dump(dump).articles
    assert (article.date, article.date_source) == ("2025-03-04", "dateline")


def test_a_press_agency_line_with_a_hijri_day_dates_its_article_and_is_no_subtitle() -> None:
    dump = ("ثقافي / المنظمة توقع اتفاقية مع جامعة لتعليم اللغة العربية\n\n"
            "جدة 4 رمضان 1446 هـ الموافق 4 مارس 2025 م واس\n\n"
            "وقعت المنظمة اليوم اتفاقية مع الجامعة لإنشاء مركز لتعليم اللغة العربية للناطقين بغيرها.\n")
    (article,) = parse_dump(dump).articles
    assert article.subtitle is None
    assert (article.date, article.date_source) == ("2025-03-04", "dateline")


def test_a_coming_session_under_the_title_does_not_date_the_article() -> None:
    dump = ("L'Organisation tient une réunion sur les bibliothèques scolaires\n\n"
            "Prochaine réunion : 9 juin 2027 - 11h00 - Tunis\n\n"
            "L'Organisation réunit des experts des bibliothèques scolaires de la région.\n")
    (article,) = parse_dump(dump).articles
    assert article.date_source != "dateline", (article.date, article.date_source)
