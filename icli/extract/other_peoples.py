"""A country word that names another people: "Latin Americans", "Papua New Guineans"."""

from __future__ import annotations

import re
from functools import lru_cache

from icli.extract import country_tables, gazetteer

# One or two capitalized words right before a country word ("Latin ", "Papua New ").
_CAPITALIZED_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z]+ ){1,2}$")


@lru_cache(maxsize=1)
def _longer_names() -> dict[tuple[str, ...], list[tuple[str, str]]]:
    """The words before a country name's last word → (that last word, the country's code), for
    names of two words or more ("Papua New" → ("Guinea", "PNG"))."""
    longer: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for words, code in country_tables.country_phrases().items():
        if len(words) > 1:
            longer.setdefault(words[:-1], []).append((words[-1], code))
    return longer


def another_people(text: str, start: int, word: str, code: str) -> bool:
    """Whether the one-word country word at text[start] names another people or place: after a
    qualifier (en.json `people_qualifiers`: "Latin Americans", "Native American artists"), or
    as the tail of a longer country's demonym ("Papua New Guineans", "Equatorial Guineans")."""
    before = _CAPITALIZED_BEFORE.search(text, max(0, start - 32), start)
    if before is None:
        return False
    words = tuple(before.group().split())
    if words[-1] in gazetteer.PEOPLE_QUALIFIERS and word not in country_tables.country_names():
        return True
    return any(other != code and word.startswith(last)
               for n in (1, 2) if len(words) >= n
               for last, other in _longer_names().get(words[-n:], ()))
