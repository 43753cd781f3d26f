"""Countries named by a misspelt English name of two words ("Burkina Fasso", "Guinea-Bisau"):
one consonant of the second word written twice or a double one written once, the first word
written right."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from icli.extract import country_tables
from icli.extract.mention import Mention
from icli.extract.patterns import WORD_WITH_APOSTROPHES as _WORD
from icli.extract.patterns import overlaps, trie_pattern, word_starts


@lru_cache(maxsize=1)
def _misspelt_phrases() -> dict[tuple[str, ...], str]:
    """Country names of two words with the second misspelt by a consonant written twice or a
    double consonant written once ("Burkina Fasso", "Guinea-Bisau") → the country; not a
    spelling that is another phrase's, or two countries'. (Names of more words, "Republic of
    …", are left out: scanning for their first words cost more than they find.)"""
    phrases = country_tables.country_phrases()
    codes: dict[tuple[str, ...], set[str]] = {}
    for words, code in phrases.items():
        for n, word in enumerate(words[1:] if len(words) == 2 else (), start=1):
            for variant in _doubled_or_undoubled(word) if len(word) >= 4 and word[:1].isupper() else ():
                codes.setdefault((*words[:n], variant, *words[n + 1 :]), set()).add(code)
    return {words: next(iter(found)) for words, found in codes.items()
            if len(found) == 1 and words not in phrases}


@lru_cache(maxsize=1)
def _misspelt_start() -> re.Pattern[str]:
    """Matches a misspelt country name (_misspelt_phrases)."""
    return re.compile(trie_pattern(("\0".join(words) for words in _misspelt_phrases()),
                                   pieces={"\0": r"[^\w'’]+"}, end=r"(?![\w'’])"))


def add_misspelt(text: str, skip: Collection[tuple[int, int]], found: dict[str, Mention]) -> None:
    """Add to `found` the countries `text` names by a misspelt name of two words
    (_misspelt_phrases: "Burkina Fasso"), outside the `skip` spans, in place of a country read
    inside it ("Guinea-Bisau"): rule `country.en.misspelt`."""
    for match in word_starts(_misspelt_start(), text):
        code = _misspelt_phrases().get(tuple(w.replace("’", "'") for w in _WORD.findall(match.group())))
        start, end = match.span()
        if code is None or code in found or overlaps(start, skip):
            continue
        for shorter in [c for c, m in found.items() if start <= m.start < end]:
            del found[shorter]  # "Guinea-Bisau" is no Guinea
        found[code] = Mention("country", code, country_tables.country_display_names().get(code, code),
                              code, None, match.group(), start, end, rule="country.en.misspelt")


def _doubled_or_undoubled(word: str) -> list[str]:
    """`word` with one inner consonant written twice, or one double consonant written once."""
    variants = []
    for i in range(1, len(word)):
        letter = word[i]
        if not letter.isalpha() or letter.casefold() in "aeiouy":
            continue
        if word[i - 1] == letter:
            variants.append(word[:i] + word[i + 1 :])  # "Bissau" → "Bisau"
        elif word[i + 1 : i + 2] != letter:
            variants.append(word[:i + 1] + word[i:])  # "Faso" → "Fasso"
    return variants
