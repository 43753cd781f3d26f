"""Phrases of the sentence's time inside a name or a role ("Minister of Culture of Jordan on 5
May 2026"): `without_time` cuts one off, `opens_time` tells whether words open one."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from icli.text.dates import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    import regex

# Where a phrase of the sentence's time opens inside a name or a role (docs/contract.md:
# "nothing of the sentence's time"): "منذ" ("since") before any word; "on", "from", "since",
# "le", "les", "depuis", "في", "منذ" before a day's number (or two: "5 and 6", "20 et 21") with a month, a stop or a place
# ("à Rabat") after it, a year, a month or a weekday ("on 5 May 2026", "les 20 et 21", "on Monday", "في 5 مايو");
# "du" before a span of days ("du 5 au 7 mai"); "in", "en" before a month or a year ("in May
# 2026", "en 2020"); a year or a span of years after a comma ("Director of the Centre,
# 2015-2020"). Not a number that goes on with letters ("5G", "15e", "21st"), one before another
# word ("في 12 دولة": a count), a year before a capitalized word ("on 2030 Agenda"), nor a
# date that is part of a body's name ("Université du 20 Août 1955"). Months and weekdays in
# full only: an abbreviation (four letters at most) starts a longer name ("from Mar Elias").
_FULL_NAMES = [name for name in (*MONTHS, *WEEKDAYS)
               if len(name) > 4 or not any(o != name and o.startswith(name) for o in MONTHS)]
_MONTH_OR_WEEKDAY = "|".join(sorted({w for name in _FULL_NAMES for w in (name, name.capitalize())},
                                    key=len, reverse=True))
_DAY = r"[0-9٠-٩]{1,2}(?!\w)"
_DAYS = rf"{_DAY}(?:\s*(?:-|–|and|et|au|à|و)\s*{_DAY})?"
_MONTH = rf"(?:{_MONTH_OR_WEEKDAY})(?!\w)"
_YEAR = r"(?:19|20)[0-9]{2}(?!\w)(?!\s+[A-Z])"
_TIME_PHRASE = re.compile(
    rf"\s+(?:(?:[Oo]n|[Ff]rom|[Ss]ince|[Ll]es?|[Dd]epuis|في|منذ)\s+(?:{_DAYS}"
    rf"(?=\s+{_MONTH}|\s*$|\s*[,.;،]|\s+(?:à|at|in)\b)"
    rf"|{_YEAR}|{_MONTH})"
    rf"|[Dd]u\s+{_DAY}\s*au\s+{_DAY}"
    rf"|(?:[Ii]n|[Ee]n)\s+(?:{_YEAR}|{_MONTH}))"
    rf"|\s*[,،]\s*{_YEAR}"
    r"|\s+منذ\s+\S"  # Arabic "since" opens the time whatever follows ("منذ عام 2019", "منذ تأسيسه")
)


@lru_cache(maxsize=8192)
def without_time(phrase: str) -> str:
    """`phrase` (a name or a role) up to a phrase of time that follows it: "Minister of Culture
    of Jordan on 5 and 6 May 2026" → "Minister of Culture of Jordan", "Director of the Centre,
    2015-2020" → "Director of the Centre"; the phrase itself if it holds none or opens with one.
    A phrase with no comma and no word that can open one (`may_open_time`: most roles) is
    not searched. Memoized: the same roles recur ("Director-General of ICESCO"), and the
    search, which can start at any position, costs about 2 µs a role."""
    if "," not in phrase and "،" not in phrase and not any(map(may_open_time, phrase.split())):
        return phrase
    match = _TIME_PHRASE.search(phrase)
    return phrase[: match.start()] if match and match.start() > 0 else phrase


def opens_time(word: str, following: Iterable[str]) -> bool:
    """Whether a word and the words after it (`following`, a few of them) open a phrase of time
    (as `without_time` reads one): "on" + "5 May", "le" + "5", "in" + "May"; a name ends before
    them. The words after it are read only when the word can open one (`may_open_time`; a
    caller that builds them for every word asks that first)."""
    return may_open_time(word) and bool(_TIME_PHRASE.match(f" {word} {' '.join(following)}"))


@lru_cache(maxsize=4096)
def may_open_time(word: str) -> bool:
    """Whether some words after `word` could make it open a phrase of time: _TIME_PHRASE, given
    " word " and more text after it, could still match (the `regex` package's partial match).
    True only for the pattern's own first words ("on", "les", "في", a comma, ...): the words
    of a name are looked up once each and never make opens_time read what follows them."""
    return _partial_time_phrase().match(f" {word} ", partial=True) is not None


@lru_cache(maxsize=1)
def _partial_time_phrase() -> regex.Pattern[str]:
    """_TIME_PHRASE compiled by the `regex` package, which can match partially (imported here:
    the query commands that read dates never load it)."""
    import regex

    return regex.compile(_TIME_PHRASE.pattern)
