"""Chains of honorifics before a name in English and French ("H.E. Datuk Seri Dr. Haji Ahmad
…", "S.E. M. …"): the language's honorifics, the Malay and Bruneian titles (MALAY_HONORIFICS:
"Datuk Seri", "Tan Sri", "Dato’", "Yang Berhormat"), and after one of those the pilgrim's titles
(PILGRIM_HONORIFICS: "Haji", "Hajjah"), which elsewhere are a first name ("Mr. Haji Musa …")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from icli.extract import gazetteer
from icli.extract.patterns import by_first_letter


def honorific_chain(honorifics: Iterable[str], after: str) -> str:
    """A regex of one or more honorifics, each followed by `after` (a space, or an honorific's
    dot glued to the name): `honorifics` and the Malay titles in any order, and the pilgrim's
    titles only after a Malay title."""
    plain = by_first_letter(honorifics) + after
    malay = by_first_letter(gazetteer.MALAY_HONORIFICS) + after
    pilgrim = by_first_letter(gazetteer.PILGRIM_HONORIFICS) + after
    malay_on = f"{malay}(?:{plain}|{malay}|{pilgrim})*"
    return f"(?:(?:{plain})+(?:{malay_on})?|{malay_on})"


def honorific_start(honorifics: Iterable[str]) -> str:
    """A regex of the first honorific of a chain of honorific_chain(honorifics, …), what a
    scan looks for (patterns.word_starts's `starts`)."""
    return by_first_letter([*honorifics, *gazetteer.MALAY_HONORIFICS])


# A personal honorific, then a title that is also a given name ("Prof. Emir X", "Dr. Imam X");
# a sheikh's title after a courtesy honorific ("M. Cheikh X", "Mr. Sheikh X": alone, or after
# Dr. or Prof., as scholars' titles stack, "Dr. Sheikh X", it stays a title).
_GIVEN_NAME_TITLE = re.compile(r"\b(?:Dr|Mr|Ms|Mrs|Prof|Professor|Mme|M)\b\.?\s+(?:\S+\s+)*?"
                               rf"({by_first_letter(gazetteer.ROLE_WORDS_IN_NAMES)})\s+$"
                               r"|\b(?:Mr|Ms|Mrs|Mme|M)\b\.?\s+(?:\S+\s+)*?(Sheikh|Shaikh|Cheikh)\s+$")


def given_name_title(chain: str) -> int | None:
    """Where in an honorific chain its last title starts, if that title follows a personal
    honorific and is also a given name ("Mr. Emir Hadžić", "Dr. Imam Hossain"): the name
    starts there, not after it."""
    match = _GIVEN_NAME_TITLE.search(chain)
    return match.start(match.lastindex or 0) if match else None


def name_start(chain: re.Match[str]) -> int:
    """Where the name after a matched honorific chain starts: after the chain, or at its last
    title where that title is a given name (given_name_title: "M. Cheikh Hamidou Kane")."""
    given = given_name_title(chain.group())
    return chain.end() if given is None else chain.start() + given
