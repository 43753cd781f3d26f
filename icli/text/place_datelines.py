"""Place date lines: a place, then a colon or a comma, then a date ("Rabat: 17/05/2019", "Rabat:
29 October 2025", "Rabat, 3 March 2026", "MOROCCO, May 3 - 3 May 2024, 10:15"), and the words
a place is written with (`place_words`). The date after the place is read by
`dates.parse_dateline`.
"""

from __future__ import annotations

import datetime as dt
import re

from icli.text.dates import DAY_NUMBER, MONTH_WORD, dateline_text, parse_dateline

# "Rabat: 17/05/2019", "Bandar Seri Begawan/Brunei-Darussalam: 02/04/2019", "Rabat: 29 October
# 2025", "الرباط:2019/03/19": a place (any name, with spaces, slashes, hyphens), a colon, then a
# date: numeric, day first or year first (old-site pages), or any form a date line takes.
PLACE_DATELINE_RE = re.compile(
    r"^\s*(?P<place>[^\W\d][\w .’'/\-]{0,80}?)\s*:\s*"
    r"(?:(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})\s*$"
    r"|(?P<year>(?:19|20)\d{2})/(?P<month>\d{1,2})/(?P<day>\d{1,2})\s*$|(?P<written>\S.*))"
)
# Before the colon of a deadline's, schedule's or founding's label, not a place's: "Deadline: …",
# "Clôture des candidatures : …", "موعد المؤتمر: …", "Founded: 12 May 1982" (issue 21, s. 22).
_NOT_PLACE = re.compile(
    r"\b(?:deadlines?|due|until|closing|submissions?|registrations?|applications?|expir\w*|ends?|starts?"
    r"|opening|from|to|dates?|next|sessions?|webinars?|délai|clôture|ouverture|candidatures?|inscriptions?|founded"
    r"|established|soumission|jusqu|prochaine?|séance|webinaires?|fondée?|créée?|تأسست?|آخر أجل|(?:ال)?(?:موعد|تسجيل|ترشح|افتتاح|جلسة|تأسيس))\b",
    re.IGNORECASE)

# The words of a place before a comma dateline: capitalized (or in a script without case), with
# the small words place names hold ("Bandar Seri Begawan", "Dar es Salaam", "Abu Dhabi, UAE").
_PLACE_WORD = re.compile(r"^(?:[^\W\d_](?<![a-z\u00df-\u00ff])[\w’'.\-]*|de|du|des|la|le|es|el|al|of)$")
_COMMA = re.compile("[,،]")


def place_words(text: str) -> bool:
    """Whether `text` is written as a place's name: one to five words of a place, commas aside
    ("Rabat", "Abu Dhabi, UAE", "الرباط")."""
    words = _COMMA.sub(" ", text).split()
    return 0 < len(words) <= 5 and all(map(_PLACE_WORD.match, words))


# A wire's day of filing, without a year, between its place and the full date of publication:
# "AZERBAIJAN, December 24 - 24 December 2022, 20:35".
_FILED_DAY = re.compile(
    rf"\s*(?:{DAY_NUMBER}\s+{MONTH_WORD}|{MONTH_WORD}\s+{DAY_NUMBER})\s*[-–—]\s*", re.IGNORECASE)


def _place_comma_dateline(line: str) -> dt.date | None:
    """The date of "Rabat, 3 March 2026", "Abu Dhabi, UAE, March 3, 2026", "Rabat, le 3 mars
    2026", "الرباط، 3 مارس 2026": one to five words of a place, a comma, then a whole date (a
    wire's yearless day of filing and a dash may stand before it: `_FILED_DAY`)."""
    for comma in _COMMA.finditer(line):
        if not place_words(line[: comma.start()]):
            return None
        filed = _FILED_DAY.match(line, comma.end())
        date = parse_dateline(line[filed.end() if filed else comma.end():])
        if date is not None:
            return None if _NOT_PLACE.search(line[: comma.start()]) else date
    return None


def parse_place_dateline(line: str) -> dt.date | None:
    """Return the date of a place line ("Rabat: 17/05/2019", "Rabat: 29 October 2025", "Rabat,
    3 March 2026"), else None (also for a deadline or schedule line such as "Deadline: 30 May
    2025")."""
    if len(line) > 100:
        return None
    line = dateline_text(line)
    match = PLACE_DATELINE_RE.match(line)
    if not match:
        return _place_comma_dateline(line)
    if _NOT_PLACE.search(match["place"]):
        return None
    if match["written"] is not None:
        return parse_dateline(match["written"])
    day, month, year = (match["d"], match["m"], match["y"]) if match["y"] else (
        match["day"], match["month"], match["year"])
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
