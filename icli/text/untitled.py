"""A page saved without its title line: a browser copy that starts at the date line, at the
subtitle or at the first paragraph. `parse` reads such a page as one article when it holds
prose; its title is then taken from its text (`title_from_text`), never invented."""

from __future__ import annotations

import re
from collections.abc import Callable

from icli.text.date_clauses import SENTENCE_STOP
from icli.text.lines import date_line, ends_sentence
from icli.text.place_datelines import place_words

PROSE_WORDS = 8  # a paragraph: a sentence of at least this many words
# Running text without a stop (a copy cut mid-sentence, Arabic prose that has no full stops): a
# run of this many words, no number, link, hashtag or separator among them.
RUNNING_WORDS = 4 * PROSE_WORDS
# How many words of a run `running` judges for variety: a paragraph repeats its words more the
# longer it runs (more than half distinct at 300 words, fewer at 600), so its whole length
# would not do; "word word …" repeats from its first words.
RUNNING_WINDOW = 4 * RUNNING_WORDS
# Site titles run to about 150 characters (nine in ten English ones on the bench corpus; half
# are longer than 120).
TITLE_LENGTH = 150
_CLAUSE_FROM = 80  # a longer sentence is cut at its last comma after this many characters
ELLIPSIS = "…"


def prose(line: str) -> bool:
    """Whether a line is a paragraph: it holds a finished sentence of PROSE_WORDS words or
    more, and is not a date line. Its last sentence may be unfinished: a page saved as one
    line and cut off in the middle of a word is still text."""
    if ends_sentence(line):
        return _long(line) and date_line(line) is None
    start = 0
    for stop in SENTENCE_STOP.finditer(line):
        if _long(line[start:stop.end()]):
            return date_line(line) is None
        start = stop.end()
    return False


_RUN_BREAK = re.compile(r"\d|://|www\.|^#|^[|•·>/\\*]+$", re.IGNORECASE)
_LIST_COMMAS = (",", "،")


def running(line: str) -> bool:
    """Whether a line holds running text with no finished sentence of PROSE_WORDS words: a run
    of RUNNING_WORDS words or more between sentence stops, with no number (a listing's dates),
    web address, hashtag or separator ("|", "•", ">") among them, whose first RUNNING_WINDOW
    words vary (half of them or more distinct), are not a list (fewer than a third end with a
    comma), and, in a script with capitals, half or more of which start in lower case (a menu
    or a run of link titles is capitalized). Such a line is a paragraph cut before its first
    stop."""
    for sentence in SENTENCE_STOP.split(line):
        run: list[str] = []
        for word in [*sentence.split(), "0"]:
            if not _RUN_BREAK.search(word):
                run.append(word)
                continue
            if len(run) >= RUNNING_WORDS and _runs(run[:RUNNING_WINDOW]):
                return True
            run = []
    return False


def _runs(words: list[str]) -> bool:
    """Whether a run of words reads as a sentence (`running`): varied, not a list, and mostly
    lower case where the script has capitals."""
    if 2 * len(set(words)) < len(words) or 3 * sum(w.endswith(_LIST_COMMAS) for w in words) \
            >= len(words):
        return False
    cased = [first for first in (next(filter(str.isalpha, w), "") for w in words)
             if first.isupper() or first.islower()]
    return 2 * sum(map(str.islower, cased)) >= len(cased)


def _long(sentence: str) -> bool:
    """Whether a sentence has PROSE_WORDS words or more."""
    return len(sentence.split(None, PROSE_WORDS)) > PROSE_WORDS - 1


def untitled_start(lines: list[str], head: Callable[[str], bool]) -> int | None:
    """Where the text of a page without a title starts (`lines`: its content lines, none of
    them title-shaped), or None when it holds no prose nor `running` text (a list of links, an
    empty page).

    The date lines, the `head` lines (an event's fields) and the short lines (fewer than three
    words with a letter: what is left of a menu, a row of separators) above it are not the
    text; the first other line is, a subtitle as well as a paragraph.
    """
    if not any(prose(line) or running(line) for line in lines):
        return None
    for at, line in enumerate(lines):
        if date_line(line) is None and not head(line) \
                and sum(any(map(str.isalpha, word)) for word in line.split()) > 2:
            return at
    return None


# What ends a paragraph's dateline ("Rabat (MAP) – ", "Niamey, 5 février 2025 – ", "نواكشوط: "),
# and the news agency that may close it.
_DATELINE_END = re.compile(r"\s*[:–—]\s*|\s-\s*|-\s")
_AGENCY = re.compile(r"\s*\([^()]{1,30}\)$")


def news_lead(lines: list[str], head: Callable[[str], bool]) -> bool:
    """Whether the lines above a page's first title (`lines`, none of them title-shaped) are
    a news lead: a date line above its first paragraph, a paragraph that opens with a dateline
    (a place, perhaps its date, perhaps an agency: "Rabat, 3 March 2026 (MAP) – ", "Rabat: "),
    or more than one paragraph; and at least two sentences of PROSE_WORDS words. Not a notice,
    a caption, a note or the site's words (one paragraph with no dateline)."""
    at = untitled_start(lines, head)
    if at is None:
        return False
    dated = any(date_line(line) not in (None, (0, "")) for line in lines[:at])
    end = _DATELINE_END.search(lines[at], 0, 100)
    if end is not None and not dated:
        opening = _AGENCY.sub("", lines[at][: end.start()])
        dated = place_words(opening) or date_line(opening) not in (None, (0, ""))
    paragraphs = sum(map(prose, lines[at:]))
    return (dated or paragraphs > 1) and sum(
        _long(s) for line in lines[at:] for s in SENTENCE_STOP.split(line)) >= 2


def title_from_text(paragraph: str) -> str:
    """A title for an article saved without one: the first sentence of its first paragraph (a
    subtitle's whole line), with its closing mark. A sentence longer than TITLE_LENGTH
    characters is cut at its last comma between _CLAUSE_FROM characters and that length, else
    at its last word boundary before it, and ends with "…". The closing mark or the "…" tells
    it from a real title, which never ends so."""
    end = SENTENCE_STOP.search(paragraph)
    sentence = paragraph[:end.end()] if end else paragraph
    if len(sentence) <= TITLE_LENGTH:
        return sentence
    cut = max(sentence.rfind(", ", _CLAUSE_FROM, TITLE_LENGTH),
              sentence.rfind("، ", _CLAUSE_FROM, TITLE_LENGTH))
    if cut < 0:
        cut = sentence.rfind(" ", 0, TITLE_LENGTH)
    return sentence[:cut if cut > 0 else TITLE_LENGTH].rstrip(" ,;:،؛-–—") + ELLIPSIS
