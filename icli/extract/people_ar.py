"""People named in an Arabic text, with the role the text gives them."""

from __future__ import annotations

import re

from icli.extract import gazetteer
from icli.extract.glued_and_ar import glued_and_start_ar
from icli.extract.identity import key_surname, people_in_article, person_key
from icli.extract.mention import Mention
from icli.extract.name_to_role_ar import name_to_role_ar
from icli.extract.names_ar import (
    NOUN_TAKERS_AR,
    followed_by_stop_ar,
    is_stop_ar,
    is_verb_ar,
    name_at_ar,
    name_words_ar,
    named_after_ar,
    nisba_before_clause_end_ar,
    not_a_name_word_ar,
    noun_phrase_ar,
    portfolios_ar,
)
from icli.extract.offices import is_own_head_ar
from icli.extract.patterns import AFTER_FIRST_NAME_AR, MAX_MENTIONS, Spans
from icli.extract.people_listed_ar import listed_after_opener_ar, listed_with_country_ar
from icli.extract.role_before_ar import role_before_ar
from icli.extract.role_words_ar import and_role_ar, glued_title_ar, role_word_ar, to_role_ar, without_and_ar
from icli.extract.roles_ar import (
    BRACKETED_WORD_AR,
    CLAUSE_END_AR,
    QUOTES_AR,
    ROLE_SCAN_AR,
    name_opens_ar,
    object_follows_ar,
    role_after_ar,
    role_end_ar,
    without_its_complement_ar,
)
from icli.extract.verb_objects_ar import MEETING_VERBS_AR, delegation_after_ar
from icli.extract.word_forms_ar import definite_ar, feminine_ar, masdar_ar, nisba_ar, possessed_ar
from icli.text.normalize import (
    ARABIC_MARKS,
    ARABIC_WORD,
    arabic_fold,
    arabic_marks_optional,
    arabic_word_key,
)

_HONORIFIC_CHAIN_AR = re.compile(  # "للدكتور", "لمعالي", "بالسيدة": "ل" or "ب" glued to an honorific
    r"(?<![\w.])و?(?:(?:" + "|".join(arabic_marks_optional(w) for w in sorted(
        {*gazetteer.HONORIFIC_WORDS_AR, *(p + w[2:] for w in gazetteer.HONORIFIC_WORDS_AR
                                          if w.startswith("ال") and len(w) > 4 for p in ("لل", "بال")),
         *(p + w for w in gazetteer.HONORIFIC_WORDS_AR if not w.startswith("ال") and "." not in w
           for p in "لب")},
        key=len, reverse=True))
    + r")\s+)+")  # short vowels on an honorific ("الدكتورُ") change nothing


def _role_of_next_name_ar(text: str, title: re.Match[str], end: int, role: str) -> bool:
    """Whether the role after a name (from its `title` to `end`) is rather the next name's: the
    name has a role in apposition before it ("التقى وزير التعليم، الدكتور …،"; not before a
    glued title, "… التهاني للدكتور …": the object), and the role is followed by a comma and a
    name with no title and no "و" that ends its clause ("…، أمين عام المنظمة، عبد العزيز
    التويجري،")."""
    at = text.find(role, end)
    after = re.match(r"[ \u00a0]*[،,][ \u00a0]*", text[at + len(role) : at + len(role) + 5]) if at >= 0 else None
    if after is None:
        return False
    name, name_end = name_at_ar(text, at + len(role) + after.end())
    words = name.split()
    return (_name_length_ar(words) >= 2 and name_words_ar(words) and words[0][:1] != "و"
            and CLAUSE_END_AR.match(text, name_end) is not None
            and not glued_title_ar(title.group().split()[0].removeprefix("و"))
            and role_before_ar(text, title.start()) is not None)


def _subject_before_object_ar(text: str, title: re.Match[str], role: str, name: str) -> bool:
    """Whether the role right before a title and a name is the subject of the verb before it,
    not the named person's role: a verb, then a masculine role and a woman's title ("استقبل
    المدير العام السيدة …"; a masculine role in a list can be a woman's: "ومساعد الرئيس …
    الدكتورة …"), or ICESCO's head ("استقبل المدير العام للإيسيسكو الدكتور …": the one received
    is the object) unless the name is one of ICESCO's leaders (a later mention of the name with
    that role gives it back: people_in_article)."""
    feminine = feminine_ar(title.group().split()[0]) and not feminine_ar(role.split()[0])
    if not feminine and not (is_own_head_ar(role) and _names_only_icesco_ar(role)
                             and not _leader_ar(name)):
        return False
    if object_follows_ar(text, title.end() + len(name)):
        return False  # "استقبل المدير العام للإيسيسكو الدكتور أ وزير … السيد ب": ب is the object
    return _after_verb_ar(text, text.rfind(role, 0, title.start()))


def _after_verb_ar(text: str, start: int, verbs: frozenset[str] | None = None) -> bool:
    """Whether the word right before `start` is a verb (one of `verbs` when given): a role there
    may be the sentence's subject ("استقبل وزير الثقافة السفير …"), where a title's own role is the
    named one's (but "وحضر الحفل رئيس مجلس الأمناء صاحب السمو الملكي الأمير …", "وحضر ولي العهد
    الأمير …": the role before is his)."""
    previous = list(ARABIC_WORD.finditer(text, max(0, start - 20), start)) if start > 0 else []
    if not previous or not is_verb_ar(previous[-1].group()):
        return False
    return verbs is None or arabic_fold(previous[-1].group()).removeprefix("و") in verbs


def _names_only_icesco_ar(role: str) -> bool:
    """Whether the words of a head's role after "المدير العام" name no body but ICESCO (none,
    or "للإيسيسكو"): not "المدير العام للألكسو"."""
    rest = ARABIC_WORD.findall(role)[2:]
    return not rest or len(rest) == 1 and gazetteer.names_icesco(
        rest[0][2:] if rest[0].startswith("لل") else rest[0])  # "للإيسيسكو": "ل" and the article


def _leader_ar(name: str) -> bool:
    """Whether an Arabic name is one of ICESCO's leaders' (gazetteer.LEADERSHIP_ARABIC), by
    its surname."""
    return key_surname(person_key(name)) in {key_surname(person_key(leader))
                                             for leader in gazetteer.LEADERSHIP_ARABIC}


def _after_particle_ar(text: str, start: int) -> bool:
    """Whether the word right before `start` is a name particle ("ولد", "بن"): what follows
    is the rest of a name, not a title."""
    before = list(ARABIC_WORD.finditer(text, max(0, start - 8), start))
    return bool(before) and not text[before[-1].end() : start].strip() and (
        before[-1].group() in gazetteer.NAME_PARTICLES_AR)


def _honorific_role_ar(chain: str) -> str | None:
    """The role an honorific itself gives ("جلالة الملك" → "الملك", "بالسفير" → "السفير")."""
    words = [_unglued_ar(w) for w in chain.split()]
    words = [w for w in words if w in gazetteer.HONORIFIC_ROLES_AR]
    return words[-1] if words else None


def _unglued_ar(word: str) -> str:
    """An honorific without the "و" and the "ب" or "ل" glued to it ("وبالسفير", "للسفير" →
    "السفير")."""
    word = word.removeprefix("و")
    if not glued_title_ar(word):
        return word
    return "ال" + word[3:] if word.startswith("بال") else "ال" + word[2:] if word.startswith("لل") else word[1:]


def _ends_clause_ar(text: str, end: int) -> bool:
    """Whether a name ending at `end` is followed by the end of its clause: punctuation (not
    the end of a line), a verb, "إن/أن" or a word glued to "و" (not a preposition: "آفاق
    التعاون في")."""
    following = re.match(r"[ \u00a0]*", text[end : end + 40])
    position = end + (following.end() if following else 0)
    if position >= len(text) or text[position] == "\n":
        return False  # a title's last words are its subject, not a name
    if CLAUSE_END_AR.match(text, position):
        return True
    word = ARABIC_WORD.match(text, position)
    if word is None:
        return False
    key = arabic_word_key(word.group())
    return (is_verb_ar(word.group()) or key in gazetteer.THAT_AR or key in gazetteer.ROLE_STOPS_AR
            and definite_ar(word.group()) or word.group()[:1] == "و"
            and ARABIC_MARKS.sub("", word.group())[1:] not in gazetteer.PREPOSITIONS_AR)


def _names_after_roles_ar(text: str, words: list[re.Match[str]], taken: Spans) -> list[Mention]:
    """People named right after their role, with no comma or honorific ("سفير جمهورية مالي لدى
    المغرب محمد محمود بن لابات،"): the role's complement runs through words with the article,
    countries, organizations and the objects of its prepositions; the name is the words after
    it, when they end the clause."""
    found: list[Mention] = []
    for index, word in enumerate(words):
        glued = and_role_ar(word.group()) or to_role_ar(word.group())  # "والمدير", "للباحثة نوال …"
        if not (role_word_ar(word.group()) or glued) or word.start() in (
                taken) or named_after_ar(text, word.start()) or without_its_complement_ar(text, word):
            continue  # "مدينة الملك عبدالله": a place; "القائم على …": no role
        last = role_end_ar(text, words, index)
        role_end, j = words[last].end(), last + 1
        acronym = BRACKETED_WORD_AR.match(text, role_end)
        if acronym and j < len(words) and words[j].start() < acronym.end():
            role_end = acronym.end()  # "لبرنامج الخليج العربي للتنمية (أجفند) …": its acronym
            while j < len(words) and words[j].start() < role_end:
                j += 1
        if j >= len(words) or j >= index + ROLE_SCAN_AR or not_a_name_word_ar(words[j].group()):
            continue
        gap = text[role_end : words[j].start()]
        apposition = gap.strip() in ("،", ",")  # "المدير العام للإيسيسكو، سالم بن محمد المالك"
        quoted = QUOTES_AR.get(gap.strip())  # "التلميذة "لينا …"": a name in quotes
        if CLAUSE_END_AR.search(gap) and not apposition and not quoted:
            continue
        if last == index and words[j].group() in AFTER_FIRST_NAME_AR and _role_word_in_name_ar(text, words, index):
            continue  # "محمد الأمين بن ناصر": the role word is the name's second word
        start = words[j].start()
        coordinated = words[j].group()[:1] == "و" and words[j].group() not in gazetteer.NAME_PARTICLES_AR
        if coordinated:  # "مستشار المدير العام ومحمد زين العابدين، مدير …": another person
            start += 1
        name, end = name_at_ar(text, start, titled=True)  # a role before a name is its title
        object_next = end < name_at_ar(text, start)[1] or delegation_after_ar(text, end, name.split()[-1] if name else "")
        # "الوزير يوسف كمال سبل تعزيز …", "الرئيس أ ب الوفد": the verb's object
        if coordinated and not quoted and (role_after_ar(text, end) is None or all(map(definite_ar, name.split()))):
            continue  # "و" + a name stands for a second person only with the role that person
            # is given ("ورشة العمل،" is one word: a noun, no "و" + "رشة"), never "و" + definite
            # words with no name word ("وزير التعليم العالي والبحث العلمي، …": the role's)
        if not quoted and _noun_and_complement_ar(word.group(), name, apposition):
            continue  # "وترأس وزير التربية جلسة العمل": the verb's object, no name
        if (name and not quoted and not apposition and possessed_ar(name.split()[-1])
                and not name.endswith("ه") and to_role_ar(word.group())):
            continue  # "للمدير العام دعم بلادها": after "ل" + role, a noun with its pronoun
            # ("ها", "هم"), no name; after a role alone a name ("مدير المعهد محمد براهم")
        particle = bool(gazetteer.NAME_PARTICLES_AR.intersection(name.split()[:-1]))
        if quoted:
            closing = text.find(quoted, start, start + 60)
            name, end = text[start:closing].strip(), closing
            if closing < 0 or not 2 <= len(name.split()) <= 4 or not ARABIC_WORD.fullmatch(
                    name.replace(" ", "")):
                continue
        elif len(name.split()) < 2 or not (_ends_clause_ar(text, end) or object_next or (
                apposition or particle or _name_length_ar(name.split()) >= 3 or _first_and_family_ar(name))
                and followed_by_stop_ar(text, end)):
            continue  # "الرئيس المصري عبد الفتاح السيسي على …", "وزير التربية عمر الرزاز إلى …"
        if last == index and not definite_ar(word.group()):
            continue  # "مدير إدارة العلوم": a role word with no article governs the words after it
        if apposition and not (gazetteer.NAME_PARTICLES_AR.intersection(name.split()[1:-1]) or len(
                name.split()) >= 3 and name.split()[0] in gazetteer.ARABIC_COMPOUND_FIRST
                or (_first_and_family_ar(name) or _plain_name_ar(name)) and _APPOSED_END_AR.match(text, end)):
            continue  # after a comma, only a name that reads as one ("سالم بن محمد المالك", "عبد العزيز …",
            # "…، سلطان الخليف،", "…، سعيد أمزازي،": a first and a family name set apart by commas)
        if not name_words_ar(name.split()):
            continue
        if apposition and text[: word.start()].rstrip()[-1:] in ("،", ",") and role_after_ar(text, end):
            continue  # "أ، وزير الثقافة، ب، وزير التربية": a role between commas is the name's before it
        if last > index and arabic_word_key(words[last - 1].group()) in gazetteer.ORG_HEADS_AR:
            continue  # "رئيس جامعة القاضي عياض": the organization's name goes on, no person
        role = (role_after_ar(text, end) if coordinated
                else without_and_ar(text[word.start() : role_end]))
        if last == index and not coordinated and _APPOSED_END_AR.match(text, end):
            role = role_after_ar(text, end) or role  # "الرئيس أ، رئيس جمهورية جيبوتي،": the whole role
        found.append(Mention("person", person_key(name), name, None, role, name, start, end,
                             rule="person.ar.role-then-quoted-name" if quoted else "person.ar.role-then-name"))
    return found


_APPOSED_END_AR = re.compile(r"[ \u00a0]*[،,]")  # the comma that closes a name in apposition


def _noun_and_complement_ar(role_word: str, name: str, apposition: bool) -> bool:
    """Whether two words right after a role (no comma) read as a noun and its definite
    complement, not a first and a family name: a verbal noun on either side ("تطوير الشراكة",
    "حفل الافتتاح"; a nisba family name aside), or a feminine noun ("جلسة العمل", "جائزة …")
    after a masculine role (a woman named after a role has the role in the feminine: "وزيرة
    الثقافة هدى …"), not a man's name ending in ة ("حمزة"), whose second word is no nisba
    family name."""
    words = name.split()
    if apposition or len(words) != 2 or definite_ar(words[0]) or not definite_ar(words[1]):
        return False
    return masdar_ar(words[0]) or not nisba_ar(words[1]) and (
        masdar_ar(arabic_word_key(words[1]))
        or feminine_ar(words[0]) and not feminine_ar(role_word)
        and ARABIC_MARKS.sub("", words[0]) not in gazetteer.MASCULINE_TA_FIRST_AR)


def _first_and_family_ar(name: str) -> bool:
    """Whether two words read as a first name and a family name with the article ("عمر
    الرزاز"), not as a verbal noun and its object ("تطوير الشراكة") nor a noun and its verbal
    noun ("سبل التعاون")."""
    words = name.split()
    return (len(words) == 2 and not definite_ar(words[0]) and definite_ar(words[1])
            and not masdar_ar(words[0]) and not masdar_ar(arabic_word_key(words[1]))
            and not gazetteer.names_icesco(words[1]))  # "ندوة الإيسيسكو": ICESCO's, no family


def _plain_name_ar(name: str) -> bool:
    """Whether two to four words read as a first name and family names with no article on the
    first nor the last ("سعيد أمزازي", "محمد المهدي بنسعيد"), no verbal noun among them."""
    words = name.split()
    return (2 <= len(words) <= 4 and not definite_ar(words[0]) and not definite_ar(words[-1])
            and not any(masdar_ar(w) for w in words))


def _role_word_in_name_ar(text: str, words: list[re.Match[str]], n: int) -> bool:
    """Whether the role word with the article at words[n] is the second word of a first name
    ("محمد الأمين بن ناصر"): "بن"/"ولد" follows it and a first name opening a name comes right
    before it, no role word, country or verb."""
    if not (0 < n < len(words) - 1 and words[n + 1].group() in AFTER_FIRST_NAME_AR
            and definite_ar(words[n].group()) and role_word_ar(words[n].group())):
        return False
    previous = words[n - 1].group()
    return (not text[words[n - 1].end() : words[n].start()].strip() and not definite_ar(previous)
            and not not_a_name_word_ar(previous) and name_opens_ar(text, words, n - 1))


def _names_before_roles_ar(text: str, words: list[re.Match[str]], taken: Spans) -> list[Mention]:
    """People named first with their role after, no honorific ("استقبل فؤاد المنصوري رئيس
    الحكومة", "الحبيب الصيد، رئيس …", "والياس بن عمر المستشار …"): two to four name words
    right before a role word, after the start of a clause, a verb or "و" (a word glued to "و"
    that opens a sentence is its verb: the name starts after it)."""
    found: list[Mention] = []
    for index, word in enumerate(words):
        if not role_word_ar(word.group()) or index < 2 or word.start() in taken or (
                without_its_complement_ar(text, word)):
            continue
        gap = text[words[index - 1].end() : word.start()]
        if gap.strip() not in ("", "،", ","):
            continue
        first, skip = None, None  # skip: letters of the first word before the name
        n = index - 1
        while n >= 0 and (index - n <= 4 or _name_length_ar([w.group() for w in words[n:index]]) <= 4):
            current = words[n].group()
            between = text[words[n].end() : words[n + 1].start()] if n < index - 1 else ""
            if between.strip() not in ("", "-"):
                break
            if n and text[words[n - 1].end() : words[n].start()] == "-":
                n -= 1  # "جون-هو": the second half of one word of a name
                continue
            if current == "و":
                first = n + 1 if n + 1 < index else None  # "… السابق و مهاتير محمد رئيس …": "و" apart
                break
            glued_and = (current[:1] == "و" and current not in gazetteer.NAME_PARTICLES_AR
                         and not not_a_name_word_ar(current) and not not_a_name_word_ar(current[1:]))
            if not current.strip("\u0640"):
                first = n + 1 if n + 1 < index else None  # "ـ أحمد ولد سالم، وزير …": a list's dash
                break
            if not_a_name_word_ar(current) and not glued_and and not _role_word_in_name_ar(text, words, n):
                break
            if glued_and:  # "و" and a name, a name in "و" or a verb: glued_and_start_ar
                first, skip = glued_and_start_ar(text, words, n, index)
                break
            if index - n > 2 and _headline_noun_ar(current):
                first = n + 1  # "تجديد تعيين سلمى الحارثي مديرة …": a headline's verbal nouns, then the name
                break
            opens = name_opens_ar(text, words, n)
            if opens and n and arabic_fold(words[n - 1].group()) in NOUN_TAKERS_AR:
                break  # "هذا اللقاء", "قبل المدرسي", "التي كان": a noun or a clause, no name
            if (not opens and n < index - 1 and definite_ar(current)
                    and words[n + 1].group() in AFTER_FIRST_NAME_AR):
                first = n  # "حضر اللقاء النامي ولد الصاليحي": a first name before "ولد"
                if n and (arabic_word_key(words[n - 1].group()) in gazetteer.ARABIC_COMPOUND_FIRST or (
                        not definite_ar(words[n - 1].group()) and not not_a_name_word_ar(words[n - 1].group())
                        and name_opens_ar(text, words, n - 1))):
                    first = n - 1  # "عبد العزيز بن عثمان …", "وأشاد سيف الإسلام بن ناصر، …": a
                    # first name of two words
                break
            if (definite_ar(current) and n > 1 and n != index - 1 and not opens
                    and (arabic_word_key(words[n - 1].group()) in gazetteer.ARABIC_COMPOUND_FIRST
                         or ARABIC_MARKS.sub("", current) == "الله")
                    and not text[words[n - 1].end() : words[n].start()].strip()):
                n -= 1  # "عبد العزيز خلف المدير …", "سيف الله الأصرم، رئيس …": a compound first
                continue  # name (a word and "الله" after it) is one word
            if definite_ar(current) and n != index - 1 and not opens:
                break
            if (opens and n and definite_ar(current) and index - n > 2 and is_verb_ar(words[n - 1].group())
                    and not definite_ar(words[n + 1].group())
                    and words[n + 1].group() not in gazetteer.NAME_PARTICLES_AR):
                first = n + 1  # "وحضر اللقاء سالم الحربي، نائب …": the verb's object, then the name
                break
            if opens:
                first = n
                break
            n -= 1
        if first is None:
            continue
        start = words[first].start() + (skip if skip is not None else words[first].group()[:1] == "و")
        end = words[index - 1].end()
        name = text[start:end]
        if not 2 <= _name_length_ar(name.split()) <= 4 or start in taken or " " not in name:
            continue
        if any(is_stop_ar(w) or w in gazetteer.HONORIFIC_WORDS_AR for w in name.split()) or (
                arabic_fold(name) in portfolios_ar()) or (
                not gap.strip() and noun_phrase_ar(name.split())):  # "الوفد دعم الرئيس"
            continue  # "وزير التعليم العالي والبحث العلمي رئيس …": a minister's portfolio
        role = role_after_ar(text, end)
        if role is None:
            continue  # "اتفاقية إنشاء كرسي الأمير محمد …": the word is the next name's title, no role
        if " " not in role and definite_ar(role) and possessed_ar(name.split()[-1]):
            continue  # "ولي عهده الأمين": a noun with its pronoun is definite, the word after it
            # its adjective, no role
        found.append(Mention("person", person_key(name), name, None, role,
                             name, start, end, rule="person.ar.name-then-role"))
    return found


def _headline_noun_ar(word: str) -> bool:
    """Whether a word is an indefinite verbal noun ("تعيين", "تجديد", "انتخاب", "استقبال"), no
    first name of that measure ("توفيق"): a headline's action on the name after it."""
    return (not definite_ar(word) and masdar_ar(word) and ARABIC_MARKS.sub("", word) not in gazetteer.NOUN_LIKE_FIRST_AR)


def _name_length_ar(words: list[str]) -> int:
    """How many words a name has, its particles aside ("عبد العزيز بن عثمان التويجري": 4)."""
    particles = gazetteer.NAME_PARTICLES_AR.intersection(words)
    return len(words) - (sum(w in particles for w in words) if particles else 0)


def extract_people_ar(text: str, skip: list[tuple[int, int]]) -> list[Mention]:
    """Named people of an Arabic text, with their role: after an honorific (الدكتور، معالي،
    السيد، السفير، جلالة الملك …), right after their role ("سفير … لدى المغرب محمد …"), or
    first with their role after ("فؤاد المنصوري رئيس الحكومة"); one mention per identity."""
    found: list[Mention] = []
    taken = Spans(skip)
    given_after: set[int] = set()  # where the roles given after a name start
    for match in _HONORIFIC_CHAIN_AR.finditer(text):
        if len(found) >= MAX_MENTIONS:
            break
        if match.start() in taken or named_after_ar(text, match.start()) or _after_particle_ar(text, match.start()):
            continue  # "محمد ولد الشيخ الغزواني": "الشيخ" after a name particle is the name's
        name, end = name_at_ar(text, match.end(), titled=True)
        name, end = name_to_role_ar(text, end - len(name), name, end)
        closing = QUOTES_AR.get(text[match.end() : match.end() + 1])
        if not name and closing:  # "السيد "فينسان دفورني"،": a name in quotes after its title
            name, end = name_at_ar(text, match.end() + 1)
            name, end = (name, end + 1) if text[end : end + 1] == closing else ("", end)
        if name and arabic_word_key(name.split()[0]) in gazetteer.ROLE_WORDS_AR and not (
                len(name.split()) == 2 and (not definite_ar(name.split()[0])
                                            or name.split()[0] in gazetteer.FIRST_NAME_SECONDS_AR)
                and (nisba_before_clause_end_ar(text, end - len(name.split()[1]), end)
                     or not definite_ar(name.split()[1]) and not not_a_name_word_ar(name.split()[1])
                     and not possessed_ar(name.split()[1]) and _ends_clause_ar(text, end))):
            continue  # "السيدة وزيرة الشؤون الثقافية": a title, then a role, no name (but "أمين
            # الدهماوي،", "الأمين محمد،": a first name that is a role word, and a family name)
        if not name or " " not in name and (not_a_name_word_ar(name) or _honorific_role_ar(match.group())):
            continue  # "السفير الكويتي", "السفير أوراقه": no name after a word such as السفير;
            # "السفير السويدي", "السفير المعتمد لدى …": one definite word is the role's adjective
        role = role_after_ar(text, end)
        if role and _role_of_next_name_ar(text, match, end, role):
            role = None  # "التقى وزير …، الدكتور …، أمين عام المنظمة، عبد العزيز …،": the next one's
        if role is not None:
            given_after.add(text.find(role, end))
        else:  # "السفير المصري بتونس السفير …": the role before says more
            own, before = _honorific_role_ar(match.group()), role_before_ar(text, match.start())
            if own and arabic_word_key(own) in gazetteer.NAMED_AFTER_TITLES_AR:
                own = None  # "خادم الحرمين الشريفين الملك …", "صاحب السمو الملكي الأمير …": a title
            if glued_title_ar(match.group().split()[0].removeprefix("و")):
                before = None  # "التقى المدير العام بالسيدة …", "… التهاني للدكتور …": the object
            if before and _subject_before_object_ar(text, match, before, name):
                before = None  # "استقبل المدير العام السيدة …": the verb's subject, not her role
            if before and (text.rfind(before, 0, match.start()) in given_after or match.group()[:1] == "و"):
                before = None  # "أ، المدير العام … اليوم، السيد ب": one role phrase is one person's;
                # "السفير أ والسفيرة ب": "و" joins another person to the verb, not to the role before
            role = before if before and (not own or arabic_word_key(before.split()[0]) == arabic_word_key(
                own) or not _after_verb_ar(text, text.rfind(before, 0, match.start()), MEETING_VERBS_AR)) else own or before
        found.append(Mention("person", person_key(name), name, None, role, name,
                             match.start(), end, rule="person.ar.honorific"))
        taken.add(match.start(), end)
    words = list(ARABIC_WORD.finditer(text))
    for scan in (lambda text, _, taken: listed_after_opener_ar(text, taken, with_roles=True),
                 _names_after_roles_ar, _names_before_roles_ar, listed_with_country_ar,
                 lambda text, _, taken: listed_after_opener_ar(text, taken, with_roles=False)):
        for mention in scan(text, words, taken):
            if len(found) >= MAX_MENTIONS:
                break
            if mention.start not in taken:
                found.append(mention)
                taken.add(mention.start, mention.end)
    return people_in_article(_without_sentence_after_name_ar(found), text)


def _without_sentence_after_name_ar(found: list[Mention]) -> list[Mention]:
    """Mentions whose name is a name named before in the article followed by more words that
    start with no particle ("سعيد أمزازي تقدير بلاده" after "سعيد أمزازي"): the sentence's
    words, cut off (articles give the fullest name first)."""
    names = sorted((m.start, m.name.split()) for m in found if " " in m.name)
    for mention in found:
        words = mention.name.split()
        earlier = [w for start, w in names if start < mention.start and len(w) < len(words)
                   and words[: len(w)] == w and words[len(w)] not in gazetteer.NAME_PARTICLES_AR]
        if earlier:
            mention.name = " ".join(earlier[0])
            mention.key, mention.alias = person_key(mention.name), mention.name
    return found
