"""The Arabic role phrase: where a role given before or after a name starts and ends (its
complement, offices joined in one phrase, the body's acronym), and where the sentence takes over
(its verb, time or place, another person coordinated with "و")."""

from __future__ import annotations

import re

from icli.extract import country_tables, gazetteer
from icli.extract.countries_ar import without_its_article_ar
from icli.extract.names_ar import (
    ROLE_ADJECTIVES_AR,
    country_words_ar,
    honorific_ar,
    is_stop_ar,
    is_verb_ar,
    name_at_ar,
    named_after_ar,
    not_a_name_word_ar,
    place_of_someone_ar,
)
from icli.extract.patterns import AFTER_FIRST_NAME_AR
from icli.extract.role_words_ar import (
    adverbial_ar,
    and_role_ar,
    and_to_role_ar,
    glued_title_ar,
    role_word_ar,
    title_ar,
    to_role_ar,
)
from icli.extract.verb_objects_ar import (
    COMPANIONS_AR,
    IN_AR,
    MEETING_VERBS_AR,
    delegation_object_ar,
    speech_adverbial_ar,
)
from icli.extract.word_forms_ar import definite_ar, feminine_ar
from icli.text.normalize import ARABIC_MARKS, ARABIC_WORD, arabic_fold, arabic_word_key

CLAUSE_END_AR = re.compile(r"[،,.؛;:\n()\[\]«»\"!?؟]")
ROLE_SCAN_AR = 12  # words of a role phrase read before the name that follows it


# A prayer after a person's name ("حفظه الله", "رحمها الله", "يرعاه الله"): neither name nor role.
_PRAYER_AR = re.compile(r"[ \u00a0]+(?:حفظ|رحم|يحفظ|يرحم|رعا|يرعا|أيد|ايد|يؤيد)(?:ه|ها|هما|هم)[ \u00a0]+الله")


# Quotes a role may hold a name in ("“الايسيسكو”"), and what closes each.
_CLOSING_QUOTES_AR = {"“": "”", "«": "»"}
_OPENING_QUOTES_AR = tuple(_CLOSING_QUOTES_AR)


def role_after_ar(text: str, end: int) -> str | None:
    """The role given after an Arabic name: after a comma (or a colon, as lists set a name and its
    role apart: "… : وزيرة التربية") up to the clause's end ("…، وزيرة
    الثقافة في المملكة …،"), else the role word and its complement ("فؤاد المنصوري رئيس
    الحكومة التونسية أمس" → "رئيس الحكومة التونسية")."""
    prayer = _PRAYER_AR.match(text, end)
    end = prayer.end() if prayer else end  # "… آل خليفة حفظه الله، رئيس …": the role goes on
    rest = re.match(r"[ \u00a0]*([،,:]?)[ \u00a0]*", text[end : end + 5])
    start = end + rest.end() if rest else end
    first = ARABIC_WORD.match(text, start)
    if first is None or start == end or not (role_word_ar(first.group()) or rest and rest.group(1) and _post_after_comma_ar(
            first.group(), ARABIC_WORD.match(text, first.end() + 1))) or and_role_ar(
            first.group()) or and_to_role_ar(first.group(), ARABIC_WORD.match(text, first.end() + 1)):
        return None  # "…، والأمين العام …": the role of the next person named
    if rest and rest.group(1):  # "…، وزيرة الثقافة في المملكة …،": up to the clause's end
        stop = CLAUSE_END_AR.search(text, start, start + 200)
        while stop and (stop.group() == "(" and text[start : stop.start()].rstrip().endswith(
                "إيسيسكو") or stop.group() in QUOTES_AR and text[start : stop.start()].rstrip().endswith(
                ("لـ", "ل", "بـ", "ب"))):  # "للإيسيسكو (المنظمة …)": its name; "لـ"إيسيسكو"": a quoted name
            close = text.find(QUOTES_AR.get(stop.group(), ")"), stop.end(), start + 200)
            stop = CLAUSE_END_AR.search(text, close + 1, start + 200) if close > 0 else None
        role = _before_next_person_ar(text, start, stop.start() if stop else min(len(text), start + 200))
        if role and stop and role == text[start : stop.start()].strip():
            verb, between = _clause_before_ar(text, end)
            met = verb is not None and arabic_fold(verb).removeprefix("و") in MEETING_VERBS_AR and not any(
                map(_subject_role_ar, between))  # "التقى الدكتور أ، رئيس …، وزير …": the object's
            second = _joined_role_ar(text, stop, role, met, verb is not None and any(map(_subject_role_ar, between)))
            if second:
                return role + text[stop.start() : second]  # "…، وزير …، رئيس اللجنة …،": both
        return role
    words = list(ARABIC_WORD.finditer(text, start, min(len(text), start + 200)))
    last = role_end_ar(text, words, 0)
    if last == 0 and title_ar(first.group()) and len(words) > 1 and name_at_ar(text, words[1].start())[0]:
        return None  # "… السيدة أ السفير ب": a title that is a role, then a name, is the next one's
    if _next_title_without_role_ar(text, words, last + 1):
        return None  # "الدكتور أ وزير الثقافة السيد ب": a role right before a title is the next
        # name's, unless that one has its own ("أ وزير الثقافة الدكتور ب، مدير الآثار،")
    role = text[start : words[last].end()]
    quote = next((q for q in _OPENING_QUOTES_AR if q in role), None)
    if quote and _CLOSING_QUOTES_AR[quote] not in role[role.index(quote) + 1 :] and text[
            start + len(role) : start + len(role) + 1] == _CLOSING_QUOTES_AR[quote]:
        role += _CLOSING_QUOTES_AR[quote]  # "… والثقافة “الايسيسكو”": the quote closes in the role
    return role


def _joined_role_ar(text: str, comma: re.Match[str], first: str, met: bool, named_object: bool) -> int | None:
    """Where a second role of the same person ends, given right after the first one's comma and
    alone in its clause: a role word and its complement up to the next comma or full stop ("…،
    وزير التربية، رئيس اللجنة الوطنية …،"), its first word without the article and of the first
    role's gender. Not "و" + a role (the next person's), nor a role a name follows ("…، سفير
    المغرب أ،", "…، سفير المغرب، السيد أ،": that person's), nor a definite one, the object of the
    sentence's verb ("والتقى أ، وزير …، المدير العام …"), unless the name is the object, its
    verb's subject a role before it (`named_object`: "استقبل المدير العام الدكتور أ، وزير …،
    الأمين العام للجنة."); after a subject a verb of meeting is `met` by, only with the object
    after it with "ب": "التقت أ، وزيرة …، رئيسة …، بالمدير العام")."""
    if comma.group() not in "،,":
        return None
    after = text[comma.end() : comma.end() + 200]
    start = comma.end() + len(after) - len(after.lstrip(" \u00a0"))
    stop = CLAUSE_END_AR.search(text, start, start + 200)
    words = list(ARABIC_WORD.finditer(text, start, stop.start())) if stop and stop.group() in "،,." else []
    if not words or words[0].start() != start or not role_word_ar(words[0].group()) or title_ar(
            words[0].group()) or and_role_ar(words[0].group()) or definite_ar(words[0].group()) and not named_object:
        return None  # "والتقى أ، وزير الثقافة، المدير العام للإيسيسكو": a definite role, the object
    last = role_end_ar(text, words, 0)
    if last != len(words) - 1 or feminine_ar(words[0].group()) != feminine_ar(first.split()[0]):
        return None  # "…، وزيرة التربية، سفير المغرب": his, another's
    following = _word_after_ar(text, stop) if stop else None
    if following and _name_next_ar(text, following) or met and not (following and following.group()[:1] == "ب" and (
            glued_title_ar(following.group()) or role_word_ar(following.group()[1:]))):
        return None  # "التقى أ، المدير العام، وزير التربية، على هامش …": the one he met
    return words[last].end()


def _name_next_ar(text: str, word: re.Match[str]) -> bool:
    """Whether a name starts at a word right after a comma: a title ("…، السيد أ"; not "…، والسيد
    أ": a second person) or a name of two words or more its own comma ends, without "و" ("…، خالد
    عمر،"; not "…، أهمية الحوار.")."""
    if title_ar(word.group()):
        return not honorific_ar(word.group()) or word.group() in gazetteer.HONORIFIC_WORDS_AR
    name, name_end = name_at_ar(text, word.start())  # "…، وسليم أ،": a second person
    return word.group()[:1] != "و" and len(name.split()) > 1 and text[name_end : name_end + 1] in ("،", ",")


def _word_after_ar(text: str, stop: re.Match[str]) -> re.Match[str] | None:
    """The word right after a comma, with only spaces between (None after another mark)."""
    word = ARABIC_WORD.search(text, stop.end(), stop.end() + 40) if stop.group() in "،," else None
    return None if word is None or text[stop.end() : word.start()].strip() else word


def _clause_before_ar(text: str, end: int) -> tuple[str | None, list[str]]:
    """The verb that opens the clause of the name ending at `end` (None: no verb) and the words
    from it to the name's end."""
    head = text[max(0, end - 120) : end]
    cut = max(head.rfind(mark) for mark in "،,.؛;:\n")
    words = ARABIC_WORD.findall(head, cut + 1)
    verb = next((n for n in range(len(words) - 1, -1, -1) if is_verb_ar(words[n])), None)
    return (None, []) if verb is None else (words[verb], words[verb + 1 :])


def _subject_role_ar(word: str) -> bool:
    """Whether a word between a verb and a name is a role word, not a title: the verb's subject
    named by its role ("استقبل المدير العام الدكتور أ"), the name then its object."""
    return role_word_ar(word) and not title_ar(word)


def _before_next_person_ar(text: str, start: int, stop: int) -> str | None:
    """The role after a name's comma, from `start` to its clause's end at `stop`, up to a
    closing quote it never opened ("… للتعليم ” جائزة …": the quoted name of something else;
    not one the same quote closes again: "ب”إيسيسكو”" is a name quoted as such),
    and up to another person's title and name: with "و" it joins that person ("… والدكتور ب"),
    without it the role is that person's ("…، مدير المركز السفير ب": None)."""
    role = text[start:stop]
    stray = next((n for n, c in enumerate(role) if c in _OPENERS_AR and _OPENERS_AR[c] not in role[:n]
                  and role.count(c) < 2), None)
    role = role[:stray] if stray is not None else role
    for word in ARABIC_WORD.finditer(role):
        if word.start() and title_ar(word.group().removeprefix("و")) and not named_after_ar(
                role, word.start()) and name_at_ar(text, start + word.end() + 1)[0]:
            if word.group()[:1] != "و":
                return None
            role = role[: word.start()]
            break
    return role_clause_ar(role)


# A closing quote → its opening one.
_OPENERS_AR = {"”": "“", "»": "«"}


# Posts that are more often a title before a name ("الشيخ صالح"): a post after a name's comma,
# without the article and with its complement ("…، شيخ الأزهر الشريف،"); folded keys.
_POSTS_AFTER_COMMA_AR = frozenset({"شيخ"})


def _post_after_comma_ar(word: str, following: re.Match[str] | None) -> bool:
    """Whether a word after a name and a comma is a post usually written as a title ("شيخ"),
    with no article and a complement after it ("شيخ الأزهر", "شيخ قراء المدينة")."""
    return arabic_fold(word) in _POSTS_AFTER_COMMA_AR and following is not None and not is_stop_ar(following.group())


def _next_title_without_role_ar(text: str, words: list[re.Match[str]], n: int) -> bool:
    """Whether words[n] is right after the previous word and opens a title and a name that no
    role follows ("… السيد ب"; "و" + a title joins a second person: "… والدكتور ب")."""
    if n >= len(words) or text[words[n - 1].end() : words[n].start()].strip():
        return False
    if not title_ar(words[n].group()) or words[n].group()[:1] == "و":
        return False
    while n < len(words) and title_ar(words[n].group()):
        n += 1
    if n >= len(words):
        return False
    name, end = name_at_ar(text, words[n].start())
    return not name or role_after_ar(text, end) is None


# Prepositions after which a definite verbal noun glued to ب is an adverbial of the sentence
# ("بالنيابة عن", "بالإضافة إلى", "بالاشتراك مع"), folded.
def without_companions_ar(role: str) -> str:
    """A role up to "و" and the delegation that comes with its holder, if any."""
    for word in list(ARABIC_WORD.finditer(role))[1:]:
        if word.group()[:1] == "و" and arabic_word_key(word.group()[1:]) in COMPANIONS_AR:
            return role[: word.start()].strip()
    return role


def role_clause_ar(role: str) -> str:
    """An Arabic role up to the place, time or verb of its sentence, if any ("المدير العام
    للإيسيسكو بمقر المنظمة اليوم" → "المدير العام للإيسيسكو")."""
    words = list(ARABIC_WORD.finditer(role))
    for n, word in enumerate(words):
        if n and (arabic_word_key(word.group()) in gazetteer.ROLE_STOPS_AR or is_verb_ar(word.group())
                  or arabic_fold(word.group()) in gazetteer.THAT_AR  # "… رئيس الجامعة إن …": its clause
                  or word.group()[:1] == "و" and is_stop_ar(word.group()[1:])):
            return role[: word.start()].strip()  # "… وذلك على هامش": the sentence goes on
        if n and word.group() in IN_AR and _place_after_state_ar(words, 0, n):
            return role[: word.start()].strip()  # "… بالمملكة المغربية في باريس": where it happened
        if n > 1 and _about_after_role_ar(words, n):
            return role[: word.start()].strip()  # "…، رئيسة الجمعية عن تجربتها": what she spoke about
        if n and n + 1 < len(words) and speech_adverbial_ar(word.group(), words[n + 1].group()):
            return role[: word.start()].strip()  # "… المدير العام في كلمته": where he spoke
        following = words[n + 1].group() if n + 1 < len(words) else ""
        if (n and word.group()[:1] == "و" and not definite_ar(word.group()) and following
                and not definite_ar(following) and not role_word_ar(word.group())
                and not and_role_ar(word.group()) and not not_a_name_word_ar(following)):
            return role[: word.start()].strip()  # "… للإيسيسكو ومحمد زين العابدين": a person
    return role.strip()


def object_follows_ar(text: str, end: int) -> bool:
    """Whether the words after a name, past the sentence's day and place ("اليوم الأربعاء بمقر
    المنظمة"), are another person's title, or a role right before a title ("وزير الثقافة
    السيد …"): the verb's object comes next, so the name before it is the subject's."""
    words = list(ARABIC_WORD.finditer(text, end, min(len(text), end + 200)))
    n = 0
    while n < len(words) and not CLAUSE_END_AR.search(text, end if n == 0 else words[n - 1].end(), words[n].start()):
        word = words[n].group()
        if title_ar(word):
            return word[:1] != "و"  # "والدكتور ب": a second person of the same verb
        if role_word_ar(word):
            last = role_end_ar(text, words, n)
            return last + 1 < len(words) and title_ar(words[last + 1].group()) and (
                words[last + 1].group()[:1] != "و")
        if not (arabic_word_key(word) in gazetteer.ROLE_STOPS_AR or definite_ar(word)
                or ARABIC_MARKS.sub("", word)[:1] == "ب"):
            return False
        n += 1
    return False


def without_its_complement_ar(text: str, word: re.Match[str]) -> bool:
    """Whether a role word is a participle that is a role only with its complement and stands
    without it: "القائم" is the chargé d'affaires as "القائم بالأعمال", else "the one
    undertaking" ("توجهاتها القائم على التعاون")."""
    if arabic_word_key(word.group()) != "قايم":
        return False
    following = ARABIC_WORD.search(text, word.end(), word.end() + 12)
    return following is None or not arabic_word_key(following.group()).startswith("اعمال")


def _in_role_ar(word: str, after_link: bool) -> bool:
    """Whether a word after a role word still belongs to the role's complement: it carries the
    article, is a country, a state word, an organization's head (also glued to ب/ل), a
    preposition of the role ("لدى") or the word right after one."""
    key = arabic_word_key(word)
    glued = key[1:] if key[:1] in "بل" else ""
    if is_stop_ar(word) and arabic_fold(word) not in gazetteer.ROLE_LINKS_AR:
        return False
    return (after_link or definite_ar(word) or key in gazetteer.ROLE_WORDS_AR
            or arabic_fold(word) in gazetteer.ROLE_LINKS_AR
            or key in country_words_ar() and not without_its_article_ar(word)
            or key in gazetteer.STATE_WORDS_AR or key in gazetteer.ORG_HEADS_AR
            or glued in gazetteer.ORG_HEADS_AR or glued in gazetteer.STATE_WORDS_AR
            or glued in gazetteer.ROLE_WORDS_AR
            or key in gazetteer.ROLE_PLACES_AR or glued in gazetteer.ROLE_PLACES_AR)  # "لمدينة فاس"


# Prepositions a role word governs its complement with ("المشرف على", "المسؤول عن"), as written
# (the name "علي" after a title is no preposition: "الرئيس علي حسن").
_ROLE_PREPOSITIONS_AR = {"على", "عن"}


def name_opens_ar(text: str, words: list[re.Match[str]], n: int) -> bool:
    """Whether a name may start at words[n]: at the text's start, after a clause's end, or after a
    stop word or a verb ("وبحضور عبد العزيز …"), not inside a hyphened word."""
    before = text[words[n - 1].end() : words[n].start()] if n else "\n"
    hyphened = n > 1 and text[words[n - 2].end() : words[n - 1].start()] == "-"
    previous = words[n - 1].group() if n else ""
    return n == 0 or CLAUSE_END_AR.search(before) is not None or (
        (is_stop_ar(previous) or previous[:1] == "و" and arabic_fold(previous[1:]) in gazetteer.NAME_STOPS_AR)
        and not hyphened)


def _about_after_role_ar(words: list[re.Match[str]], j: int) -> bool:
    """Whether words[j] is "عن" after a role's complement, which the sentence's verb governs
    ("تحدثت رئيسة الجمعية عن تجربتها"): not after a role word that takes it ("المسؤولة عن"),
    nor before a place or a state the role stands for ("عضو المجلس عن جهة …")."""
    if arabic_fold(words[j].group()) != "عن" or role_word_ar(words[j - 1].group()):
        return False
    following = arabic_word_key(words[j + 1].group()) if j + 1 < len(words) else ""
    return following not in gazetteer.ROLE_PLACES_AR and following not in country_words_ar()


def role_end_ar(text: str, words: list[re.Match[str]], index: int) -> int:
    """The index of the last word of the role that starts at words[index]: its complement runs
    through an idafa chain of indefinite nouns to its first definite one ("أمين سر اللجنة"),
    words with the article, countries, organizations, the objects of its prepositions
    ("لدى المغرب"), and to the clause's end after a place ("والي جهة فاس مكناس"); a word glued
    to "و" and followed by a name particle starts another person ("والياس بن عمر")."""
    last, after_link, place = index, False, False
    head_definite = words[index].group()[:2] == "ال"
    chain = not definite_ar(words[index].group())
    for j in range(index + 1, min(len(words), index + ROLE_SCAN_AR)):
        current = words[j].group()
        key = arabic_word_key(current)
        if CLAUSE_END_AR.search(text, words[j - 1].end(), words[j].start()):
            break
        if current == "و":  # written apart
            following = words[j + 1].group() if j + 1 < len(words) else ""
            if following and (definite_ar(following) and not title_ar(following)
                              or role_word_ar(following)):
                continue  # "وزير التربية و التعليم العالي", "… و رئيس اللجنة": the role goes on
            break  # "… رئيس الوزراء السابق و كريم …": the next person
        if title_ar(current) or glued_title_ar(current):
            break  # "… الدكتور", "… وسمو ولي عهده", "التقى المدير العام بفخامة …": the next person
        if place:
            if is_stop_ar(current):
                break  # "رئيس المجلس البلدي لمدينة فاس عن المشروع": the place's name ends
            last = j
            continue
        if key in gazetteer.ROLE_STOPS_AR:
            break  # "رئيس الحكومة التونسية الأربعاء": the sentence's time
        if j + 1 < len(words) and words[j + 1].group() in AFTER_FIRST_NAME_AR:
            break  # "الوزير المكلف بالديوان المختار ولد أجاي": a name's first word
        if j == index + 1 and ARABIC_MARKS.sub("", current) in _ROLE_PREPOSITIONS_AR:
            after_link, last = True, j  # "المشرف على مديرية …", "المسؤول عن …"
            continue
        if _about_after_role_ar(words, j):
            break  # "رئيسة الجمعية عن تجربتها": what the person spoke about
        if j + 1 < len(words) and speech_adverbial_ar(current, words[j + 1].group()):
            break  # "وأكد المدير العام في كلمته أهمية …": where the subject spoke
        if delegation_object_ar(current, words[j - 1].group()):
            break  # "المدير العام للإيسيسكو الوفد الأردني": the verb's object
        if key in ROLE_ADJECTIVES_AR and (role_word_ar(words[j - 1].group()) or to_role_ar(words[j - 1].group())):
            last = j  # "أمين عام اللجنة", "نائب مدير عام الصندوق", "المستشار لمدير عام المنظمة"
            continue
        if chain:  # the role's words so far have no article: an idafa chain may go on
            if (j + 1 < len(words) and not definite_ar(current) and definite_ar(words[j + 1].group())
                    and not is_stop_ar(current)
                    and not CLAUSE_END_AR.search(text, words[j].end(), words[j + 1].start())):
                last = j  # "أمين سر اللجنة": through indefinite nouns to its definite one
                continue
            chain = False
        if (head_definite and j > index + 1 and key in gazetteer.ROLE_WORDS_AR and role_word_ar(current)
                and not definite_ar(current)):
            break  # "استقبل المدير العام للإيسيسكو وزير التعليم …": the subject, then another's role
        if place_of_someone_ar(current):
            break  # "رئيس جامعة القاهرة بمكتبه": where a person of the sentence met
        if _glued_next_role_ar(words, j):
            break  # "رئيس الجامعة بوزير التربية …": another person's role
        if j + 1 < len(words) and adverbial_ar(current, words[j + 1].group()):
            break  # "مدير الثقافة بالنيابة عن المدير العام": on someone's behalf, no complement
        if current[:1] == "و" and _another_person_ar(words, j):
            break  # "وزير التربية والياس الغرياني المستشار …": another person and their role
        if current in IN_AR and _place_after_state_ar(words, index, j):
            break  # "وزير التربية بالمملكة المغربية في باريس": the sentence's place
        following = words[j + 1].group() if j + 1 < len(words) else ""
        previous = arabic_word_key(words[j - 1].group())
        glued_complement = current[:1] in "لب" and following and definite_ar(following) and not (
            not definite_ar(current) and previous in country_tables.demonyms_fr_ar()["ar"])
        # "الباحثة المغربية ليلى العلوي": after a person's demonym, a name, no "ل" + complement
        named = not is_stop_ar(current) and (previous in gazetteer.ORG_HEADS_AR or (  # "لمنظمة دول …":
            previous[:1] in "بل" and previous[1:] in gazetteer.ORG_HEADS_AR))  # its name, not "الجمعية إن …"
        if not (_in_role_ar(current, after_link) or glued_complement or named):
            break  # "لشؤون الإعلام", "بمنظمة التعاون": a complement glued to ل or ب stays
        if current[:1] == "و" and j + 1 < len(words) and words[j + 1].group() in gazetteer.NAME_PARTICLES_AR:
            break
        after_link = arabic_fold(current) in gazetteer.ROLE_LINKS_AR
        place = place or arabic_word_key(current) in gazetteer.ROLE_PLACES_AR or (
            current[:1] in "لب" and arabic_word_key(current[1:]) in gazetteer.ROLE_PLACES_AR)
        last = j
    return last


# A word in brackets or quotes right after a role: its body's acronym ("(أجفند)", "” أجفند ”"),
# also after "ل" or "ب" written apart ("المدير العام لـ “إيسيسكو”", "ب"إيسيسكو"").
BRACKETED_WORD_AR = re.compile(r"[ \u00a0]*(?:[لب]\u0640?[ \u00a0]*)?[(\"«“”][ \u00a0]*\w+[ \u00a0]*[)\"»”“]")


def _glued_next_role_ar(words: list[re.Match[str]], j: int) -> bool:
    """Whether words[j] is a role word glued to "ب" ("بوزير", "بالمدير"): the role of the
    person met or named after, not the complement of the role before ("التقى رئيس الجامعة
    بوزير التربية …"; "ل" may join a role's complement: "المستشار الثقافي لمدير عام …")."""
    return words[j].group()[:1] == "ب" and to_role_ar(words[j].group())


def _another_person_ar(words: list[re.Match[str]], j: int) -> bool:
    """Whether the word at j, glued to "و", opens another person named before their role: the
    word after the next is a role word with the article ("… والياس الغرياني المستشار …")."""
    return (words[j].group()[:1] == "و" and j + 2 < len(words) and not role_word_ar(words[j + 1].group())
            and definite_ar(words[j + 2].group()) and role_word_ar(words[j + 2].group()))


def _place_after_state_ar(words: list[re.Match[str]], index: int, j: int) -> bool:
    """Whether "في" at j opens the sentence's place after a role that said in which state it is
    held ("وزير التربية بالمملكة المغربية في باريس"): followed by a word with no article that is
    no country, state word or organization ("… في غينيا", "… في جمهورية …" stay)."""
    if words[j].group() not in IN_AR or j + 1 >= len(words):
        return False
    following = words[j + 1].group()
    key = arabic_word_key(following)
    if definite_ar(following) or key in country_words_ar() or key in gazetteer.STATE_WORDS_AR or (
            key in gazetteer.ORG_HEADS_AR):
        return False
    return any(_in_state_ar(w.group()) for w in words[index + 1 : j])


def _in_state_ar(word: str) -> bool:
    """Whether a word says in which state a role is held: a country or a state word glued to ب
    ("بالمملكة", "بالمغرب"; not "سفير المملكة المغربية في القاهرة", whose place is the post)."""
    bare = ARABIC_MARKS.sub("", word)
    if bare[:1] != "ب":
        return False
    key = arabic_word_key(bare[1:])
    return key in country_words_ar() or key in gazetteer.STATE_WORDS_AR


# An opening quote → its closing one.
QUOTES_AR = {'"': '"', "«": "»", "“": "”"}
