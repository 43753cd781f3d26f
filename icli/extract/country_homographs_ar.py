"""Arabic country words that are also common words or a city ("مالي": financial, "عمان":
Amman), regions named after a country ("المغرب العربي") and places named like one ("مدينة
الكويت", "ولاية جورجيا"): where the text says they are a country, and where they are none.
countries_ar.extract_countries_ar reads a text's words with them."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from icli.extract import country_tables, gazetteer
from icli.extract.mention import Mention
from icli.extract.patterns import Spans
from icli.extract.word_forms_ar import definite_ar
from icli.text.normalize import arabic_fold, arabic_word_key

_SHADDA, _DAMMA = "\u0651", "\u064f"


def ambiguous_named_ar(text: str, words: list[tuple[str, re.Match[str]]], listed: set[int],
                       skipped: Spans) -> list[Mention]:
    """Countries whose one-word name or demonym is also a common word ("مالي": financial,
    "بنين": sons) or a city ("عمان": Amman), where the text says it is the country:
    - in a list of countries: a comma or "و" joins the word to a country named right before or
      after it ("بنين، وبوركينا فاسو", "وغينيا، ومالي"): rule `country.ar.listed`;
    - a name right after one of its state's heads in construct (ar.json
      `ambiguous_country_heads` and `state_heads`: "سفير مالي", "حكومة مالي", "عاصمة مالي"),
      where an indefinite noun not listed makes it an adjective ("دعم مالي"): rule
      `country.ar.after-head`;
    - a name right after a preposition ("في مالي", "إلى بنين"), unless it is also a city's
      name (`country_names_also_cities`: "في عمان" is Amman): rule `country.ar.after-preposition`;
    - "عمان" written with the damma only Oman has ("عُمان"); with a shadda ("عمّان") it is
      Amman, never a country: rule `country.ar.marked`;
    - a masculine demonym that is also a name or an adjective of things (ar.json
      `ambiguous_demonyms_of_people`: "المصري", "القطري") right after a noun of a person or a
      group it agrees with in definiteness ("الوفد المغربي", "وفد مغربي", "السفير التونسي"; not
      "كريم المصري", "الوزير تركي …", "الخط المغربي"), or after such a role word's definite
      complement, the role then definite as the demonym ("وزير الثقافة المصري", "رئيس الوزراء
      التونسي"; not "وزير الثقافة كريم المصري"): rule `country.ar.after-person-noun`;
    never where the text makes it the common word: paired by "و" with its common pair ("بنين
    وبنات", ar.json `ambiguous_country_common_pairs`), or after a noun of people counted, right
    before it or before its preposition ("ألف طالب من بنين", `ambiguous_country_people_before`)."""
    ambiguous, names = _ambiguous_keys_ar(), country_tables.ambiguous_names_ar()
    found = []
    for i, (key, match) in enumerate(words):
        code = ambiguous.get(key)
        if code is None or match.start() in skipped:
            continue
        word = match.group()
        city = key in gazetteer.COUNTRY_NAMES_ALSO_CITIES_AR
        if city and _SHADDA in word:
            continue  # "عمّان": Amman
        previous = words[i - 1][1] if i and not text[words[i - 1][1].end() : match.start()].strip() else None
        if _common_word_ar(text, words, i, key):
            continue  # "ألف طالب من بنين وبنات": boys
        rule = None
        if city and _DAMMA in word:
            rule = "country.ar.marked"
        elif i - 1 in listed and _list_gap_ar(text[words[i - 1][1].end() : match.start()], word) or (
                i + 1 in listed and _list_gap_ar(text[match.end() : words[i + 1][1].start()],
                                                 words[i + 1][1].group())):
            rule = "country.ar.listed"
        elif key in names and previous is not None and _glued_key_in(
                previous.group(), gazetteer.AMBIGUOUS_COUNTRY_HEADS_AR | gazetteer.STATE_HEADS_AR):
            rule = "country.ar.after-head"
        elif (key in names and not city and previous is not None
              and arabic_fold(previous.group()) in _prepositions_ar()):
            rule = "country.ar.after-preposition"
        elif previous is not None and (_describes_people_ar(previous.group(), word, key)
                                       or _after_role_complement_ar(text, words, i, key)):
            rule = "country.ar.after-person-noun"
        if rule:
            found.append(Mention("country", code, country_tables.country_display_names().get(code, code),
                                 code, None, word, match.start(), match.end(), rule=rule))
    return found


def _common_word_ar(text: str, words: list[tuple[str, re.Match[str]]], i: int, key: str) -> bool:
    """Whether the ambiguous name at words[i] is the common word: paired by "و" with its pair
    ("بنين وبنات", "البنات والبنين"), or after a noun of people, right before it or before the
    preposition before it ("طلاب من بنين")."""
    def joined(a: int, b: int) -> bool:  # spaces only between words[a] and words[b]
        return 0 <= a and b < len(words) and not text[words[a][1].end() : words[b][1].start()].strip()

    pair = gazetteer.AMBIGUOUS_COUNTRY_COMMON_PAIRS_AR.get(key.removeprefix("و"))
    if pair is not None and (
            joined(i, i + 1) and words[i + 1][1].group()[:1] == "و" and _glued_key_in(words[i + 1][1].group(), {pair})
            or joined(i - 1, i) and words[i][1].group()[:1] == "و" and _glued_key_in(words[i - 1][1].group(), {pair})):
        return True
    people = gazetteer.AMBIGUOUS_COUNTRY_PEOPLE_BEFORE_AR
    if joined(i - 1, i) and _glued_key_in(words[i - 1][1].group(), people):
        return True
    return (joined(i - 2, i - 1) and joined(i - 1, i)
            and arabic_fold(words[i - 1][1].group()) in _prepositions_ar()
            and _glued_key_in(words[i - 2][1].group(), people))


def _describes_people_ar(noun: str, word: str, key: str) -> bool:
    """Whether the ambiguous demonym `word` (key `key`) is the adjective of `noun`, a noun of a
    person or a group (ar.json `role_words`, `people_nouns`) with the same definiteness."""
    return (key in gazetteer.AMBIGUOUS_DEMONYMS_OF_PEOPLE_AR
            and _glued_key_in(noun, gazetteer.ROLE_WORDS_AR | gazetteer.PEOPLE_NOUNS_AR)
            and definite_ar(noun) == definite_ar(word))


def _after_role_complement_ar(text: str, words: list[tuple[str, re.Match[str]]], i: int, key: str) -> bool:
    """Whether the definite ambiguous demonym at words[i] follows a role word without the
    article and its complement of one to five words with it, spaces only between ("وزير
    الثقافة المصري", "مدير الشؤون الثقافية والعلمية المغربي"): the role's adjective."""
    if key not in gazetteer.AMBIGUOUS_DEMONYMS_OF_PEOPLE_AR or not definite_ar(words[i][1].group()):
        return False
    for head in range(i - 1, max(i - 7, -1), -1):
        if text[words[head][1].end() : words[head + 1][1].start()].strip():
            return False
        word = words[head][1].group()
        if not definite_ar(word):
            return head < i - 1 and _glued_key_in(word, gazetteer.ROLE_WORDS_AR)
        if head == i - 1 and _glued_key_in(word, gazetteer.ROLE_WORDS_AR):
            return False  # "الوزير المصري": _describes_people_ar's
    return False


def _glued_key_in(word: str, heads: Collection[str]) -> bool:
    """Whether a word's key, a glued "و", "ل" or "ب" aside, is one of `heads` ("سفير",
    "لحكومة", "وعاصمة", "بمدينة")."""
    key = arabic_word_key(word)
    return key in heads or word[:1] in "ولب" and arabic_word_key(word[1:]) in heads


def place_named_like_a_country_ar(text: str, words: list[tuple[str, re.Match[str]]], i: int) -> bool:
    """Whether the country's name at words[i] follows a place's head (ar.json `role_places`,
    spaces only between): it names a city, a state or a province ("مدينة الكويت": Kuwait City,
    "ولاية جورجيا": the American state, "بمدينة جيبوتي"), or a gulf's, a river's or a lake's
    head (ar.json `geographic_features`: "خليج غينيا", "نهر النيجر", "بحيرة تشاد"), as "Kuwait
    City" and "Lake Chad" do in English: no country."""
    return i > 0 and not text[words[i - 1][1].end() : words[i][1].start()].strip() and _glued_key_in(
        words[i - 1][1].group(), gazetteer.ROLE_PLACES_AR | gazetteer.GEOGRAPHIC_FEATURES_AR)


@lru_cache(maxsize=1)
def _prepositions_ar() -> frozenset[str]:
    """gazetteer.PREPOSITIONS_AR folded ("إلى" as "الى")."""
    return frozenset(arabic_fold(word) for word in gazetteer.PREPOSITIONS_AR)


def region_at_ar(text: str, words: list[tuple[str, re.Match[str]]], i: int) -> int:
    """How many words a region named after a country takes at words[i] ("المغرب العربي",
    ar.json `regions_named_after_countries`), separated by spaces only; 0 when none starts
    there."""
    for region in gazetteer.REGIONS_NAMED_AFTER_COUNTRIES_AR:
        n = len(region)
        phrase = words[i : i + n]
        if (len(phrase) == n and all(key == part for (key, _), part in zip(phrase, region))
                and not any(text[a[1].end() : b[1].start()].strip() for a, b in zip(phrase, phrase[1:]))):
            return n
    return 0


@lru_cache(maxsize=1)
def _ambiguous_keys_ar() -> dict[str, str]:
    """country_tables.ambiguous_countries_ar by the keys extract_countries_ar gives words, with
    or without a glued "و" ("ومالي")."""
    ambiguous = country_tables.ambiguous_countries_ar()
    return {**ambiguous, **{"و" + key: code for key, code in ambiguous.items()}}


def _list_gap_ar(gap: str, second: str) -> bool:
    """Whether `gap` between two words joins them as items of a list: a comma, or spaces when
    the second word is glued to "و"."""
    return gap.strip() in ("،", ",") or not gap.strip() and second[:1] == "و"
