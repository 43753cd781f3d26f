"""Countries named in an Arabic text: names, formal names and demonyms, with their glued
prepositions and article."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from icli.extract import country_tables, gazetteer
from icli.extract.country_homographs_ar import (
    ambiguous_named_ar,
    place_named_like_a_country_ar,
    region_at_ar,
)
from icli.extract.mention import Mention
from icli.extract.patterns import Spans
from icli.extract.word_forms_ar import PLACE_AFTER_AR, definite_ar
from icli.text.normalize import ARABIC_WORD, arabic_fold, arabic_word_key


@lru_cache(maxsize=1)
def _names_ar() -> dict[tuple[str, ...], str]:
    """country_tables.country_names_ar, and each transliterated name of two words also as the
    one word it is written as ("بوركينا فاسو" as "بوركينافاسو", "كوت ديفوار" as "كوتديفوار"):
    neither word with the article, the first no state's word ("جمهورية"), the second no
    country's name."""
    names = dict(country_tables.country_names_ar())
    for name, code in country_tables.country_names_ar_written().items():
        written = ARABIC_WORD.findall(name)
        if (len(written) == 2 and not any(word.startswith(("ال", "و")) for word in written)
                and country_tables.country_word_key_ar(written[0]) not in gazetteer.STATE_WORDS_AR
                and (country_tables.country_word_key_ar(written[1]),) not in names):
            names.setdefault((country_tables.country_word_key_ar("".join(written)),), code)
    return names


@lru_cache(maxsize=1)
def _with_article_ar() -> dict[tuple[str, ...], tuple[bool, ...]]:
    """Which words of each Arabic country name (country_names_ar keys) every written form of it
    carries the article on ("الهند", "الجزائر", "البحرين"): read only with the article, as
    without it the word is a given name or a common word ("هند", "جزائر": islands)."""
    found: dict[tuple[str, ...], tuple[bool, ...]] = {}
    for name in country_tables.country_names_ar_written():
        written = ARABIC_WORD.findall(name)
        words = tuple(country_tables.country_word_key_ar(word) for word in written)
        article = tuple(definite_ar(word) for word in written)
        known = found.get(words, article)
        found[words] = tuple(a and b for a, b in zip(known, article))
    return found


def without_its_article_ar(word: str) -> bool:
    """Whether a word is a country's one-word name that carries the article, written without
    it ("هند": a given name, not "الهند"): no word of a country's name then."""
    article = _with_article_ar().get((country_tables.country_word_key_ar(word),), (False,))
    return article[0] and not definite_ar(word)


def _as_named_ar(phrase: list[tuple[str, re.Match[str]]]) -> bool:
    """Whether the words of a country's name carry the article where its name does."""
    article = _with_article_ar().get(tuple(key for key, _ in phrase), ())
    return all(definite_ar(match.group()) for (_, match), needed in zip(phrase, article) if needed)


@lru_cache(maxsize=1)
def _longest_from_ar() -> dict[str, int]:
    """The first word (key) of each Arabic country name → the most words a name starting with
    it has: a word starting none is tried no further."""
    longest: dict[str, int] = {}
    for words in _names_ar():
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


def _key_without_and(word: str, longest: dict[str, int]) -> str:
    """A word's country key, without a glued "و" (and) when only that makes it start a country's
    name ("ومصر" → "مصر")."""
    key = country_tables.country_word_key_ar(word)
    if key not in longest and word[:1] == "و" and len(word) > 3:
        rest = country_tables.country_word_key_ar(word[1:])
        return rest if rest in longest else key
    return key


def extract_countries_ar(text: str, skip: Collection[tuple[int, int]] = (),
                         organizations: Collection[tuple[int, int]] = ()) -> list[Mention]:
    """Countries an Arabic text names: names and formal names ("المملكة الأردنية الهاشمية"),
    with their glued prepositions and article ("بالمغرب", "للكويت"), and demonyms ("الكويتية",
    "الأردنيين"), compared on folded word keys (a final alef as ta marbuta: "مالطا" =
    "مالطة"). "عمّان" written with its shadda is Amman. Not inside `skip` (people's names), nor a
    language ("اللغة التركية", "بالفرنسية", "العربية والفرنسية"), nor a cultural centre's name
    ("البيت الروسي": ar.json `houses_named_by_country`), nor a word of two letters
    ("أو"), nor a region named after a country ("المغرب العربي": the Maghreb, ar.json
    `regions_named_after_countries`), nor a city or a state named like one ("مدينة الكويت",
    "ولاية جورجيا"), nor a name the text calls its capital ("تونس العاصمة") where it stands
    as the capital or after "في" (`_the_capital_there_ar`). Demonyms are also derived from every country's name (`country_tables.nisbas_ar`:
    "البرتغالية"), unless it reads as a family name ("مؤسسة السويدي": `_agrees_ar`). A word
    that is also a common word or a city ("مالي", "بنين", "عمان") counts only where the text
    says it is the country (`country_homographs_ar.ambiguous_named_ar`). Inside an organization's name a country counts, as its
    complement or adjective ("جامعة كومساتس الباكستانية", "… بالمملكة المغربية", "اللجنة
    الوطنية الموريتانية للتربية …", "الجمعية المغربية لـ…"), unless its name starts the body's
    name right after the head ("مؤسسة كوريا-إفريقيا") or the body is a news agency ("وكالة
    الأنباء السعودية", the source of the story, as an English outlet's name): rule
    `country.ar.in-organization`. A demonym pages write for two countries (ar.json
    `shared_demonyms`: "النيجيري") is the other one's where the text names that one by name
    and never its own, nor writes it before a name (a person's nationality: "الأديب النيجيري
    وول سوينكا")."""
    longest = _longest_from_ar()
    words = [(_key_without_and(m.group(), longest), m) for m in ARABIC_WORD.finditer(text)]
    names, demonyms = _names_ar(), country_tables.demonyms_fr_ar()["ar"]
    nisbas = country_tables.nisbas_ar()
    skipped = Spans(skip)
    capitals = _named_as_capitals_ar(text, words, names)
    found: dict[str, Mention] = {}
    listed: set[int] = set()  # the first and last words of each country named (list neighbours)
    named: set[str] = set()  # the countries named by name, not by a demonym
    i = 0
    language = -2  # the index of the last word read as a language
    while i < len(words):
        if skipped_region := region_at_ar(text, words, i):
            i += skipped_region
            continue
        code, length = None, 1
        for n in range(min(longest.get(words[i][0], 0), len(words) - i), 0, -1):
            phrase = words[i : i + n]
            if any(text[a[1].end() : b[1].start()].strip() for a, b in zip(phrase, phrase[1:])):
                continue  # a name's words are separated by spaces only
            code = names.get(tuple(key for key, _ in phrase))
            if code and not _as_named_ar(phrase):
                code = None  # "هند": a given name, not "الهند"
            if code:
                length = n
                break
        _, match = words[i]
        if code and (place_named_like_a_country_ar(text, words, i)
                     or code in capitals and length == 1 and _the_capital_there_ar(text, words, i)):
            i += length
            continue  # "مدينة الكويت": Kuwait City; "ولاية جورجيا": the American state; "في تونس": Tunis
        adjective = code is None  # a demonym: the body it follows is that country's
        if code is None:
            key = arabic_word_key(match.group())
            code = demonyms.get(key) or nisbas.get(key)
            if code and i and not _agrees_ar(text, words[i - 1][1], match):
                code = None  # "مؤسسة السويدي", "جمال السويدي": a family name, no adjective
        if length == 1 and (len(words[i][0]) < 3 or i and words[i - 1][0] in gazetteer.LANGUAGE_WORDS_AR
                            or language == i - 1 and match.group().startswith("وال")):
            code, language = None, i  # "أو" is no Palau; "اللغة التركية", "باللغات العربية
            # والتركية": languages, the list's items after the first too
        if length == 1 and i and words[i - 1][0] in gazetteer.CURRENCY_WORDS_AR:
            code = None  # "دولار أمريكي": a currency
        if adjective and i and words[i - 1][0] in gazetteer.HOUSES_NAMED_BY_COUNTRY_AR:
            code = None  # "البيت الروسي": a cultural centre's name, as "Russian House"
        if length == 1 and code in _LANGUAGES_AR and (
                match.group().removeprefix("و").startswith("بال") or i and words[i - 1][0] == "عربيه"):
            code = None  # "بالفرنسية": in French; "العربية والإسبانية": languages
        if code:
            listed.update((i, i + length - 1))
            if not adjective:
                named.add(code)
            elif code in gazetteer.SHARED_DEMONYMS_AR and _before_a_name_ar(text, words, i):
                named.add(code)  # "الأديب النيجيري وول سوينكا": a person's nationality
        if code and code not in found and match.start() not in skipped:
            end = words[i + length - 1][1].end()
            org = next(((a, b) for a, b in organizations if a <= match.start() < b), None)
            if not _a_paper_ar(text, match.start(), end) and (  # "الرباط-المغرب اليوم": a masthead
                    org is None or org[0] < match.start() and (
                        adjective or not _fused_after_head_ar(text, org[0], match.start()))) and not (
                    adjective and _a_body_abroad_ar(text, words, i, org, code)) and not (
                    org and gazetteer.NEWS_AGENCY_AR.search(text, org[0], org[1])):
                found[code] = Mention(
                    "country", code, country_tables.country_display_names().get(code, code), code,
                    None, text[match.start() : end], match.start(), end,
                    rule="country.ar.in-organization" if org else "country.ar.name")
        i += length
    for mention in ambiguous_named_ar(text, words, listed, skipped):
        found.setdefault(mention.code or "", mention)
    for code, other in gazetteer.SHARED_DEMONYMS_AR.items():
        if code in found and code not in named and other in named:
            del found[code]  # "المجتمع النيجيري" on a page that names Niger only: Niger's
    return list(found.values())


def _before_a_name_ar(text: str, words: list[tuple[str, re.Match[str]]], i: int) -> bool:
    """Whether the word after words[i], spaces only between, may open a person's name: no
    article, no preposition or adverb, no country word ("الأديب النيجيري وول سوينكا")."""
    if i + 1 >= len(words) or text[words[i][1].end() : words[i + 1][1].start()].strip():
        return False
    following = words[i + 1][1].group()
    return (not definite_ar(following) and arabic_fold(following) not in gazetteer.NAME_STOPS_AR
            and words[i + 1][0] not in country_tables.demonyms_fr_ar()["ar"])


_CAPITAL_AR = "عاصمه"  # "العاصمة" (the capital) as the words' keys write it


def _spaced(text: str, words: list[tuple[str, re.Match[str]]], a: int, b: int) -> bool:
    """Whether words[a] and words[b] are both there with spaces only between them."""
    return 0 <= a and b < len(words) and not text[words[a][1].end() : words[b][1].start()].strip()


def _named_as_capitals_ar(text: str, words: list[tuple[str, re.Match[str]]],
                          names: dict[tuple[str, ...], str]) -> frozenset[str]:
    """The countries whose one-word name the text calls the capital: "العاصمة" right after it
    ("تونس العاصمة", "الجزائر العاصمة": the city named like its country)."""
    if "العاصمة" not in text:
        return frozenset()
    return frozenset(code for j in range(1, len(words)) if words[j][0] == _CAPITAL_AR
                     and _spaced(text, words, j - 1, j) and (code := names.get((words[j - 1][0],))))


def _the_capital_there_ar(text: str, words: list[tuple[str, re.Match[str]]], i: int) -> bool:
    """Whether the country name at words[i], which the text calls its capital elsewhere or
    here, is the city: "العاصمة" follows it, or it is a place after "في" ("اختتم الاجتماع في
    تونس"); as a state it acts or is acted for ("بدعم تونس"), comes after "من" (its
    experts) or after a role "في" ("وزير التربية في تونس": `_role_before_ar`), it stays the
    country."""
    return (i + 1 < len(words) and words[i + 1][0] == _CAPITAL_AR and _spaced(text, words, i, i + 1)
            or i > 0 and words[i - 1][1].group() == "في" and _spaced(text, words, i - 1, i)
            and not _role_before_ar(text, words, i - 1))


def _role_before_ar(text: str, words: list[tuple[str, re.Match[str]]], at: int) -> bool:
    """Whether a role word (ar.json `role_words`: "وزير", "سفير") is among the four words
    before words[at], spaces only between them: the office holder's country follows ("وزير
    التربية الوطنية في جيبوتي")."""
    for j in range(at - 1, max(-1, at - 5), -1):
        if not _spaced(text, words, j, j + 1):
            return False
        key = words[j][0]
        if key in gazetteer.ROLE_WORDS_AR or key[:1] in "بل" and key[1:] in gazetteer.ROLE_WORDS_AR:
            return True
    return False


# After a country's name: "اليوم" (today) ending the line: with nothing or a dash before it on
# its line, a newspaper's name ("المغرب اليوم"), not the country.
_PAPER_AFTER_AR = re.compile(r"[ \t]+اليوم[ \t]*(?:\n|$)")


def _a_paper_ar(text: str, start: int, end: int) -> bool:
    """Whether the country at text[start:end] starts a newspaper's name in a masthead or a
    byline: "اليوم" after it ends the line, and the line starts with it or with a place and a
    dash before it ("الرباط-المغرب اليوم"; not "يحتفل المغرب اليوم بعيده")."""
    if not _PAPER_AFTER_AR.match(text, end):
        return False
    before = text[max(0, start - 40) : start].rpartition("\n")[2].rstrip(" \t")
    return not before or before[-1] in "-–" and len(before.split()) <= 2


# The endings of a noun with an attached pronoun ("نظيره", "وزيرها", "سفيرنا"): definite as
# a noun with the article is.
_POSSESSED_AR = ("ه", "ها", "هم", "هما", "نا", "كم")


def _agrees_ar(text: str, before: re.Match[str], adjective: re.Match[str]) -> bool:
    """Whether a demonym can be the adjective of the word right before it, not a family name: a
    definite masculine one ("السويدي") after an indefinite word ("مؤسسة السويدي", "جمال
    السويدي") is a name's last word (an adjective agrees in definiteness; after a proper noun,
    "جامعة بيشاور الباكستانية", it agrees with the head: family names are masculine). A demonym
    after punctuation is not judged."""
    if text[before.end() : adjective.start()].strip():
        return True
    return (definite_ar(before.group()) or before.group().endswith(_POSSESSED_AR)
            or not definite_ar(adjective.group())
            or not arabic_word_key(adjective.group()).endswith("ي"))


def _fused_after_head_ar(text: str, org_start: int, at: int) -> bool:
    """Whether the country at text[at] follows its organization's head directly and the head
    is no state body's: the country's name is part of the body's proper name."""
    before = ARABIC_WORD.findall(text, org_start, at)
    return len(before) == 1 and arabic_word_key(before[0]) not in gazetteer.STATE_HEADS_AR


def _a_body_abroad_ar(text: str, words: list[tuple[str, re.Match[str]]], i: int,
                     org: tuple[int, int] | None, code: str) -> bool:
    """Whether the country's adjective at word `i` names a body's founders, the body standing
    in another country: no state's body ("السفارة المغربية بالقاهرة" stays Morocco's), its name
    going on with a place ("الجامعة الأمريكية بالقاهرة", "المعهد الفرنسي بالرباط"), or a
    body's head followed by the adjective and "في" or "ب" with another country's name
    ("الجامعة البريطانية في مصر"). A city after the name is not judged (no table of cities'
    countries: "الجامعة اللبنانية في بيروت")."""
    place = PLACE_AFTER_AR.match(text, words[i][1].end())
    head = ARABIC_WORD.match(text, org[0]) if org else i and words[i - 1][1]
    if not place or not head or arabic_word_key(head.group()) in gazetteer.NATIONAL_BODY_HEADS_AR | gazetteer.STATE_HEADS_AR:
        return False
    key = arabic_word_key(place.group(1))
    there = country_tables.country_names_ar().get((key,))
    if key in gazetteer.STATE_WORDS_AR or there == code:
        return False  # "… بالمملكة المغربية": the country's own
    return bool(org and place.start(1) < org[1]
                or there and arabic_word_key(head.group()) in gazetteer.ORG_HEADS_AR)


# Countries whose adjective is also a language's name ("الفرنسية", "التركية").
_LANGUAGES_AR = frozenset({"TUR", "FRA", "ESP", "DEU", "ITA", "RUS", "CHN", "JPN", "KOR", "PRT", "GRC",
                           "NLD"})
