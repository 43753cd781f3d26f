"""What the extractors share: the capital letters a name starts with, the one trie builder for
word lists, and scanning helpers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

# The letters a name's word starts with: Latin capitals, accented ones included.
_CAPITAL_RANGES = (("A", "Z"), ("À", "Ö"), ("Ø", "Þ"), ("Ā", "Ž"))
CAPITALS = frozenset(chr(c) for low, high in _CAPITAL_RANGES for c in range(ord(low), ord(high) + 1))
CAPITAL = "[" + "".join(f"{low}-{high}" for low, high in _CAPITAL_RANGES) + "]"  # as a regex class

# Mentions of one kind taken from one text at most: no article names more, and the rules that
# compare mentions with each other stay linear in the text.
MAX_MENTIONS = 200


def trie_pattern(phrases: Iterable[str], pieces: Mapping[str, str] | None = None,
                 end: str = "") -> str:
    """A regex alternation of `phrases` factored by common prefixes (far faster than a|b|c).

    `pieces` maps a character to the regex that stands for it (default: the character
    escaped); `end`, if given, is required after a whole phrase (the phrase's own end is then
    one branch among the longer phrases, tried last, so the longest phrase wins).
    """
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    pieces = pieces or {}

    def build(node: dict[str, dict]) -> str:
        branches = [pieces.get(char, re.escape(char)) + build(child)
                    for char, child in sorted(node.items()) if char]
        if end:
            if "" in node:
                branches.append(end)
            return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie) if end else "(?:" + build(trie) + ")"


def by_first_letter(alternatives: list[str]) -> str:
    """An alternation of regexes that each start with a literal letter, grouped by that letter:
    the same matches (alternatives that start differently never compete), but the engine
    tries one group at a position instead of every alternative."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()) + ")"


def word_starts(pattern: re.Pattern[str], text: str, not_after: str = "") -> Iterator[re.Match[str]]:
    """Like pattern.finditer(text), keeping only matches that do not start inside a word (nor
    right after a character of `not_after`).

    The check is made here rather than by a leading look-behind in the pattern: SRE then scans
    for the pattern's possible first characters, several times faster.
    """
    position = 0
    while match := pattern.search(text, position):
        start = match.start()
        if inside_word(text, start) or start and text[start - 1] in not_after:
            position = start + 1
            continue
        yield match
        position = max(match.end(), start + 1)


def inside_word(text: str, position: int) -> bool:
    """Whether the character before `position` is a word character (as regex \\w)."""
    return position > 0 and (text[position - 1].isalnum() or text[position - 1] == "_")


def overlaps(position: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether `position` falls inside one of `spans` (start inclusive, end exclusive)."""
    return any(start <= position < end for start, end in spans)
