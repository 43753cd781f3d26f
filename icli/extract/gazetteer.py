"""The word lists extraction matches, by name, and the functions over them (organization names
compared, acronyms across languages).

Each list is read from icli/extract/data/<language>.json by icli/extract/words.py the first time
it is used, so importing this module reads no file (queries import identity, which names lists
here). English lists are unmarked, French and Arabic ones end with their code:
`gazetteer.ROLE_WORDS_FR` is the "role_words" list of fr.json. What each list holds is its
"about" in the data file; docs/entities.md says how to add a word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from icli.choices import LANGUAGES


def _rows(rows: Iterable[list[Any]]) -> tuple[tuple[Any, ...], ...]:
    return tuple(tuple(row) for row in rows)


def _pairs(table: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {key: tuple(value) for key, value in table.items()}


# Each list's name here → (language, its name in that language's file, what it is read as:
# frozenset for membership, tuple where order counts or for str.startswith/endswith).
_LISTS: dict[str, tuple[str, str, Callable[[Any], Any]]] = {
    # people (English)
    "SURNAME_PARTICLES": ("en", "surname_particles", frozenset),
    "SON_OF": ("en", "son_of", frozenset),
    "HONORIFIC_WORDS": ("en", "honorifics", tuple),
    "COURTESY_HONORIFICS": ("en", "courtesy_honorifics", tuple),
    "MALAY_HONORIFICS": ("en", "malay_honorifics", tuple),
    "PILGRIM_HONORIFICS": ("en", "pilgrim_honorifics", tuple),
    "ROLE_WORDS": ("en", "role_words", frozenset),
    "ROLE_WORDS_IN_NAMES": ("en", "role_words_in_names", frozenset),
    "OCCUPATIONS": ("en", "occupations", frozenset),
    "ROLE_INNER_WORDS": ("en", "role_inner_words", frozenset),
    "ROLE_TRAILING_WORDS": ("en", "role_trailing_words", frozenset),
    "NOT_NAME_WORDS": ("en", "not_name_words", frozenset),
    "OFFICE_WORDS": ("en", "office_words", frozenset),
    "PLACE_WORDS": ("en", "place_words", frozenset),
    "GEOGRAPHIC_FEATURES": ("en", "geographic_features", frozenset),
    "SPEECH_VERBS": ("en", "speech_verbs", tuple),
    # ICESCO itself
    "OWN_HEAD_ROLES": ("en", "own_head_roles", tuple),
    "OWN_HEADS": ("en", "own_heads", _rows),
    "OWN_NAMES": ("en", "own_names", frozenset),
    "OWN_BODIES": ("en", "own_bodies", tuple),
    "OWN_ORGANS": ("en", "own_organs", tuple),
    "OWNER_WORDS": ("en", "owner_words", frozenset),
    "OWN_KIND_HEADS": ("en", "own_kind_heads", frozenset),
    # countries (English)
    "DEMONYMS": ("en", "demonyms", dict),
    "EXTRA_COUNTRY_NAMES": ("en", "extra_country_names", dict),
    "NOT_COUNTRY_AFTER": ("en", "not_country_after", frozenset),
    "PRESS_HEADS": ("en", "press_heads", frozenset),
    "GIVEN_NAME_COUNTRIES": ("en", "given_name_countries", frozenset),
    "PEOPLE_QUALIFIERS": ("en", "people_qualifiers", frozenset),
    "NOT_A_NOUN_AFTER_LIST": ("en", "not_a_noun_after_list", frozenset),
    "STATE_WORDS": ("en", "state_words", frozenset),
    "GOVERNMENT_HEADS": ("en", "government_heads", frozenset),
    # organizations (English)
    "PARTNER_ACRONYMS": ("en", "partner_acronyms", dict),
    "ORG_HEADS": ("en", "org_heads", frozenset),
    "UNIT_HEADS": ("en", "unit_heads", frozenset),
    "HEADS_WITH_COMPLEMENT": ("en", "heads_with_complement", frozenset),
    "GENERIC_ORG_WORDS": ("en", "generic_org_words", frozenset),
    "VENUE_WORDS": ("en", "venue_words", frozenset),
    "EVENT_HEADS": ("en", "event_heads", frozenset),
    "CALLS_TO_READERS": ("en", "calls_to_readers", frozenset),
    "FIELD_WORDS": ("en", "field_words", frozenset),
    "NAME_CONNECTORS": ("en", "name_connectors", frozenset),
    "HEAD_STOPPERS": ("en", "head_stoppers", frozenset),
    "LEADING_NOISE": ("en", "leading_noise", frozenset),
    "TITLES_BEFORE_BODIES": ("en", "titles_before_bodies", frozenset),
    "NOT_GERUNDS": ("en", "not_gerunds", frozenset),
    # French
    "ROYAL_HONORIFICS_FR": ("fr", "royal_honorifics", frozenset),
    "COURTESY_HONORIFICS_FR": ("fr", "courtesy_honorifics", tuple),
    "ROLE_WORDS_FR": ("fr", "role_words", frozenset),
    "ROLE_STOPS_FR": ("fr", "role_stops", frozenset),
    "SPEECH_VERBS_FR": ("fr", "speech_verbs", tuple),
    "ORG_HEADS_FR": ("fr", "org_heads", frozenset),
    "UNIT_HEADS_FR": ("fr", "unit_heads", frozenset),
    "NAMED_AFTER_HEADS_FR": ("fr", "named_after_heads", frozenset),
    "OWN_KIND_HEADS_FR": ("fr", "own_kind_heads", frozenset),
    "GROUP_HEADS_FR": ("fr", "group_heads", frozenset),
    "PARTNER_ACRONYMS_FR": ("fr", "partner_acronyms", _pairs),
    "AFFILIATION_HEADS_FR": ("fr", "affiliation_heads", tuple),
    "BRAND_HEADS_FR": ("fr", "brand_heads", frozenset),
    "ORG_NAME_WORDS_FR": ("fr", "org_name_words", frozenset),
    "ADJECTIVE_ENDINGS_FR": ("fr", "adjective_endings", tuple),
    "NOT_ORG_NAME_WORDS_FR": ("fr", "not_org_name_words", frozenset),
    "ORG_CONNECTORS_FR": ("fr", "org_connectors", frozenset),
    "NOT_PARTNER_HEADS_FR": ("fr", "not_partner_heads", frozenset),
    "OWN_ORGANS_FR": ("fr", "own_organs", tuple),
    "EXTRA_COUNTRY_NAMES_FR": ("fr", "extra_country_names", dict),
    "NOT_COUNTRY_AFTER_FR": ("fr", "not_country_after", frozenset),
    "COUNTRY_NAMES_ALSO_CITIES_FR": ("fr", "country_names_also_cities", dict),
    "LANGUAGE_WORDS_FR": ("fr", "language_words", frozenset),
    "DEMONYMS_FR": ("fr", "demonyms", dict),
    # Arabic
    "HONORIFIC_WORDS_AR": ("ar", "honorifics", tuple),
    "HONORIFIC_ROLES_AR": ("ar", "honorific_roles", tuple),
    "COURTESY_HONORIFICS_AR": ("ar", "courtesy_honorifics", tuple),
    "NAMED_AFTER_HEADS_AR": ("ar", "named_after_heads", frozenset),
    "REGNAL_AR": ("ar", "regnal_numbers", frozenset),
    "ROLE_WORDS_AR": ("ar", "role_words", frozenset),
    "ROLE_STOPS_AR": ("ar", "role_stops", frozenset),
    "ROLE_LINKS_AR": ("ar", "role_links", frozenset),
    "ROLE_PLACES_AR": ("ar", "role_places", frozenset),
    "OWN_HEAD_AR": ("ar", "own_head", tuple),
    "NAME_PARTICLES_AR": ("ar", "name_particles", frozenset),
    "ARABIC_COMPOUND_FIRST": ("ar", "compound_first_names", frozenset),
    "MASCULINE_TA_FIRST_AR": ("ar", "masculine_first_names_ta", frozenset),
    "NOUN_LIKE_FIRST_AR": ("ar", "noun_like_first_names", frozenset),
    "SURNAME_PARTICLES_AR": ("ar", "surname_particles", frozenset),
    "SON_OF_AR": ("ar", "son_of", frozenset),
    "ARABIC_COMPOUND_ENDS": ("ar", "compound_name_ends", frozenset),
    "FIRST_NAME_SECONDS_AR": ("ar", "first_name_seconds", frozenset),
    "THAT_AR": ("ar", "that_words", frozenset),
    "ORG_HEADS_AR": ("ar", "org_heads", frozenset),
    "ORGAN_WORDS_AR": ("ar", "organ_words", frozenset),
    "OWN_NAMES_AR": ("ar", "own_names", _rows),
    "OWN_KIND_HEADS_AR": ("ar", "own_kind_heads", frozenset),
    "NAMED_AFTER_TITLES_AR": ("ar", "named_after_titles", frozenset),
    "OWN_ACRONYMS_AR": ("ar", "own_acronyms", frozenset),
    "ACRONYMS_AR": ("ar", "acronyms", dict),
    "NOT_PARTNER_BEFORE_AR": ("ar", "not_partner_before", frozenset),
    "UNIT_HEADS_AR": ("ar", "unit_heads", frozenset),
    "NAME_STOPS_AR": ("ar", "name_stops", frozenset),
    "PREPOSITIONS_AR": ("ar", "prepositions", frozenset),
    "NAMES_NOT_STOPS_AR": ("ar", "names_not_stops", frozenset),
    "VERBS_AR": ("ar", "verbs", frozenset),
    "STATE_WORDS_AR": ("ar", "state_words", frozenset),
    "REGIONS_AR": ("ar", "regions", frozenset),
    "GEOGRAPHIC_FEATURES_AR": ("ar", "geographic_features", frozenset),
    "COMPASS_AR": ("ar", "compass_words", frozenset),
    "STATE_HEADS_AR": ("ar", "state_heads", frozenset),
    "NATIONAL_BODY_HEADS_AR": ("ar", "national_body_heads", frozenset),
    "COUNTRY_BODY_WORDS_AR": ("ar", "country_body_words", frozenset),
    "LEADERSHIP_ARABIC": ("ar", "leadership", dict),
    "EXTRA_COUNTRY_NAMES_AR": ("ar", "extra_country_names", dict),
    "DEMONYMS_AR": ("ar", "demonyms", dict),
    "SHARED_DEMONYMS_AR": ("ar", "shared_demonyms", dict),
    "AMBIGUOUS_COUNTRY_WORDS_AR": ("ar", "ambiguous_country_words", dict),
    "AMBIGUOUS_COUNTRY_HEADS_AR": ("ar", "ambiguous_country_heads", frozenset),
    "AMBIGUOUS_COUNTRY_COMMON_PAIRS_AR": ("ar", "ambiguous_country_common_pairs", dict),
    "AMBIGUOUS_DEMONYMS_OF_PEOPLE_AR": ("ar", "ambiguous_demonyms_of_people", frozenset),
    "PEOPLE_NOUNS_AR": ("ar", "people_nouns", frozenset),
    "AMBIGUOUS_COUNTRY_PEOPLE_BEFORE_AR": ("ar", "ambiguous_country_people_before", frozenset),
    "COUNTRY_NAMES_ALSO_CITIES_AR": ("ar", "country_names_also_cities", frozenset),
    "REGIONS_NAMED_AFTER_COUNTRIES_AR": ("ar", "regions_named_after_countries",
                                         lambda rows: frozenset(map(tuple, rows))),
    "LANGUAGE_WORDS_AR": ("ar", "language_words", frozenset),
    "HOUSES_NAMED_BY_COUNTRY_AR": ("ar", "houses_named_by_country", frozenset),
    "CURRENCY_WORDS_AR": ("ar", "currency_words", frozenset),
    "NEWSPAPER_STAFF_AR": ("ar", "newspaper_staff", frozenset),
}
# Lists made of others: every particle of a name, those that say son or daughter of in both
# scripts; offices and portfolios in all three languages.
_MADE: dict[str, Callable[[], Any]] = {
    "HONORIFIC_WORDS_FR": lambda: tuple(_read("fr", "honorifics")) + tuple(_read("fr", "royal_honorifics")),
    "NAME_PARTICLES": lambda: _list("SURNAME_PARTICLES") | frozenset(_read("en", "name_particles")),
    "PATRONYMICS": lambda: (_list("SON_OF") | _list("SON_OF_AR")
                            | frozenset(_read("en", "patronymic_particles"))),
    "OFFICES": lambda: _across_languages("offices"),
    "PORTFOLIOS": lambda: _across_languages("portfolios"),
    "ROLE_TRANSLATIONS": lambda: _across_languages("role_translations"),
}


def _read(language: str, name: str) -> Any:
    from icli.extract import words

    return words.load(language, name)


def _across_languages(name: str) -> dict[str, tuple[str, ...]]:
    """{key: its phrases in English, French and Arabic} from the three files' `name` lists
    (offices, portfolios, role words): the same office, portfolio or role word whatever the
    article's language."""
    merged: dict[str, tuple[str, ...]] = {}
    for language in LANGUAGES:
        for key, phrases in _read(language, name).items():
            merged[key] = merged.get(key, ()) + tuple(phrases)
    return merged


def _list(name: str) -> Any:
    """The list called `name`, read on first use and kept as this module's attribute."""
    if name in _LISTS:
        language, stored, kind = _LISTS[name]
        value = kind(_read(language, stored))
    elif name in _MADE:
        value = _MADE[name]()
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __getattr__(name: str) -> Any:
    """`gazetteer.ROLE_WORDS` and the like: a list (_LISTS, _MADE) on first use."""
    return _list(name)


@lru_cache(maxsize=1)
def acronyms_by_name() -> dict[str, str]:
    """A well-known organization's full name (org_norm) → its acronym."""
    return {org_norm(full): acronym for acronym, full in _list("PARTNER_ACRONYMS").items()}


@lru_cache(maxsize=1)
def title_case_acronyms() -> dict[str, str]:
    """A well-known body's acronym of four letters or more as a word is written, in title case
    ("Unesco", "Unicef", "Alecso"; English and French lists) → the acronym: that body."""
    acronyms = (*_list("PARTNER_ACRONYMS"), *_list("PARTNER_ACRONYMS_FR"))
    return {a.capitalize(): a for a in acronyms if len(a) >= 4 and a.isupper() and a.isalpha()}


@lru_cache(maxsize=1)
def _after_honorific() -> re.Pattern[str]:
    """Matches text that ends with an English or French honorific ("… Mr. ", "… Dr ")."""
    return re.compile(r"(?:^|[\s(])(?:" + "|".join(
        [*_list("HONORIFIC_WORDS"), *_list("HONORIFIC_WORDS_FR")]) + r")\s*$")


def after_honorific(before: str) -> bool:
    """Whether `before` (the text right before a word) ends with an English or French honorific
    ("… Mr. ", "… Dr "): the word starts or is a person's name."""
    return _after_honorific().search(before[-40:]) is not None


def title_case_acronym(word: str, before: str, after: str) -> str | None:
    """The body a word in title case stands for (title_case_acronyms: "Unicef" → "UNICEF"),
    unless it reads as a person's first name: after an honorific or before another capitalized
    word ("Mr. Usaid Rahman", "Tika Ram"); `before` and `after` are the text around it."""
    acronym = title_case_acronyms().get(word)
    if acronym is None or after.lstrip()[:1].isupper() or after_honorific(before):
        return None
    return acronym


_THE = re.compile(r"\bthe\b")
_SPELLINGS = (("organisation", "organization"), ("centre", "center"), ("programme", "program"))


@lru_cache(maxsize=8192)
def org_norm(name: str) -> str:
    """An organization's name compared: name_norm with British and American spellings as one
    ("Organisation of Islamic Cooperation" = "Organization of Islamic Cooperation"), "the"
    and commas left out ("Federation of the Universities of the Islamic World"; "Ministry of
    Youth, Culture, and Communication" = "Ministry of Youth, Culture and Communication"), and a
    known body's acronym that starts a longer name spelt out ("UN General Assembly" = "United
    Nations General Assembly")."""
    from icli.text.normalize import name_norm

    first, _, rest = name.partition(" ")
    if rest and first.isupper() and first in _list("PARTNER_ACRONYMS"):
        name = f"{_list('PARTNER_ACRONYMS')[first]} {rest}"
    norm = name_norm(_THE.sub(" ", name) if "the" in name else name).replace(",", "")
    for british, american in _SPELLINGS:
        norm = norm.replace(british, american)
    return norm


def names_icesco(value: str) -> bool:
    """Whether a name is ICESCO's (or ISESCO's) acronym, in Latin or Arabic script, any case:
    the archive's publisher, never one of its partners."""
    from icli.text.normalize import ARABIC_LETTER, arabic_word_key, lookup_norm

    if ARABIC_LETTER.search(value):
        return arabic_word_key(value.strip()) in _list("OWN_ACRONYMS_AR")
    return lookup_norm(value) in _list("OWN_NAMES")


def mentions_icesco(text: str) -> bool:
    """Whether a text names ICESCO (or ISESCO) as itself, in Latin or Arabic script: an article
    from or about it, where a body of its own kinds named with no other owner is its own. Not
    ICESCO after UNESCO as whom a national commission serves ("Commission for UNESCO and
    ICESCO", "pour l’UNESCO et l’ICESCO", "لليونسكو والإيسيسكو")."""
    return any(not _SERVED_BEFORE.search(text, max(0, match.start() - 24), match.start())
               for match in _ICESCO_WORD.finditer(text))


_ICESCO_WORD = re.compile(r"(?i:i[cs]esco)|سيسكو")
_SERVED_BEFORE = re.compile(r"(?:UNESCO|يونسكو)[\s,]*(?:and|et|&)?[\s]*(?:l[’'])?(?:وال|و)?[إاأ]?[يس]?$")


def spelling_forms(word: str) -> set[str]:
    """A lower-case word in its British and American spellings ("organisation",
    "organization"), as org_norm compares partners' names."""
    forms = {word}
    for british, american in _SPELLINGS:
        forms |= {form.replace(british, american) for form in forms}
        forms |= {form.replace(american, british) for form in forms}
    return forms


def english_acronym(acronym: str) -> str:
    """The English acronym of a body whose French one differs ("PNUD" → "UNDP"), else the
    acronym as given: one partner key in both languages, and one lookup for either."""
    return _list("PARTNER_ACRONYMS_FR").get(acronym, (acronym, ""))[0]

# The word that makes an Arabic body's name a news agency's ("وكالة الأنباء …", "أنباء …").
NEWS_AGENCY_AR = re.compile("[أا]نباء")
