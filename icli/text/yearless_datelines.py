"""A dateline without a year opening an article's text ("Rabat, May 03 - …", "RIYADH May 7
(TNS): …", "Dakar, 24 mai (APS) – …", "الرباط، 3 مايو (واس) - …"): the day the news was filed.
The year is the one of the page's own date line above the title (a blog's or a paper's day of
publication), the latest such day not after it (`parse.segment` reads it)."""

from __future__ import annotations

import datetime as dt
import re

from icli.text.dates import DAY_NUMBER, MONTH_WORD, MONTHS
from icli.text.place_datelines import place_words

# A place (one to five words) and a comma (none after a place in capitals), the day and month
# either way round, no year, then an agency in brackets, a dash or a colon: "Rabat, May 03 -",
# "RIYADH May 7 (TNS):".
_YEARLESS_DATELINE = re.compile(
    rf"(?P<place>[^\W\d_][^,،:(\d]{{0,40}}?)\s*(?P<comma>[,،])?\s+(?:le\s+)?"
    rf"(?:(?P<d1>{DAY_NUMBER})\s+(?P<m1>{MONTH_WORD})|(?P<m2>{MONTH_WORD})\s+(?P<d2>{DAY_NUMBER}))"
    r"(?![^\W\d_])(?!\s*,?\s*\d)\s*(?:\([^()\d]{2,12}\)\s*)?[-–—:]",
    re.IGNORECASE)


# How far before the date line a day of the year before may lie: a dateline of late December
# under a date line of early January ("Baku, December 29" / "5 January 2027"), not a day of the
# same year after the date line (an announced day) read a year back.
_YEAR_BEFORE_DAYS = 62


def yearless_dateline_day(paragraph: str, published: dt.date) -> dt.date | None:
    """The day of a dateline without a year opening `paragraph`, in `published`'s year when on
    or before it, else in the year before when at most `_YEAR_BEFORE_DAYS` before it; None
    when the paragraph opens otherwise or the day lies after `published` (an announced day)."""
    match = _YEARLESS_DATELINE.match(paragraph)
    if match is None or not place_words(match["place"]) or not (
            match["comma"] or match["place"].isupper()):
        return None  # a place before a comma, or in capitals: not "On May 3 - …"
    day, month = (match["d1"], match["m1"]) if match["d1"] else (match["d2"], match["m2"])
    number = MONTHS.get(month.rstrip(".").lower(), 0)
    for year in (published.year, published.year - 1):
        try:
            date = dt.date(year, number, int(re.sub(r"\D", "", day)))
        except ValueError:
            return None
        if date <= published and (date.year == published.year
                                  or (published - date).days <= _YEAR_BEFORE_DAYS):
            return date
    return None
