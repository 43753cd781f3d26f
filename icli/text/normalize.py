"""Text folded for comparison, shared by parsing, extraction, identity and search: Arabic
marks and letter forms, name comparison keys, and compatibility forms that only change a
character's look."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Compatibility forms that only change how a character looks (fullwidth and halfwidth forms,
# Latin ligatures, Arabic presentation forms, styled mathematical letters, typographic spaces):
# NFKC gives the plain character. Superscripts, fractions, circled numbers and the like keep
# their form, which NFKC would change the meaning of.
_LOOKS_ONLY = re.compile(
    "[\u2000-\u200a\u202f\u205f\u3000\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefe"
    "\uff01-\uffee\U0001d400-\U0001d7ff]+")


def fold_compatible(text: str) -> str:
    """`text` with the compatibility forms that only change a character's look made plain
    (NFKC on those alone): "ＩＣＥＳＣＯ" → "ICESCO", "ﬁnance" → "finance"."""
    if unicodedata.is_normalized("NFKC", text):
        return text  # no compatibility form at all (a quick check, faster than the pattern)
    return _LOOKS_ONLY.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


# Invisible characters that carry no text, removed at the door (`normalize_text`): the soft
# hyphen, the combining grapheme joiner, the Mongolian vowel separator, zero-width space,
# non-joiner and joiner, the left-to-right, right-to-left and Arabic letter marks, the word
# joiner and invisible operators, the BOM or zero-width no-break space, and the Arabic
# tatweel inside a word (a stretch of the line, never a letter: "محمـد"). A tatweel that ends a
# word after a letter stays: it marks a prefix written apart ("لـ«إيسيسكو»", "الـ16", "1440هـ"),
# as the article writes it. The bidi embeddings, overrides and isolates stay: they change what a
# reader sees, and are shown as escapes on a terminal.
_INVISIBLE = "\u00ad\u034f\u061c\u180e\u200b-\u200f\u2060-\u2064\ufeff"
_ARABIC_LETTER = "[\u0621-\u063f\u0641-\u064a\u064b-\u065f\u0670]"  # a letter or a mark on it
_FORMAT = re.compile(f"[{_INVISIBLE}]|\u0640+(?={_ARABIC_LETTER})|(?<!{_ARABIC_LETTER})\u0640+")
# Cyrillic and Greek letters drawn like Latin ones: in a word that also holds Latin letters
# they are read as those ("Kаrimov" with a Cyrillic а is "Karimov"); whole Cyrillic or Greek
# words are left as they are.
_LOOK_ALIKES = str.maketrans(
    "аеорсухіјѕԁԛԝАВЕКМНОРСТХУІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧοι",
    "aeopcyxijsdqwABEKMHOPCTXYIJSABEZHIKMNOPTYXoi")
_OTHER_SCRIPT = re.compile("[\u0370-\u03ff\u0400-\u052f]")
_FORMAT_OR_OTHER_SCRIPT = re.compile(f"[{_INVISIBLE}\u0640" + _OTHER_SCRIPT.pattern[1:])
_MIXED_WORD = re.compile("(?=[\u0370-\u03ff\u0400-\u052f]*[A-Za-z])"
                         "[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f]+")


def normalize_text(text: str) -> str:
    """Text as icli reads it, from a dump or a command line, done once at the door: NFC,
    compatibility forms that only change a look made plain (fold_compatible), invisible format
    characters removed ("Uzbek\u00adistan" → "Uzbekistan"), Cyrillic and Greek look-alikes
    inside a Latin word read as Latin. Each step after one quick check: text with none of
    these is returned as it is."""
    text = fold_compatible(unicodedata.normalize("NFC", text))
    if not _FORMAT_OR_OTHER_SCRIPT.search(text):  # (one scan for the common case)
        return text
    text = _FORMAT.sub("", text)
    if _OTHER_SCRIPT.search(text):
        text = _MIXED_WORD.sub(_latin_word, text)
    return text


def _latin_word(match: re.Match[str]) -> str:
    """A word of letters from Latin and Cyrillic or Greek: its look-alikes as Latin when it
    holds a Latin letter (the lookahead may have matched only in a later word)."""
    word = match.group()
    return word.translate(_LOOK_ALIKES) if re.search("[A-Za-z]", word) else word


# Arabic script.
ARABIC_LETTER = re.compile("[\u0621-\u064a]")
# Short vowels and other marks (tashkeel), Quranic marks and tatweel: never part of a word's key.
ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Hamza carriers, alef maqsura and ta marbuta, written either way in ICESCO's pages.
_FOLD_FROM, _FOLD_TO = "أإآٱىةؤئ", "اااايهوي"
_ARABIC_FOLD = str.maketrans(_FOLD_FROM, _FOLD_TO)
# A conjunction or preposition and the article glued before a word ("والمغرب", "للإيسيسكو").
_ARABIC_ARTICLE = re.compile("^[وف]?(?:[بكل]?ال|لل)(?=..)")
# An Arabic word with its marks, as written.
ARABIC_WORD = re.compile("[\u0621-\u064a\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+")


def arabic_marks_optional(word: str) -> str:
    """A regular expression for `word` written with or without short vowels and other marks
    on its letters ("الدُّكتورُ", "الدكتور"). (Tatweel is removed at the door.)"""
    marks = "[\u064b-\u065f\u0670]*"
    return marks.join(map(re.escape, word)) + marks


def arabic_fold(text: str) -> str:
    """Arabic text without marks or tatweel, hamza forms, alef maqsura and ta marbuta folded
    ("المملكة المغربيّة" → "المملكه المغربيه"); other scripts unchanged."""
    return ARABIC_MARKS.sub("", text).translate(_ARABIC_FOLD)


# Each letter arabic_fold folds others into, with those others: a character class.
_FOLD_CLASSES = {target: "[" + target + "".join(
    source for source, folded in zip(_FOLD_FROM, _FOLD_TO) if folded == target) + "]"
    for target in set(_FOLD_TO)}


def arabic_letter_variants(phrase: str) -> str:
    """A regular expression for an Arabic phrase written with any of the letter forms
    arabic_fold folds as one: hamza forms, alef maqsura, ta marbuta ("الإسلامية" also matches
    "الاسلاميه", "الإسلامى")."""
    return "".join(_FOLD_CLASSES.get(c, re.escape(c)) for c in arabic_fold(phrase))


@lru_cache(maxsize=65536)
def arabic_word_key(word: str) -> str:
    """One Arabic word as the search index and the gazetteer compare it: marks removed, the
    glued article and its proclitic stripped (before folding, so "ألمانيا" keeps its alef),
    then folded ("بالمغرب", "المغرب", "مغرب" → "مغرب")."""
    return _ARABIC_ARTICLE.sub("", ARABIC_MARKS.sub("", word)).translate(_ARABIC_FOLD)


def arabic_search_text(text: str) -> str:
    """Text with every Arabic word replaced by its key (arabic_word_key), the rest as is: what
    the Arabic search index holds, and what an Arabic query is turned into."""
    if not ARABIC_LETTER.search(text):
        return text
    return ARABIC_WORD.sub(lambda match: arabic_word_key(match.group()), text)


_NORM_DROP = re.compile(r"[\s\-‐‑–—.'’`ʼ]+")


@lru_cache(maxsize=65536)
def name_norm(text: str) -> str:
    """Names compared: case folded, spaces, hyphens, dots and apostrophes removed; Arabic
    folded (arabic_fold)."""
    if ARABIC_LETTER.search(text):
        text = arabic_fold(text)
    return _NORM_DROP.sub("", text.casefold())


# The combining marks that put accents on letters (the Combining Diacritical Marks blocks).
_ACCENT_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold_accents(text: str) -> str:
    """`text` with the accents on its letters dropped (NFKD, accent marks removed, NFC again):
    "Guinée" → "Guinee", "Abdelillah Benarafa" unchanged; Arabic letters keep their hamza."""
    if text.isascii():
        return text
    return unicodedata.normalize(
        "NFC", _ACCENT_MARKS.sub("", unicodedata.normalize("NFKD", text)))


@lru_cache(maxsize=4096)
def plain(text: str) -> str:
    """`text` without case or accents ("Guinée" → "guinee", "DIRECTEUR Général" → "directeur
    general"): the one such folding extraction and lookups compare words with."""
    return fold_accents(text).casefold()


@lru_cache(maxsize=4096)
def lookup_norm(text: str) -> str:
    """A name as a lookup compares it: name_norm with accents dropped ("Guinée" → "guinee",
    "Doukouré" → "doukoure")."""
    return name_norm(fold_accents(text))
