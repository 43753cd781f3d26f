"""Whether two texts stored under one title are one article (a re-save, an edit, a fuller copy)
or two news items: by the dates they state, the word pairs they share, the persons and
countries each names and the names each has."""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterable

STATED = ("dateline", "text")  # date sources read from the article's own text
SAME_TEXT_SHARE = 0.5  # of the shorter body's word pairs found in the other: the same article
OWN_NAMES_SHARE = 0.15  # of a text's names the other lacks, on both sides: two news items
SAME_NAME_RATIO = 0.8  # difflib ratio from which a name differing by one letter is one misspelled
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_SENTENCE_END = ".!?:"
_ABBREVIATION_RE = re.compile(r"\b[A-Z][a-z]{0,2}\.$")  # "Mr.", "Dr.", "M.": no sentence's end
_OPENERS = " \t\n\"'(«“‘"  # what may stand between a sentence's end and its first word


def word_pairs(body: str) -> set[tuple[str, str]]:
    """The pairs of consecutive words of a text, case ignored."""
    words = _WORD_RE.findall(body.casefold())
    return set(zip(words, words[1:]))


def names_in(body: str, aliases: Iterable[str] = ()) -> set[str]:
    """What tells a news item from another in `body`, case ignored: its numbers, its capitalized
    words but a paragraph's or sentence's first one, and the words of `aliases` (the forms its
    extracted mentions use: the names of scripts without capitals) that the body has."""
    names: set[str] = set()
    for paragraph in body.split("\n\n"):
        for match in _WORD_RE.finditer(paragraph):
            word, start = match.group(), match.start()
            before = paragraph[max(0, start - 8):start].rstrip(_OPENERS)
            if any(c.isdigit() for c in word) or (word[0].isupper() and before and (
                    before[-1] not in _SENTENCE_END or _ABBREVIATION_RE.search(before))):
                names.add(word)
    words = set(_WORD_RE.findall(body.casefold()))
    alias_words = {word for alias in aliases for word in _WORD_RE.findall(alias.casefold())}
    return {name.casefold() for name in names} | (alias_words & words)


def _misspelled(name: str, words: set[str]) -> bool:
    """Whether `name` (no digit) is one of `words` with a letter added, dropped or changed."""
    return any(abs(len(name) - len(word)) <= 1
               and difflib.SequenceMatcher(None, name, word).ratio() >= SAME_NAME_RATIO
               for word in words)


def names_only_in(names: set[str], body: str, other_body: str) -> set[str]:
    """The `names` of `body` that `other_body` lacks: not one of its words, nor one misspelled,
    nor (the last word of a teaser cut short) the start of one."""
    words = _WORD_RE.findall(other_body.casefold())
    if not words:
        return set()
    present = set(words)
    own = _WORD_RE.findall(body.casefold())
    last = own[-1] if own else ""
    return {name for name in names - present
            if not (name == last and any(word.startswith(name) for word in present))
            and (any(c.isdigit() for c in name) or not _misspelled(name, present))}


IDENTIFYING = ("person", "country")  # the kinds of mention that tell one news item from another
Identity = tuple[str, str, str]  # a mention's (kind, key, alias): who or what, as the text wrote it


def has_own_identity(identities: Iterable[Identity], other: Iterable[Identity],
                     own_names: set[str]) -> bool:
    """Whether one of the persons or countries of `identities` is not among the `other` text's
    (by kind and key) and its alias has a word in `own_names` (names_only_in: one the other
    text lacks, not even with one letter changed)."""
    other_keys = {(kind, key) for kind, key, _ in other}
    return any(kind in IDENTIFYING and (kind, key) not in other_keys
               and any(word in own_names for word in _WORD_RE.findall(alias.casefold()))
               for kind, key, alias in identities)


def same_article(date: str | None, date_source: str | None, body: str,
                 other_date: str | None, other_source: str | None, other_body: str,
                 identities: Collection[Identity] = (),
                 other_identities: Collection[Identity] = ()) -> bool:
    """Whether two texts with the same title are one article: not when both state different
    event dates in their own text (a title that recurs, "Weekly News Roundup", on two dates),
    nor when their bodies clearly differ (less than SAME_TEXT_SHARE of the shorter one's word
    pairs in the other), nor when each names a person or country (`identities`: its
    mentions) the other lacks (has_own_identity: two audiences under one
    title, however long the lead they share), nor when each has OWN_NAMES_SHARE of its names
    (names_in) that the other lacks: two short notices with different numbers. An edit (a
    number corrected in a long text), a typo fixed, a teaser of the article or a fuller copy
    (names only one side has) is the same one."""
    if date_source in STATED and other_source in STATED and date != other_date:
        return False
    pairs, other_pairs = word_pairs(body), word_pairs(other_body)
    shorter = min(len(pairs), len(other_pairs))
    if shorter and len(pairs & other_pairs) < SAME_TEXT_SHARE * shorter:
        return False
    names = names_in(body, [alias for _, _, alias in identities])
    other_names = names_in(other_body, [alias for _, _, alias in other_identities])
    own, other_own = names_only_in(names, body, other_body), names_only_in(other_names,
                                                                           other_body, body)
    if (has_own_identity(identities, other_identities, own)
            and has_own_identity(other_identities, identities, other_own)):
        return False
    return not (len(own) >= OWN_NAMES_SHARE * len(names) > 0
                and len(other_own) >= OWN_NAMES_SHARE * len(other_names) > 0)
