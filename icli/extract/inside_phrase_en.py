"""Whether capitalized words in an English text continue the phrase before them (a body's or
a role's name: "Minister of Higher Education and Scientific Research"), not a person's name."""

from __future__ import annotations

import re

from icli.extract.next_person import next_person_at
from icli.extract.person_names import LIST_COMMA_EN, TOKEN

# Lower-case words after which capitalized words continue a body's or a role's name ("Minister
# of Higher Education and Scientific Research"), not a person's.
_OF_PHRASE = {"of", "for", "the"}


def inside_a_phrase(text: str, start: int, honorifics: re.Pattern[str],
                    role_start: re.Pattern[str]) -> bool:
    """Whether capitalized words at `start` (a name with no honorific) continue the phrase
    before them: after "the", after "of" or "for" that follow a capitalized word ("Ministry of
    …"; not "the address of X"), or after "and" that joins them to capitalized words
    that follow one of these ("of Higher Education and Scientific Research"), the items of a
    list before them included ("of National Education, Vocational Training and Scientific
    Research": LIST_COMMA_EN)."""
    at = max(0, start - 160)
    words = [(word.start(), word.group()) for word in TOKEN.finditer(text, at, start)]
    if words and words[-1][1] == "and":
        if next_person_at(text, words[-1][0] - 1, start, honorifics, role_start.match, "en") is not None:
            return False  # "… of the Council and Leila Mansour, Ambassador of …": the next person
        words.pop()
        while words and words[-1][1][:1].isupper():
            position, word = words[-1]
            if word.endswith(",") and not LIST_COMMA_EN.match(text, position + len(word) - 1):
                break
            words.pop()
    if len(words) > 1 and words[-1][1] in ("of", "for") and words[-2][1][:1].islower():
        return False  # "the address of X, Secretary-General of …": a common noun's complement
    return bool(words) and words[-1][1] in _OF_PHRASE
