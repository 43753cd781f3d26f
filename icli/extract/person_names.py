"""Latin-script people's names in English and French text: the name that starts at a position, the
capitalized words of a name that ends at one."""

from __future__ import annotations

import re

from icli.extract import gazetteer
from icli.extract.patterns import CAPITAL, CAPITALS, overlaps

TOKEN = re.compile(r"\S+")  # a word as whitespace separates it
_NAME_WORD = rf"{CAPITAL}(?:[\w’'\-]+|\.)"  # a word or an initial
_NAME_BEFORE = re.compile(
    rf"(?<![\w.’'-])({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|"
    r"bin|bint|ibn|al|el|Al|El|Ould|ould|de|van|Abu|Abd)){1,5})$"
)
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")


def _is_initial(token: str) -> bool:
    """'M.', as in 'Salim M. AlMalik'."""
    return len(token) == 2 and token[1] == "." and token[0] in CAPITALS


def name_at(text: str, start: int) -> tuple[str, int]:
    """The person's name that starts at `start` and where it ends; '' when none does."""
    words: list[str] = []
    end = start
    for match in TOKEN.finditer(text, start, min(len(text), start + 160)):
        token = match.group()
        if _is_initial(token):
            words.append(token)
            end = match.end()
            continue
        core = token.rstrip(",.;:)”\"!?")
        stop = core != token
        for suffix in ("’s", "'s"):
            if core.endswith(suffix):
                core, stop = core[: -len(suffix)], True
        lowered = core.casefold()
        if lowered in gazetteer.NAME_PARTICLES or core[:3] in ("al-", "el-") and core[3:4] in CAPITALS:
            words.append(core)
        elif core[:1] in CAPITALS and core not in gazetteer.NOT_NAME_WORDS and not core.isupper():
            words.append(core)
        elif core[:1] in CAPITALS and core.isupper() and len(core) <= 2 and core not in ("HE",):
            words.append(core)  # "Mohammed VI", a short capital in a name
        else:
            break
        end = match.start() + len(core)
        if stop:
            break
    while words and words[-1].casefold() in gazetteer.NAME_PARTICLES:
        words.pop()
    while words and words[0].casefold() in gazetteer.NAME_START_NOT:
        words.pop(0)
    name = " ".join(words)
    return (name, end) if _TWO_LETTERS.search(name) else ("", start)


def words_before(text: str, position: int, taken: list[tuple[int, int]]
                  ) -> tuple[list[str], int, int] | None:
    """The capitalized words of a name ending right before `position` (searched in its last six
    words within 90 characters), where they start and end; None if none, or inside a `taken`
    span."""
    match = _NAME_BEFORE.search(text, last_words(text, max(0, position - 90), position), position)
    if match is None or overlaps(match.start(1), taken):
        return None
    return match.group(1).split(), match.start(1), match.end(1)


def last_words(text: str, start: int, end: int) -> int:
    """Where the last six words of text[start:end] begin (words as split by whitespace).

    A _NAME_BEFORE match is at most six words separated by spaces, so it starts there or
    later: searching from there finds the same match, with fewer positions tried.
    """
    window = text[start:end]
    before = window.rsplit(None, 6)
    if len(before) < 7:
        return start
    rest = window[len(before[0]) :]
    return end - len(rest.lstrip())

