"""Dates in article text, found with compiled regular expressions (fast enough for ingest).

`find_event_date` picks the date an article's event happened (`explain_event_date` also names
the rule that chose it; `date_clauses` tells a date in a clause about another event,
`date_cues` what the words right before it say),
`find_yearless_event_date` the day and month of one written without a year; `parse_dateline`
reads a line that is only a date (`place_datelines` a place line before one). Command-line
date arguments are read by `icli.cli.dateargs` (dateparser), not here.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from typing import NamedTuple

from icli.text.date_clauses import (
    ADOPTED,
    EVENT,
    FOUNDED,
    opens_past_period,
    past_clause,
    sentence_of,
    tells_founding,
)
from icli.text.date_cues import CLOSING, EVENT_CUES, NOT_EVENT, PLAIN_ON, future_before
from icli.text.normalize import ARABIC_MARKS

MONTHS: dict[str, int] = {}
for number, names in enumerate(
    [
        "january jan janvier janv يناير كانون_الثاني",
        "february feb février fevrier févr fevr فبراير شباط",
        "march mar mars مارس آذار",
        "april apr avril avr أبريل ابريل إبريل نيسان",
        "may mai مايو ماي أيار",
        "june jun juin يونيو يونيه حزيران",
        "july jul juillet juil يوليو يوليوز تموز",
        "august aug août aout أغسطس اغسطس غشت آب",
        "september sep sept septembre سبتمبر شتنبر أيلول",
        "october oct octobre أكتوبر اكتوبر تشرين_الأول",
        "november nov novembre نوفمبر نونبر تشرين_الثاني",
        "december dec décembre decembre déc دجنبر ديسمبر كانون_الأول",
    ],
    start=1,
):
    for name in names.split():
        MONTHS[name.replace("_", " ")] = number

MONTH_WORD = "(?:" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")\.?"
# Weekday names (English, French, Arabic) → 0 for Monday … 6 for Sunday.
WEEKDAYS: dict[str, int] = {
    name: number
    for number, names in enumerate([
        "monday lundi الاثنين الإثنين", "tuesday mardi الثلاثاء", "wednesday mercredi الأربعاء الاربعاء",
        "thursday jeudi الخميس", "friday vendredi الجمعة", "saturday samedi السبت",
        "sunday dimanche الأحد الاحد"])
    for name in names.split()
}
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد)"
)
# A day, its ordinal ending written or not: "3rd", "1er", and the first of a French month as
# the site also writes it ("1re", "1ère", "1e octobre 2024").
DAY_NUMBER = r"\d{1,2}(?:st|nd|rd|th|er|re|ère|e)?"
# How a date's first word can begin: the first three letters of a month or weekday name (all
# of two letters for the one name that short, Arabic آب).
DATE_WORD_PREFIXES = frozenset(
    name[:3] for name in [*MONTHS, *re.findall(r"[^\W\d_]+", _WEEKDAY)]
)
# Between the days of a range: "11-12", "8 to 12", "du 8 au 12", "من 6 إلى 9", "يومي 6 و7".
_JOIN = r"\s*(?:-|–|—|to|and|&|au|et|till|until|through|إلى|الى|حتى|و)\s*"
_YEAR = r"(?:19|20)\d{2}"
# The site's empty date (the Unix epoch), printed under a title that has none: it dates nothing.
EMPTY_DATE = dt.date(1970, 1, 1)


def _date_pattern(separator: str, comma: str = ",",
                  year_first: str = r"-(?P<m5>\d{2})-(?P<d5>\d{2})") -> str:
    """A date's pattern, its numeric form day first with `separator` between its numbers and
    `year_first` what follows a year written first, `comma` the commas allowed before a year.
    Each alternative names its day, month and year groups; a range keeps its first day."""
    return (
        # "Monday, 2 June", "الإثنين، 2 يونيو", "Monday (2 June"
        rf"(?:(?P<weekday>{_WEEKDAY})(?:[,،]?\s+(?:the\s+)?|\s*\(\s*))?"
        rf"(?:"
        # 30 November to 2 December 2023
        rf"\b(?P<d0>{DAY_NUMBER})\s+(?P<m0>{MONTH_WORD}){_JOIN}{DAY_NUMBER}\s+{MONTH_WORD}\s*{comma}?\s*(?P<y0>{_YEAR})"
        # 17 February 2026, 21 to 24 July 2025, 14-15 November 2023, 20-21 November, 2023
        rf"|\b(?P<d1>{DAY_NUMBER})(?:{_JOIN}{DAY_NUMBER})*\s+(?:of\s+)?(?P<m1>{MONTH_WORD})\s*{comma}?\s*(?P<y1>{_YEAR})"
        # November 30 to December 2, 2023
        rf"|\b(?P<m2>{MONTH_WORD})\s+(?P<d2>{DAY_NUMBER}){_JOIN}{MONTH_WORD}\s+{DAY_NUMBER}\s*{comma}?\s*(?P<y2>{_YEAR})"
        # February 4, 2026, September 8 and 9 , 2025
        rf"|\b(?P<m3>{MONTH_WORD})\s+(?P<d3>{DAY_NUMBER})(?:{_JOIN}{DAY_NUMBER})*\s*{comma}?\s*(?P<y3>{_YEAR})"
        # 17/05/2019 (day first, as the site writes it), 17.05.2019 (a date line's only), 2019-05-17
        rf"|\b(?P<d4>\d{{1,2}})(?P<s4>{separator})(?P<m4>\d{{1,2}})(?P=s4)(?P<y4>{_YEAR})\b"
        rf"|\b(?P<y5>{_YEAR}){year_first}\b"
        rf")"
    )


# A date in text; "version 3.1.2024" is no date, so dots are a date line's only (_DATELINE_RE).
DATE_RE = re.compile(_date_pattern("/"), re.IGNORECASE)
# A date line's date: also with dots, year first with any separator ("2015/01/7": old pages'
# date lines) and an Arabic comma before the year ("5 ديسمبر، 2021").
DATE_LINE_DATE = _date_pattern(
    "[/.-]", "[,،]", r"(?P<s5>[/.-])(?P<m5>\d{1,2})(?P=s5)(?P<d5>\d{1,2})")

# A Hijri date ("5 رمضان 1440 هـ", "الخميس 12 ربيع الأول 1441هـ": a year 13xx or 14xx no
# Gregorian date has) and the word that joins it to its Gregorian day ("الموافق", "الموافق لـ").
HIJRI = rf"(?:{_WEEKDAY}\s+)?\d{{1,2}}\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+1[34]\d{{2}}\s*(?:هـ|ه)?"
CORRESPONDING = r"\s*(?:[-–،,]\s*)?الموافق\s*(?:لـ?\s*)?"
# A time after a date ("à 10h30", "at 10:30 am", "- 05:41 م", "- 09:15 GMT", "- ١٢:١٣ بتوقيت مكة
# المكرمة", "| 10:45 PM", "16:24 (UTC+04:00)", "| بتوقيت 8:46 مساءً": evening, "صباحاً" morning).
TIME = (r"\s*,?\s*(?:à|at|-|–|\|)?\s*(?:بتوقيت\s+)?\d{1,2}\s*[h:]\s*(?:\d{2})?(?::\d{2})?"
         r"(?:\s*[ap]\.?m\.?|\s+(?:[مص]|مساء|صباحا)(?!\w))?"
         r"(?:\s*\(?(?:GMT|UTC|بتوقيت(?:\s+[^\W\d_]+){1,2})(?:\s*[+-]\s*\d{1,2}(?::\d{2})?)?\)?)?")
# The day a news agency's line says it updated the item ("19.10.2022 - Update : 20.10.2022").
_UPDATED = (r"\s*[-–|]\s*(?:updated?|mise? à jour|محدث|تحديث)\s*:\s*\d{1,2}[./-]\d{1,2}[./-]"
            rf"{_YEAR}(?:{TIME})?")
# What a news site puts before its publication date: its author's name and "Published" ("Jane
# Doe Published March 5, 2025 | 10:45 PM"), or a weekday's short name ("Thu 06th March 2025").
_POSTED = (r"(?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}?published(?:\s+on)?\s*:?"
           r"|(?:mon|tue|wed|thu|fri|sat|sun)\.?,?")

# A time before a date, with a news site's section in capitals before it ("08:15, ", "SOCIETY
# 17:05 / ", "17:05 | ", "17:05 - ").
_TIME_FIRST = r"(?:(?-i:[A-Z]{3,20})\s+)?\d{1,2}:\d{2}\s*[,/|–-]?\s*"

# A line that is nothing but a date: after "Le", "On", "du", "from", "من", "في", "(في) يوم" or a news
# site's byline (_POSTED) ("Le 1er mars 2026", "du 23 au 25 février 2026", "من 3 إلى 5 مارس
# 2026", "Jane Doe Published March 5, 2025"), with the Gregorian suffix
# of old pages ("14 مارس 2019م"), with a Hijri date before or after it ("5 رمضان 1440 هـ
# الموافق 10 مايو 2019": the Gregorian date; "الثلاثاء 5 رمضان 1446 - 10:40 بتوقيت مكة المكرمة
# الموافق 5-3-2025", a news agency's Hijri date with its time), a time ("14 mars 2019 à 10h30",
# "3 March 2026 at 10:30", "2024-02-16 17:42:02", "١١ ديسمبر ٢٠١٧ - ٠٥:٢٦ بتوقيت غرينتش",
# "الإثنين، 28 يونيو 2021 - 05:41 م": "م" evening, "ص" morning), the day the item was updated
# ("05.03.2025 - محدث : 06.03.2025": the first date is the line's) or a comment or view count
# ("June 19, 2022 0", "27 novembre 2015  Lu: 1245") after it, a news site's source last
# ("2024-02-16 17:42 - Source: SPA", "- المصدر: واع"), or a time first (_TIME_FIRST: "08:15, 4
# March 2025", "SOCIETY 17:05 / 04.03.2025 2210").
_DATELINE_RE = re.compile(
    rf"^\s*(?:{_TIME_FIRST})?(?:(?:le|on|du|from|من|(?:في\s+)?يوم|في|{_POSTED})\s+)?"
    rf"(?:{HIJRI}(?:{TIME})?{CORRESPONDING})?"
    rf"(?:{DATE_LINE_DATE})(?:\s*م)?(?:{CORRESPONDING}{HIJRI})?(?:{TIME})?(?:{_UPDATED})?"
    r"(?:\s+(?:[^\W\d_]{2,12}\s*:\s*)?\d{1,6})?"
    r"(?:\s*[-–|]\s*(?:source|المصدر)\s*:[^:]{1,40})?\s*$",
    re.IGNORECASE,
)
YEAR_HINT = re.compile(r"(?:19|20)\d\d(?!\d)")  # not after a digit: checked by the caller
_WORD_START = re.compile(r"\b\w")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_ARABIC_DIGIT = re.compile("[٠-٩]")


def _western_digits(text: str) -> str:
    if text.isascii() or not _ARABIC_DIGIT.search(text):
        return text  # (one scan: ten substring checks cost more on text with curly quotes)
    return text.translate(_ARABIC_DIGITS)


def dateline_text(line: str) -> str:
    """A dateline as its patterns read it: Western digits, and no Arabic short vowels, shadda
    or other marks ("عمّان، ٢٨ نوفمبر ٢٠٢٥" → "عمان، 28 نوفمبر 2025")."""
    return line if line.isascii() else ARABIC_MARKS.sub("", _western_digits(line))


_DATE_GROUPS = [(f"d{i}", f"m{i}", f"y{i}") for i in range(6)]  # DATE_RE's alternatives
_DIGITS = re.compile(r"\d+")


def _day_number(day: str) -> int:
    """The number a day is written with ("3", "03", "3rd"); 0, no day, if it has none."""
    digits = _DIGITS.match(day)
    return int(digits.group()) if digits else 0


def date_from_match(match: re.Match[str]) -> dt.date | None:
    """Turn a DATE_RE match into a date, or None when it names an impossible day."""
    for day_group, month_group, year_group in _DATE_GROUPS:
        year = match[year_group]
        if year:
            day, month = match[day_group], match[month_group]
            break
    else:
        return None
    day_number = _day_number(day)
    if month.isdigit():
        month_number = int(month)
    else:
        month_number = MONTHS.get(month.rstrip(".").lower(), 0)
    try:
        return dt.date(int(year), month_number, day_number)
    except ValueError:
        return None


def parse_dateline(line: str) -> dt.date | None:
    """Return the date when the whole line is a date ("12 May 2020", "June 19, 2022 0", "Le 1er
    mars 2026", "du 23 au 25 février 2026": a range's first day)."""
    if len(line) > 80:
        return None
    match = _DATELINE_RE.match(dateline_text(line))
    if not match:
        return None
    return date_from_match(match)


class DatedSpan(NamedTuple):
    """A date found in text: where it starts, the day, its rank (0 an event word before it, 1
    "on" or a weekday, 2 nothing, 3 in a clause about another event or the day an event closed,
    4 no event's date) and the
    words that gave the rank ("held on 17 February 2026"). A founding's date (rank 4) keeps in
    `founding` the rank it has as the event's (`explain_event_date` tells when it is)."""

    position: int
    date: dt.date
    rank: int
    words: str
    founding: int | None = None


# The rule each rank of a text date is named by in `show --why` (docs/entities.md).
RANK_RULES = ("date.text.event-word", "date.text.on-or-weekday", "date.text.any",
              "date.text.past-reference")


def find_dates(text: str) -> list[tuple[int, dt.date, int]]:
    """All dates in `text` as (position, date, rank); rank 0 is an event cue, 4 a non-event
    (`DatedSpan` says each rank)."""
    return [(span.position, span.date, span.rank) for span in dated_spans(text)]


def dated_spans(text: str) -> list[DatedSpan]:
    """All dates in `text` with their rank and words (`DatedSpan`). A date in a clause about
    another event (`date_clauses.past_clause`) ranks below every other, or is none at all when
    that clause tells a founding."""
    text = _western_digits(text)
    read = []
    for match in matches_near_years(text):
        date = date_from_match(match)
        if date is None or date == EMPTY_DATE:
            continue  # (the placeholder, wherever it stands, is no event's date)
        at = match.start()
        no_event = (NOT_EVENT.search(text, max(0, at - 60), at) is not None
                    or future_before(text, at) or opens_past_period(text, sentence_of(text, at)))
        read.append((match, date, no_event,
                     None if no_event else past_clause(text, at, match.end())))
    found = []
    for match, date, no_event, clause in read:
        if clause is not None and clause[0] == EVENT and any(
                other_clause is None and not other_no_event
                and sentence_of(text, other.start()) == sentence_of(text, match.start())
                for other, _, other_no_event, other_clause in read):
            clause = (0, clause[1])  # the main clause dates its own event: this one is another's
        at = match.start()
        if no_event:
            found.append(DatedSpan(at, date, 4, text[at : match.end()]))
        elif clause is None and (closing := CLOSING.search(text, max(0, at - 30), at)):
            found.append(DatedSpan(at, date, 3, text[closing.start() : match.end()]))
        elif clause is not None and clause[0] != EVENT:
            words = text[clause[1] : match.end()]
            found.append(DatedSpan(at, date, 4, words, _plain_rank(text, match)[0])
                         if clause[0] == FOUNDED else
                         DatedSpan(at, date, 4 if clause[0] == ADOPTED else 3, words))
        else:
            rank, words_start = _plain_rank(text, match)
            found.append(DatedSpan(at, date, rank, text[words_start : match.end()]))
    return found


def _plain_rank(text: str, match: re.Match[str]) -> tuple[int, int]:
    """The rank of the date `match` from the words before it (an event cue, "on" or a weekday,
    nothing) and where those words begin."""
    at = match.start()
    before = text[max(0, at - 60) : at]
    if cue := EVENT_CUES.search(before) or PLAIN_ON.search(before):
        return (0 if cue.re is EVENT_CUES else 1), at - len(before) + cue.start()
    return (1 if match.group("weekday") else 2), at


def matches_near_years(text: str, pattern: re.Pattern[str] = DATE_RE) -> list[re.Match[str]]:
    """`pattern`'s matches that hold a year, tried only at the word starts shortly before each year.

    Searching the whole text (or even a window) position by position is the slow part of
    parsing: DATE_RE has no fixed first character for the engine to scan for.
    """
    if "19" not in text and "20" not in text:
        return []  # no year (two substring scans cost less than the pattern's)
    matches: list[re.Match[str]] = []
    end_of_last = 0
    for year in YEAR_HINT.finditer(text):
        at = year.start()
        if at and text[at - 1].isdecimal():
            continue  # part of a longer number
        resume = max(end_of_last, at - 90)
        for word in _WORD_START.finditer(text, resume, at + 1):
            start = word.start()
            if start < resume or not (text[start].isdecimal()
                                      or text[start : start + 3].lower() in DATE_WORD_PREFIXES
                                      or text[start : start + 2] in DATE_WORD_PREFIXES):
                continue  # a date starts with a number, a weekday or a month
            match = pattern.match(text, start, year.end() + 6)
            if match is None:
                continue
            if match.start() <= at < match.end():
                matches.append(match)
                end_of_last = match.end()
                break
            resume = match.end()  # an earlier date: look after it
    return matches


def find_event_date(paragraphs: list[str], title: str = "") -> dt.date | None:
    """The date the article's event happened or started, as stated in its paragraphs under
    `title` (`explain_event_date` says how it was chosen)."""
    found = explain_event_date(paragraphs, title)
    return found.date if found else None


class EventDate(NamedTuple):
    """The event date chosen from a text, the rule that chose it (`RANK_RULES`) and its words."""

    date: dt.date
    rule: str
    words: str


def explain_event_date(paragraphs: list[str], title: str = "") -> EventDate | None:
    """The date the article's event happened or started, with its rule and words.

    Prefers a date phrased as the event's ("held on", "on Tuesday, ..."), then any other date,
    then one in a clause about another event ("the agreement signed on ..."); never one phrased
    as a deadline, an end date or a future event. A founding's date in the lead paragraph is the
    event's when `title` tells a founding ("… Established in Rabat") or when the lead gives no
    other date and the article's other dates are all older; any other founding is never the
    event's. Earlier text wins ties (the lead's date over a later paragraph's).
    """
    lead = dated_spans(paragraphs[0]) if paragraphs else []
    spans: Iterable[list[DatedSpan]] = (dated_spans(paragraph) for paragraph in paragraphs[1:])
    if any(span.founding is not None for span in lead):
        others = [s.date for s in lead if s.founding is None]
        newest = max((s.date for s in lead if s.founding is not None))
        spans = list(spans)  # (the later paragraphs are all read only here)
        later = [s.date for paragraph in spans for s in paragraph]
        if tells_founding(title) or not others and later and max(later) < newest:
            lead = [s._replace(rank=s.founding, founding=None) if s.founding is not None
                    else s for s in lead]
    best: tuple[int, int, int, DatedSpan] | None = None
    # (a paragraph is read only when no earlier one gave an event cue's date: none after wins)
    for index, paragraph_spans in enumerate(itertools.chain([lead], spans)):
        for span in paragraph_spans:
            if span.rank == 4:
                continue
            candidate = (span.rank, index, span.position, span)
            if best is None or candidate[:3] < best[:3]:
                best = candidate
        if best is not None and best[0] == 0:
            break
    if best is None:
        return None
    span = best[3]
    return EventDate(span.date, RANK_RULES[span.rank], span.words.strip())


# "held yesterday, October 3", "met today, July 29", "on 11-12 November", "le 12 octobre",
# "اليوم الثلاثاء 22 فبراير": an event cue, then a day and month with no year after them.
_YEARLESS_RE = re.compile(
    rf"\b(?:on|held|yesterday|today|le|hier|اليوم|أمس|يوم)\b[,\s]+(?:(?P<weekday>{_WEEKDAY})[,\s]+)?\(?\s*"
    rf"(?:(?P<d1>{DAY_NUMBER})(?:{_JOIN}{DAY_NUMBER})*\s+(?:of\s+)?(?P<m1>{MONTH_WORD})(?![^\W\d_])"
    rf"|(?P<m2>{MONTH_WORD})\s+(?P<d2>{DAY_NUMBER})(?:{_JOIN}{DAY_NUMBER})*(?!\d))"
    rf"(?!\s*,?\s*\(?\s*\d)",  # a year (or any number) after it: not yearless
    re.IGNORECASE,
)


def find_yearless_event_date(paragraphs: list[str]) -> tuple[int, int] | None:
    """(month, day) of the first event date written without a year, or None.

    Only after an event cue ("on", "held", "yesterday", "today"), never after a deadline or a
    future tense; the caller supplies the year and marks the date inferred.
    """
    found = _first_yearless(paragraphs)
    return found[:2] if found else None


def yearless_event_weekday(paragraphs: list[str]) -> int | None:
    """The weekday (0 = Monday) written with the first event date without a year ("today,
    Tuesday, February 22"), or None: a year for it must put the day on that weekday."""
    found = _first_yearless(paragraphs)
    return found[2] if found else None


def _first_yearless(paragraphs: list[str]) -> tuple[int, int, int | None] | None:
    """(month, day, weekday or None) of the first event date written without a year."""
    for paragraph in paragraphs:
        for match in _YEARLESS_RE.finditer(_western_digits(paragraph)):
            before = paragraph[max(0, match.start() - 60) : match.start()]
            if NOT_EVENT.search(before) or CLOSING.search(before):
                continue
            day, month = (match["d1"], match["m1"]) if match["d1"] else (match["d2"], match["m2"])
            month_number = MONTHS.get(month.rstrip(".").lower(), 0)
            day_number = _day_number(day)
            if 1 <= month_number <= 12 and 1 <= day_number <= 31:
                weekday = match["weekday"]
                return month_number, day_number, WEEKDAYS.get(weekday.lower()) if weekday else None
    return None


# Words that date a text from below: it cannot tell of an event before what it names.
_EPOCH_MARKERS = (
    (re.compile(r"\b(?:covid|coronavirus|sars-cov-2)|كورونا|كوفيد", re.IGNORECASE),
     dt.date(2020, 1, 1)),
)


def earliest_possible_date(paragraphs: list[str]) -> dt.date | None:
    """The earliest day a text's own words allow its event to be on, or None: a text that
    names COVID-19 (any language) is from 2020 on. An inferred date never goes below it."""
    floor = None
    for pattern, since in _EPOCH_MARKERS:
        if (floor is None or since > floor) and any(pattern.search(p) for p in paragraphs):
            floor = since
    return floor


def day_windows(dates: Iterable[str], days: int) -> list[tuple[str, str]]:
    """The days within `days` of any of the ISO `dates`, as merged (first, last) ISO ranges."""
    ordinals = sorted({dt.date.fromisoformat(date).toordinal() for date in dates})
    ranges: list[list[int]] = []
    for day in ordinals:
        if ranges and day - days <= ranges[-1][1] + 1:
            ranges[-1][1] = day + days
        else:
            ranges.append([day - days, day + days])
    return [(dt.date.fromordinal(lo).isoformat(), dt.date.fromordinal(hi).isoformat())
            for lo, hi in ranges]
