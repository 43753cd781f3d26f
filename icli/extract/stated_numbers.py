"""The numbers a news text states, for telling versions of one item from other items
(versions.py): its numbers in digits of any script (with the thousand, million or billion a
word after them gives, in English, French and Arabic), its edition numbers (in digits or as
ordinal words in English, French and Arabic) and the years its title states."""

from __future__ import annotations

import re

from icli.text.normalize import ARABIC_LETTER, arabic_fold

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# A number of up to six digits, not after a digit, a dot or a comma; and one written with a
# thousands separator ("5,000", "5 000"). The look-behind follows the first digit so that the
# engine scans for a digit instead of trying every position (four times faster).
_NUMBER = re.compile(r"\d(?<![\d.,]\d)\d{0,5}(?!\d)")
_THOUSANDS = re.compile(r"(\d(?<![\d.,]\d)\d{0,2})[,.\u00a0\u202f ](?=\d{3}(?![\d.,]\d))")
# A number with the word that multiplies it, in the lower-cased and folded text: "700 ألف",
# "five (5) million", "1,5 milliard" (a decimal of one or two digits). One number: the digits
# alone are not read again.
_SCALES = {"thousand": 1000, "thousands": 1000, "mille": 1000, "الف": 1000, "الفا": 1000,
           "الاف": 1000, "million": 10**6, "millions": 10**6, "مليون": 10**6, "ملايين": 10**6,
           "billion": 10**9, "billions": 10**9, "milliard": 10**9, "milliards": 10**9,
           "مليار": 10**9, "مليارات": 10**9}
_SCALED = re.compile(r"(\d(?<![\d.,]\d)\d{0,5}(?:[.,]\d{1,2})?)\)?\s(thousands?|mille|millions?"
                     r"|billions?|milliards?|الفا|الاف|الف|مليون|ملايين|مليارات|مليار)(?!\w)")
# What a multiplying word starts with: looked for first, five times cheaper than _SCALED.
_SCALE_HINTS = ("thousand", "mill", "billion", "الف", "الاف", "ملي", "ملاي")
_EN_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
                "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
                "nineteenth twentieth").split()
_FR_ORDINALS = ("premier deuxième troisième quatrième cinquième sixième septième huitième "
                "neuvième dixième onzième douzième treizième quatorzième quinzième seizième "
                "dix-septième dix-huitième dix-neuvième vingtième").split()
_AR_UNITS = {  # folded (arabic_fold), masculine and feminine
    "الاول": 1, "الاولي": 1, "الحادي": 1, "الحاديه": 1, "الثاني": 2, "الثانيه": 2,
    "الثالث": 3, "الثالثه": 3, "الرابع": 4, "الرابعه": 4, "الخامس": 5, "الخامسه": 5,
    "السادس": 6, "السادسه": 6, "السابع": 7, "السابعه": 7, "الثامن": 8, "الثامنه": 8,
    "التاسع": 9, "التاسعه": 9, "العاشر": 10, "العاشره": 10,
}
_AR_TENS = {  # folded; alone ("الدورة العشرين") or after a unit and و ("السابعة والأربعين": 47)
    "العشرين": 20, "الثلاثين": 30, "الاربعين": 40, "الخمسين": 50, "الستين": 60,
    "السبعين": 70, "الثمانين": 80, "التسعين": 90,
}


def arabic_ordinal_word(raw: str) -> bool:
    """Whether a word (arabic_fold, the article kept, a glued "و" allowed) is an Arabic ordinal
    or its tens ("الرابعة", "والثلاثين", "عشرة")."""
    word = raw[1:] if raw[:2] == "وا" else raw
    return word in _AR_UNITS or word in _AR_TENS or word in ("عشر", "عشره")


_WORD_ORDINALS = {word: n for words in (_EN_ORDINALS, _FR_ORDINALS)
                  for n, word in enumerate(words, 1)} | {"première": 1}
_OTHER_DIGIT = re.compile("[٠-٩۰-۹]")
# Looked for in the lower-cased text: a case-sensitive alternation of words is scanned for by
# its first letters, two and a half times faster than an IGNORECASE one.
_EDITION = re.compile(r"edition|session|round|édition|الدوره|النسخه|دورته|نسخته|دورتها|نسختها")
# What stands right before an edition word ("15th ", "la 15e ", "fifteenth ", "seizième ")...
_ORDINAL_BEFORE = re.compile(r"(?:(?<!\d)(\d{1,3})\s?(?:st|nd|rd|th|e|è|ème|eme|er|ère|re|ᵉ|ᵉʳ)?"
                             r"|([^\W\d_][\w-]*))\s+$", re.IGNORECASE)
# ... or right after it ("edition 3", "الدورة 16", "الدورة الخامسة عشرة", "الدورة السابعة
# والأربعين").
_ORDINAL_AFTER = re.compile(r"\s*(?:no\.?|n°|رقم)?\s*(?:(\d{1,3})(?!\d)|(\S+)(?:\s+(عشر|عشره)"
                            r"|\s+و(\S+))?)", re.IGNORECASE)


def _edition_number(before: str, after: str) -> int | None:
    """The number an edition word is given: an ordinal before it, or a number or Arabic
    ordinal after it."""
    match = _ORDINAL_BEFORE.search(before)
    if match:
        value = (int(match.group(1)) if match.group(1)
                 else _WORD_ORDINALS.get(match.group(2).casefold()))
        if value is not None:
            return value
    match = _ORDINAL_AFTER.match(after)
    if match is None:
        return None
    if match.group(1):
        return int(match.group(1))
    unit = _AR_UNITS.get(match.group(2))
    if unit is None:
        return _AR_TENS.get(match.group(2))
    return unit + (10 if match.group(3) else _AR_TENS.get(match.group(4) or "", 0))


def numbers_and_editions(text: str, date: str | None) -> tuple[frozenset[int], frozenset[int]]:
    """The numbers a text states in digits (any script; 5,000, 5 000 and 5.000 are 5000; "700
    thousand", "700 ألف" and "700,000" are 700000), without its own date's day and year, and its edition numbers: the number an edition word (edition,
    session, édition, الدورة, النسخة) is given, in digits or as an ordinal word."""
    if _OTHER_DIGIT.search(text):
        text = text.translate(_DIGITS)
    if ARABIC_LETTER.search(text):
        text = arabic_fold(text)
    text = _THOUSANDS.sub(r"\1", text)
    own = set()
    if date:
        year, _, day = date.split("-")
        own = {int(year), int(day)}
    lower = text.lower()
    numbers: set[int] = set()
    scaled = []
    for match in (_SCALED.finditer(lower) if any(hint in lower for hint in _SCALE_HINTS) else ()):
        numbers.add(round(float(match.group(1).replace(",", ".")) * _SCALES[match.group(2)]))
        scaled.append(match.span())
    numbers |= {int(m.group()) for m in _NUMBER.finditer(lower)
                if not scaled or not any(start <= m.start() < end for start, end in scaled)}
    editions = set()
    for match in _EDITION.finditer(lower):
        value = _edition_number(lower[max(0, match.start() - 24):match.start()],
                                lower[match.end():match.end() + 24])
        if value is not None:
            editions.add(value)
    return frozenset(numbers - own), frozenset(editions)


def title_years(title: str) -> frozenset[int]:
    """The years (1900-2099) a title states in digits of any script ("Mondiacult 2025",
    "موندياكولت ٢٠٢٩"): two versions of one item state the same ones."""
    if _OTHER_DIGIT.search(title):
        title = title.translate(_DIGITS)
    return frozenset(year for year in map(int, _NUMBER.findall(title)) if 1900 <= year < 2100)
