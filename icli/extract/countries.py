"""Countries named in an article's text: names, formal names and demonyms."""

from __future__ import annotations

import re
from functools import lru_cache

from icli import gazetteer
from icli.extract.mention import Mention
from icli.extract.patterns import overlaps, trie_pattern, word_starts

_WORD = re.compile(r"[\w'’]+")


@lru_cache(maxsize=1)
def _country_phrase() -> re.Pattern[str]:
    """Matches a whole country name or demonym, longest first, its words separated as _WORD
    separates them ("Saudi Arabia", "Republic of Korea", "Emirati"); "\\0" in the trie stands
    for the break between two words."""
    return re.compile(trie_pattern(
        ("\0".join(words) for words in gazetteer.country_phrases()),
        pieces={"\0": r"[^\w'’]+", "'": "['’]"},
        end=r"(?![\w'’])",  # a phrase ends only where a word does
    ))


def extract_countries(text: str, skip: list[tuple[int, int]]) -> list[Mention]:
    """Countries named (name, formal name, demonym), not inside people's or companies' names.

    One regex matches every phrase, longest first; a phrase followed by a word such as
    "Airlines" or "River" names something else.
    """
    found: dict[str, Mention] = {}
    for match in word_starts(_country_phrase(), text, "'’"):
        words, code = _phrase_code(match.group())
        start, end = match.span()
        following = _WORD.search(text, end)
        if code in found or overlaps(start, skip) or (
                following and following.group().casefold() in gazetteer.NOT_COUNTRY_AFTER):
            continue
        found[code] = Mention(
            "country", code, gazetteer.country_display_names().get(code, words[0]), code, None,
            " ".join(words), start, end)
    return list(found.values())


@lru_cache(maxsize=4096)
def _phrase_code(matched: str) -> tuple[tuple[str, ...], str]:
    """The words of a phrase _country_phrase matched, as the gazetteer spells them, and its
    country's code."""
    words = tuple(word.replace("’", "'") for word in _WORD.findall(matched))
    return words, gazetteer.country_phrases()[words]
