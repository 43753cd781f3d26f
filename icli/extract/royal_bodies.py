"""A royal title and a name before an institution's head word name that institution, not a
person ("King Khalid University", "King Fahd Hospital", "Prince Sultan Prize")."""

from __future__ import annotations

import re

from icli.extract import gazetteer

# The titles whose bearers give their names to bodies and places.
ROYAL_TITLES = re.compile(r"Sheikh|Shaikh|King|Prince|Princess|Emir|Sultan|Queen")
# Heads of what a royal's name is given to: organizations, places, and what gazetteer lists do
# not hold as either (prizes, hospitals).
_BODY_HEADS = gazetteer.ORG_HEADS | gazetteer.PLACE_WORDS | {"Prize", "Award", "Hospital"}
_NEXT_WORD = re.compile(r"\s+(\w+)")


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
