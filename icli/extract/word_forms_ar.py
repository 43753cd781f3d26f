"""The forms of Arabic words a name is told apart by: the article, a verbal noun's measure, a
nisba, a possessive pronoun, the accusative's final alif, a short feminine noun."""

from __future__ import annotations

import re
from functools import lru_cache

from icli.extract import gazetteer
from icli.text.normalize import ARABIC_MARKS, arabic_fold, arabic_word_key

# A place after a body's name ("… في الرياض", "… بالرياض"): the word after في or ب.
PLACE_AFTER_AR = re.compile(r"[ \u00a0]+(?:في[ \u00a0]+|ب(?=ال))(\w+)")


def definite_ar(word: str) -> bool:
    """Whether an Arabic word carries the article ("المغرب", "للشؤون", "بالرباط")."""
    return arabic_word_key(word) != arabic_fold(word)


def accusative_ar(word: str) -> bool:
    """Whether a word of four letters or more is indefinite and written with the accusative's
    final alif ("درعا", "تذكاريا", "عرضا"): two such words in a row are a noun and its
    adjective, the verb's object."""
    bare = ARABIC_MARKS.sub("", word)
    return len(bare) >= 4 and bare.endswith("ا") and not definite_ar(bare)


def feminine_ar(word: str) -> bool:
    """Whether a title or role word is feminine: it ends with ta marbuta ("السيدة",
    "الدكتورة", "وزيرة"; "المدير", "السيد" are masculine)."""
    return ARABIC_MARKS.sub("", word).endswith("ة")


def short_feminine_noun_ar(word: str) -> bool:
    """Whether a word with the article is a short feminine noun ("الورشة", "الخطة": the article,
    at most four letters and ة, no nisba), the verb's object after a name rather than a family
    name (those in ة are longer: "الطراونة", "الخلايلة")."""
    bare = ARABIC_MARKS.sub("", word)
    return bare.startswith("ال") and bare.endswith("ة") and not bare.endswith("ية") and len(bare) <= 7


def object_noun_ar(word: str) -> bool:
    """Whether an Arabic word is a verbal noun with the article ("الاجتماع", "التعاون"), never a
    family name: no nisba ("التواتي") and no known first name ("سيف الإسلام")."""
    key = arabic_word_key(word)
    return (definite_ar(word) and not nisba_ar(word) and masdar_ar(key)
            and key not in _noun_like_first_keys_ar())


@lru_cache(maxsize=1)
def _noun_like_first_keys_ar() -> frozenset[str]:
    """The folded keys of the first names that have a verbal noun's measure ("اسلام")."""
    return frozenset(arabic_word_key(name) for name in gazetteer.NOUN_LIKE_FIRST_AR)


def possessed_ar(word: str) -> bool:
    """Whether an Arabic word of four letters or more ends with a possessive pronoun as written
    ("عهده", "وزيرها"; ه, never ة)."""
    bare = ARABIC_MARKS.sub("", word)
    return len(bare) >= 4 and bare.endswith(("ه", "ها", "هم"))


def nisba_ar(word: str) -> bool:
    """Whether an Arabic word with the article has the form of a nisba adjective: a final "ي"
    or "ية" ("السويدي", "السويدية")."""
    bare = ARABIC_MARKS.sub("", word)
    return bare.startswith("ال") and bare.endswith(("ي", "ية")) and len(bare) > 4


# Verbal nouns by their measure (folded keys): تفعيل ("تطوير"), تفاعل ("تعاون"), مفاعلة
# ("مشاركة"), إفعال ("إعلام"; not "إيمان"), انفعال ("انطلاق"), افتعال ("اجتماع"), استفعال
# ("استقبال"): a clause's noun rather than a first name.
_MASDAR_AR = re.compile(r"ت\w\wي\w|ت\wا\w\w|م\wا\w\wه|ا[^ي]\wا\w|ان\w\wا\w|ا\wت\wا\w|است\w\wا\w")


def masdar_ar(word: str) -> bool:
    """Whether an Arabic word (without the article) has the measure of a verbal noun
    (`_MASDAR_AR`: "تطوير", "تعزيز", "مشاركة", "اجتماع")."""
    return _MASDAR_AR.fullmatch(arabic_fold(word)) is not None


# A broken plural of the measure فعول, folded key ("خطوط", "دروس", "جهود").
FUUL_PLURAL_AR = re.compile(r"\w\wو\w")


def preposition_and_noun_ar(word: str) -> bool:
    """Whether a word is "ب" or "ل" glued to an indefinite noun of a verbal noun's measure or a
    broken plural of the measure فعول ("بجهود", "بتعزيز", "لتطوير"): the complement of a verb,
    never a name's word ("وأشاد السفير بجهود الإيسيسكو")."""
    bare = ARABIC_MARKS.sub("", word)
    if bare[:1] not in ("ب", "ل") or definite_ar(bare):
        return False
    rest = arabic_fold(bare[1:])
    return masdar_ar(rest) or FUUL_PLURAL_AR.fullmatch(rest) is not None
