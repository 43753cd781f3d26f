"""Arabic people's names: the words that end a name or are never part of one (stop words,
verbs, roles, countries, words with a glued preposition), words that read as no name (a noun
phrase, a place named after a person, a minister's portfolio), and the name that starts at a position."""

from __future__ import annotations

import re
from functools import lru_cache

from icli.extract import country_tables, gazetteer
from icli.extract.countries_ar import without_its_article_ar
from icli.extract.patterns import AFTER_FIRST_NAME_AR
from icli.extract.verb_objects_ar import delegation_object_ar
from icli.extract.word_forms_ar import (
    FUUL_PLURAL_AR,
    accusative_ar,
    definite_ar,
    masdar_ar,
    nisba_ar,
    object_noun_ar,
    possessed_ar,
    preposition_and_noun_ar,
    short_feminine_noun_ar,
)
from icli.text.function_words import RELATIVES
from icli.text.normalize import ARABIC_MARKS, ARABIC_WORD, arabic_fold, arabic_word_key

_NAME_LIMIT_AR = 5
# A word of a name: Arabic letters, or words joined by hyphens ("ليم-جاي").
_NAME_TOKEN_AR = re.compile(f"{ARABIC_WORD.pattern}(?:-{ARABIC_WORD.pattern})*")
_NAME_GAP_AR = re.compile(r"[ \u00a0]+")
_REGNAL_AFTER_AR = re.compile(rf"[ \u00a0]+({ARABIC_WORD.pattern})")
# Indefinite adjectives of a role word ("أمين عام", "مديرة عامة"), folded keys.
ROLE_ADJECTIVES_AR = frozenset({"عام", "عامه"})


def is_stop_ar(word: str) -> bool:
    """Whether an Arabic word ends a name: a preposition or adverb (compared as written with its
    alef maqsura, so the name "علي" is not the preposition "على"), also with its pronoun
    ("عنه"), or a verb."""
    bare = ARABIC_MARKS.sub("", word)
    key, raw = arabic_word_key(word), arabic_fold(word)
    if bare in gazetteer.NAMES_NOT_STOPS_AR:
        return False
    return (is_verb_ar(word) or bare[:1] == "و" and bare[1:] in gazetteer.PREPOSITIONS_AR
            or raw in gazetteer.NAME_STOPS_AR or key in gazetteer.NAME_STOPS_AR
            or preposition_with_pronoun_ar(raw))


# A preposition with a pronoun glued to it, folded ("عنه", "لها", "عليهم", "إليه"): never a word
# of a name ("ألقاها نيابة عنه وزير …": the sentence's words before a role).
_PREPOSITION_AND_PRONOUN_AR = re.compile(
    r"[وف]?(?:عن|من|في|مع|عند|لدي|علي|الي|امام|حول|خلال|بعد|قبل|ل|ب)(?:ه|ها|هما|هم|هن|كم|نا)")


def preposition_with_pronoun_ar(word: str) -> bool:
    """Whether a folded word is a preposition with its pronoun ("عنه", "لها", "اليه")."""
    return _PREPOSITION_AND_PRONOUN_AR.fullmatch(word) is not None


# An object pronoun attached to a verb ("حضره", "استقبلها"), as written (ه, never ة).
_OBJECT_PRONOUNS_AR = ("هما", "هم", "ها", "ه")


@lru_cache(maxsize=65536)
def is_verb_ar(word: str) -> bool:
    """Whether an Arabic word is one of the verbs news sentences open with, also after "و" or
    with an object pronoun ("حضره السادة"; never with the article: "البحث" is no verb; a verb
    that starts as the article does is listed as written: "التقى"), and the feminine of a past
    verb listed ("حضرت")."""
    raw = arabic_fold(word)
    if raw in gazetteer.VERBS_AR or raw[:1] == "و" and raw[1:] in gazetteer.VERBS_AR:
        return True
    past = raw.removeprefix("و")
    if past.endswith("ت") and (past[:-1] in gazetteer.VERBS_AR or past[:-1] + "ي" in gazetteer.VERBS_AR):
        return True  # the feminine of a listed past verb ("وحضرت", "ألقت")
    if not raw.endswith(("ه", "ها", "هم")):
        return False
    bare = ARABIC_MARKS.sub("", word)
    pronoun = next((p for p in _OBJECT_PRONOUNS_AR if bare.endswith(p)), "")
    return bool(pronoun) and len(bare) > len(pronoun) + 2 and arabic_fold(
        bare[: -len(pronoun)]).removeprefix("و") in gazetteer.VERBS_AR


@lru_cache(maxsize=1)
def country_words_ar() -> frozenset[str]:
    """Every word key of an Arabic country name or demonym (ambiguous ones included)."""
    words = {arabic_word_key(w) for name in country_tables.country_names_ar_written()
             for w in ARABIC_WORD.findall(name)}
    return frozenset(words | set(country_tables.demonyms_fr_ar()["ar"]) | {
        arabic_word_key(form) for form in country_tables.demonyms_written()["ar"]})


def not_a_name_word_ar(word: str) -> bool:
    """A word that is never part of a person's name: a role, an organization's head, a place
    word ("لجهة"), a country or a demonym, a day or a time of day ("الثلاثاء"), a stop word,
    a verb, or one letter (a preposition written apart: "لـ")."""
    key = arabic_word_key(word)
    glued = key[1:] if key[:1] in "وبل" else ""  # "ومسجد الشيخ …", "بجامعة الملك …"
    return (len(key) < 2 and len(ARABIC_MARKS.sub("", word).strip("\u0640")) < 2 or is_stop_ar(word)
            or with_preposition_ar(word) or key in gazetteer.ROLE_WORDS_AR
            or key in gazetteer.ROLE_STOPS_AR and definite_ar(word)
            or key in gazetteer.ORG_HEADS_AR
            or key in country_words_ar() and not without_its_article_ar(word) or glued in gazetteer.ORG_HEADS_AR
            or glued in gazetteer.ROLE_WORDS_AR or key in gazetteer.STATE_WORDS_AR
            or key in gazetteer.ROLE_PLACES_AR or glued in gazetteer.ROLE_PLACES_AR)


def name_at_ar(text: str, start: int, titled: bool = False) -> tuple[str, int]:
    """The Arabic name that starts at `start` and where it ends ('' when none): words up to a
    comma, a role word, a preposition or a verb; a word with the article ends it ("المالك"),
    except "الدين" after a first name ("نور الدين") and a word after a particle ("عبد الإله");
    after a title (`titled`: the words are a name), also where the verb's object starts."""
    words: list[re.Match[str]] = []
    position = start
    finished = False
    while sum(w.group() not in gazetteer.NAME_PARTICLES_AR for w in words) <= _NAME_LIMIT_AR:
        match = _NAME_TOKEN_AR.match(text, position)  # particles do not count: "… بن … آل …"
        if match is None:
            finished = True
            break
        key = arabic_word_key(match.group())
        bare = ARABIC_MARKS.sub("", match.group())
        if (is_stop_ar(match.group()) or with_preposition_ar(match.group())
                or not words and preposition_and_noun_ar(match.group())  # "السفير بجهود …"
                or key in gazetteer.ROLE_WORDS_AR and words and match.group() not in gazetteer.NAME_PARTICLES_AR
                and words[-1].group() not in gazetteer.NAME_PARTICLES_AR  # "ولد أمين": a name's word
                and not (len(words) == 1 and _nisba_next_ar(text, match.end()))  # "محمد الأمين العلوي،"
                and not (titled and len(words) == 1 and bare in gazetteer.FIRST_NAME_SECONDS_AR
                         and _family_next_ar(text, match.end()))  # "محمد الأمين بنعمر" (not "الأمين العام")
                and not (not definite_ar(words[-1].group()) and _family_name_role_word_ar(text, match))
                # "رشيد الأمين،", "عبد الله ولد محمد الأمين،"
                or words and (honorific_ar(bare) or delegation_object_ar(match.group(), words[-1].group()))
                and words[-1].group() not in gazetteer.NAME_PARTICLES_AR  # "آل الشيخ", "… توكاييف الوفد"
                or len(words) > 1 and _title_before_name_ar(text, match)  # "فريد نازاروف السيدة داريا"
                and words[-1].group() not in gazetteer.NAME_PARTICLES_AR  # "بن الحاج داود": the name's
                or words and bare[:1] == "و" and arabic_word_key(bare[1:]) in gazetteer.ROLE_WORDS_AR
                # "أحمد بنعلي ومدير إدارة …": "و" and the next person's role
                or words and (object_noun_ar(match.group()) or _plural_and_adjective_ar(text, match)
                              or len(words) > 1 and short_feminine_noun_ar(
                    match.group()) or definite_ar(match.group()) and key in gazetteer.NOT_PARTNER_BEFORE_AR)
                and words[-1].group() not in gazetteer.NAME_PARTICLES_AR):
            # "أحمد فؤاد الاجتماع", "أحمد فؤاد الورشة", "أيمن عاشور المؤتمر", "كريم بنعلي الخطوط
            # العريضة": the verb's object
            finished = True
            break
        words.append(match)
        gap = _NAME_GAP_AR.match(text, match.end())
        compound = (len(words) > 1 and key == "دين"  # "سعد الدين", "بن محيي الدين خوجة"
                    and words[-2].group() not in gazetteer.NAME_PARTICLES_AR
                    or len(words) == 2 and bare == "الله")  # "هبة الله خليل": a first name "X الله"
        before_particle = gap is not None and text[gap.end() : gap.end() + 4].split(" ")[0] in (
            AFTER_FIRST_NAME_AR)  # "المختار ولد أجاي"
        if len(words) > 1 and words[-2].group() in _FAMILY_AR:
            finished = True  # "آل سعود": the family's name ends the name
            break
        if (bare.startswith("ال") and not compound and not before_particle
                and not (len(words) > 1 and words[-2].group() in gazetteer.NAME_PARTICLES_AR)):
            finished = True  # "المالك" ends a name, "الإله" after "عبد" does not
            regnal = _REGNAL_AFTER_AR.match(text, match.end())
            if regnal and arabic_word_key(regnal.group(1)) in gazetteer.REGNAL_AR:
                words.append(regnal)  # "الحسن الثاني"
            elif len(words) <= 2 and regnal and (_nisba_next_ar(text, match.end())
                                                 or _glued_son_of_next_ar(text, regnal)
                                                 or titled and (len(words) == 2 or bare in (
                                                     gazetteer.FIRST_NAME_SECONDS_AR)) and _family_after_ar(text, regnal)
                                                 or titled and len(words) == 2 and bare in gazetteer.FIRST_NAME_SECONDS_AR
                                                 and _family_next_ar(text, match.end())):
                words.append(regnal)  # "الأستاذ الهاشمي العرضاوي،", "فاطمة الزهراء العلوي،": a
                # first name with the article (or its second word), then a nisba family name,
                # or one that glues "بن" ("المحجوب بنسعيد،"), or after a title any family name (also
                # after a first name with the article alone: "السيد الأمين محمد،")
                # before a role, a title, a verb or the clause's end ("فاطمة الزهراء بناني رئيس …")
            break
        if gap is None:
            finished = True
            break
        position = gap.end()
    if not finished:
        words = words[:2]
    if titled:
        words = words[: _object_start_ar(text, words)]
    while words and words[-1].group() in gazetteer.NAME_PARTICLES_AR:
        words.pop()
    if not words:
        return "", start
    return text[words[0].start() : words[-1].end()], words[-1].end()


def _plural_and_adjective_ar(text: str, word: re.Match[str]) -> bool:
    """Whether a word with the article is a broken plural of the measure فعول with a feminine
    adjective right after it ("الخطوط العريضة", "الدروس المستفادة"; a plural of things agrees
    with a feminine adjective): the verb's object, never a family name ("العبود")."""
    if FUUL_PLURAL_AR.fullmatch(arabic_word_key(word.group())) is None or not definite_ar(word.group()):
        return False
    following = _REGNAL_AFTER_AR.match(text, word.end())
    return (following is not None and definite_ar(following.group(1))
            and ARABIC_MARKS.sub("", following.group(1)).endswith("ة"))


def _object_start_ar(text: str, words: list[re.Match[str]]) -> int | None:
    """The index of the first word after a name's first two that starts the verb's object
    rather than the name ("… السيد مامادو نيانغ المنظمة", "… السيدة هالة ناصر كلمة الافتتاح",
    "… ماهامات التزام بلاده"): an organization's head, or an indefinite verbal noun or feminine
    noun (not a man's name in ة: "حمزة"), or any indefinite word after "بن" and the father's name,
    governing a definite word that is no nisba family name ("أحمد حمادة العلوي", "فهد بن ناصر
    العلي" stay), no family name before the clause's end (`_family_name_ends_ar`: "عبد الله
    توفيق الخطيب، وزير …") or a word with a possessive; a known first name of that measure
    ("توفيق", "إلهام", "عكاشة") is the name's; None when there is none."""
    particles = gazetteer.NAME_PARTICLES_AR
    for i in range(2, len(words)):
        word = words[i].group()
        if word in particles or words[i - 1].group() in particles:
            continue  # "ولد أمين", "بن عمر": the word after a particle is the name's
        if _name_units_ar(words[:i]) < 2:
            continue  # "نور الدين خليل", "هبة الله خليل": a first name of two words, then the family's
        bare = ARABIC_MARKS.sub("", word)
        if bare in gazetteer.NOUN_LIKE_FIRST_AR or bare in gazetteer.MASCULINE_TA_FIRST_AR:
            continue
        key = arabic_word_key(word)
        if key in gazetteer.ORG_HEADS_AR:
            return i
        following = _REGNAL_AFTER_AR.match(text, words[i].end())
        if definite_ar(word) or following is None:
            continue
        governed = following.group(1)
        if delegation_object_ar(governed, word):
            continue  # "قاسم جومارت توكاييف الوفد في …": the delegation is the object, not this word
        if accusative_ar(word) and accusative_ar(governed):
            return i  # "مراد بوزيد درعا تذكاريا": an indefinite object and its adjective
        if (words[i - 2].group() in gazetteer.SON_OF_AR and bare.endswith("ة") and not definite_ar(governed)
                and ARABIC_MARKS.sub("", governed).endswith("ة")):
            return i  # "هيثم بن طارق كلمة مسجلة": a feminine noun and its adjective after "بن" and a name
        if (possessed_ar(governed) or object_noun_ar(governed) or _masdar_and_complement_ar(text, following)
                or definite_ar(governed) and arabic_word_key(governed) in gazetteer.ORG_HEADS_AR):
            return i  # "محمد مصطفى دعم حكومته", "أحمد فؤاد سبل التعاون", "يوسف كمال سبل تعزيز
            # التعاون", "لينا حمدان برامج المركز": a name governs none of them
        noun = masdar_ar(word) or bare.endswith("ة")
        if is_stop_ar(governed) and (masdar_ar(word) or noun and words[i - 2].group() in gazetteer.SON_OF_AR):
            return i  # "نور الدين بن علي كلمة في …" (but "ودادي سيدي هيبة مع …")
        son_of = words[i - 2].group() in gazetteer.SON_OF_AR
        if (noun or son_of) and (  # "سلطان بن ماجد حفل التكريم", "سلطان بن أحمد افتتاح المعرض."
                definite_ar(governed) and not nisba_ar(governed)
                and not _family_name_ends_ar(text, following, at_clause_end=masdar_ar(word) and not son_of)):
            return i
        if (definite_ar(governed) and not ARABIC_MARKS.sub("", governed).endswith("ي")
                and _sentence_goes_on_ar(text, following.end())):
            return i  # "كمال يوسف آفاق الشراكة مع …", "سمير حداد نتائج الدراسة أمام …"
    return None


def _masdar_and_complement_ar(text: str, following: re.Match[str]) -> bool:
    """Whether the word `following` (group 1) is an indefinite verbal noun ("تعزيز", no first
    name of that measure: "توفيق") with a definite complement right after it: a chain of nouns
    ("سبل تعزيز التعاون"), no name's next words."""
    word = following.group(1)
    after = _REGNAL_AFTER_AR.match(text, following.end())
    return (not definite_ar(word) and masdar_ar(word) and ARABIC_MARKS.sub("", word) not in gazetteer.NOUN_LIKE_FIRST_AR
            and after is not None and definite_ar(after.group(1)))


def _sentence_goes_on_ar(text: str, end: int) -> bool:
    """Whether the word right after `end` carries the sentence on after a noun and its
    complement: a preposition or an adverb ("… آفاق الشراكة مع …"), or a noun glued to "ب" or
    "ل" ("… الورشة بمشاركة …"), never a name's next word."""
    following = _REGNAL_AFTER_AR.match(text, end)
    if following is None:
        return False
    word = following.group(1)
    bare = ARABIC_MARKS.sub("", word)
    return (is_stop_ar(word) and not is_verb_ar(word) or bare in gazetteer.PREPOSITIONS_AR
            or bare[:1] in "بل" and len(bare) > 4
            and not definite_ar(bare) and bare not in gazetteer.NAME_PARTICLES_AR
            and not bare.startswith("بن"))


def _title_before_name_ar(text: str, word: re.Match[str]) -> bool:
    """Whether a word with the article is a title ("السيدة", "الدكتور") before a word of a name
    rather than a family name ("… الشيخ،"): the next person's title."""
    bare = ARABIC_MARKS.sub("", word.group())
    following = _REGNAL_AFTER_AR.match(text, word.end())
    return (bare.startswith("ال") and bare in honorific_heads_ar() and following is not None
            and not not_a_name_word_ar(following.group(1)) and not definite_ar(following.group(1)))


def _name_units_ar(words: list[re.Match[str]]) -> int:
    """How many names (a first name, a father's, a family's) words make: a particle does not
    count, nor the second word of a first name of two ("نور الدين", "هبة الله"; but "عبد الله")."""
    particles = gazetteer.NAME_PARTICLES_AR
    return sum(word.group() not in particles and not (
        n > 0 and ARABIC_MARKS.sub("", word.group()) in _SECOND_OF_FIRST_AR and words[n - 1].group() not in particles)
        for n, word in enumerate(words))


# The second words of first names of two words, as written ("نور الدين", "هبة الله").
_SECOND_OF_FIRST_AR = frozenset({"الدين", "الله"})


def _family_name_ends_ar(text: str, following: re.Match[str], at_clause_end: bool) -> bool:
    """Whether the definite word `following` (group 1) after a name's third word is its family
    name: no verbal noun ("الافتتاح"), organization's head or role word, right before a role word
    or a title, also after a comma ("… عكاشة الخطيب، مدير …"), or (`at_clause_end`: after a word
    of a verbal noun's measure, "… تيسير الحكيم.") before the clause's end; a feminine noun
    before it is the object ("… أندرسون أهمية المشروع.")."""
    key = arabic_word_key(following.group(1))
    if masdar_ar(key) or key in gazetteer.ORG_HEADS_AR or key in gazetteer.ROLE_WORDS_AR:
        return False
    end = re.match(r"[ \u00a0]*(?:[،,.؛:]|$)", text[following.end() : following.end() + 3])
    if end and at_clause_end:
        return True
    after = _REGNAL_AFTER_AR.match(text, following.end() + (end.end() if end and end.group().strip() in "،," else 0))
    return after is not None and (arabic_word_key(after.group(1)) in gazetteer.ROLE_WORDS_AR
                                  or honorific_ar(after.group(1)))


def _family_name_role_word_ar(text: str, word: re.Match[str]) -> bool:
    """Whether a role word with the article after a first name is a family name ("رشيد الأمين،",
    "رشيد الأمين وزير …"): nothing that agrees with it or completes it follows (no word with the
    article, no glued "ل", no preposition it governs), only a clause's end, an honorific, a day or
    a time, a verb or a word without the article that starts what comes next ("الأمين العام",
    "الرئيس التنفيذي", "المشرف على …" are roles)."""
    if not ARABIC_MARKS.sub("", word.group()).startswith("ال"):
        return False
    after = text[word.end() : word.end() + 3]
    if re.match(r"[ \u00a0]*(?:[،,.؛:]|$)", after):
        return True
    following = _REGNAL_AFTER_AR.match(text, word.end())
    if following is None:
        return False
    next_word = following.group(1)
    key = arabic_word_key(next_word)
    if key in gazetteer.ROLE_STOPS_AR or is_stop_ar(next_word):
        return key in gazetteer.ROLE_STOPS_AR or is_verb_ar(next_word)  # "المشرف على …": a role
        # governs its preposition; "… الأمين اليوم": the sentence's day
    return (honorific_ar(next_word) or not definite_ar(next_word) and next_word[:1] not in "لب"
            and key not in ROLE_ADJECTIVES_AR)


def _family_after_ar(text: str, following: re.Match[str]) -> bool:
    """Whether the word `following` (group 1), after a first name of two words the second of
    which has the article ("فاطمة الزهراء"), is a family name: a word that can be a name's, with
    no article, no "و", not a verbal or feminine noun, an accusative ("وفدا") or a possessed
    noun, right before a role word, a title, a verb or the end of its clause."""
    word = following.group(1)
    if not _family_word_ar(word):
        return False
    if re.match(r"[ \u00a0]*(?:[،,.؛:]|$)", text[following.end() : following.end() + 3]):
        return True
    after = _REGNAL_AFTER_AR.match(text, following.end())
    return after is not None and (arabic_word_key(after.group(1)) in gazetteer.ROLE_WORDS_AR
                                  or honorific_ar(after.group(1)) or is_verb_ar(after.group(1)))


def _family_word_ar(word: str) -> bool:
    """Whether a word can be a family name: a name's word with no article, no "و", not a verbal
    or feminine noun, an accusative ("وفدا") or a possessed noun."""
    bare = ARABIC_MARKS.sub("", word)
    return not (not_a_name_word_ar(word) or definite_ar(word) or bare[:1] == "و" or masdar_ar(word)
                or bare.endswith(("ة", "ا")) or possessed_ar(word))


def _family_next_ar(text: str, end: int) -> bool:
    """Whether the word after `end` can be a family name (`_family_word_ar`, a nisba, or a word
    with the article that no role governs right before a comma: "محمد الأمين التوم،")."""
    following = _REGNAL_AFTER_AR.match(text, end)
    if following is None:
        return False
    word = following.group(1)
    return _family_word_ar(word) or nisba_ar(word) or (
        definite_ar(word) and not not_a_name_word_ar(word) and arabic_word_key(word) not in ROLE_ADJECTIVES_AR
        and re.match(r"[  ]*[،,]", text[following.end() : following.end() + 3]) is not None)


def _glued_son_of_next_ar(text: str, following: re.Match[str]) -> bool:
    """Whether the word `following` (group 1) is a family name with "بن" glued to it
    ("بنسعيد", "بنعرفة": a name particle, then a name) right before a comma or a full stop."""
    word = ARABIC_MARKS.sub("", following.group(1))
    return (word.startswith("بن") and len(word) >= 5 and not definite_ar(word)
            and re.match(r"[ \u00a0]*[،,.؛]", text[following.end() : following.end() + 3]) is not None)


def _nisba_next_ar(text: str, end: int) -> bool:
    """Whether the word after `end` is a nisba family name before its clause's end, or before
    an indefinite word (the verb's object: "محمد الأمين الشابي كلمة"): what makes a role word
    after a first name ("الأمين" in "محمد الأمين العلوي،") the name's second word."""
    following = _REGNAL_AFTER_AR.match(text, end)
    if following is None:
        return False
    if nisba_before_clause_end_ar(text, following.start(1), following.end(1)):
        return True
    nisba = ARABIC_MARKS.sub("", following.group(1))
    after = _REGNAL_AFTER_AR.match(text, following.end())
    return (nisba.startswith("ال") and nisba.endswith("ي") and len(nisba) > 4
            and arabic_word_key(nisba) not in country_words_ar()
            and after is not None and not definite_ar(after.group(1)) and not is_stop_ar(after.group(1)))


def nisba_before_clause_end_ar(text: str, start: int, end: int) -> bool:
    """Whether the word text[start:end] is a family name of the nisba form ("العرضاوي",
    "الدهماوي": the article, a final "ي", no country's adjective) right before the end of its
    clause, a role with the article or the next person's title."""
    nisba = ARABIC_MARKS.sub("", text[start:end])
    if not (nisba.startswith("ال") and nisba.endswith("ي") and arabic_word_key(nisba) not in country_words_ar()):
        return False
    following = _REGNAL_AFTER_AR.match(text, end)  # or a role with the article: "… الجيلاني الملحق …"
    return re.match(r"[ \u00a0]*(?:[،,.؛:]|$)", text[end : end + 3]) is not None or (
        following is not None and (following.group(1).startswith("ال")
                                   and arabic_word_key(following.group(1)) in gazetteer.ROLE_WORDS_AR
                                   or honorific_ar(following.group(1))))  # "… العلمي والأستاذة …"


# "Family of" in a name, as written: the word after it is the name's last ("آل سعود").
_FAMILY_AR = {"آل", "ال"}


def name_words_ar(words: list[str]) -> bool:
    """Whether words can be a person's name: none is a word that never is (not_a_name_word_ar),
    except right after a particle ("يعقوب ولد أمين", "بن رئيس")."""
    particles = gazetteer.NAME_PARTICLES_AR
    return not any(not_a_name_word_ar(w) and w not in particles and (n == 0 or words[n - 1] not in particles)
                   for n, w in enumerate(words))


def honorific_ar(word: str) -> bool:
    """Whether a word is an honorific's first word after "و" ("وسمو", "والدكتور") or one
    without the article ("معالي", "سمو"): the next person's title, never a word of a name
    ("الشيخ" may be a family name's last word: "آل الشيخ")."""
    return (word[:1] == "و" and word[1:] in honorific_heads_ar()
            or not word.startswith("ال") and word in honorific_heads_ar())


@lru_cache(maxsize=1)
def honorific_heads_ar() -> frozenset[str]:
    """The first word of every Arabic honorific, as written ("صاحب", "الدكتور", "د.")."""
    return frozenset(h.split()[0] for h in gazetteer.HONORIFIC_WORDS_AR)


def with_preposition_ar(word: str) -> bool:
    """Whether a word carries a glued preposition and the article ("للإيسيسكو", "بالرباط"):
    never a word of a name."""
    bare = ARABIC_MARKS.sub("", word)
    return len(bare) > 4 and bare.startswith(("لل", "بال", "وبال", "ولل"))  # not "للا مريم"


def place_of_someone_ar(word: str) -> bool:
    """Whether a word is "ب" glued to a noun with a possessive pronoun ("بمكتبه", "بمقرها"): a
    place that refers back to someone in the sentence, never part of a role or a body's name."""
    bare = ARABIC_MARKS.sub("", word)
    return (bare[:1] == "ب" and not bare.startswith("بال") and len(bare) >= 5
            and bare.endswith(("ه", "ها", "هم")) and not is_stop_ar(bare[1:]))


def named_after_ar(text: str, start: int) -> bool:
    """Whether the honorific at `start` begins the name of a place, a prize or a body named
    after a person ("مدينة الملك عبدالله الاقتصادية", "جامعة الملك سعود", "جائزة الشيخ …")."""
    before = list(ARABIC_WORD.finditer(text, max(0, start - 30), start))
    if not before or text[before[-1].end() : start].strip() or definite_ar(before[-1].group()):
        return False  # "المدير العام للمنظمة الدكتور …": the body's head is not named after him
    key = arabic_word_key(before[-1].group())
    glued = key[1:] if key[:1] in "وبل" else ""  # "ومسجد الشيخ …", "بجامعة الملك …"
    return bool({key, glued} & (gazetteer.NAMED_AFTER_HEADS_AR | gazetteer.ORG_HEADS_AR))


def noun_phrase_ar(words: list[str]) -> bool:
    """Whether words read as a noun phrase rather than a name (when no comma sets them apart
    from the role after them): a word with the article followed by one without, neither a
    particle nor "الدين" ("الوفد دعم"; but "الحبيب الصيد", "المختار ولد …", "عبد الإله
    بنعرفة", "نور الدين بوشكوج")."""
    particles = gazetteer.NAME_PARTICLES_AR
    return any(definite_ar(word) and not definite_ar(after) and after not in particles
               and arabic_word_key(word) != "دين" and (n == 0 or words[n - 1] not in particles)
               for n, (word, after) in enumerate(zip(words, words[1:])))


_SPACES_AR = re.compile(r" +")


def followed_by_stop_ar(text: str, end: int) -> bool:
    """Whether the word after `end` is a preposition, an adverb, a verb ("… المالك على رأس
    وفد") or a title, another person the verb takes ("التقى المدير العام أ ب السفير.")."""
    spaces = _SPACES_AR.match(text, end)  # "… جلول  في افتتاح": two spaces as one
    word = ARABIC_WORD.match(text, spaces.end()) if spaces else None
    return word is not None and (is_stop_ar(word.group()) or word.group() in honorific_heads_ar()
                                 or honorific_ar(word.group()))


# Words after which a clause goes on with a common noun or a verb, never a person's name with
# no title: demonstratives, relative pronouns and prepositions (folded).
NOUN_TAKERS_AR = {*RELATIVES["ar"], "هذا", "هذه", "ذلك", "تلك", "في", "من", "علي",
                  "الي", "عن", "لدي", "حول", "خلال", "بعد", "قبل", "عند", "منذ", "نحو", "ضمن",
                  "تحت", "ان", "انه", "انها", "بان"}


@lru_cache(maxsize=1)
def portfolios_ar() -> frozenset[str]:
    """Ministers' portfolios written in Arabic ("البحث العلمي", "الشؤون الثقافية"), folded."""
    return frozenset(arabic_fold(name) for names in gazetteer.PORTFOLIOS.values()
                     for name in names if ARABIC_WORD.match(name))
