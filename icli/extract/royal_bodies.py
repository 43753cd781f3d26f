"""A royal title and a name before an institution's head word name that institution, not a
person ("King Khalid University", "King Fahd Hospital", "Prince Sultan Prize"); so do they
after such a head ("the Grand Mosque of Sheikh Zayed", "Université Cheikh Anta Diop")."""

from __future__ import annotations

import re

from icli.extract import gazetteer

# The titles whose bearers give their names to bodies and places.
ROYAL_TITLES = re.compile(r"Sheikha?|Shaikha?|King|Prince|Princess|Emir|Sultan|Queen")
# Heads of what a royal's name is given to: organizations, places, and what gazetteer lists do
# not hold as either (prizes, hospitals).
_BODY_HEADS = gazetteer.ORG_HEADS | gazetteer.PLACE_WORDS | {"Prize", "Award", "Hospital"}
_NEXT_WORD = re.compile(r"\s+(\w+)")
# Heads a royal's name follows with "of" in English: places, buildings, prizes, schools (not
# offices or courts: "the Office of Sheikh X" is his).
_HEADS_BEFORE_EN = gazetteer.PLACE_WORDS | {
    "Prize", "Award", "Hospital", "University", "Foundation", "School", "College", "Institute",
    "Library", "Academy", "Chair"}
_HEAD_OF_BEFORE_EN = re.compile(r"(\w+)\s+of\s+(?:the\s+)?$")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_LOOK_BACK = 40  # characters before a title where the head is looked for


def royal_body(before: str, name: str, text: str, end: int) -> bool:
    """Whether `name`, ending at `end` in `text` after the words `before` (an honorific chain,
    a role), is part of a body's or a place's name: `before` ends with a royal title and the
    name holds, or is followed by, an institution's head word."""
    last = before.split()[-1] if before.split() else ""
    if not ROYAL_TITLES.fullmatch(last.rstrip(".")):
        return False
    following = _NEXT_WORD.match(text, end)
    words = name.split() + ([following.group(1)] if following else [])
    return any(word in _BODY_HEADS for word in words)


def royal_after_head(chain: str, text: str, start: int, language: str) -> bool:
    """Whether the honorific chain `chain` at `start` in `text` is a royal title that begins
    the name of a body, a building or a street after its head word: "Université Cheikh Anta
    Diop", "Grande Mosquée Cheikh Zayed", "avenue Cheikh Zayed" (French: a royal honorific,
    fr.json `royal_honorifics`, right after the head, gazetteer.NAMED_AFTER_HEADS_FR), "the
    Grand Mosque of Sheikh Zayed" (English: after the head and "of"). The title is checked
    first: the look back for a head is a regex search over a window, most chains are no
    royal title."""
    title = chain.split()[0].rstrip(".") if chain.split() else ""
    low = max(0, start - _LOOK_BACK)
    if language == "fr":
        if title not in gazetteer.ROYAL_HONORIFICS_FR:
            return False
        head = _WORD_BEFORE.search(text, low, start)
        return bool(head and head.group(1).casefold() in gazetteer.NAMED_AFTER_HEADS_FR)
    if not ROYAL_TITLES.fullmatch(title):
        return False
    head = _HEAD_OF_BEFORE_EN.search(text, low, start)
    return bool(head and head.group(1) in _HEADS_BEFORE_EN)
