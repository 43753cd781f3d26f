"""Where a role given after a name ends before the next person: "and" or "et", the next
person's name (with or without an honorific), a comma and that person's own role ("Dr X, Vice
Chairman of the Council and Y, Ambassador of Z": X's role ends before "and")."""

from __future__ import annotations

import re
from typing import Callable

from icli.extract import country_tables, gazetteer
from icli.extract.patterns import CAPITAL
from icli.extract.person_names import a_name_next
from icli.extract.role_complements_fr import portfolio_words_fr

_AND = re.compile(r"\s(?:and|et)\s+")
# Capitalized words after an honorific, up to the comma before the next person's role.
_NAME_WORDS = re.compile(rf"{CAPITAL}[\w’'\-]*\.?(?:\s+{CAPITAL}[\w’'\-]*\.?){{0,4}}(?=\s*,\s)")
# Two to four capitalized words before a comma: a name written with no honorific.
_BARE_NAME = re.compile(rf"{CAPITAL}[\w’'\-]*(?:\s+{CAPITAL}[\w’'\-]*){{1,3}}(?=\s*,\s)")
_ROLE_WORDS_FR = frozenset(w.casefold() for w in gazetteer.ROLE_WORDS_FR)


def _bare_name_en(text: str, at: int) -> int | None:
    """Where a name with no honorific that starts at `at` ends (person_names.a_name_next)."""
    name = _BARE_NAME.match(text, at)
    return name.end() if name and a_name_next(text, at) else None


def _bare_name_fr(text: str, at: int) -> int | None:
    """Where a French name with no honorific that starts at `at` ends: no word of it a role's,
    a portfolio's or a country's ("et Culture Populaire, …" goes on with the role)."""
    name = _BARE_NAME.match(text, at)
    if name is None:
        return None
    words = name.group().split()
    if any(w.casefold() in _ROLE_WORDS_FR or w.casefold() in portfolio_words_fr() for w in words):
        return None
    if country_tables.country_phrases().get(tuple(name.group().replace("’", "'").split())):
        return None
    return name.end()


_BARE_NAME_END = {"en": _bare_name_en, "fr": _bare_name_fr}


def next_person_at(text: str, start: int, end: int, honorifics: re.Pattern[str],
                   role_start: Callable[[str], object], language: str) -> int | None:
    """Where, between `start` and `end`, "and"/"et" opens the next person named with a role of
    their own after a comma ("…, Director of Culture and Ms. Y, Head of Heritage"); None if it
    does not. `role_start(rest)` tells whether a role opens `rest`."""
    for joint in _AND.finditer(text, start, end):
        chain = honorifics.match(text, joint.end())
        if chain:
            name = _NAME_WORDS.match(text, chain.end())
            name_end = name.end() if name else None
        else:
            name_end = _BARE_NAME_END[language](text, joint.end())
        if name_end is None:
            continue
        comma = text.index(",", name_end) + 1
        if role_start(text[comma:].lstrip()):
            return joint.start()
    return None
