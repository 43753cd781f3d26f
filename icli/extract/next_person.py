"""Where a role given after a name ends before the next person: "and" or "et", the next
person's name (with or without an honorific), a comma and that person's own role ("Dr X, Vice
Chairman of the Council and Y, Ambassador of Z": X's role ends before "and"); what follows a
name's comma that is the next person, not a role ("X, Ambassador Y and …")."""

from __future__ import annotations

import re
from typing import Callable

from icli.extract import country_tables, gazetteer
from icli.extract.patterns import CAPITAL
from icli.extract.person_names import a_name_next, name_at, not_a_person
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


# What follows the next person's name: a comma, "and", a clause's end.
_AFTER_NEXT_NAME = re.compile(r"\s*(?:,|and\b|;|\.|$)")


def named_next(rest: str, honorifics: re.Pattern[str]) -> bool:
    """Whether `rest` (what follows a name and its comma) opens with the next person, named
    with an honorific that is also a role word ("…, Ambassador Askar Y and Ambassador Musa Z
    have been appointed"), not with a role: the name, then a comma, "and" or the clause's end."""
    chain = honorifics.match(rest)
    name, end = name_at(rest, chain.end()) if chain else ("", 0)
    return bool(name) and not not_a_person(name) and _AFTER_NEXT_NAME.match(rest, end) is not None


def and_named_next(text: str, start: int, end: int, honorifics: re.Pattern[str]) -> int | None:
    """Where, between `start` and `end`, "and" opens the next person named with an honorific
    ("… for economic affairs and Ambassador Y of Turkey as …"); None if it does not."""
    for joint in _AND.finditer(text, start, end):
        chain = honorifics.match(text, joint.end())
        name = name_at(text, chain.end())[0] if chain else ""
        if name and not not_a_person(name):
            return joint.start()
    return None
