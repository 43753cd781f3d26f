"""English bodies whose name has no head noun but the shape of a call, a capitalized word,
"the" and one or two capitalized words ("Save the Children"), where the sentence makes a body
of it: rule partner.en.headless."""

from __future__ import annotations

import re
from collections.abc import Collection

from icli.extract import country_tables, gazetteer
from icli.extract.mention import Mention
from icli.extract.patterns import overlaps
from icli.text.dates import MONTHS
from icli.text.normalize import name_norm

# A capitalized word, "the", one or two capitalized words, then a lower-case word, punctuation
# or the line's end (a longer run of capitals is a heading, not a name), after what makes a body
# of it (_OPENS_BODY): a word such as with, by, from, of, to, at, and; a comma (an item of a
# list); a sentence's, a line's or the text's start. What comes before is checked once a name
# is found: a search starting with those look-behinds tried every position (0.4 ms an article).
_HEADLESS = re.compile(
    r"([A-Z][a-z]{2,}) the ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[ ,.;:)][^A-Z]|[,.;:)]?$)", re.MULTILINE)
_OPENS_BODY = re.compile(r"(?:\b(?:with|from|and|by|of|to|at) |, |[.!?] |\n|^)\Z")
# After such a name: an apposition saying what it is, an event or a series ("Meet the Artists,
# a series of talks"; gazetteer.EVENT_HEADS, singular or plural).
_APPOSITION = re.compile(r",\s+(?:an?|the)\s+([a-z]+)(?:\s+([a-z]+))?\b")


def _opens_body(text: str, start: int) -> bool:
    """Whether what comes before `start` makes a body of the name there (_OPENS_BODY)."""
    return _OPENS_BODY.search(text, max(0, start - 6), start) is not None


def _an_event(text: str, end: int) -> bool:
    """Whether the name ending at `end` is described right after it as an event or a series,
    its first or second word ("…, an exhibition of photographs", "…, a new series of talks")."""
    apposition = _APPOSITION.match(text, end)
    if apposition is None:
        return False
    heads = {word.capitalize() for word in apposition.groups() if word}
    return any(head in gazetteer.EVENT_HEADS or head.endswith("s") and head[:-1] in gazetteer.EVENT_HEADS
               for head in heads)


def _a_name_word(word: str) -> bool:
    """Whether a capitalized word can be a word of such a name: no sentence opener or
    connector ("Under", "Meanwhile"), heading verb, title, role, head, month, weekday, country
    or demonym, adverb in -ly or participle in -ing/-ed ("Following the Meeting"), nor a page's
    call to its reader ("Watch the Video")."""
    return not (word in gazetteer.LEADING_NOISE or word in gazetteer.CALLS_TO_READERS or word in gazetteer.NOT_NAME_WORDS
                or word in gazetteer.ROLE_WORDS or word in gazetteer.ORG_HEADS
                or word in gazetteer.TITLES_BEFORE_BODIES or word.casefold() in MONTHS
                or word.endswith(("ly", "ing", "ed", "day"))
                or (word,) in country_tables.country_phrases())


def extract_headless(text: str, taken: Collection[tuple[int, int]]) -> list[Mention]:
    """Bodies named "Word the Word(s)" ("in partnership with Save the Children", "Save the
    Children hosted …") outside the spans already `taken` (other partners, people); not a
    page's call to its reader ("Watch the Video …") nor an event or a series described as one
    right after its name ("Meet the Artists, a series of talks")."""
    found: dict[str, Mention] = {}
    position = 0
    while (match := _HEADLESS.search(text, position)) is not None:
        if not _opens_body(text, match.start()):
            position = match.start() + 1
            continue
        position = match.end()
        words = [match.group(1), *match.group(2).split()]
        if (overlaps(match.start(), taken) or overlaps(match.end() - 1, taken)
                or not all(_a_name_word(w) for w in words) or _an_event(text, match.end())):
            continue
        name = match.group()
        found.setdefault(name_norm(name), Mention(
            "partner", name_norm(name), name, None, None, name, match.start(), match.end(),
            rule="partner.en.headless"))
    return list(found.values())
