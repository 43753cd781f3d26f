"""What a word glued to "و" right before an Arabic name and its role is
(`people_ar._names_before_roles_ar`): "and" and the name's first word ("… الآداب، ووسيم الحداد،
أستاذ …"), a first name that starts with "و" itself ("ضم وليد الخطيب، عميد …", "وقال وائل
الحسن، رئيس الوفد"), or the verb of the sentence it opens ("… مثمرا. واطلع المالك المسؤول …")."""

from __future__ import annotations

import re

from icli.extract.names_ar import is_stop_ar, is_verb_ar
from icli.extract.word_forms_ar import definite_ar, object_noun_ar
from icli.text.date_clauses import sentence_of
from icli.text.normalize import ARABIC_WORD

# A role in apposition up to its closing comma and the word after it ("…، الباحث في جامعة …،
# فاز"): a verb there makes the name before the role the sentence's subject.
_APPOSED_ROLE_AR = re.compile(rf"[^،,.؛;:\n؟?!]{{1,120}}?[،,][ \u00a0]*({ARABIC_WORD.pattern})")


def glued_and_start_ar(text: str, words: list[re.Match[str]], n: int, index: int) -> tuple[int | None, int]:
    """Where the name before the role at words[index] starts when words[n] is glued to "و": the
    index of its first word (None: no name) and how many letters of that word are not the name's.

    Opening a sentence, the word is the sentence's verb and the name starts after it ("وودع كريم
    التازي رئيس الجمعية"), unless the name is the subject set apart from its role by commas and
    a verb follows the role ("وهيب العلوي، الباحث …، فاز", "ووفاء بن علي، الأستاذة …، فازت"):
    then the word is the name's, less "و" when a second "و" follows it. Right after a verb or a
    preposition "و" joins nothing: it is the name's first letter ("ضم وليد الخطيب، عميد …").
    Anywhere else it is "and", and words that all carry the article, the first a verbal noun
    (`object_noun_ar`), right after a word with it and no comma, join the words of a role before
    them, no name ("وزير التعليم الأساسي والتعليم المدني رئيس …"; but "وزير الصحة والهادي
    العماري المستشار …", "سعيد حسن والحسن الإدريسي رئيس …")."""
    word = words[n]
    if not text[sentence_of(text, word.start()) : word.start()].strip():
        if _subject_in_apposition_ar(text, words, index):
            return n, 1 if word.group()[1:2] == "و" else 0
        return (n + 1 if n + 1 < index else None), 0
    previous = words[n - 1] if n else None
    if previous and not text[previous.end() : word.start()].strip() and is_stop_ar(previous.group()):
        return n, 0
    if previous and not text[previous.end() : word.start()].strip() and object_noun_ar(word.group()[1:]) and all(
            definite_ar(w.group()) for w in [previous, *words[n:index]]):
        return None, 0  # "وزير التعليم الأولي والتعليم المدني رئيس …": the first role's words
    return n, 1


def _subject_in_apposition_ar(text: str, words: list[re.Match[str]], index: int) -> bool:
    """Whether the role at words[index] stands between commas after its name, a verb after it."""
    if text[words[index - 1].end() : words[index].start()].strip() not in ("،", ","):
        return False
    apposed = _APPOSED_ROLE_AR.match(text, words[index].start())
    return apposed is not None and is_verb_ar(apposed.group(1))
