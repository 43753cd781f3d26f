"""English bodies an article names only in its background: every sentence that names the body
tells of a year before the article's ("has been held since 1950 under the auspices of X", "He
was elected to X in 1966"), so the body acted in the history the article recalls, not in the
event it reports (docs/contract.md: a partner acts in the article). The article's year is its
date's (an undated article is not judged); a sentence that also tells the article's own time
("on Monday", "today", "this year") and a likeness ("As in 2024, …") are no history. A year in
a clause that describes a thing rather than tells the sentence's event (date_clauses.past_clause: "X, founded in 1998, hosted …", "the
projects, launched by ICESCO in 2024 in partnership with X, …") does not count."""

from __future__ import annotations

import re

from icli.extract.mention import Mention
from icli.extract.partner_contexts import named_places
from icli.extract.patterns import ending_at
from icli.text.date_clauses import PAST, SENTENCE_STOP, last_end_before, past_clause
from icli.text.dates import WEEKDAYS

# A year (its first digit a literal class: the engine scans for "1" and "2", rare in text), and
# the word before it that makes it a time told: "in 1966", "since 1950".
_YEAR = re.compile(r"[12](?<!\w.)[089]\d\d\b")
_YEAR_BEFORE = re.compile(r"(?<![Aa]s\s)\b(?:[Ii]n|[Ss]ince)\s+$")  # not "As in 2024, …": a likeness
_CENTURIES = frozenset({"18", "19", "20"})
_NEAR = 240  # characters around a body's first name read for a year
# Words that tell the article's own event in a sentence ("partners since 2020, organized on
# Monday a workshop"): that sentence is no history.
_NOW = re.compile(r"(?i)\b(?:today|yesterday|tomorrow|this\s+(?:year|week|month)|currently|now|"
                  + "|".join(name for name in WEEKDAYS if name.isascii() and name.isalpha() and name.endswith("day")) + r")\b")


def without_history_only(partners: list[Mention], text: str, date: str | None) -> list[Mention]:
    """`partners` without those every sentence naming them (by any of their names) tells of a
    year before the article's, none of its own or after."""
    if date is None:
        return partners  # no year of its own to compare with ("the 2030 Agenda" is none)
    suspects = [m for m in partners if _year_near(text, m.start, m.end)]
    if not suspects:
        return partners  # most bodies: no year where the text first names them
    years = [(m.start(), m.end(), int(m.group())) for m in _YEAR.finditer(text)
             if m.group()[:2] in _CENTURIES]
    now = int(date[:4])
    years = [(at, end, year) for at, end, year in years if ending_at(_YEAR_BEFORE, text, max(0, at - 8), at)]
    told = [(at, year) for at, end, year in years if year >= now or _tells_history(text, at, end)]
    if not any(year < now for _, year in told):
        return partners
    return [m for m in partners if not (m in suspects and _only_in_history(m, text, told, now))]


def _year_near(text: str, at: int, end: int) -> bool:
    """Whether a year is written within _NEAR characters of text[at:end] (a quick test before
    the whole text's years and sentences are read: a longer sentence is let pass)."""
    return _YEAR.search(text, max(0, at - _NEAR), end + _NEAR) is not None


def _tells_history(text: str, at: int, end: int) -> bool:
    """Whether the year at text[at:end] dates its sentence's own verb or a past perfect, not a
    clause describing a thing (a participle or relative clause: past_clause)."""
    clause = past_clause(text, at, end)
    return clause is None or clause == (PAST, at)


def _only_in_history(partner: Mention, text: str, years: list[tuple[int, int]], now: int) -> bool:
    """Whether every sentence of `text` naming `partner` holds a year of `years` before `now` and
    none of `now` or after."""
    places = named_places(partner, text, "en")
    if not places:
        return False
    for at, end in places:
        start = last_end_before(SENTENCE_STOP, text, at)
        stop = SENTENCE_STOP.search(text, end)
        finish = stop.start() if stop else len(text)
        told = [year for position, year in years if start <= position < finish]
        if not told or max(told) >= now or _NOW.search(text, start, finish):
            return False
    return True
