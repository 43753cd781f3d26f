"""The Arabic role written before a name: from the last role word before it in its clause, or
the clause before a comma when the name stands in apposition to a role."""

from __future__ import annotations

import re

from icli.extract import gazetteer
from icli.extract.names_ar import (
    ROLE_ADJECTIVES_AR,
    country_words_ar,
    honorific_ar,
    is_stop_ar,
    is_verb_ar,
    preposition_with_pronoun_ar,
    with_preposition_ar,
)
from icli.extract.role_words_ar import (
    adverbial_ar,
    and_role_ar,
    and_to_role_ar,
    possessed_role_ar,
    role_word_ar,
    to_role_ar,
)
from icli.extract.roles_ar import CLAUSE_END_AR, role_clause_ar, without_companions_ar
from icli.extract.verb_objects_ar import delegation_object_ar
from icli.extract.word_forms_ar import definite_ar
from icli.text.normalize import ARABIC_WORD, arabic_fold, arabic_word_key


def role_before_ar(text: str, start: int) -> str | None:
    """The role written right before a name in the same clause ("برئاسة وزير التربية الوطنية
    الدكتور …", "للمدير العام الجديد الدكتور …"): from the last role word before `start`, with
    no verb or stop word between; or the whole clause before a comma when it is a role and the
    name stands in apposition to it ("أمين عام اللجنة الوطنية …، د. …")."""
    clause = text[max(0, start - 200) : start]
    cut = max(clause.rfind(c) for c in "،,.؛;:\n()")
    if cut >= 0 and clause[cut] in "،," and not clause[cut + 1 :].strip() and text[start] != "و":
        return _apposed_role_ar(clause[:cut]) or _role_and_its_body_ar(clause[:cut])
    if cut >= 0 and clause[cut] in "،," and _body_complement_ar(clause[cut + 1 :]):
        return _role_and_its_body_ar(clause.rstrip())  # "…، بالمنظمة السفير …"
    clause = clause[cut + 1 :]
    words = list(ARABIC_WORD.finditer(clause))
    for n in range(len(words) - 1, -1, -1):
        word = words[n].group()
        if delegation_object_ar(word, words[n - 1].group() if n else ""):
            return None  # "استقبل نائب المدير العام وفدا يضم السيد …": a member of the delegation
        if possessed_role_ar(word):  # "وزيرة التعليم ونائبها الأستاذ …": her deputy, the next
            role = clause[words[n].start() + (word[:1] == "و") :].strip()  # person, has that role
            return role if len(role) > 2 else None  # alone ("عن الجامعة رئيسها الدكتور …")
        if n and (arabic_word_key(words[n - 1].group()) in gazetteer.ORG_HEADS_AR | gazetteer.NAMED_AFTER_HEADS_AR
                  and definite_ar(word) and not definite_ar(words[n - 1].group())
                  and not clause[words[n - 1].end() : words[n].start()].strip()):
            continue  # "رئيس جامعة الملك فيصل الدكتور …": a title in the body's name, the role is before
        if role_word_ar(word) or to_role_ar(word) or and_role_ar(word):
            while n and not and_role_ar(words[n].group()) and not (
                    definite_ar(words[n - 1].group()) and not definite_ar(words[n].group())) and (
                    role_word_ar(words[n - 1].group()) or to_role_ar(
                    words[n - 1].group()) or and_role_ar(words[n - 1].group())) and not and_to_role_ar(
                    words[n - 1].group(), words[n]):
                n -= 1  # "نائب المدير العام", "مستشار وزير الخارجية", "لنائب المدير العام", "ومساعد الرئيس"
                # (a word with the article governs no indefinite word: "… الأمين وزير …" is a name's end)
            if (n >= 2 and definite_ar(words[n].group()) and definite_ar(words[n - 1].group())
                    and arabic_word_key(words[n - 1].group())
                    in ROLE_ADJECTIVES_AR and role_word_ar(words[n - 2].group())):
                n -= 2  # "المدير العام المساعد", "الأمين العام المساعد": one role
            n = _role_governing_before_ar(clause, words, n)
            n = _role_chained_before_ar(words, n)
            role = role_clause_ar(without_companions_ar(clause[words[n].start() :].strip()))
            return role if len(role) > 2 else None
        following = words[n + 1].group() if n + 1 < len(words) else ""
        if is_stop_ar(word) and arabic_fold(word) not in gazetteer.ROLE_LINKS_AR and not (
                with_preposition_ar(word) and following and not adverbial_ar(word, following)) and not (
                preposition_with_pronoun_ar(arabic_fold(word))):
            return None  # (but "المكلف بالتعاون الإفريقي": a complement; "بالتعاون مع": the sentence's;
            # "رئيس الهيئة والوفد المرافق له الدكتور …": the companions, without_companions_ar)
    return None


def _role_governing_before_ar(clause: str, words: list[re.Match[str]], n: int) -> int:
    """Where a role at words[n] glued to "ل" starts, when a role word and up to two adjectives
    right before it govern it ("المبعوث الخاص للأمين العام …": the envoy's role, not the
    Secretary-General's)."""
    if not to_role_ar(words[n].group()) or words[n].group()[:1] == "ب":
        return n  # "التقى المدير العام بوزير …": "ب" governs the person met, no role before
    m = n - 1
    while m >= max(0, n - 2) and definite_ar(words[m].group()) and not role_word_ar(words[m].group()) and not (
            is_stop_ar(words[m].group())):
        m -= 1
    if m < 0 or m == n - 1 or not role_word_ar(words[m].group()) or CLAUSE_END_AR.search(
            clause, words[m].end(), words[n].start()):
        return n
    return m


def _role_chained_before_ar(words: list[re.Match[str]], n: int) -> int:
    """Where a role at words[n] starts, with a role ending with a demonym right before it
    ("وزير التعليم العالي المصري رئيس المؤتمر …"; without it, maybe the subject)."""
    m = n - 1
    while m > 0 and definite_ar(words[m].group()) and not is_stop_ar(words[m].group()):
        m -= 1
    first = words[m].group()
    return m if 0 <= m < n - 1 and arabic_word_key(words[n - 1].group()) in country_words_ar() and (
        role_word_ar(first) and not and_role_ar(first)) else n


def _apposed_role_ar(before: str) -> str | None:
    """The clause before a comma, when it is a role the next name stands in apposition to
    ("مرشح فلسطين، أمين عام اللجنة الوطنية …، د. …" → "أمين عام اللجنة الوطنية …"), also
    after the "و" that joins it to the sentence ("…، والمدير العام لمركز …، الدكتور …")."""
    clause = before[max(before.rfind(c) for c in "،,.؛;:\n()") + 1 :].strip()
    lead = ARABIC_WORD.match(clause)
    verb = False  # whether a verb opens the clause
    while lead and (is_verb_ar(lead.group()) or (honorific_ar(lead.group()) or lead.group() in (
            gazetteer.HONORIFIC_WORDS_AR)) and not role_word_ar(lead.group())):
        verb = verb or is_verb_ar(lead.group())
        clause = clause[lead.end() :].strip()  # "شارك معالي وزير الثقافة، السيد …": the role
        # (a title that is a role word starts it: "السفير المفوض …، السيد …")
        lead = ARABIC_WORD.match(clause)
    if verb and lead and not role_word_ar(lead.group()) and not and_role_ar(lead.group()):
        opening = next((w for w in ARABIC_WORD.finditer(clause) if role_word_ar(w.group()) or and_role_ar(w.group())), None)
        clause = clause[opening.start() :] if opening else clause  # "وحضر اللقاء مدير مكتب …، السيد …", "وحضر
        # الاجتماع الوفد الرسمي ورئيس الجامعة، الدكتور …": the verb's object, then the role
    words = list(ARABIC_WORD.finditer(clause))
    headed = next((words[n + 1] for n in range(len(words) - 2, -1, -1) if is_stop_ar(words[n].group())
                   and arabic_fold(words[n].group()) not in gazetteer.ROLE_LINKS_AR
                   and role_word_ar(words[n + 1].group())), None)
    clause = clause[headed.start() :] if headed else clause  # "الوزير الوفد برئاسة مدير التعاون، السيد …":
    # the role after "برئاسة", "بحضور" is the named one's
    first = ARABIC_WORD.match(clause)
    if first is not None and and_role_ar(first.group()):
        clause = clause[1:]  # "…، والمدير العام لمركز …، الدكتور …": "و" joins the next person
        first = ARABIC_WORD.match(clause)
    if first is None or not role_word_ar(first.group()):
        return None
    role = role_clause_ar(clause)
    return role if len(role) > 2 else None


def _body_complement_ar(clause: str) -> bool:
    """Whether a clause is only the body a role is held in, glued to "ب" ("بمنظمة التعاون
    الإسلامي", "بالمنظمة"): an organization's head, then words with the article."""
    words = ARABIC_WORD.findall(clause)
    if not words or len(words) > 5 or words[0][:1] != "ب":
        return False
    key = arabic_word_key(words[0])
    return (key in gazetteer.ORG_HEADS_AR or key[1:] in gazetteer.ORG_HEADS_AR) and all(
        definite_ar(w) and not is_stop_ar(w) for w in words[1:])


def _role_and_its_body_ar(before: str) -> str | None:
    """A role in apposition whose body comes after a comma of its own ("الأمين العام المساعد
    للشؤون الثقافية، بمنظمة التعاون الإسلامي، السفير …"): the role, that comma and the body."""
    cut = max(before.rfind(c) for c in "،,")
    if cut < 0 or not _body_complement_ar(before[cut + 1 :]):
        return None
    head = before[:cut].rstrip()
    role = _apposed_role_ar(head)
    return role + before[len(head) :].strip() if role and head.endswith(role) else None
