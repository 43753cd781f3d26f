"""Dates typed on the command line (`--since`, `--until`).

A date with no day widens to its whole month or year ("2026", "2026-01", "January 2026",
"February, 2026", "2026 February", "janv. 2026", "فبراير 2026", "شباط 2026", "March": from its first
day for --since, to its last for --until); every other date is that day ("15 Jan 2026", "1 year
ago", "2 months ago", "yesterday"). ISO forms are read without dateparser; the rest go to
dateparser, imported only then, which says whether a day was given (its REQUIRE_PARTS setting)
and widens one that was not (PREFER_DAY_OF_MONTH, PREFER_MONTH_OF_YEAR). An Arabic month name
is read as the archive's articles are (text.dates.MONTHS: also the Levantine and Iraqi names,
"كانون الثاني", "شباط", which dateparser does not know), given to dateparser in English. A bare number that is not a year ("12",
"-1") is refused: dateparser would read it as a day of this month or a year of this century;
so are two numbers that are not a month and its year ("13 2025", "1 2").
"""

from __future__ import annotations

import datetime as dt
import re

from icli.choices import LANGUAGES  # the archive's: dateparser reads month names in these
from icli.text.normalize import ARABIC_LETTER

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")
_NUMBER = re.compile(r"^\s*[+-]?\d+\s*$")  # "12", "-1": no date (a year is _ISO's)
# Two numbers and nothing else, apart by a space, "/", "." or "-": a month and its year ("5 2025",
# "2025 5", "5/2025") or nothing (dateparser would read "13 2025" or "13/2025" as the 13th of
# this month in 2025).
_TWO_NUMBERS = re.compile(r"^\s*(\d+)\s*(?:\s|/|\.|-)\s*(\d+)\s*$")
# A word of letters and digits together ("Q1", "H2", "W05"): dateparser reads the digits and
# drops the letters ("Q1 2026" would be 6 March 2026), so such a date is refused; ordinals
# ("15th", "1er") and times ("10am", "10h30") are whole words to it.
_MIXED_WORD = re.compile(r"\b(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]+\b")
_WHOLE_MIXED = re.compile(r"\d+(?:st|nd|rd|th|er|re|e|ème|eme|am|pm|h|h\d\d)", re.IGNORECASE)


class DateArgumentError(ValueError):
    """A date argument that cannot be read."""


def _widen(year: int, month: int | None, day: int | None, end: bool) -> dt.date:
    if month is None:
        month = 12 if end else 1
    if day is None:
        day = _last_day(year, month) if end else 1
    return dt.date(year, month, day)


def parse_date_bound(text: str, end: bool = False) -> dt.date:
    """The first day (or, with end=True, the last day) of the period `text` names."""
    match = _ISO.match(text)
    try:
        if match:
            month, day = (int(g) if g else None for g in match.groups()[1:])
            return _widen(int(match.group(1)), month, day, end)
    except ValueError:
        raise DateArgumentError(f"not a valid date: {text!r}") from None
    if _NUMBER.match(text):
        raise DateArgumentError(f"{text.strip()!r} is a bare number, not a date (a year has four "
                                "digits: 2026; a month: 2026-01; a day: 2026-01-15)")
    two = _TWO_NUMBERS.match(text)
    if two and not any(len(year) == 4 and 1 <= int(month) <= 12
                       for month, year in (two.groups(), two.groups()[::-1])):
        raise DateArgumentError(f"cannot read {text.strip()!r} as a date: two numbers are a month "
                                "and its year (2025-05 or 5 2025; a day: 2025-05-13)")
    for word in _MIXED_WORD.findall(text):
        if not _WHOLE_MIXED.fullmatch(word):
            raise DateArgumentError(f"cannot read {text!r} as a date: {word!r} would be half "
                                    "read (try 2026-01 or 2026-01-15)")
    import dateparser

    read = _english_months(text)  # (the error still quotes `text` as typed)
    settings: dict[str, object] = {"RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": "DMY"}
    parsed = dateparser.parse(read, languages=list(LANGUAGES),
                              settings={**settings, "REQUIRE_PARTS": ["day"]})
    if parsed is None:  # no day given (or no date): its month's or year's first or last day
        edge = "last" if end else "first"
        parsed = dateparser.parse(read, languages=list(LANGUAGES), settings={
            **settings, "PREFER_DAY_OF_MONTH": edge, "PREFER_MONTH_OF_YEAR": edge})
    if parsed is None:
        raise DateArgumentError(f"cannot read {text!r} as a date (try 2026-01 or 2026-01-15)")
    return parsed.date()


def _english_months(text: str) -> str:
    """`text` with each Arabic month name of text.dates.MONTHS written in English ("15 شباط
    2026" → "15 february 2026")."""
    from icli.text.dates import MONTHS  # the one table of month names, read only here

    if not ARABIC_LETTER.search(text):
        return text
    english = {number: name for name, number in reversed(MONTHS.items())}  # each month's first
    arabic = sorted((name for name in MONTHS if ARABIC_LETTER.search(name)), key=len, reverse=True)
    months = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, arabic)) + r")(?!\w)")
    return months.sub(lambda match: english[MONTHS[match.group()]], text)


def parse_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """ISO bounds for --since/--until, both inclusive; an empty date or range is an error."""
    for option, value in (("--since", since), ("--until", until)):
        if value is not None and not value.strip():
            raise DateArgumentError(f"{option} needs a date, not an empty string")
    try:
        start = parse_date_bound(since).isoformat() if since is not None else None
    except DateArgumentError as error:
        raise DateArgumentError(f"--since: {error}") from None
    try:
        stop = parse_date_bound(until, end=True).isoformat() if until is not None else None
    except DateArgumentError as error:
        raise DateArgumentError(f"--until: {error}") from None
    if start and stop and start > stop:
        raise DateArgumentError(f"--since {since} is after --until {until}")
    return start, stop


_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\s*$")  # 02/03/2026


def read_two_ways(option: str, text: str | None, used: str | None) -> str | None:
    """The note for a date that reads two ways (02/03/2026: 2 March day first, 3 February
    month first): which date was used, and how to write it so it reads one way; else None."""
    if text is None or used is None:
        return None
    match = _NUMERIC.match(text)
    if not match:
        return None
    first, second = int(match.group(1)), int(match.group(2))
    if first == second or first > 12 or second > 12:
        return None
    return f"{option} {text.strip()} read as {used}, day first (write {used} to be sure)"


def _last_day(year: int, month: int) -> int:
    """The number of days in a month (the calendar module costs a query 3 ms to import)."""
    if month == 12:
        return 31  # (and 9999-12 has no following month to count back from)
    following = dt.date(year, month + 1, 1)
    return (following - dt.timedelta(days=1)).day
