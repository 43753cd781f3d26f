"""What one line of a dump is: hard-wrapped lines and their width, sentence ends, the shape of
a title, a dateline, the language of a text. Used by `parse` to put lines back together and to
find where articles start."""

from __future__ import annotations

import re
from itertools import repeat

from icli.text.dates import (
    DATE_RE,
    DATE_WORD_PREFIXES,
    EMPTY_DATE,
    parse_dateline,
)
from icli.text.framed_datelines import parse_framed_dateline
from icli.text.place_datelines import parse_place_dateline

# --- hard-wrapped text -----------------------------------------------------------------------


# The widest a wrapped page's lines run: a page whose lines are all shorter (a print page's
# masthead, captions, Arabic paragraphs with no final stop) is not read as wrapped wider.
WRAP_LIMIT = 120


def wrap_width(lines: list[str], widths: list[int]) -> int | None:
    """The column a hard-wrapped page was wrapped at, or None when lines are not wrapped.

    Wrapped text has no lines longer than WRAP_LIMIT and many lines that stop mid-sentence
    with the sentence going on, in lower case (or in a script without case, as Arabic), on the
    next line.
    """
    content = [line for line in lines if line]
    if len(content) < 3:
        return None
    width = max(max(len(line) for line in content), max(widths))
    if width > WRAP_LIMIT:
        return None
    breaks = sum(
        1 for line, following in zip(lines, lines[1:])
        if line and following and not ends_sentence(line) and following[0].isalpha()
        and not following[0].isupper()
    )
    return width if breaks >= max(2, len(content) * 0.1) else None


# Characters str.splitlines() breaks on that are not line ends in a dump: a line separator,
# NEL, vertical tab, form feed and the file/group/record separators are read as spaces.
_NOT_LINE_BREAKS = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def split_lines(text: str) -> list[str]:
    """The lines of `text` (a BOM removed, no-break spaces as spaces), split at line ends
    only."""
    unbroken = text.replace("\ufeff", "").replace("\u00a0", " ")
    for char in _NOT_LINE_BREAKS:  # (rare: eight substring scans are faster than one pattern's)
        unbroken = unbroken.replace(char, " ")
    return unbroken.splitlines()


def removed_widths(saved: str, text: str) -> list[tuple[int, int]] | None:
    """For each line, how many characters `normalize_text` took out of the `saved` line to
    give `text` (a tatweel stretching an Arabic word, an invisible mark), in the whole line
    and in its first word; None when it took none. A wrapping editor counted them: a line
    that looks short without them was full ("الإيـسـيـسـكـو" filled 14 columns, not 8)."""
    if len(saved) == len(text):
        return None
    saved_lines, lines = split_lines(saved), split_lines(text)
    if len(saved_lines) != len(lines):
        return None
    return [(len(before) - len(after), _first_word(before) - _first_word(after))
            for before, after in zip(saved_lines, lines)]


def _first_word(line: str) -> int:
    """The length of a line's first word (0 for a blank line)."""
    return len(line.split(None, 1)[0]) if line.strip() else 0


# Lines of a page wrapped unevenly (by hand, or in a proportional font: a PDF's text) stop
# anywhere past this share of the page's width.
RAGGED = 0.6

BULLET = re.compile(r"^(?:[•·▪◦●\-–—]\s|\*|\d{1,2}[.)]\s)")  # "**" marks a highlight


def reflow(lines: list[str], widths: list[int], firsts: list[int] | None = None) -> list[str]:
    """Join the continuation lines of hard-wrapped text back into whole lines.

    A line continues on the next when the next line's first word would have fitted on it had
    the line been a paragraph's end: that is what a wrapping editor or browser leaves behind.
    The widths are the printed ones (indentation counted), so paragraphs indented deeper than
    others are rejoined too; `firsts` are the characters normalization took out of each line's
    first word, which were printed (`removed_widths`). A date line, a place's included
    ("الرباط، 3 مارس 2026"), is its own line: never joined to a full line before it. On a
    page whose paragraphs are parted by blank lines, a line that stops mid-sentence and fills
    RAGGED of the width goes on too: a page wrapped unevenly breaks lines before words that
    would have fitted; but not a line opening with a date (a site's header bar, "Monday, 7
    December 2026 | Rabat 18°C", over the title).
    """
    width = wrap_width(lines, widths)
    if width is None:
        return lines
    ragged = width * RAGGED if lines.count("") > 1 else width + 1
    joined: list[str] = []
    previous = ""
    previous_width = 0
    for line, line_width, first in zip(lines, widths, firsts or repeat(0)):
        next_word = line.split(" ", 1)[0] if line else ""
        continues = (
            previous
            and line
            and (previous_width + 1 + len(next_word) + first > width
                 or (previous_width >= ragged and not ends_sentence(previous, _FULL_STOPS)
                     and not opens_with_date(previous)))
            and not BULLET.match(line)
            and date_line(line) is None
            and date_line(previous) is None
        )
        if continues:
            joined[-1] += " " + line
        else:
            joined.append(line)
        previous, previous_width = line, line_width
    return joined


# --- segmentation ----------------------------------------------------------------------------

_STOPS = frozenset(".!?:;…,؟،")  # marks a sentence (or a clause) ends with
_CLOSING_STOPS = _STOPS - {"?", "!"}  # a title may end with "?" or "!"
_FULL_STOPS = frozenset(".!?:…؟")  # a sentence's end, not a clause's
_CLOSERS = "'\"”’»)]"  # quotes and brackets that may follow the last mark


def ends_sentence(line: str, marks: frozenset[str] = _STOPS) -> bool:
    """Whether `line` (a line without its line break) ends with one of `marks`, closing quotes
    and brackets aside."""
    return line.rstrip(_CLOSERS)[-1:] in marks


URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for with by from as into onto over upon via per"
    " amid among about after before between during under within without against its his her"
    " their".split()
)
# First words of sentences; a line starting with one of them and a capital ("The Director...")
# is not a title by its start alone.
_SENTENCE_STARTS = SMALL_WORDS | frozenset(
    "this these those that it he she they we our there here also following according".split()
)
_TITLE_STARTS = re.compile(
    r"^(?:l['’])?(?:icesco|isesco|dr\.?|mr\.?|ms\.?|mrs\.?|prof\.?|h\.?e\.?|hh|eng\.?|sheikh?a?|"
    r"king|queen|prince|princess|president|minister|ambassador)\b|^\d",
    re.IGNORECASE,
)
_WORD_EDGE = "(“\"'‘«[\u00bb”’)]"
_ACRONYM = re.compile(r"[A-Z]{3,}(?:['’]s)?$")  # ICESCO, OIC, UNESCO's


def title_shaped(line: str) -> bool:
    """A heading's shape: 12-300 characters, three words, a capital (or no case) first, no
    closing punctuation but "?" or "!", not a bullet or URL. Casing is looks_like_title's."""
    if not 12 <= len(line) <= 300 or ends_sentence(line, _CLOSING_STOPS):
        return False
    if BULLET.match(line) or URL.match(line):
        return False
    if len(line.split(None, 3)) < 3:
        return False
    first = next((c for c in line if c.isalnum()), "")
    return bool(first) and not first.islower()


# An opening quotation mark and the mark that closes it.
_QUOTE_PAIRS = {'"': '"', "“": "”", "„": "“", "«": "»", "‹": "›", "'": "'", "‘": "’"}


def quoted(line: str) -> bool:
    """Whether `line` is one quotation, whole: it opens with a quotation mark and the first
    mark closing it ends the line ("« La poésie, une mémoire partagée »", a slogan or a theme;
    not '"Heritage" Prize Awarded in "Rabat"')."""
    closer = _QUOTE_PAIRS.get(line[:1])
    return closer is not None and len(line) > 2 and line.find(closer, 1) == len(line) - 1


def short_heading(line: str) -> bool:
    """A heading too short for title_shaped ("Isesco Prizes", "Prix de l'ICESCO"): two to four
    words, a capital (or no case) first, no closing punctuation, not a bullet or URL. Only a
    dump that has no title otherwise is read with it (parse.segment)."""
    if not 6 <= len(line) <= 80 or ends_sentence(line, _CLOSING_STOPS):
        return False
    if BULLET.match(line) or URL.match(line) or not 2 <= len(line.split()) <= 4:
        return False
    first = next((c for c in line if c.isalnum()), "")
    return bool(first) and not first.islower()


def _headline_cased(words: list[str]) -> bool:
    """Three quarters of the words that are not small words begin with a capital."""
    content = capitals = 0
    for word in words:
        first = word.lstrip(_WORD_EDGE)[:1]
        if first.isalpha() and word.lower() not in SMALL_WORDS:
            content += 1
            capitals += first.isupper()
    return content >= 2 and capitals * 4 >= content * 3


def looks_like_title(line: str) -> bool:
    """A heading: the shape of one and, in English, the case of one.

    English titles are headline-cased ("Is Arabic Ready for the Age of AI?"), start with
    ICESCO/ISESCO, an honorific, a number or a name (two capitalized words, the first not a
    sentence's usual first word), or are long (8 words) and name something in capitals after
    their first word: a name ("Conclusion of ... in the Yemeni Governorate of Socotra") or an
    acronym ("Social change to be discussed at open meeting at ISESCO"). A short
    sentence-case line ("Speakers highlighted three obstacles") is a paragraph. French and
    Arabic titles are sentence-cased or uncased: there the shape alone decides. A line that
    is one quotation, whole (a slogan, a theme), is quoted, not a heading.
    """
    if not title_shaped(line) or quoted(line):
        return False
    words = line.split()
    if _headline_cased(words):
        return True
    if not ends_sentence(line):
        if _TITLE_STARTS.match(line):
            return True
        stripped = [w.strip(_WORD_EDGE) for w in words]
        if stripped[0].lower() not in _SENTENCE_STARTS and stripped[0][:1].isupper() \
                and stripped[1][:1].isupper():
            return True  # starts with a name
        if len(words) >= 8 and (
                any(a[:1].isupper() and b[:1].isupper() for a, b in zip(stripped[1:], stripped[2:]))
                or any(_ACRONYM.match(word) for word in stripped[1:])):
            return True
    # A question in sentence case is a sentence; other sentence-case lines are titles only
    # in French and Arabic.
    return not ends_sentence(line) and detect_language(line) != "en"


# Runs of Arabic characters and of letters: counted by their lengths (one string per run).
_ARABIC = re.compile(r"[\u0600-\u06ff]+")
_LETTERS = re.compile(r"[^\W\d_]+")


def _cased(words: str) -> frozenset[str]:
    """Each word as written in lower case, Capitalized and in CAPITALS (no lower() per text)."""
    return frozenset(form for word in words.split()
                     for form in (word, word.capitalize(), word.upper()))


_FRENCH_WORDS = _cased("le la les des du une et est pour dans avec sur au aux à été cette qui")
_ENGLISH_WORDS = _cased("the and of to in for with on is was that this by its from")
# +1 for a French function word, -1 for an English one (no word is both).
_LANGUAGE_VOTES = dict.fromkeys(_FRENCH_WORDS, 1) | dict.fromkeys(_ENGLISH_WORDS, -1)


def detect_language(text: str) -> str:
    """'ar', 'fr' or 'en' by script and common function words."""
    sample = text[:1500]
    if not sample.isascii() and ("ا" in sample or "ل" in sample):  # alef, lam: in any Arabic
        arabic = sum(map(len, _ARABIC.findall(sample)))
        if arabic > sum(map(len, _LETTERS.findall(sample))) * 0.3:
            return "ar"
    return "fr" if sum(map(_LANGUAGE_VOTES.get, sample.split(), repeat(0))) > 0 else "en"


def opens_with_date(line: str) -> bool:
    """Whether `line` opens with a whole date, a weekday before it or not ("Monday, 7 December
    2026 | …", "4 March 2025 – …"); a date starts with a number, a weekday or a month."""
    if not (line[:1].isdigit() or line[:3].lower() in DATE_WORD_PREFIXES
            or line[:2] in DATE_WORD_PREFIXES):
        return False
    return DATE_RE.match(line) is not None


def date_line(line: str) -> tuple[int, str] | None:
    """(rank, ISO date) of a date line: 2 for a publication line ("20 May 2019", "May 20, 2019
    0"), 1 for a place line ("Rabat: 17/05/2019", "Rabat, 3 March 2026"), 0 and no date for the site's empty
    placeholder ("January 1, 1970"), likewise with a frame around the date
    (`framed_datelines`); None for any other line."""
    if len(line) > 100:
        return None  # (most lines: paragraphs)
    date = parse_dateline(line)
    if date == EMPTY_DATE:
        return 0, ""  # the site's placeholder: a date line that dates nothing
    if date is not None:
        return 2, date.isoformat()
    date = parse_place_dateline(line) if ":" in line or "," in line or "،" in line else None
    if date == EMPTY_DATE:
        return 0, ""  # "Rabat: 01/01/1970"
    if date is not None:
        return 1, date.isoformat()
    framed = parse_framed_dateline(line)  # "Publié le … à 07h16min", "15/11/2023 , Rabat"
    if framed is None or framed[1] == EMPTY_DATE:
        return None if framed is None else (0, "")
    return framed[0], framed[1].isoformat()
