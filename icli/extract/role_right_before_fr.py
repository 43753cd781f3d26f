"""A French role word in lower case, with its article or possessive, right before an
honorific ("le ministre délégué M. X", "son adjointe Mme Y"): that person's role."""

from __future__ import annotations

import re

from icli.extract import country_tables, gazetteer
from icli.extract.patterns import trie_pattern
from icli.extract.role_complements_fr import ROLE_ADJECTIVES_FR

# A role word in lower case with its article or possessive right before an honorific ("le
# ministre délégué M. X", "son adjointe Mme Y", "le ministre malien M. Z"): an adjective of a
# role or a demonym may follow the role word.
_ROLE_RIGHT_BEFORE_FR = re.compile(
    r"(?:^|(?<=[\s,(]))(?:(?:[Ll]e|[Ll]a|[Dd]u|[Aa]u)\s+|[Ll][’']|(?P<possessive>[Ss]on|[Ss]a)\s+)"
    r"(?P<role>(?:" + trie_pattern(sorted(gazetteer.ROLE_WORDS_FR)) + r")"
    r"(?:\s+(?P<adjective>[a-zà-ÿœ]+))?) $")
_ROLE_WORD_ADJECTIVES_FR = frozenset(w.casefold() for w in ROLE_ADJECTIVES_FR)


def role_right_before_fr(text: str, start: int) -> str | None:
    """The role in lower case right before an honorific at `start` (_ROLE_RIGHT_BEFORE_FR),
    with its possessive ("son adjointe"), without its article; None if none."""
    match = _ROLE_RIGHT_BEFORE_FR.search(text, max(0, start - 60), start)
    if match is None:
        return None
    adjective = match.group("adjective")
    if adjective and not (adjective in _ROLE_WORD_ADJECTIVES_FR
                          or adjective in country_tables.demonyms_fr_ar()["fr"]):
        return None  # "le ministre reçoit M. X": a verb
    possessive = match.group("possessive")
    return f"{possessive} {match.group('role')}" if possessive else match.group("role")
