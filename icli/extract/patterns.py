"""What the extractors share: the capital letters a name starts with, the Arabic particles that
follow a first name, the one trie builder for word lists, and scanning helpers."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

import regex

# The letters a name's word starts with: the Latin letters (Basic Latin to Latin Extended-B,
# U+0041–U+024F) that Unicode calls upper or title case (the `regex` package's \p{Lu} and
# \p{Lt}), so "Ş", "Ā" and "Ž" are capitals and "ş", "ā" and "ž" are not.
CAPITALS = frozenset(ch for ch in map(chr, range(0x41, 0x250))
                     if regex.match(r"[\p{Lu}\p{Lt}]", ch))
CAPITAL = "[" + "".join(sorted(CAPITALS)) + "]"  # as a regex class

# What a parenthesis right after a role may hold and stay the role's (its inside, without the
# brackets): one to four capitalized words, a body's acronym ("(ICESCO)", "(BIE- Unesco)"), a
# country ("(Tunisia)", "(Côte d’Ivoire)") or a field ("(Higher Education)"). Lower case or a
# digit inside ("(who …)", "(2019)") is a clause of the sentence, where the role ends.
ROLE_QUALIFIER = (rf"(?:d[’'])?{CAPITAL}[\w’'.\-]*(?:[\s\-]+(?:d[’'])?{CAPITAL}[\w’'.\-]*){{0,3}}")

# Arabic particles that follow a person's first name ("المختار ولد أجاي", "سالم بن محمد"): the
# word before one starts a name, not a body's or a role's words.
AFTER_FIRST_NAME_AR = frozenset({"بن", "بنت", "ابن", "ولد"})

# Mentions of one kind taken from one text at most: no article names more, and the rules that
# compare mentions with each other stay linear in the text.
MAX_MENTIONS = 200

# A word with its apostrophes ("People's", "d’Ivoire"), as country phrases are split.
WORD_WITH_APOSTROPHES = re.compile(r"[\w'’]+")


_ACRONYM = re.compile(rf"^{CAPITAL}[A-Za-z0-9À-ÿİı&\-]{{1,11}}$")


def is_acronym(token: str) -> bool:
    """Whether a token reads as an organization's acronym: a capital, then up to 11 letters,
    digits, "&" or "-", two capitals at least ("UNESCO", "IsDB", "KSrelief")."""
    return token[:1].isupper() and bool(_ACRONYM.match(token)) and sum(
        c.isupper() for c in token) >= 2


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


def by_first_letter(alternatives: Iterable[str]) -> str:
    """An alternation of regexes that each start with a literal letter, grouped by that letter:
    the same matches (alternatives that start differently never compete), but the engine
    tries one group at a position instead of every alternative."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()) + ")"


def word_starts(pattern: re.Pattern[str], text: str, not_after: str = "",
                starts: re.Pattern[str] | None = None) -> Iterator[re.Match[str]]:
    """Like pattern.finditer(text), keeping only matches that do not start inside a word (nor
    right after a character of `not_after`); with `starts`, a pattern of the places a match
    may start, the text is scanned for those and `pattern` only tried there.

    The check is made here rather than by a leading look-behind in the pattern: SRE then scans
    for the pattern's possible first characters, several times faster. SRE knows those only
    for a pattern that opens with a letter or a class, or an alternation of literal-led
    branches (patterns.by_first_letter); `starts` gives them for any other.
    """
    position = 0
    while match := (starts or pattern).search(text, position):
        start = match.start()
        if (inside_word(text, start) or start and text[start - 1] in not_after
                or starts and (match := pattern.match(text, start)) is None):
            position = start + 1
            continue
        yield match
        position = max(match.end(), start + 1)


def literal_not_after(literal: str, before: str = r"\w") -> str:
    """A regex of `literal` not right after a character of the class `before`, with the
    look-behind after its first character: SRE scans for that character, where a pattern that
    opens with the look-behind (`(?<!\\w)UNESCO`) is tried at every position, 25 times slower."""
    return rf"{re.escape(literal[:1])}(?<!{before}.){re.escape(literal[1:])}"


def literal_starts(pattern: re.Pattern[str], words: Iterable[str], text: str) -> Iterator[re.Match[str]]:
    """word_starts(pattern, text) for a pattern whose every match starts with one of `words`:
    each word is found by str.find and the pattern tried there only. Cheaper than the engine's
    scan when the words start with letters found everywhere (lower-case ones), where the
    engine tries a match at almost every position."""
    resume = 0
    for start in sorted({at for word in words for at in positions(text, word)}):
        if start < resume or inside_word(text, start):
            continue
        match = pattern.match(text, start)
        if match:
            yield match
            resume = max(match.end(), start + 1)


def ending_at(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """pattern.search(text, start, end) for a pattern that ends with `$` (a match ends at `end`:
    what comes right before a name). The engine tries such a pattern at every position of the
    window; the same pattern compiled backwards by the `regex` package (`_backwards`) is tried
    once, from `end`, and the search made only when it matches there (it matches exactly when
    the search finds a match: the same pattern, read the other way)."""
    if _backwards(pattern.pattern, pattern.flags).match(text, start, end) is None:
        return None
    return pattern.search(text, start, end)


@lru_cache(maxsize=64)
def _backwards(source: str, flags: int) -> regex.Pattern[str]:
    """A pattern's text compiled by the `regex` package to match backwards (REVERSE), with its
    `flags`. (Cached by text and flags, not by the compiled pattern: hashing one hashes all its
    compiled code, 14 µs for partner_contexts' patterns, at every lookup.)"""
    return regex.compile(source, flags & (re.I | re.M | re.S | re.X) | regex.REVERSE)


def positions(text: str, written: str, apart: bool = False) -> list[int]:
    """Where `written` (a character or a phrase) stands in `text`, in order; with `apart`, only
    places that do not overlap an earlier one (re.finditer(re.escape(written), text)'s starts,
    without building and scanning a pattern)."""
    step = len(written) if apart and written else 1
    found, at = [], text.find(written)
    while at >= 0:
        found.append(at)
        at = text.find(written, at + step)
    return found


def comma_or_parenthesis(comma: re.Pattern[str], parenthesis: re.Pattern[str],
                         text: str) -> list[re.Match[str]]:
    """The matches of `comma` (a pattern that starts with a comma) and of `parenthesis` (one
    that starts with " (", tried where str.find finds that), in text order. Two patterns: one
    that opens with either makes the engine try every position, five times slower."""
    opened = [m for at in positions(text, " (") if (m := parenthesis.match(text, at))]
    found = list(comma.finditer(text))
    return sorted(found + opened, key=lambda m: m.start()) if opened else found


def inside_word(text: str, position: int) -> bool:
    """Whether the character before `position` is a word character (as regex \\w)."""
    return position > 0 and (text[position - 1].isalnum() or text[position - 1] == "_")


def overlaps(position: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether `position` falls inside one of `spans` (start inclusive, end exclusive).
    (A loop, not any() over a generator: half the time, and the extractors ask it often.)"""
    for start, end in spans:
        if start <= position < end:
            return True
    return False


class Spans:
    """Spans of a text (start inclusive, end exclusive), overlapping ones merged, asked whether
    a position falls inside one in logarithmic time (`overlaps` reads every span)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            if self._ends and start <= self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], end)
            elif start < end:
                self._starts.append(start)
                self._ends.append(end)

    def __contains__(self, position: int) -> bool:
        i = bisect.bisect_right(self._starts, position) - 1
        return i >= 0 and position < self._ends[i]

    def add(self, start: int, end: int) -> None:
        """Add a span, merged with those it overlaps."""
        i = bisect.bisect_left(self._ends, start)  # the first span that ends at or after start
        j = bisect.bisect_right(self._starts, end)  # spans [i, j) touch the new one
        if i < j:
            start, end = min(start, self._starts[i]), max(end, self._ends[j - 1])
        self._starts[i:j] = [start]
        self._ends[i:j] = [end]

    def covers(self, start: int, end: int) -> bool:
        """Whether [start, end) lies inside one span."""
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and end <= self._ends[i]
