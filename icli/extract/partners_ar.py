"""Partner organizations named in an Arabic text, and the same body named again in short."""

from __future__ import annotations

import re

from icli.extract import country_tables, gazetteer
from icli.extract.mention import Mention
from icli.extract.names_ar import country_words_ar, place_of_someone_ar
from icli.extract.partner_name_ends import role_complement_ar
from icli.extract.partner_owners import Owners, named_as_owner
from icli.extract.partners_ar_after import ar_country_codes, join_back_references_ar
from icli.extract.patterns import AFTER_FIRST_NAME_AR, MAX_MENTIONS
from icli.extract.stated_numbers import arabic_ordinal_word
from icli.extract.word_forms_ar import PLACE_AFTER_AR
from icli.text.normalize import ARABIC_WORD, arabic_fold, arabic_word_key, name_norm

# Honorifics, as written (folded): a person's name follows, the body's name has ended ("…
# لجامعة الدول العربية السفير …"). (Not الملك, الأمير, الشيخ: bodies are named after them,
# "جامعة الملك سعود".)
_TITLES_AR = frozenset(arabic_fold(t) for t in gazetteer.HONORIFIC_WORDS_AR
                       if " " not in t and arabic_word_key(t) not in gazetteer.NAMED_AFTER_TITLES_AR
                       and t not in ("سمو", "جلالة"))
# After a head and one word: "… in the Islamic World", the name of ICESCO's own centres and
# committees ("مركز التراث في العالم الإسلامي", "لجنة التراث في العالم الإسلامي").
# Titles long enough to be recognised glued to the name after them ("الدكتورعبد العزيز").
_LONG_TITLES_AR = tuple(t for t in _TITLES_AR if len(t) >= 6)
_IN_THE_ISLAMIC_WORLD = re.compile(r"\s+في\s+العالم\s+الإسلامي")
_AR_NAME_LIMIT = 10  # words after an Arabic organization's head
_AR_GAP = re.compile(r"[ \u00a0]+|-")  # between two words of a name ("كوريا-آسيا")
# Between a name and its acronym given right after it: "(ألكسو)", "\"ألكسو\"", "- ألكسو", "اليونسكو".
_BEFORE_ACRONYM_AR = re.compile(r"[\s(«\"“\-–]*\Z")
_PERSON_LINKS_AR = AFTER_FIRST_NAME_AR | {"آل"}  # "محمد بن راشد آل مكتوم"
# A possessive pronoun glued to a word ("مجلس أمنائها", "المنظمة التزامها"): the sentence speaks.
_POSSESSIVE_AR = ("ها", "هما", "هم")
_NUMBER_NEXT = re.compile(r"[ \u00a0]*\d")  # digits after a word ("لعام 2020")


# The head of a programme's name, also glued to و, ب or ل: a body only with its acronym
# ("برنامج الخليج العربي للتنمية (أجفند)"), else the activity of someone (folded keys).
_PROGRAMME_HEADS_AR = frozenset({"برنامج", "وبرنامج", "ببرنامج", "لبرنامج"})
# An acronym in brackets or quotes right after a name: "(أجفند)", "«أجفند»", "” أجفند ”".
_BRACKETED_ACRONYM_AR = re.compile(r"[ \u00a0]*[(«\"“”][ \u00a0]*[^\W\d_]{2,12}[ \u00a0]*[)»\"”“]")
# Demonstratives glued to ل or ب ("لهذا التعاون"): a name has ended (folded).
_DEMONSTRATIVES_AR = frozenset({"هذا", "هذه", "ذلك", "تلك", "هولاء"})
# Ordinal adjectives ("التاسع عشر"): they number a meeting or a session, never a body (folded keys).
_ORDINALS_AR = frozenset({"ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع",
                          "عاشر", "ثانيه", "ثالثه", "رابعه", "خامسه", "سادسه", "سابعه",
                          "ثامنه", "تاسعه", "عاشره"})
# Keys of the words _ends_name_ar reads: demonstratives glued to ل/ب keep their letters in the key.
_ENDS_NAME_AR = frozenset({*(p + d for p in "لب" for d in _DEMONSTRATIVES_AR), *_ORDINALS_AR,
                           *gazetteer.NOT_PARTNER_BEFORE_AR, *gazetteer.STATE_WORDS_AR,
                           *("و" + w for w in gazetteer.STATE_WORDS_AR)})
# Titles a body is named after only right after its head ("جامعة القاضي عياض", "جامعة سيدي
# محمد بن عبد الله"); elsewhere a judge's or a saint's title (folded keys).
_TITLES_AFTER_HEAD_AR = frozenset({"قاضي", "سيدي"})
# Adjectives that make a body the parties' own ("اللجنة المشتركة"), folded keys.
_JOINT_AR = frozenset({"مشترك", "مشتركه"})
# "Acting", "by proxy" (folded, as written): they qualify someone's role, never a body's name.
_ACTING_AR = frozenset({"بالنيابه", "بالوكاله"})


def _after_event_ar(words: list[re.Match[str]], keys: list[str], i: int, glued: int) -> bool:
    """Whether the head at word i is in construct with an event's word before it, so names the
    event ("ندوة جامعة …", "يوم جامعة …", "الدورة الرابعة والثلاثين لجامعة … الصيفية", ordinals
    between); a head glued to ب is no construct ("مساء اليوم بمكتبة …": the venue; "المعرض
    والمتحف الدولي …" is still the event's)."""
    if glued and words[i].group()[:1] == "ب":
        return False
    k = i - 1
    while k >= 0 and arabic_ordinal_word(arabic_fold(words[k].group())):
        k -= 1
    return k >= 0 and keys[k] in gazetteer.NOT_PARTNER_BEFORE_AR


def _ends_name_ar(raw: str, key: str, inside: bool, before: str) -> bool:
    """Whether a word (folded `raw`, its `key`) after an organization's head ends its name: a
    demonstrative glued to ل or ب ("وزارة الخارجية لهذا التعاون"); an ordinal not agreeing with
    the word before, which numbers the meeting ("لجنة الجائزة التاسع عشر"; not "جامعة محمد
    الخامس"); an event with the article after the name's first word ("جامعة الملك سعود الدورة
    الأولى"); a state word after "و": a second party ("بين المنظمة والمملكة المغربية")."""
    if raw[:1] in "لب" and raw[1:] in _DEMONSTRATIVES_AR:
        return True
    if key in _ORDINALS_AR:
        return (key[-1] == "ه") != before.endswith("ة")
    if key in gazetteer.NOT_PARTNER_BEFORE_AR:
        return inside and raw[:2] == "ال"
    return raw[:1] == "و" and (key in gazetteer.STATE_WORDS_AR or key[1:] in gazetteer.STATE_WORDS_AR)


def _in_region_ar(words: list[re.Match[str]], keys: list[str], text: str, head: int, at: int) -> int:
    """How many words after "في" at word `at` name a continent that belongs to the name begun at
    `head` (0 if none): the name has a complement glued to ل after its head ("للتنمية") and a
    continent follows, alone or after a compass word ("المصرف العربي للتنمية الاقتصادية في
    أفريقيا", "… في شمال إفريقيا"); a city, a country or a region ("… للتنمية في الرباط", "في
    جنوب السودان", "في العالم العربي") is the sentence's."""
    if not (at + 1 < len(words) and _AR_GAP.fullmatch(text[words[at].end() : words[at + 1].start()])
            and any(words[k].group()[:1] == "ل" for k in range(head + 1, at))):
        return 0
    if keys[at + 1] in gazetteer.REGIONS_AR:
        return 1
    return 2 if (keys[at + 1] in gazetteer.COMPASS_AR and at + 2 < len(words)
                 and keys[at + 2] in gazetteer.REGIONS_AR) else 0


# After a unit's name: "التابع للإيسيسكو", "التابعة للمنظمة": ICESCO's.
_OWNED_AFTER_AR = re.compile(
    r"[ \u00a0]+(?:ال)?تابع(?:ة|ين)?[ \u00a0]+(?:لل?[إاأ]?[يس]+سكو|لل?منظمة(?![ \u00a0]+ال))")  # not "للمنظمة العربية …"
# "التابع(ة) ل…" after a unit's name: whose unit it is, another body (folded keys; the pattern).
_BELONGING_AR = frozenset({"تابع", "تابعه", "تابعين"})
_UNIT_OF_AR = re.compile(r"[ \u00a0]+(?:(?:ال)?تابع(?:ة|ين)?[ \u00a0]+ل|ب(?:ال)?جامعة)")
_AT_UNIVERSITY_AR = frozenset({"بجامعه", "بالجامعه"})  # folded: a faculty's university follows
# A word with the article, glued to a conjunction or preposition or not ("الترجمة", "والنشر", "للبحث").
_DEFINITE_AR = re.compile(r"(?:[وفبك]?ال|و?لل)")


def _own_kind_ar(words: list[re.Match[str]], keys: list[str], head: int, last: int, text: str) -> bool:
    """Whether a body of one of ICESCO's own kinds is ICESCO's: in an article naming ICESCO, an
    indefinite head in construct with definite words only ("مركز الترجمة والنشر", "ديوان المدير
    العام"), so no proper name ("مركز الملك فيصل …"), no country and no acronym says it is
    another's; a definite head with its adjective ("المركز الوطني …") is another's kind: rule
    partner.ar.own-kind. A place after it ("… في الرياض") says it is another's, unless that is
    ICESCO ("… في الإيسيسكو"); an acronym in brackets right after it ("(سيسرك)") too."""
    place = PLACE_AFTER_AR.match(text, words[last].end())
    if place and not (gazetteer.names_icesco(place.group(1)) or "منظمة" in place.group(1)):
        return False
    return (all(_DEFINITE_AR.match(arabic_fold(words[k].group())) for k in range(head + 1, last + 1))
            and not any(keys[k] in gazetteer.ACRONYMS_AR for k in range(head + 1, last + 1))
            and not _BRACKETED_ACRONYM_AR.match(text, words[last].end())
            and not ar_country_codes(tuple(keys[head + 1 : last + 1]))[1]
            and gazetteer.mentions_icesco(text))


def _country_ar(word: str) -> bool:
    """Whether a word (its glued "و" removed) is a country's one-word name ("الأردن")."""
    return (country_tables.country_word_key_ar(word),) in country_tables.country_names_ar()


def _masculine_adjective_ar(key: str) -> bool:
    """Whether a word (folded key) reads as a masculine adjective: a nisba ("الوطني") or "العام"."""
    return key.endswith("ي") or key == "عام"


def _ar_described(words: list[re.Match[str]], keys: list[str], head: int, last: int,
                  head_definite: bool, text: str) -> bool:
    """Whether a head and the words after it describe a body rather than name one: an
    indefinite feminine head and its indefinite nisba adjective, however long the phrase ("هيئة
    حكومية مكلفة …"); a head and one word: an indefinite head and an indefinite adjective
    agreeing with it ("مؤسسة رائدة"), a joint body of the parties
    ("اللجنة المشتركة بين …"), the committee of an event or a prize ("لجنة الجائزة"), a
    network something is published on ("على شبكة الإنترنت")."""
    following = words[head + 1].group()
    if (not head_definite and words[head].group().endswith("ة") and following.endswith("ية")
            and keys[head + 1] == arabic_fold(following) and keys[head + 1] not in country_words_ar()):
        return True  # "هيئة حكومية مكلفة …": an indefinite head and its indefinite adjective
    if last != head + 1:
        return False
    word = words[last].group()
    if keys[last] in _JOINT_AR or keys[last] in gazetteer.NOT_PARTNER_BEFORE_AR:
        return True  # "اللجنة المشتركة", "لجنة الجائزة": the parties' or an event's own body
    if not head_definite and keys[last] == arabic_fold(word) and word.endswith("ة") and (
            words[head].group().endswith("ة") and keys[last] not in country_words_ar()):
        return True
    if keys[head] != "شبكه":
        return False
    before = text[max(0, words[head].start() - 5) : words[head].start()].split()
    return bool(before) and arabic_fold(before[-1]) == "علي"


def _ar_glued_to_head(word: str, key: str) -> tuple[int, str] | None:
    """How many letters glued before an Arabic organization's head word are not part of its
    name ("و" of "واللجنة", "ب" of "بوزارة"), and what the name starts with instead (the
    article's letters that ل swallowed: "للمنظمة" → "المنظمة", "للجنة" → "اللجنة"); None when
    the word is no head."""
    if key in gazetteer.ORG_HEADS_AR:
        if word[:1] in "وفب" and word[1:3] == "ال":
            return 1, ""
        return (1, "ا") if word[:2] == "لل" else (0, "")
    if word[:1] in "وفبل" and arabic_word_key(word[1:]) in gazetteer.ORG_HEADS_AR:
        return 1, "ال" if word[:2] == "لل" else ""
    return None


def _ar_complement(raw: str, following: str | None) -> bool:
    """Whether a word glued to ل or ب (without the article) continues a name as the start of
    its complement: glued to ل and followed by a word with the article ("لرعاية المواهب",
    "لرفاه المجتمع"; "بخالص التهاني" is the sentence's), or a state word or head itself
    ("بجمهورية الكاميرون")."""
    if raw[:1] not in "لب" or len(raw) < 4:
        return False
    rest = arabic_word_key(raw[1:])
    if rest in gazetteer.STATE_WORDS_AR or rest in gazetteer.ORG_HEADS_AR:
        return True
    return raw[:1] == "ل" and following is not None and arabic_word_key(following) != arabic_fold(following)


def _country_s_own_ar(keys: list[str]) -> bool:
    """Whether a name's words so far (folded keys, its head unglued) make the body its country's
    own: a state body's head, a chamber or a higher body ("غرفة التجارة …", "المجلس الأعلى
    …"); then "ب" + a state word and the country is the name's."""
    return keys[0] in gazetteer.NATIONAL_BODY_HEADS_AR or any(
        key in gazetteer.COUNTRY_BODY_WORDS_AR for key in keys)


def _country_after_state_ar(words: list[re.Match[str]], j: int) -> bool:
    """Whether word j ends a country's name after a state word ("… في جمهورية مالي",
    "بجمهورية غينيا بيساو"): an indefinite word after it is the sentence's ("… اتفاقية")."""
    keys = [country_tables.country_word_key_ar(_ar_strip_proclitic(w.group()))
            for w in words[max(0, j - 3) : j + 2]]
    at, pairs = min(j, 3), country_tables.country_word_pairs_ar()
    if at + 1 < len(keys) and (keys[at], keys[at + 1]) in pairs:
        return False  # "غينيا بيساو": the country's name goes on
    state = [key.removeprefix("ب") in gazetteer.STATE_WORDS_AR for key in keys]
    while at and not state[at - 1] and (keys[at - 1], keys[at]) in pairs:
        at -= 1
    return at > 0 and state[at - 1]


def _ar_own(keys: list[str]) -> bool:
    """Whether words (folded keys) are ICESCO's name, current or former ("المنظمة الإسلامية
    للتربية والعلوم والثقافة"), or name it ("… للإيسيسكو"); not ICESCO after UNESCO, as whom a
    national commission serves ("اللجنة الوطنية … لليونسكو والإيسيسكو": the state's body)."""
    if any((k in ("ايسيسكو", "اسيسكو") or k.endswith("ايسيسكو")) and not (n and keys[n - 1] == "يونسكو")
           for n, k in enumerate(keys)):
        return True
    bare = tuple(k.removeprefix("و") if k[:1] == "و" and k[1:] in ("علوم", "ثقافه") else k
                 for k in keys)
    if any(bare[: len(own)] == own for own in gazetteer.OWN_NAMES_AR):
        return True
    # Its name loosely spelt ("المنظمة العالمية الإسلامية للتربية والعلوم والثقافية") or cut
    # ("المنظمة الإسلامية للتربية والثق"): an Islamic organization for education is ICESCO.
    return bare[0] == "منظمه" and any(k.startswith("اسلامي") for k in bare) and "تربيه" in bare


def _ar_own_organ(keys: list[str], name: str) -> bool:
    """Whether a name is an organ named without its owner ("المجلس التنفيذي والمؤتمر العام"):
    ICESCO's own; an organ of another body names it ("المجلس التنفيذي لليونسكو")."""
    return (len(keys) >= 2 and f"{keys[0]} {keys[1]}" in gazetteer.ORGAN_WORDS_AR
            and not any(word[:1] == "ل" for word in name.split()[2:]))


def _ar_person_end(words: list[re.Match[str]], keys: list[str], text: str, j: int) -> int:
    """The last word of the person's name that starts at word j: a compound first name ("عبد
    العزيز") and its chain of بن/آل + name ("محمد بن راشد آل مكتوم")."""
    end = j + 1 if keys[j] in gazetteer.ARABIC_COMPOUND_FIRST and j + 1 < len(words) else j
    while (end + 2 < len(words) and words[end + 1].group() in _PERSON_LINKS_AR
           and all(_AR_GAP.fullmatch(text[words[k].end() : words[k + 1].start()])
                   for k in (end, end + 1))):
        end += 2
        if keys[end] in gazetteer.ARABIC_COMPOUND_FIRST and end + 1 < len(words):
            end += 1
    return end


def _ar_goes_on_after_person(word: str, key: str) -> bool:
    """Whether a word after a person's name continues a body's name rather than the sentence:
    an adjective ("… آل مكتوم العالمية") or a complement glued to لل ("… للأداء التعليمي");
    never a role ("… المدير العام")."""
    if key in gazetteer.ROLE_WORDS_AR:
        return False
    return word.startswith("لل") or word.startswith("ال") and word.endswith(("ية", "ي", "ة"))


def _ar_strip_proclitic(word: str) -> str:
    """A word as its own name, without a glued conjunction or preposition: "لليونسكو" →
    "اليونسكو", "والألكسو" → "الألكسو"."""
    if word.startswith("لل"):
        return "ال" + word[2:]
    if word[:1] in "وفبل" and word[1:3] == "ال":
        return word[1:]
    return word


def extract_partners_ar(text: str) -> list[Mention]:
    """Organizations an Arabic text names: a head noun (وزارة، جامعة، اللجنة، مجلس، سفارة،
    المصرف …) and the words of its name, which end at punctuation, a preposition, "و" + another
    head (two bodies), or an indefinite word after definite ones (a verb: "… التونسية ستعمل"),
    and run through hyphens ("كوريا-آسيا") and complements glued to ل or ب ("لرفاه المجتمع",
    "بجمهورية الكاميرون"); "في" + a state word stays in the name ("… في جمهورية أذربيجان").
    Also bodies Arabic pages name by acronym ("اليونسكو والألكسو"). Not ICESCO (under its
    current or former name) nor its organs, not an organ of another body ("الجمعية العامة
    للجنة …": that body), not a body inside an event's or a prize's name, not a head alone."""
    words = list(ARABIC_WORD.finditer(text))
    keys = [arabic_word_key(m.group()) for m in words]
    found: dict[str, Mention] = {}
    spans: list[tuple[int, int]] = []
    ends: dict[int, Mention] = {}  # where a name ends → its mention
    own_units: set[str] = set()  # names the text gives ICESCO's units ("X التابع للإيسيسكو"), name_norm
    attached: set[str] = set()  # acronyms given right after a name: that body's
    owners = Owners()  # bodies named only as another's owner ("… التابعة لرابطة …")
    unit_owners: set[int] = set()  # where the owner of a unit ("كلية … التابعة ل") starts
    headed: dict[int, tuple[str, int]] = {}  # an acronym's word right after a head → the name, its start
    i = 0
    while i < len(words) and len(found) < MAX_MENTIONS:
        head_word = _ar_glued_to_head(words[i].group(), keys[i])
        programme = head_word is None and keys[i] in _PROGRAMME_HEADS_AR
        if programme:  # "برنامج الخليج العربي للتنمية (أجفند)": a body when named with its acronym
            head_word = (0, "") if keys[i] == "برنامج" and keys[i] == arabic_fold(
                words[i].group()) else (1, "")
        if head_word is None or _after_event_ar(words, keys, i, head_word[0]):
            i += 1
            continue
        glued, restored = head_word
        if (not glued and not restored and i and keys[i] != arabic_fold(words[i].group())
                and keys[i - 1] != arabic_fold(words[i - 1].group())
                and _AR_GAP.fullmatch(text[words[i - 1].end() : words[i].start()])
                and not (i >= 2 and keys[i - 2] in gazetteer.ROLE_WORDS_AR)):
            i += 1  # "للشروط الأكاديمية": a definite word right after a definite noun is its adjective
            continue  # (not after a role and its adjective: "زار المدير العام الجامعة …", the object)
        if (i + 2 < len(words) and (f"{keys[i]} {keys[i + 1]}" in gazetteer.ORGAN_WORDS_AR or (
                arabic_word_key(words[i].group()[glued:]) == "مجلس"
                and keys[i + 1] == arabic_fold(words[i + 1].group())))
                and _ar_glued_to_head(words[i + 2].group(), keys[i + 2])):
            i += 2  # "الجمعية العامة للجنة الوطنية …", "مجلس محافظي البنك …": the body is the inner one
            continue
        last = i
        definite = False
        unglued = restored + words[i].group()[glued:]
        head_definite = arabic_word_key(unglued) != arabic_fold(unglued)
        j = i + 1
        while j < len(words) and j - i <= _AR_NAME_LIMIT:
            if not _AR_GAP.fullmatch(text[words[j - 1].end() : words[j].start()]):
                break
            raw = arabic_fold(words[j].group())
            if raw in _TITLES_AR or any(raw.startswith(t) for t in _LONG_TITLES_AR) or (
                    raw[:1] == "و" and raw[1:] in _TITLES_AR):  # "… الموريتانية والدكتور …"
                break  # "المدير العام للمنظمة الدكتور …" (or "الدكتورعبد"): a person's title starts
            if role_complement_ar(words, keys, i, j) or raw in _ACTING_AR:
                break  # "نائب مدير جامعة الكويت للشؤون العلمية": the role's complement
            if keys[j] in _ENDS_NAME_AR and _ends_name_ar(raw, keys[j], j > i + 1, words[j - 1].group()):
                break  # "لهذا التعاون", "التاسع عشر", "الدورة الأولى", "والمملكة المغربية"
            if raw in gazetteer.VERBS_AR or raw[-2:] == "ان" and raw[:-2] in gazetteer.VERBS_AR:
                break  # "وجامعة كومساتس تبحثان …": the sentence's verb (also its dual)
            if (keys[j] in gazetteer.ACRONYMS_AR
                    and _ar_strip_proclitic(words[j].group()) == words[j].group()):
                if j == i + 1:  # "منظمة اليونسكو": the head says what the body is, its acronym's
                    headed[j] = restored + text[words[i].start() + glued : words[j].end()], words[i].start() + glued
                break  # "منظمة الأمم المتحدة للتربية والعلوم والثقافة اليونسكو": its acronym follows
            if len(raw) >= 6 and raw.endswith(_POSSESSIVE_AR) or place_of_someone_ar(words[j].group()):
                break  # "مجلس أمنائها", "جامعة القاهرة بمكتبه": a noun with its pronoun is the sentence's
            if raw[:1] == "ب" and (arabic_word_key(raw[1:]) in gazetteer.ROLE_PLACES_AR or (
                    arabic_word_key(raw[1:]) in gazetteer.STATE_WORDS_AR
                    and not _country_s_own_ar([arabic_word_key(unglued), *keys[i + 1 : j]]))):
                break  # "وزارة الثقافة بمدينة الدوحة", "جامعة الملك سعود بالمملكة …": where it stands
            article = keys[j] != raw
            after_title = (keys[j - 1] in gazetteer.NAMED_AFTER_TITLES_AR and j - 1 > i
                           or keys[j - 1] in _TITLES_AFTER_HEAD_AR and j - 1 == i + 1) and not (
                raw[:1] == "و" and arabic_word_key(raw[1:]) in gazetteer.ORG_HEADS_AR)  # "… سلطان ومؤسسة"
            if after_title and not article or (
                    j + 1 < len(words) and words[j + 1].group() in AFTER_FIRST_NAME_AR):
                end = _ar_person_end(words, keys, text, j)
                if not after_title and not (
                        end + 1 < len(words) and _AR_GAP.fullmatch(text[words[end].end() : words[end + 1].start()])
                        and _ar_goes_on_after_person(words[end + 1].group(), keys[end + 1])):
                    break  # "بالديوان المختار ولد أجاي": a person's first name starts
                last, j, definite = end, end + 1, True  # "جامعة الملك سعود", "مؤسسة محمد بن راشد …"
                continue
            if raw in gazetteer.NAME_STOPS_AR or keys[j] in gazetteer.NAME_STOPS_AR:
                if raw == "في" and j + 1 < len(words) and keys[j + 1] in gazetteer.STATE_WORDS_AR:
                    j, definite = j + 1, False
                    continue
                region = _in_region_ar(words, keys, text, i, j) if raw == "في" else 0
                if region:
                    last = j + region
                    j, definite = last + 1, True  # "… للتنمية في أفريقيا", "… في شمال إفريقيا"
                    continue
                break
            if raw[:1] == "و" and (arabic_word_key(raw[1:]) in gazetteer.ORG_HEADS_AR
                                   or raw[1:] in gazetteer.NAME_STOPS_AR or _country_ar(raw[1:])
                                   or keys[j] in gazetteer.ACRONYMS_AR):
                break  # "… ومؤسسة …", "… والذي": a second body or a clause; "بين المركز والأردن": a
                # second party; "مركز الملك فيصل والألكسو": a second body by its acronym
            if (raw[:1] == "و" and gazetteer.names_icesco(words[j].group()[1:])
                    and keys[j - 1] not in gazetteer.ACRONYMS_AR):
                break  # "بين جامعة النخيل والإيسيسكو": ICESCO, the other party (not whom a
                # national commission serves: "لليونسكو والإيسيسكو")
            if keys[j] in _BELONGING_AR or raw in _AT_UNIVERSITY_AR and arabic_word_key(unglued) == "كليه":
                break  # "كلية الآداب التابعة لجامعة …", "كلية الآداب بجامعة …": the unit's owner follows
            if raw[:1] == "ل" and _NUMBER_NEXT.match(text, words[j].end()):
                break  # "مجلس الإدارة لعام 2020": a year, the sentence's time
            if raw.startswith(("وبال", "وكال", "ولل", "وفي")):
                break  # "… الاجتماعية وبالتنسيق مع …": "and" + a preposition opens a new phrase
            article = keys[j] != raw  # the article (and a proclitic) was glued to it
            if j == i + 1 and head_definite and article and raw.startswith("ال") and (
                    words[j].group().endswith("ة") != unglued.endswith("ة")) and (
                    not unglued.endswith("ة") or _masculine_adjective_ar(keys[j])):
                break  # "إدارات البنك المختصة", "للجنة العام الماضي": an adjective agrees with its head
            if j == i + 1 and (raw.startswith(("لل", "بال", "كال")) or head_definite and (
                    not article or raw[:1] == "و")):
                break  # "المنظمة لدولها", "الجامعة ستخصص": the body named elsewhere; "عمل المنظمة
                # والشراكة المتميزة": a definite head and "و" + a word, two things, no body's name
            following = words[j + 1].group() if j + 1 < len(words) else None
            if not article and _ar_complement(raw, following):
                definite = False  # "لرعاية المواهب": the complement's own definite words follow
                last, j = j, j + 1
                continue
            if definite and not article:
                break  # an indefinite word after definite ones ends the name
            # A country ends a name at the next indefinite word, after a state word ("… في جمهورية
            # مالي اتفاقية") or right after the head ("مؤسسة قطر منتدى …"; not "جمعية مصر-إفريقيا").
            country = _country_after_state_ar(words, j) or j == i + 1 and _country_ar(raw) and (
                text[words[j].end() : words[j].end() + 1] != "-")
            definite = definite or article or country
            last = j
            j += 1
        start, end = words[i].start() + glued, words[last].end()
        name = restored + text[start:end]
        head, i = i, last + 1
        if last > head + 1 and _ar_own(keys[head : last + 1]) and not _ar_own(keys[head : last]):
            own_units.add(name_norm(name[: name.rfind(" ")]))  # "مركز X للإيسيسكو": "مركز X" too
        if _OWNED_AFTER_AR.match(text, end):
            own_units.add(name_norm(name))  # "مركز X التابع للإيسيسكو": "مركز X" anywhere
            continue
        unit_of = _UNIT_OF_AR.match(text, end)
        if unit_of and (arabic_word_key(unglued) in gazetteer.UNIT_HEADS_AR or "تابع" not in unit_of.group()):
            unit_owners.add(unit_of.end())
            continue  # "كلية الآداب التابعة لجامعة النخيل": a unit folds into its owner, named next
            # (a body of its own is the partner: "الهيئة … التابعة لرابطة …", partner_owners)
        if last == head or _ar_own(keys[head : last + 1]) or _ar_own_organ([arabic_word_key(unglued), *keys[head + 1 : last + 1]], name):
            continue  # a head alone; ICESCO itself, its organs and centres
        if (not head_definite and arabic_word_key(unglued) in gazetteer.OWN_KIND_HEADS_AR
                and _own_kind_ar(words, keys, head, last, text)):
            continue  # "مركز الترجمة والنشر", "ديوان المدير العام": ICESCO's own
        if last == head + 1 and head_definite and keys[head] == "منظمه":
            continue  # "المنظمة التعليمية": ICESCO described, not another body's name
        if programme and not _BRACKETED_ACRONYM_AR.match(text, end) and name_norm(name) not in found:
            i = head + 1  # "برنامج التعاون": a programme, unless named with its acronym; a body
            continue  # named inside it is read ("برنامج تدريب المحامين بوزارة الخارجية …")
        if _ar_described(words, keys, head, last, head_definite, text):
            continue  # "مؤسسة رائدة", "اللجنة المشتركة", "شبكة الإنترنت": no body's proper name
        if last == head + 1 and _IN_THE_ISLAMIC_WORLD.match(text, end):
            continue  # "مركز التراث في العالم الإسلامي": ICESCO's own centre or committee
        spans.append((start, end))
        owners.note(name_norm(name), start not in unit_owners and named_as_owner(text, start, "ar"))
        ends[end] = found.setdefault(name_norm(name), Mention(
            "partner", name_norm(name), name, None, None, text[start:end], start, end,
            rule="partner.ar.name"))
    acronyms = [(index, acronym) for index, key in enumerate(keys)
                if (acronym := gazetteer.ACRONYMS_AR.get(key)) is not None
                and not any(a <= words[index].start() < b for a, b in spans)]
    for index, acronym in acronyms:  # "المنظمة العربية للتربية والعلوم والثقافة (ألكسو)": one body
        at = words[index].start()
        before = _BEFORE_ACRONYM_AR.search(text, max(0, at - 6), at)
        glued = _ar_strip_proclitic(words[index].group()) != words[index].group()
        named = ends.get(before.start()) if before and not glued else None
        if named is not None and named.code in (None, acronym):
            named.code = acronym
            attached.add(name_norm(acronym))
    for index, acronym in acronyms:  # "منظمتي اليونسكو والألكسو"
        if (name_norm(acronym) not in found and name_norm(acronym) not in attached
                and len(found) < MAX_MENTIONS):
            name, start = headed.get(index, (_ar_strip_proclitic(words[index].group()), words[index].start()))
            found[name_norm(acronym)] = Mention("partner", name_norm(acronym), name, acronym, None, name,
                                                start, words[index].end(), rule="partner.ar.acronym")
    return join_back_references_ar([m for m in found.values() if name_norm(m.name) not in own_units
                                    and not owners.only_owner(m.key)], text)
