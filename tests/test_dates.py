"""Dates in article text: every written form the dumps use, in English, French and Arabic."""

from __future__ import annotations

import datetime as dt

import pytest

from icli.text.dates import (
    earliest_possible_date,
    find_dates,
    find_event_date,
    find_yearless_event_date,
    parse_dateline,
    yearless_event_weekday,
)
from icli.text.parse import parse_dump
from icli.text.place_datelines import parse_place_dateline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The forum was held on 17 February 2026 in Rabat.", "2026-02-17"),
        ("It took place on Tuesday, 3 March 2026 at the headquarters.", "2026-03-03"),
        ("The meeting was held on February 4, 2026, in Baku.", "2026-02-04"),
        ("The course ran from 21 to 24 July 2025 in Tunis.", "2025-07-21"),
        ("It took place on 14-15 November 2023.", "2023-11-14"),
        ("The session opened on September 8 and 9 , 2025 in Doha.", "2025-09-08"),
        ("From 30 November to 2 December 2023 the fair welcomed visitors.", "2023-11-30"),
        ("Held from November 30 to December 2, 2023.", "2023-11-30"),
        ("Rabat, 17/05/2019. The conference opened.", "2019-05-17"),
        ("Published 2019-05-17 by the Organization.", "2019-05-17"),
        ("Le forum s'est tenu le 12 mai 2024 à Rabat.", "2024-05-12"),
        ("La réunion a eu lieu le mardi 3 déc. 2024.", "2024-12-03"),
        ("عقد الاجتماع يوم الخميس 12 مايو 2022 في الرباط.", "2022-05-12"),
        ("عقد الاجتماع في ١٢ مايو ٢٠٢٢ في الرباط.", "2022-05-12"),
        ("عقد الاجتماع في 3 آب 2021 في عمان.", "2021-08-03"),
        ("عقد الاجتماع في آب 3, 2021 في عمان.", "2021-08-03"),  # a two-letter month first
        ("In the 12th edition, on 5 MAY 2020, the prize was awarded.", "2020-05-05"),
        ("The forum, held today, Monday, May 5, 2025, opened in Jeddah.", "2025-05-05"),
        ("The two sides signed it on Monday (June 2, 2025) in Bishkek.", "2025-06-02"),
        ("The ceremony took place Saturday (14 October 2023) in Rabat.", "2023-10-14"),
        ("ICESCO attended the conference, Friday 6 June 2025, in Kigali.", "2025-06-06"),
        ("They met on Tuesday, 4 June 2025 (a Wednesday): the date stands.", "2025-06-04"),
    ],
)
def test_event_date_in_every_written_form(text: str, expected: str) -> None:
    assert find_event_date([text]) == dt.date.fromisoformat(expected)


def test_deadlines_and_future_dates_are_not_the_event() -> None:
    paragraphs = ["Applications are open until 30 June 2026.",
                  "The forum will be held on 12 September 2026.",
                  "The call was launched on 2 May 2026 in Rabat."]
    assert find_event_date(paragraphs) == dt.date(2026, 5, 2)
    assert find_event_date(paragraphs[:2]) is None


def test_numbers_that_only_look_like_years_are_not_dates() -> None:
    assert find_dates("Code 120261 and 52026 visitors, room 2026B.") == []
    assert find_dates("It costs 2,500 dollars in 2026.") == []  # a year alone is no date


def test_a_later_date_after_an_earlier_one_in_one_sentence() -> None:
    found = find_dates("Signed on 3 May 2024 and renewed on 4 June 2025.")
    assert [date.isoformat() for _, date, _ in found] == ["2024-05-03", "2025-06-04"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [("12 May 2020", "2020-05-12"), ("June 19, 2022 0", "2022-06-19"),
     ("17 février 2026", "2026-02-17"), ("12 مايو 2022", "2022-05-12"),
     ("The forum opened on 12 May 2020", None), ("31 February 2024", None)],
)
def test_datelines(line: str, expected: str | None) -> None:
    date = parse_dateline(line)
    assert (date.isoformat() if date else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ICESCO received yesterday, October 3, a delegation of students.", (10, 3)),
        ("The Director-General met today, July 29, the ambassador.", (7, 29)),
        ("ICESCO organized on 11-12 November a workshop in Dakar.", (11, 11)),
        ("The conference, hosted by Egypt on 8-9 December, adopted its plan.", (12, 8)),
        ("L’ICESCO a organisé, le 12 octobre, un atelier.", (10, 12)),
        ("The forum will be held on 5 May in Rabat.", None),  # a future event
        ("The forum was held on 5 May 2025 in Rabat.", None),  # has its year
        ("The deadline is 30 June.", None),  # no event cue
    ],
)
def test_event_days_without_a_year(text: str, expected: tuple[int, int] | None) -> None:
    assert find_yearless_event_date([text]) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Rabat: 17/05/2019", "2019-05-17"),
     ("Bandar Seri Begawan/Brunei-Darussalam: 02/04/2019", "2019-04-02"),
     ("Kuala Lumpur : 12/05/2019", "2019-05-12"),
     ("Rabat: 31/02/2019", None), ("Rabat: 17/05/2019 and more", None),
     ("Rabat: 29 October 2025", "2025-10-29"), ("الرباط: 29 أكتوبر 2025", "2025-10-29"),
     ("Deadline: 30 November 2025", None), ("Key Dates: 12 May 2025", None),
     ("Date limite : 15 mars 2025", None),
     ("Tunis, 8 June 2024", "2024-06-08"), ("Abu Dhabi, UAE, June 8, 2024", "2024-06-08"),
     ("Dakar, le 8 juin 2024", "2024-06-08"), ("الرباط، 8 يونيو 2024", "2024-06-08"),
     ("Dar es Salaam, 8 June 2024", "2024-06-08"),
     ("Deadline, 30 November 2025", None), ("the forum closed, 8 June 2024", None),
     ("Tunis, the capital, 8 June 2024", None), ("Tunis, 8 June 2024, was chosen", None)],
)
def test_place_datelines(line: str, expected: str | None) -> None:
    date = parse_place_dateline(line)
    assert (date.isoformat() if date else None) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("عمّان، 28 نوفمبر 2025", "2025-11-28"), ("جدّة، 3 مارس 2025", "2025-03-03"),
     ("الرِّباط، 3 فبراير 2025", "2025-02-03"), ("الرِّباط: ٣ فبرايِر ٢٠٢٥", "2025-02-03"),
     ("الموعدُ النهائيُّ، 3 مارس 2025", None)],
)
def test_arabic_place_datelines_with_shadda_or_short_vowels(line: str, expected: str | None) -> None:
    date = parse_place_dateline(line)
    assert (date.isoformat() if date else None) == expected


def test_an_arabic_dateline_with_shadda_dates_the_article() -> None:
    dump = ("أمناء المكتبات من خمس دول يجتمعون في عمان\n\nعمّان، 28 نوفمبر 2025\n\n"
            "اجتمع أمناء مكتبات من خمس دول أعضاء لتبادل طرق حفظ المخطوطات القديمة.\n")
    (article,) = parse_dump(dump).articles
    assert (article.date, article.date_source) == ("2025-11-28", "dateline")


def test_a_place_and_comma_dateline_dates_the_article_and_is_no_subtitle() -> None:
    dump = ("Librarians Of Five Countries Meet In Tunis\n\nTunis, 8 June 2024\n\n"
            "Librarians from five member states met to share ways of keeping old manuscripts.\n")
    (article,) = parse_dump(dump).articles
    assert (article.date, article.date_source, article.subtitle) == ("2024-06-08", "dateline", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("انعقدت الندوة خلال الفترة من 3 إلى 5 أكتوبر 2022 في نواكشوط.", "2022-10-03"),
        ("انعقدت الندوة يومي 3 و4 أكتوبر 2022 في نواكشوط.", "2022-10-03"),
        ("انعقدت الندوة من 3 الى 5 أكتوبر 2022 في نواكشوط.", "2022-10-03"),
        ("Le salon s’est tenu du 3 au 5 octobre 2022 à Nouakchott.", "2022-10-03"),
    ],
)
def test_a_range_gives_its_first_day_in_every_language(text: str, expected: str) -> None:
    assert str(find_event_date([text])) == expected


@pytest.mark.parametrize(
    "text",
    ["Posted on 1 January 1970 by the webmaster, the fair opened.",
     "نشر في 1 يناير 1970 ثم افتتح المعرض.",
     "Publié le 1 janvier 1970, le salon a ouvert ses portes."],
)
def test_the_sites_empty_date_never_dates_an_event(text: str) -> None:
    assert find_event_date([text]) is None


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["The school reopened its library after the COVID-19 closures."], dt.date(2020, 1, 1)),
        (["أعادت المدرسة فتح مكتبتها بعد جائحة كورونا."], dt.date(2020, 1, 1)),
        (["L’école a rouvert sa bibliothèque après la pandémie de Covid."], dt.date(2020, 1, 1)),
        (["The school reopened its library after the summer."], None),
    ],
)
def test_a_text_naming_the_pandemic_is_from_2020_on(paragraphs: list[str], expected) -> None:
    assert earliest_possible_date(paragraphs) == expected


_PAGE = ("Disclaimer: You are using Google Translate. The ICESCO is not responsible for the accuracy"
         " of the information in the translated language .\n\nyour opinion\n\n")


def test_an_inferred_date_never_contradicts_its_own_text() -> None:
    dump = (_PAGE + "    Calligraphers Meet In Fez\n\n    12 March 2019\n\n"
            "    A meeting of calligraphers took place in Fez with twenty masters.\n\n"
            "    Museums Mark International Museum Day\n\n"
            "    On May 18, museums of the region opened their doors online, as the COVID-19"
            " pandemic kept visitors at home.\n\n")
    first, second = parse_dump(dump).articles
    assert (first.date, first.date_source) == ("2019-03-12", "dateline")
    assert (second.date, second.date_source) == ("2020-05-18", "inferred")


def test_an_article_dated_only_by_the_placeholder_place_line_has_no_date() -> None:
    dump = ("Students Plant Trees In Rabat\n\nRabat: 01/01/1970\n\nStudents Plant Trees In Rabat\n\n"
            "Pupils of two schools planted olive trees along the river bank.\n")
    (article,) = parse_dump(dump).articles
    assert article.date is None


def test_an_inferred_year_puts_the_day_on_the_weekday_the_text_names() -> None:
    dump = (_PAGE + "    Calligraphers Meet In Fez\n\n    12 March 2021\n\n"
            "    A meeting of calligraphers took place in Fez with twenty masters.\n\n"
            "    Rectors Visit The Headquarters\n\n"
            "    The Director-General received today, Tuesday, February 22, the rectors of three"
            " universities.\n\n")
    assert parse_dump(dump).articles[1].date == "2022-02-22"  # a Tuesday; 22 February 2021 is not
    assert yearless_event_weekday(["Il a reçu le mardi 22 février les recteurs."]) == 1
    assert yearless_event_weekday(["The Director-General met today, July 29, the envoy."]) is None


# Issue 21: date lines with a word before the date, a range, a time or the Gregorian suffix;
# a line that goes on after the date is a sentence, not a date line.
@pytest.mark.parametrize(
    ("line", "expected"),
    [("Le 12 janvier 2026", "2026-01-12"), ("Le 1er mars 2026", "2026-03-01"),
     ("le jeudi 14 mars 2019", "2019-03-14"), ("du 23 au 25 février 2026", "2026-02-23"),
     ("14 mars 2019 à 10h30", "2019-03-14"), ("On 3 March 2026", "2026-03-03"),
     ("On Tuesday, 3 March 2026", "2026-03-03"), ("From 23 to 25 February 2026", "2026-02-23"),
     ("3 March 2026 at 10:30", "2026-03-03"), ("الخميس 14 مارس 2019م", "2019-03-14"),
     ("من 3 إلى 5 مارس 2026", "2026-03-03"), ("14 مارس 2019 م", "2019-03-14"),
     ("Le 12 janvier 2026, le Directeur général a reçu", None),
     ("On 3 March 2026 the forum opened", None), ("Le forum 12 janvier 2026", None),
     ("14 mars 2019 à Rabat", None)],
)
def test_datelines_with_a_lead_word_a_range_or_a_time(line: str, expected: str | None) -> None:
    date = parse_dateline(line)
    assert (date.isoformat() if date else None) == expected


# Issue 21, session 18 (sweep A): the first of a French month written "1e" or "1re" as well as
# "1er"; an ordinal that is no day before a month stays none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [("La cérémonie s’est tenue ce mardi 1e octobre 2024 à Manama.", "2024-10-01"),
     ("La réunion s’est tenue le 1re juin 2025 au siège.", "2025-06-01"),
     ("Le forum a eu lieu le 1ère mars 2023 à Dakar.", "2023-03-01"),
     ("Il a ouvert la 3e session, en mars 2024, à Rabat.", None),
     ("Les défis du 21e siècle, mai 2024.", None)],
)
def test_the_first_of_a_french_month_in_each_written_form(text: str, expected: str | None) -> None:
    date = find_event_date([text])
    assert (date.isoformat() if date else None) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Tunis, du 23 au 25 février 2026", "2026-02-23"), ("Dakar, le 8 juin 2024", "2024-06-08"),
     ("الرباط: الخميس 14 مارس 2019م", "2019-03-14"), ("Rabat: On 3 March 2026", "2026-03-03"),
     ("Deadline: on 30 March 2026", None)],
)
def test_place_datelines_with_a_lead_word_or_a_range(line: str, expected: str | None) -> None:
    date = parse_place_dateline(line)
    assert (date.isoformat() if date else None) == expected


@pytest.mark.parametrize(
    ("title", "dateline", "body", "expected"),
    [("Teachers Meet In Tunis", "On 3 March 2026",
      "Teachers from six countries met to share ways of teaching reading.", "2026-03-03"),
     ("Des enseignants se réunissent à Tunis", "Le 12 janvier 2026",
      "Des enseignants de six pays ont partagé leurs méthodes de lecture.", "2026-01-12"),
     ("Des bibliothécaires se réunissent à Tunis", "Tunis, du 23 au 25 février 2026",
      "Des bibliothécaires de cinq pays ont partagé leurs méthodes.", "2026-02-23"),
     ("اجتماع المعلمين في تونس", "الخميس 14 مارس 2019م",
      "اجتمع معلمون من ستة بلدان لتبادل طرق تعليم القراءة.", "2019-03-14"),
     ("اجتماع المكتبيين في تونس", "من 3 إلى 5 مارس 2026",
      "اجتمع مكتبيون من خمسة بلدان لتبادل الخبرات.", "2026-03-03")],
)
def test_a_date_line_with_a_lead_word_dates_the_article_and_is_no_subtitle(
        title: str, dateline: str, body: str, expected: str) -> None:
    (article,) = parse_dump(f"{title}\n\n{dateline}\n\n{body}\n").articles
    assert (article.date, article.date_source, article.subtitle) == (expected, "dateline", None)


# Issue 21: a deadline or a founding names another day than the event's; with no other date
# the article has none. (title, paragraphs, expected), each written before the rule.
OTHER_DAYS = [
    # English
    ("Call For Young Researchers",
     ["ICESCO invites young researchers to apply for its grant. Applications close on 30 March "
      "2026."], None),
    ("", ["Applications close on 30 March 2026. The call was announced on 2 February 2026 in "
          "Rabat."], "2026-02-02"),
    ("", ["The deadline for proposals is 30 March 2026.", "The jury reviewed the call."], None),
    ("", ["The museum celebrated the anniversary of its founding on 3 May 1982 with an "
          "exhibition of old coins."], None),
    ("", ["The library was founded on 3 May 1982 by a group of scholars.",
          "It now runs a reading club for pupils."], None),
    ("University Marks The Anniversary Of Its Founding",
     ["The university, founded on 3 May 1982, marked the day with a ceremony."], None),
    ("Heritage Centre Established In Dakar",
     ["The centre was established on 3 March 2026 in Dakar with twelve members."], "2026-03-03"),
    ("", ["ICESCO established on 3 March 2026 a new chair for the history of science."],
     "2026-03-03"),  # the agent's act, with its object: the event
    # French
    ("", ["La date limite de dépôt des dossiers est fixée au 30 mars 2026."], None),
    ("", ["Les dossiers doivent parvenir au plus tard le 30 mars 2026.",
          "L'appel a été lancé le 2 février 2026 à Rabat."], "2026-02-02"),
    ("", ["La bibliothèque a été fondée le 3 mai 1982 par un groupe de savants."], None),
    # Arabic
    ("", ["آخر أجل لتقديم الترشيحات هو 30 مارس 2026."], None),
    ("", ["تأسست الجامعة في 3 مايو 1982 على يد نخبة من العلماء."], None),
    ("", ["تقبل الترشيحات قبل 30 مارس 2026، وقد أعلن عن المسابقة يوم 2 فبراير 2026."],
     "2026-02-02"),
]


@pytest.mark.parametrize(("title", "paragraphs", "expected"), OTHER_DAYS)
def test_a_deadline_or_a_founding_is_not_the_event_day(title: str, paragraphs: list[str],
                                                       expected: str | None) -> None:
    date = find_event_date(paragraphs, title)
    assert (date.isoformat() if date else None) == expected


# Issue 21 (session 16, development sets 4 and 6): date lines of news sites and old pages that
# were read as no date: dotted day first, a time with seconds or a time zone, a view count, and
# the site's source after the date; a place line with its date year first.
@pytest.mark.parametrize(
    ("line", "expected"),
    [("03.04.2025", "2025-04-03"), ("Le 03.04.2025", "2025-04-03"),
     ("2025-04-03 09:15:40 - المصدر: ومع", "2025-04-03"),
     ("2025-04-03 09:15 | Source: Gulf News Agency", "2025-04-03"),
     ("الخميس ٣ أبريل ٢٠٢٥ - ٠٩:١٥ بتوقيت غرينتش", "2025-04-03"),
     ("3 April 2025 at 09:15 GMT", "2025-04-03"), ("3 avril 2025   Lu: 312", "2025-04-03"),
     ("3 April 2025 Views: 87", "2025-04-03"),
     ("03.04.2025 the forum opened", None), ("3.4.25", None), ("03.04/2025", None),
     ("2025-04-03 09:15 - the forum opened in Rabat", None),
     ("3 April 2025 and 300 guests came", None)],
)
def test_date_lines_of_news_sites_and_old_pages(line: str, expected: str | None) -> None:
    date = parse_dateline(line)
    assert (date.isoformat() if date else None) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("الخرطوم:2018/03/12", "2018-03-12"), ("Niamey: 2018/3/12", "2018-03-12"),
     ("Niamey: 2018/13/12", None), ("Deadline: 2018/03/12", None)],
)
def test_a_place_line_with_its_date_year_first(line: str, expected: str | None) -> None:
    date = parse_place_dateline(line)
    assert (date.isoformat() if date else None) == expected


def test_a_dotted_date_line_dates_its_article() -> None:
    dump = ("Minister Of Culture Receives The Director-General In Tashkent\n03.04.2025\n"
            "The Minister of Culture received the Director-General of ICESCO to discuss a joint "
            "programme of museum training.\n")
    (article,) = parse_dump(dump).articles
    assert (article.date, article.date_source) == ("2025-04-03", "dateline")


@pytest.mark.parametrize(
    "text",
    ["The forum closed on 5 May 2025 in Rabat.", "Le forum s’est clôturé le 5 mai 2025 à Rabat.",
     "L’ICESCO a clôturé, lundi 5 mai 2025 à Tunis, un atelier de trois jours."])
def test_a_closing_day_dates_an_article_only_when_nothing_else_does(text: str) -> None:
    # the event's end: below any other date of the text, and never a day without its year
    assert find_event_date([text]) == dt.date(2025, 5, 5)
    assert find_event_date([text, "The forum opened on 3 May 2025."]) == dt.date(2025, 5, 3)
    assert find_event_date(["Visitors came 3 May 2025.", text]) == dt.date(2025, 5, 3)
    assert find_yearless_event_date([text.replace(" 2025", "")]) is None


# Review 16: an Arabic date line gives the Hijri date, then the Gregorian one after "الموافق"
# (or the other way round): the Gregorian date dates the article; a Hijri date alone none.
@pytest.mark.parametrize(
    ("line", "expected"),
    [("12 شوال 1441 هـ الموافق 4 يونيو 2020", "2020-06-04"),
     ("12 شوال 1441هـ - الموافق لـ 4 يونيو 2020", "2020-06-04"),
     ("الخميس 12 شوال 1441 هـ الموافق 4 يونيو 2020", "2020-06-04"),
     ("4 يونيو 2020م الموافق 12 شوال 1441 هـ", "2020-06-04"),
     ("12 شوال 1441 هـ", None),
     ("12 شوال 1441 هـ الموافق لعقد الندوة في 4 يونيو 2020", None)],
)
def test_a_hijri_date_line_gives_its_gregorian_date(line: str, expected: str | None) -> None:
    date = parse_dateline(line)
    assert (date.isoformat() if date else None) == expected
    place = parse_place_dateline("الرباط: " + line)
    assert (place.isoformat() if place else None) == expected


def test_a_dotted_number_in_prose_is_no_date() -> None:
    # dots are a date line's only: a version number in a sentence dates nothing
    dump = ("The Centre Publishes A New Release Of Its Archive Software\n"
            "The Centre published release 2.7.2023 of its archive software, which now holds "
            "8,000 photographs of the Member States' heritage.\n")
    (article,) = parse_dump(dump).articles
    assert article.date is None
    assert find_event_date(["The Centre published release 2.7.2023 of its software."]) is None
    assert find_event_date(["The forum was held on 02/07/2023 in Rabat."]) == dt.date(2023, 7, 2)


# Issue 21 (development set 5): a news site's date line with an Arabic comma after the weekday
# and a time marked "م" (evening) or "ص" (morning) was no date; the page took it for its title.
@pytest.mark.parametrize(
    ("line", "expected"),
    [("الثلاثاء، 14 مارس 2023 - 09:20 م", "2023-03-14"), ("الأحد، 5 مايو 2024", "2024-05-05"),
     ("السبت 3 فبراير 2024 - 10:05 ص", "2024-02-03"), ("Tuesday, 14 March 2023 - 09:20 PM", "2023-03-14"),
     ("الثلاثاء، 14 مارس 2023 - 09:20 مساء اليوم", None), ("الثلاثاء، 14 مارس 2023 - 09:20 مع الوفد", None)],
)
def test_an_arabic_date_line_with_a_comma_and_a_time_of_day(line: str, expected: str | None) -> None:
    date = parse_dateline(line)
    assert (date.isoformat() if date else None) == expected


def test_a_news_sites_arabic_date_line_under_a_byline_dates_the_page_and_is_no_title() -> None:
    dump = ("المنظمة\nالمنظمة\n\n\nالمنظمة تنظم دورة تدريبية في داكار لفائدة معلمات من عشر دول\n\n"
            "كريم الناصري\n\nالثلاثاء، 14 مارس 2023 - 09:20 م\n\n"
            "انطلقت اليوم في داكار أعمال الدورة التدريبية التي تنظمها المنظمة لفائدة معلمات من عشر"
            " دول، بحضور عدد من المسؤولين والخبراء.\n")
    (article,) = parse_dump(dump).articles
    assert article.title == "المنظمة تنظم دورة تدريبية في داكار لفائدة معلمات من عشر دول"
    assert article.date == "2023-03-14"


# Issue 27: the paragraphs after one whose date has an event cue ("held on") are not read (no
# later date can win); a lead whose date is a founding's still has every paragraph read.
@pytest.mark.parametrize(
    ("paragraphs", "read", "expected"),
    [(["The forum was held on 3 May 2026 in Rabat.", "Its report came on 9 May 2026."], 1,
      "2026-05-03"),
     (["A report of 3 May 2026 lists the members.", "It was held on 2 May 2026 first.",
       "Its report came on 9 May 2026."], 2, "2026-05-02"),
     (["The library was founded on 3 May 1982 by scholars.", "Applications closed on 4 May 1980."],
      2, "1982-05-03"),  # every later date older, none an event's: the founding is the event
     (["The library was founded on 3 May 1982 by scholars.", "Its report came on 9 May 2026."],
      2, "2026-05-09")],
)
def test_paragraphs_after_an_event_cue_s_date_are_not_read(
        monkeypatch: pytest.MonkeyPatch, paragraphs: list[str], read: int, expected: str | None) -> None:
    from icli.text import dates

    seen: list[str] = []
    spans = dates.dated_spans

    def reading(text: str) -> list[dates.DatedSpan]:
        seen.append(text)
        return spans(text)

    monkeypatch.setattr(dates, "dated_spans", reading)
    date = dates.find_event_date(paragraphs)
    assert (date.isoformat() if date else None, len(seen)) == (expected, read)


# Issue 24 (versions, session 17): news agencies' date lines read as no date left a version
# undated or titled by its date line: the day an item was updated after its date, and a Hijri
# date with its time in a two-word zone before "الموافق" and a Gregorian date with dashes.
@pytest.mark.parametrize(
    ("line", "expected"),
    [("05.03.2025 - محدث : 06.03.2025", "2025-03-05"),
     ("05.03.2025 - Update : 06.03.2025", "2025-03-05"),
     ("05.03.2025 - Mis à jour : 06.03.2025 10:12", "2025-03-05"),
     ("الأربعاء 5 رمضان 1446 - 10:40 بتوقيت مكة المكرمة الموافق 5-3-2025", "2025-03-05"),
     ("05-03-2025", "2025-03-05"),
     ("05.03.2025 - Update : the forum opened", None),
     ("5-3-2025 the forum opened in Rabat", None),
     ("الأربعاء 5 رمضان 1446 - 10:40 بتوقيت مكة المكرمة", None)],
)
def test_news_agency_date_lines(line: str, expected: str | None) -> None:
    date = parse_dateline(line)
    assert (date.isoformat() if date else None) == expected


def test_an_agency_date_line_under_a_subtitle_dates_the_article_and_is_no_title() -> None:
    dump = ("الرباط.. سفير بلد يبحث مع المدير العام برامج التعاون\n\n"
            "خلال لقاء جمع السفير والمدير العام في مقر المنظمة\n\n"
            "05.03.2025 - محدث : 06.03.2025\n\n"
            "أجرى السفير، الأربعاء، مباحثات مع المدير العام بشأن برامج التعاون في التربية والثقافة.\n")
    (article,) = parse_dump(dump).articles
    assert article.title.startswith("الرباط.. سفير")
    assert (article.date, article.date_source) == ("2025-03-05", "dateline")


# Issue 21: the site's empty date (1 January 1970) in every date line's shape, the Arabic news
# site's (weekday, comma, time) included, dates nothing and is no title; an inferred date keeps
# the weekday its own text names (Arabic as English).
@pytest.mark.parametrize("line", ["January 1, 1970", "1 يناير 1970", "1er janvier 1970",
                                  "الخميس، 1 يناير 1970 - 12:00 ص"])
def test_the_empty_date_line_in_every_shape_dates_nothing(line: str) -> None:
    dump = ("المنظمة تنظم دورة تدريبية في داكار لفائدة المعلمات\n" + line + "\n"
            "انطلقت في داكار أعمال الدورة التدريبية التي تنظمها المنظمة لفائدة المعلمات.\n")
    (article,) = parse_dump(dump).articles
    assert (article.title, article.date) == ("المنظمة تنظم دورة تدريبية في داكار لفائدة المعلمات", None)


def test_an_inferred_arabic_date_keeps_the_weekday_its_text_names() -> None:
    dump = ("المنظمة تنظم دورة تدريبية في داكار لفائدة المعلمات\n12 مارس 2021\n"
            "انطلقت في داكار أعمال الدورة التدريبية التي تنظمها المنظمة لفائدة المعلمات.\n\n"
            "المدير العام يستقبل رؤساء ثلاث جامعات في مقر المنظمة\n"
            "استقبل المدير العام اليوم الثلاثاء 22 فبراير رؤساء ثلاث جامعات.\n")
    second = parse_dump(dump).articles[1]
    assert (second.date, second.date_source) == ("2022-02-22", "inferred")  # a Tuesday


LEVANTINE_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
                    "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]


@pytest.mark.parametrize(("number", "month"), list(enumerate(LEVANTINE_MONTHS, start=1)))
def test_a_levantine_month_dates_an_article_and_a_query_alike(number: int, month: str) -> None:
    """The Levantine and Iraqi month names (text.dates.MONTHS) in a date line, in the text, and
    typed to --since/--until (cli.dateargs reads them from the same table)."""
    from icli.cli.dateargs import parse_range

    day = f"2025-{number:02d}-14"
    assert str(parse_dateline(f"14 {month} 2025")) == day
    assert str(find_event_date([f"افتتحت الندوة يوم 14 {month} 2025 في عمان."])) == day
    assert parse_range(f"14 {month} 2025", f"{month} 2025")[0] == day
    assert parse_range(f"{month} 2025", None)[0] == day[:8] + "01"


def test_a_date_not_read_is_quoted_as_typed_not_as_translated() -> None:
    """The Arabic month names read in English (cli.dateargs._english_months) stay out of the
    error: it quotes the argument as typed."""
    from icli.cli.dateargs import DateArgumentError, parse_range

    with pytest.raises(DateArgumentError) as error:
        parse_range("أول شباط 2024", None)
    assert str(error.value) == ("--since: cannot read 'أول شباط 2024' as a date (try 2026-01 or "
                                "2026-01-15)")

