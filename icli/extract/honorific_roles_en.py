"""The role an honorific implies in an English text ("President Tokayev", "Minister Bourita"),
with the country or the body's acronym the text attaches to it ("Chinese President", "King … of
Morocco", "ISESCO Director-General")."""

from __future__ import annotations

import re
from functools import lru_cache

from icli.extract import country_tables
from icli.extract.patterns import CAPITAL
from icli.extract.person_names import portfolio_words

# The honorifics that are roles themselves.
_ROLE_HONORIFIC = re.compile(r"Prime Minister|Vice[- ]President|President|Minister|Ambassador|Rais|"
                             r"King|Emir|Governor|Mayor|Secretary[- ]General|(?:Deputy )?Director[- ]General")


@lru_cache(maxsize=1024)
def _honorific_role(chain: str) -> str | None:
    """A role implied by the honorific itself ('President Tokayev', 'Minister Bourita')."""
    words = _ROLE_HONORIFIC.findall(chain)
    return words[-1] if words else None


# A role's complement: a role that has one is whole before a title ("Permanent Delegate of Chad
# to ICESCO Ambassador X": "Ambassador" is X's title, not a word of the role).
_COMPLEMENT = re.compile(r"\s(?:of|for|to|at|in|on)\s")


def role_into_honorific(text: str, match: re.Match[str], role: str) -> str | None:
    """A role written right before an honorific that is a role itself, one space between
    ("Deputy" + "Minister Mr. X", "Former" + "President X"): the two as one role, as written
    ("Deputy Minister"); None otherwise, and None for a role with its complement (_COMPLEMENT),
    which the honorific does not continue."""
    words = list(_ROLE_HONORIFIC.finditer(match.group()))
    start = match.start() - 1 - len(role)
    if not words or start < 0 or text[start : match.start()] != role + " " or _COMPLEMENT.search(role):
        return None
    return text[start : match.start() + words[-1].end()]


# The honorific roles of a head of state: a person named with one inside another's role keeps it
# ("Adviser to His Majesty King Mohammed VI": King Mohammed VI's role is "King").
_HEAD_OF_STATE = frozenset({"King", "Emir", "President", "Rais"})


def head_of_state_role(chain: str) -> str | None:
    """The role of a head of state an honorific chain gives ("His Majesty King " → "King",
    "President " → "President"); None for any other honorific ("Vice-President", "Dr.")."""
    role = _honorific_role(chain)
    return role if role in _HEAD_OF_STATE else None


# A body's acronym written before its officer's title ("UN Secretary-General", "ICESCO’s DG").
_ACRONYM_OWNER = re.compile(r"[A-Z]{2,}(?:’s|'s)?")
_COUNTRY_AFTER = re.compile(rf" of ((?:the )?{CAPITAL}[\w’'\-]*(?: {CAPITAL}[\w’'\-]*){{0,3}})")


def _a_country(word: str) -> bool:
    """Whether a word is a country's name or demonym, or its possessive ("Senegal's")."""
    word = word.replace("’", "'").removesuffix("'s")
    return bool(country_tables.country_phrases().get((word,)))


def honorific_role(text: str, match: re.Match[str], end: int) -> str | None:
    """The role an honorific gives (_honorific_role) with the country the text attaches to it:
    a demonym or a portfolio before ("Chinese President Xi Jinping" → "Chinese President",
    "Culture Minister X" → "Culture Minister") or "of" and a
    country after the name ("King Mohammed VI of Morocco" → "King of Morocco")."""
    role = _honorific_role(match.group())
    if role is None:
        return None
    before = text[max(0, match.start() - 60) : match.start()].split()
    words = 0  # the portfolio's words, then a demonym, a country's or a body's owner
    while words < 3 and len(before) > words and before[-1 - words] in portfolio_words():
        words += 1
    if len(before) > words and (_a_country(before[-1 - words]) or _ACRONYM_OWNER.fullmatch(before[-1 - words])):
        words += 1
    if len(before) > words and before[-1 - words] in ("former", "Former"):
        words += 1  # "former Director General Dr. X": a past holder, said so
    if words:
        role = " ".join(before[-words:] + [role])  # "Chinese President", "ISESCO Director-General",
        # "Culture Minister", "Kazakh Foreign Affairs Minister", "Senegal's President", "former OIC
        # Secretary General"
    else:
        country = _COUNTRY_AFTER.match(text, end)
        if country and country_tables.country_phrases().get(tuple(
                re.findall(r"[\w']+", country.group(1).removeprefix("the ").replace("’", "'")))):
            role = f"{role} of {country.group(1)}"
    return role
