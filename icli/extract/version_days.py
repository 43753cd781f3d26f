"""The days two versions of one news item are dated by and state: pure rules for versions.py.

Versions are dated within MAX_DAYS of each other (time zones, "yesterday", a page dated by its
publication line against a listing's version dated by the event its text gives). A version
published later still, up to LATE_DAYS after the event, names the event's days in its text:
the English page dated 25 October of a conference its text dates 20 October, whose Arabic
listing is dated 20 October by the same words. Such a pair shares an event day (`event_day`)
when the later one states a day the earlier one is dated by or states too, and neither states
a later day the other does not name: the close of a meeting, dated four days after its
opening and stating the closing day, is not the opening's version. A story without a date
may state its own day without a year (`own_day`: "Samedi 24 décembre, …"), which a dated
story's date fits or not (`fits_own_day`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from icli.text.dates import MONTHS, WEEKDAYS, find_dates

# Versions' dates differ by two days at most: time zones, "yesterday", and one version dated by
# its publication line, another by the event its text dates (published two days later).
MAX_DAYS = 2
# A version published later than that names the event's days; at most a week after them.
LATE_DAYS = 7


class Dated(NamedTuple):
    """What a story's days are read from: its date (an ordinal), the numbers its title and lead
    state (stated_numbers.numbers_and_editions: its own day of the month left out) and that text."""

    day: int
    numbers: frozenset[int]
    text: str


@lru_cache(maxsize=4096)
def stated_days(text: str) -> frozenset[int]:
    """The dates a text states, as ordinals."""
    return frozenset(date.toordinal() for _, date, _ in find_dates(text))


def states(story: Dated, day: int) -> bool:
    """Whether a story's title or lead states the date `day`: read only when it states that
    day of the month as a number."""
    return dt.date.fromordinal(day).day in story.numbers and day in stated_days(story.text)


def earlier_days(story: Dated) -> frozenset[int]:
    """The days, more than MAX_DAYS and at most LATE_DAYS before its date, a story's title or
    lead states (read only when it states one of their days of the month as a number): the
    event days of a version published later."""
    days = range(story.day - LATE_DAYS, story.day - MAX_DAYS)
    if not any(dt.date.fromordinal(day).day in story.numbers for day in days):
        return frozenset()
    return frozenset(day for day in stated_days(story.text) if day in days)


def event_day(a: Dated, b: Dated) -> int | None:
    """The first event day two stories dated more than MAX_DAYS and at most LATE_DAYS apart
    both name: a day the later one states that the earlier one is dated by or states, when
    neither states a later day (up to its date) the other does not name; None otherwise."""
    early, late = sorted((a, b), key=lambda story: story.day)
    if not MAX_DAYS < late.day - early.day <= LATE_DAYS or not earlier_days(late):
        return None
    late_days = _days_up_to(late)
    early_days = _days_up_to(early)
    common = late_days & (early_days | {early.day})
    if not common:
        return None
    first = min(common)
    if any(day > first and day not in early_days | {early.day} for day in late_days) or any(
            day > first and day not in late_days for day in early_days):
        return None
    return first


def _days_up_to(story: Dated) -> frozenset[int]:
    """The days a story's title or lead states, up to its date and at most LATE_DAYS before."""
    return frozenset(day for day in stated_days(story.text)
                     if story.day - LATE_DAYS <= day <= story.day)


_WEEKDAY_NAMES = "|".join(sorted(map(re.escape, WEEKDAYS), key=len, reverse=True))
_MONTH_NAMES = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_NO_YEAR = r"(?![^\W\d_])(?!\.?\s*,?\s*\d{4})"  # the month's whole name, no year after it
# A date without a year, its weekday written before it or not: "Samedi 24 décembre", "15 mars",
# "Friday, December 24".
_OWN_DAY = re.compile(
    rf"(?:\b(?P<weekday>{_WEEKDAY_NAMES})[,،]?\s+)?"
    rf"(?:\b(?P<d1>\d{{1,2}})(?:er|e|st|nd|rd|th)?\s+(?P<m1>{_MONTH_NAMES}){_NO_YEAR}"
    rf"|\b(?P<m2>{_MONTH_NAMES})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?!\s*,?\s*\d{{4}}))",
    re.IGNORECASE)
OWN_CHARS = 200  # where a story states its own day: its title and the start of its text
# The weekday a text names as the day it tells of: "ce vendredi", "today, Friday", "on Friday",
# "اليوم الخميس", "اليوم /الخميس/".
_THIS_WEEKDAY = re.compile(rf"(?:\bce|\btoday,?|\bon|اليوم)\s*/?\s*\b(?P<weekday>{_WEEKDAY_NAMES})\b",
                           re.IGNORECASE)


class OwnDay(NamedTuple):
    """The day a story without a date states as its own, without a year (own_day)."""

    month: int
    day: int
    weekday: int | None  # 0 = Monday


def own_day(title: str, text: str) -> OwnDay | None:
    """The first date without a year a story's title or opening states, with the weekday
    written before it, or else the one its opening names as the day it tells of: its own day
    as an agency's date line without a year gives it ("Bakou, 15 mars, AZERTAC" and "a reçu ce
    vendredi", "Samedi 24 décembre, le Président …"). None when it states none."""
    for part in (title, text[:OWN_CHARS]):
        for match in _OWN_DAY.finditer(part):
            day, month = (match["d1"], match["m1"]) if match["d1"] else (match["d2"], match["m2"])
            number = MONTHS.get(month.lower())
            if number and 1 <= int(day) <= 31:
                weekday = match["weekday"] or next(
                    (named["weekday"] for opening in (title, text[:OWN_CHARS])
                     for named in _THIS_WEEKDAY.finditer(opening)), None)
                return OwnDay(number, int(day), WEEKDAYS.get(weekday.lower()) if weekday else None)
    return None


def fits_own_day(own: OwnDay, day: int) -> bool | None:
    """Whether a date (an ordinal) is the day a story states as its own: True when it is that
    day of that month, on the weekday stated if one is; False when it is not (another weekday:
    another year) and more than MAX_DAYS from that day of the month in any year; None between
    (a version dated a day or two later)."""
    date = dt.date.fromordinal(day)
    if (date.month, date.day) == (own.month, own.day):
        return own.weekday in (None, date.weekday())
    near = []
    for year in (date.year - 1, date.year, date.year + 1):
        try:
            near.append(abs(dt.date(year, own.month, own.day).toordinal() - day))
        except ValueError:
            continue
    return None if near and min(near) <= MAX_DAYS else False
