"""What an Arabic verb takes between a role and the next name, so that the role stays its
subject's: a delegation the verb receives ("استقبل نائب المدير العام وفدا يضم السيد …": the
named one is a member), the speech the subject spoke in ("وأكد المدير العام في كلمته …")."""

from __future__ import annotations

import re

from icli.extract import gazetteer
from icli.extract.word_forms_ar import possessed_ar
from icli.text.normalize import ARABIC_MARKS, ARABIC_WORD, arabic_fold, arabic_word_key

# A delegation ("وفد", "وفود"), folded keys; "وفدا" with the accusative's alef is a verb's object.
COMPANIONS_AR = frozenset({"وفد", "وفود"})


# Verbs whose object is a person (folded, without "و"): after one, a role then a title and a
# name may be the subject and its object ("استقبل وزير الثقافة السفير …", "هنأ …").
MEETING_VERBS_AR = frozenset({"استقبل", "استقبلت", "يستقبل", "تستقبل", "التقي", "التقت", "يلتقي",
                              "تلتقي", "كرم", "كرمت", "يكرم", "تكرم", "هنا", "هنات", "يهني", "تهني"})


def delegation_object_ar(word: str, previous: str) -> bool:
    """Whether a word is a delegation that is the verb's object, not part of a role: the
    accusative "وفدا", or "وفد"/"الوفد" after a word that is no role word ("رئيس وفد المملكة"
    is a role; "والوفد المرافق له" follows a role's holder: roles_ar.without_companions_ar)."""
    if "ف" not in word:
        return False  # every form of "وفد" has its "ف": the common case, cheaply
    bare = ARABIC_MARKS.sub("", word)
    if bare in ("وفدا", "وفودا"):
        return True
    return bare.removeprefix("ال") in COMPANIONS_AR and arabic_word_key(previous) not in gazetteer.ROLE_WORDS_AR


_NEXT_WORD_AR = re.compile(rf"[ \u00a0]+({ARABIC_WORD.pattern})")


def delegation_after_ar(text: str, end: int, previous: str) -> bool:
    """Whether the word right after `end` (after the word `previous`) is a delegation that is
    the verb's object ("استقبل الرئيس أ ب الوفد."): what ends the name before it."""
    following = _NEXT_WORD_AR.match(text, end)
    return following is not None and delegation_object_ar(following.group(1), previous)


# "In", as pages write it.
IN_AR = frozenset({"في", "فى", "فِي"})


def speech_adverbial_ar(word: str, following: str) -> bool:
    """Whether "في" and a noun with a possessive pronoun ("في كلمته", "في تصريحها") say where
    the subject spoke: the sentence's, never a role's complement."""
    return arabic_fold(word) in IN_AR and possessed_ar(following)

