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


# Arabic script.
ARABIC_LETTER = re.compile("[\u0621-\u064a]")
# Short vowels and other marks (tashkeel), Quranic marks and tatweel: never part of a word's key.
ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Hamza carriers, alef maqsura and ta marbuta, written either way in ICESCO's pages.
_ARABIC_FOLD = str.maketrans("أإآٱىةؤئ", "اااايهوي")
# A conjunction or preposition and the article glued before a word ("والمغرب", "للإيسيسكو").
_ARABIC_ARTICLE = re.compile("^[وف]?(?:[بكل]?ال|لل)(?=..)")
# An Arabic word with its marks, as written.
ARABIC_WORD = re.compile("[\u0621-\u064a\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+")


def arabic_fold(text: str) -> str:
    """Arabic text without marks or tatweel, hamza forms, alef maqsura and ta marbuta folded
    ("المملكة المغربيّة" → "المملكه المغربيه"); other scripts unchanged."""
    return ARABIC_MARKS.sub("", text).translate(_ARABIC_FOLD)


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


@lru_cache(maxsize=4096)
def lookup_norm(text: str) -> str:
    """A name as a lookup compares it: name_norm with accents and other combining marks
    dropped ("Guinée" → "guinee", "Doukouré" → "doukoure")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return name_norm(unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))))
