"""Whether an Arabic word is a role word, a person's title, or one of them glued to "و", "ل" or
"ب" ("والأمين", "للمدير", "بفخامة"), and the role without that glued letter."""

from __future__ import annotations

import re

from icli.extract import gazetteer
from icli.extract.names_ar import honorific_ar, honorific_heads_ar, is_stop_ar, with_preposition_ar
from icli.extract.word_forms_ar import definite_ar
from icli.text.normalize import ARABIC_MARKS, ARABIC_WORD, arabic_fold, arabic_word_key

_ADVERBIAL_LINKS_AR = frozenset({"عن", "الي", "مع"})


def adverbial_ar(word: str, following: str) -> bool:
    """Whether a word glued to "بال" and the preposition after it open an adverbial of the
    sentence ("بالنيابة عن …": on someone's behalf), which ends a role."""
    return ARABIC_MARKS.sub("", word).startswith("بال") and arabic_fold(following) in _ADVERBIAL_LINKS_AR


def and_to_role_ar(word: str, following: re.Match[str] | None) -> bool:
    """Whether "والى" is "و" + "إلى" written without its hamza, not the governor ("والي", also
    written "والى"): a role word follows it ("والى وزير الثقافة": and to the minister), which
    never follows a governor's title."""
    return (ARABIC_MARKS.sub("", word) == "والى" and following is not None
            and role_word_ar(following.group()))


def and_role_ar(word: str) -> bool:
    """Whether a word is "و" glued to a role word ("والأمين", "ووزير"; not "وزير" itself)."""
    return word[:1] == "و" and arabic_word_key(word[1:]) in gazetteer.ROLE_WORDS_AR


def possessed_role_ar(word: str) -> bool:
    """Whether a word is a role word and a possessive pronoun, maybe after "و" ("ونائبها",
    "ومستشاره", "ونائبتها", "رئيسها")."""
    bare = ARABIC_MARKS.sub("", word)
    bare = bare[1:] if bare[:1] == "و" else bare
    for suffix in ("هما", "هم", "ها", "ه"):
        if bare.endswith(suffix) and len(bare) - len(suffix) >= 3:
            stem = bare[: -len(suffix)]  # "نائبت" + "ها": ة is written ت before a pronoun
            return arabic_word_key(stem[:-1] + "ة" if stem.endswith("ت") else stem) in gazetteer.ROLE_WORDS_AR
    return False


def without_and_ar(role: str) -> str:
    """A role without the "و", "ل" or "ب" that joins it to its sentence ("والمدير العام …" →
    "المدير العام …", "للمدير العام …" → "المدير العام …", "لوزير …", "بوزير …" → "وزير …")."""
    first = ARABIC_WORD.match(role)
    if first and and_role_ar(first.group()):
        return role[1:]
    if first and to_role_ar(first.group()):
        return "ا" + role[1:] if role.startswith("لل") else role[1:]
    return role


def to_role_ar(word: str) -> bool:
    """Whether a word is "ل" or "ب" glued to a role word ("للمدير", "لنائب", "لوزيرة",
    "بوزير", "بالسفير")."""
    bare = ARABIC_MARKS.sub("", word)
    if bare.startswith(("لل", "بال")):
        return arabic_word_key(bare) in gazetteer.ROLE_WORDS_AR
    return bare[:1] in "لب" and not definite_ar(bare) and arabic_word_key(bare[1:]) in (
        gazetteer.ROLE_WORDS_AR)


def title_ar(word: str) -> bool:
    """Whether a word opens a person's title ("الدكتور", "السيدة", "معالي", "وسمو")."""
    return word in gazetteer.HONORIFIC_WORDS_AR or honorific_ar(word)


def glued_title_ar(word: str) -> bool:
    """Whether a word is "ب" or "ل" glued to a title ("بفخامة", "لمعالي", "بالسفير",
    "للدكتور"): the person named after it is the object of a preposition, not the one whose
    role comes before it."""
    bare = ARABIC_MARKS.sub("", word)
    if bare[:1] not in "بل" or len(bare) < 4:
        return False
    rest = "ال" + bare[3:] if bare.startswith("بال") else "ال" + bare[2:] if bare.startswith("لل") else bare[1:]
    return rest in honorific_heads_ar()


def role_word_ar(word: str) -> bool:
    """Whether a word starts a role ("وزير", "المستشار", "والي"; not "وإلى", nor "للمدير":
    a role after a preposition is someone's named elsewhere)."""
    return (arabic_word_key(word) in gazetteer.ROLE_WORDS_AR and not is_stop_ar(word)
            and not with_preposition_ar(word))
