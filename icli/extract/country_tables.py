"""Country names and demonyms in English, French and Arabic → ISO 3166-1 alpha-3 codes: ICESCO's
own spellings and pycountry's tables (built on first use), and what a user may type for a country.

Standard library only at import (queries look countries up); pycountry is loaded on first use.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from icli.extract import gazetteer

if TYPE_CHECKING:
    from gettext import NullTranslations

@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every country name form (short, official, common, extra) → ISO 3166-1 alpha-3 code."""
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            if ", " in value:  # "Korea, Republic of" → "Republic of Korea"
                head, _, tail = value.partition(", ")
                value = f"{tail} {head}"
            names[value.removeprefix("the ")] = country.alpha_3
    names.update(gazetteer.EXTRA_COUNTRY_NAMES)
    return names


@lru_cache(maxsize=1)
def country_display_names() -> dict[str, str]:
    """alpha-3 code → the name shown to users: the common name where pycountry has one, else a
    catalogue name with a comma read in order ("Congo, The Democratic Republic of the" →
    "Democratic Republic of the Congo"; its official name where it has one)."""
    import pycountry

    shown = {
        c.alpha_3: getattr(c, "common_name", None) or _in_order(c.name, getattr(c, "official_name", None))
        for c in pycountry.countries
    }
    shown.update({"PSE": "Palestine", "TZA": "Tanzania", "BOL": "Bolivia", "XKX": "Kosovo",
                  "VEN": "Venezuela", "MDA": "Moldova", "RUS": "Russia", "CIV": "Côte d'Ivoire"})
    return shown


def _in_order(name: str, official: str | None) -> str:
    """A catalogue name as a sentence writes it: "Micronesia, Federated States of" → its
    official name; "Congo, The Democratic Republic of the" → "Democratic Republic of the Congo";
    a name without such a comma as it is."""
    head, _, tail = name.partition(", ")
    if not tail.endswith((" of", " of the")):
        return name
    return official or f"{tail} {head}".removeprefix("The ")


def demonym_plural(demonym: str) -> str | None:
    """The plural naming a country's people ("Palestinians", "Emiratis", "Kazakhs"), or None
    for a demonym whose plural is itself or another word ("Senegalese", "Swiss", "Turkish")."""
    return None if demonym.endswith(("sh", "ch", "ss", "e", "z")) else demonym + "s"


@lru_cache(maxsize=1)
def country_phrases() -> dict[tuple[str, ...], str]:
    """Phrases (word tuples, apostrophes as ') that name a country → its code: names, formal
    names, demonyms and their plurals (a country's people: "the Palestinians")."""
    import re

    plurals = {plural: code for name, code in gazetteer.DEMONYMS.items()
               if (plural := demonym_plural(name))}
    phrases: dict[tuple[str, ...], str] = {}
    for name, code in {**plurals, **country_names(), **gazetteer.DEMONYMS}.items():
        words = tuple(re.findall(r"[\w'’]+", name.replace("’", "'")))
        if words:
            phrases[words] = code
    return phrases


@lru_cache(maxsize=None)
def country_aliases(code: str) -> frozenset[str]:
    """Every form a user may type for a country: names, formal names, demonyms, ISO codes; not
    a short name several countries share ("Korea": countries_sharing)."""
    import pycountry

    shared = _shared_short_names()
    aliases = {name for name, c in {**country_names(), **gazetteer.DEMONYMS, **country_names_fr(),
                                    **country_names_ar_written(), **demonyms_written()["fr"],
                                    **demonyms_written()["ar"]}.items()
               if c == code and country_lookup_key(name) not in shared}
    country = pycountry.countries.get(alpha_3=code)
    aliases.add(code)
    if country is not None:
        aliases.add(country.alpha_2)
    return frozenset(aliases)


@lru_cache(maxsize=1)
def real_countries() -> dict[str, str]:
    """What a user may type for a real country (lookup_norm form) → alpha-3: ISO alpha-2 and
    alpha-3 codes, English, French and Arabic names and demonyms, the everyday short forms
    (US, UK, UAE, Turkey, Iran). A form two countries share is left out."""
    import pycountry

    from icli.text.normalize import lookup_norm

    forms: dict[str, set[str]] = {}
    tables = (country_names(), gazetteer.DEMONYMS, country_names_fr(), country_names_ar_written(),
              demonyms_written()["fr"], demonyms_written()["ar"])
    for name, code in ((name, code) for table in tables for name, code in table.items()):
        forms.setdefault(country_lookup_key(name), set()).add(code)
    for country in pycountry.countries:
        for code in (country.alpha_2, country.alpha_3):
            forms.setdefault(lookup_norm(code), set()).add(country.alpha_3)
    return {form: next(iter(codes)) for form, codes in forms.items() if len(codes) == 1}


def country_lookup_key(text: str) -> str:
    """A country name as real_countries compares it: lookup_norm, a leading "the" dropped,
    each Arabic word as country_word_key_ar (article optional)."""
    from icli.text.normalize import ARABIC_LETTER, ARABIC_WORD, lookup_norm

    text = " ".join(text.split())
    if ARABIC_LETTER.search(text):
        text = ARABIC_WORD.sub(lambda match: country_word_key_ar(match.group()), text)
    elif text[:4].casefold() == "the ":
        text = text[4:]
    return lookup_norm(text)


def real_country(text: str) -> str | None:
    """The alpha-3 code of the real country `text` names (real_countries), else None."""
    return real_countries().get(country_lookup_key(text))


def typed_country(text: str) -> str | None:
    """The alpha-3 code of the real country a user's `text` names: real_country, else one of
    pycountry's catalogue names as the catalogue writes it, with its comma, in English, French
    or Arabic ("Syrienne, République arabe", "كوريا، جمهورية كوريا": catalogue_names), else an
    Arabic name typed with a bare alef where the name's first letter is a hamza on alef after
    which real_country read an article ("المانيا" for "ألمانيا", "البانيا"); None otherwise."""
    from icli.text.normalize import ARABIC_WORD

    code = real_country(text) or catalogue_names().get(country_lookup_key(text))
    if code is not None or "ال" not in text:
        return code
    words = ARABIC_WORD.findall(text)
    bare = [i for i, word in enumerate(words) if word.startswith("ال")][:4]
    for chosen in range(1, 1 << len(bare)):  # each set of those words read as "أل…"
        hamza = {bare[i] for i in range(len(bare)) if chosen >> i & 1}
        code = real_country(" ".join("أ" + word[1:] if i in hamza else word
                                     for i, word in enumerate(words)))
        if code is not None:
            return code
    return None


@lru_cache(maxsize=1)
def catalogue_names() -> dict[str, str]:
    """pycountry's names (name, official, common) as its catalogue writes them, comma and all,
    in English, French and Arabic ("Korea, Republic of", "Corée, République de", "كوريا، جمهوريّة
    كوريا"), by country_lookup_key → alpha-3; a form two countries share is left out."""
    import pycountry

    locales = [_locale("fr"), _locale("ar")]
    forms: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            for form in [value, *(locale.gettext(value) for locale in locales)] if value else []:
                forms.setdefault(country_lookup_key(form), set()).add(country.alpha_3)
    return {form: next(iter(codes)) for form, codes in forms.items() if len(codes) == 1}


@lru_cache(maxsize=1)
def _shared_short_names() -> dict[str, frozenset[str]]:
    """The short names pycountry's catalogue files several countries under, before a comma, in
    English, French or Arabic ("Korea, Republic of" and "Korea, Democratic People's Republic
    of"; "Corée, …"; "كوريا، …"), by country_lookup_key → their codes; not a name one country
    has whole ("Congo" is the Republic of the Congo's, beside "Congo, The Democratic Republic
    of the")."""
    import pycountry

    locales = [_locale("fr"), _locale("ar")]
    heads: dict[str, set[str]] = {}
    whole: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            for form in [value, *(locale.gettext(value) for locale in locales)] if value else []:
                comma = next((sep for sep in ("،", ", ") if sep in form), None)
                if comma is None:
                    whole.add(country_lookup_key(form))
                else:
                    heads.setdefault(country_lookup_key(form.partition(comma)[0]), set()).add(
                        country.alpha_3)
    return {head: frozenset(codes) for head, codes in heads.items()
            if len(codes) > 1 and head not in whole}


def countries_sharing(text: str) -> frozenset[str]:
    """The real countries (alpha-3) whose short name `text` is when pycountry's catalogue files
    several countries under it ("Korea", "Corée", "كوريا": South and North Korea); none for
    anything else ("Guinea", "Congo", "Sudan", "Niger" are one country's whole names)."""
    return _shared_short_names().get(country_lookup_key(text), frozenset())


@lru_cache(maxsize=1)
def _name_words() -> dict[str, frozenset[tuple[str, ...]]]:
    """alpha-3 → the names of the country (English, French, Arabic) as the words a lookup
    compares (country_lookup_key of each word)."""
    from icli.text.normalize import fold_accents

    words: dict[str, set[tuple[str, ...]]] = {}
    for table in (country_names(), country_names_fr(), country_names_ar_written()):
        for name, code in table.items():
            words.setdefault(code, set()).add(tuple(
                key for key in map(country_lookup_key, _NAME_WORD.findall(fold_accents(name)))
                if key))
    return {code: frozenset(names) for code, names in words.items()}


_NAME_WORD = re.compile(r"[^\W_]+")


def countries_named_in_part(text: str, starts: bool = False) -> frozenset[str]:
    """The real countries (alpha-3) one of whose names holds each word of `text` as a whole
    word ("Korea": South and North Korea; "Saint": Saint Lucia, Saint Kitts and Nevis, …;
    "Lanka": Sri Lanka; "Guin" for Guinea only with `starts`: a word starting with it), in
    the archive or not."""
    from icli.text.normalize import fold_accents

    typed = [key for key in map(country_lookup_key, _NAME_WORD.findall(fold_accents(text))) if key]
    if not typed:
        return frozenset()
    return frozenset(code for code, names in _name_words().items()
                     if any(all(any(word.startswith(part) for word in name) if starts
                                else part in name for part in typed)
                            for name in names))


def _locale(language: str) -> NullTranslations:
    """pycountry's translations of country names into `language`."""
    import gettext

    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])


@lru_cache(maxsize=2)
def language_names(language: str) -> frozenset[str]:
    """The names of living languages (pycountry's ISO 639-3 table) in English ("en") or French
    ("fr"), lower case: "persian", "urdu"; "persan", "ourdou"."""
    import gettext

    import pycountry

    translate = (gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=[language]).gettext
                 if language != "en" else str)
    return frozenset(translate(entry.name).casefold() for entry in pycountry.languages
                     if getattr(entry, "type", "") == "L")


@lru_cache(maxsize=1)
def ambiguous_country_words_ar() -> frozenset[str]:
    """Arabic country words that mean something else unless the text says more (short names
    and demonyms that are also common words or names: gazetteer.AMBIGUOUS_COUNTRY_WORDS_AR),
    as folded keys; a country only where the text says so (country_homographs_ar.ambiguous_named_ar)."""
    from icli.text.normalize import arabic_word_key

    return frozenset(arabic_word_key(word) for word in gazetteer.AMBIGUOUS_COUNTRY_WORDS_AR)


@lru_cache(maxsize=1)
def demonyms_written() -> dict[str, dict[str, str]]:
    """{"fr": {form: code}, "ar": {form: code}}: every demonym form of gazetteer.DEMONYMS_FR
    and DEMONYMS_AR as written there (Arabic without the article)."""
    forms: dict[str, dict[str, str]] = {"fr": {}, "ar": {}}
    for language, table in (("fr", gazetteer.DEMONYMS_FR), ("ar", gazetteer.DEMONYMS_AR)):
        for code, kinds in table.items():
            for kind in ("m", "f", "pl", "other"):
                values = kinds.get(kind) or []
                for form in [values] if isinstance(values, str) else values:
                    forms[language][form] = code
    return forms


@lru_cache(maxsize=1)
def demonyms_fr_ar() -> dict[str, dict[str, str]]:
    """{"fr": {demonym form: code}, "ar": {folded key: code}}, as the extractors match them
    (the ambiguous Arabic forms left out)."""
    from icli.text.normalize import arabic_word_key

    arabic = {arabic_word_key(form): code for form, code in demonyms_written()["ar"].items()}
    return {"fr": demonyms_written()["fr"],
            "ar": {key: code for key, code in arabic.items()
                   if key not in ambiguous_country_words_ar()}}


# How a French catalogue form's second part ends when it reads before the first: "Corée,
# République de" → "République de Corée", "Réunion, Île de la" → "Île de la Réunion".
_FRENCH_LEADS = (" de", " du", " de la", " d'", " d’")
_FRENCH_ISLANDS = ("Île", "Îles")


def _french_reading(name: str) -> str | None:
    """A French catalogue name as a text writes it: "Corée, République de" → "République de
    Corée", "Iran, République islamique d'" → "République islamique d'Iran"; a name without a
    comma as it is; None for a comma form that does not read in order ("Syrienne, République
    arabe")."""
    if ", " not in name:
        return name or None
    head, _, tail = name.partition(", ")
    if not tail.endswith(_FRENCH_LEADS) and tail not in _FRENCH_ISLANDS:
        return None
    joined = tail + head if tail.endswith(("'", "’")) else f"{tail} {head}"
    return joined[0].upper() + joined[1:]


@lru_cache(maxsize=1)
def country_names_fr() -> dict[str, str]:
    """Every French country name (short, official, common) → alpha-3, from pycountry's French
    locale (catalogue forms with a comma as read, `_french_reading`), plus
    gazetteer.EXTRA_COUNTRY_NAMES_FR."""
    import pycountry

    french = _locale("fr")
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            translated = _french_reading(french.gettext(value)) if value else None
            if translated and (translated != value or attr == "name"):  # "Oman", "Mali" too
                names[translated.replace("'", "’")] = country.alpha_3
    names.update(gazetteer.EXTRA_COUNTRY_NAMES_FR)
    return names


@lru_cache(maxsize=1)
def country_names_ar_written() -> dict[str, str]:
    """Every Arabic country name as written (short, official, common) → alpha-3, from
    pycountry's Arabic locale (untranslated names left out) plus gazetteer.EXTRA_COUNTRY_NAMES_AR. A
    catalogue form "short، formal" gives its formal name, and its short name when only one
    country has it or one formal name is a state word + it ("كوريا، جمهوريّة كوريا")."""
    import pycountry

    arabic = _locale("ar")
    names: dict[str, str] = {}
    catalogue: dict[str, list[tuple[str, str]]] = {}  # "كوريا" → [(formal part, code), …]
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            translated = arabic.gettext(value) if value else ""
            if translated and translated != value and "،" not in translated:
                names[translated] = country.alpha_3
            elif translated and translated != value:
                short, _, formal = (part.strip() for part in translated.partition("،"))
                names.setdefault(formal, country.alpha_3)  # "جمهوريّة كوريا"
                catalogue.setdefault(short, []).append((formal, country.alpha_3))
    for short, forms in catalogue.items():  # "كوريا، جمهوريّة كوريا": كوريا alone is KOR
        codes = {code for _, code in forms}
        plain = {code for formal, code in forms if len(formal.split()) == 2
                 and formal.split()[1] == short}
        if len(codes) == 1 or len(plain) == 1:
            names.setdefault(short, next(iter(codes if len(codes) == 1 else plain)))
    names.update(gazetteer.EXTRA_COUNTRY_NAMES_AR)
    return names


@lru_cache(maxsize=1)
def ambiguous_countries_ar() -> dict[str, str]:
    """The ambiguous Arabic country words (ambiguous_country_words_ar) that name one country,
    by their one-word name or demonym (country_word_key_ar keys) → alpha-3 ("مالي" → MLI)."""
    from icli.text.normalize import ARABIC_WORD

    ambiguous = ambiguous_country_words_ar()
    forms = {**country_names_ar_written(), **demonyms_written()["ar"]}
    found: dict[str, set[str]] = {}
    for form, code in forms.items():
        words = ARABIC_WORD.findall(form)
        if len(words) == 1 and (key := country_word_key_ar(words[0])) in {
                country_word_key_ar(w) for w in ambiguous}:
            found.setdefault(key, set()).add(code)
    return {key: next(iter(codes)) for key, codes in found.items() if len(codes) == 1}


@lru_cache(maxsize=1)
def ambiguous_names_ar() -> frozenset[str]:
    """The keys of ambiguous_countries_ar that are a country's one-word name, not a demonym
    ("مالي", "بنين", "عمان"; not "مالية", "قطري")."""
    from icli.text.normalize import ARABIC_WORD

    one_word = {country_word_key_ar(words[0]) for name in country_names_ar_written()
                if len(words := ARABIC_WORD.findall(name)) == 1}
    return frozenset(key for key in ambiguous_countries_ar() if key in one_word)


@lru_cache(maxsize=1)
def nisbas_ar() -> dict[str, str]:
    """The nisba adjectives of every country with a one-word Arabic name, derived from
    pycountry's names as Arabic forms them (folded keys, article aside): the name without a
    final alef or ta marbuta (a stem of four letters or more), then "ي", "ية", "يون", "يين"
    ("موريتانيا" → "موريتاني", "موريتانية"; "البرتغال" → "برتغالي"); not the forms
    demonyms_fr_ar already gives, nor an ambiguous word, nor one two countries would share."""
    from icli.text.normalize import ARABIC_WORD, arabic_word_key

    derived: dict[str, set[str]] = {}
    for name, code in country_names_ar_written().items():
        words = ARABIC_WORD.findall(name)
        if len(words) != 1:
            continue
        stem = arabic_word_key(words[0])
        stem = stem[:-1] if stem.endswith(("ا", "ه")) else stem
        if len(stem) < 4 or stem.endswith("ي"):
            continue  # a short stem meets common words ("كندي", "هندي")
        for ending in ("ي", "يه", "يون", "يين"):
            derived.setdefault(stem + ending, set()).add(code)
    known, ambiguous = demonyms_fr_ar()["ar"], ambiguous_country_words_ar()
    return {key: next(iter(codes)) for key, codes in derived.items()
            if len(codes) == 1 and key not in known and key not in ambiguous}


@lru_cache(maxsize=1)
def country_names_ar() -> dict[tuple[str, ...], str]:
    """Arabic country names as tuples of word keys (country_word_key_ar) → alpha-3, the
    ambiguous one-word names left out."""
    from icli.text.normalize import ARABIC_WORD

    names: dict[tuple[str, ...], str] = {}
    for name, code in country_names_ar_written().items():
        words = tuple(country_word_key_ar(w) for w in ARABIC_WORD.findall(name))
        if words and not (len(words) == 1 and words[0] in ambiguous_country_words_ar()):
            names[words] = code
    return names


@lru_cache(maxsize=1)
def country_word_pairs_ar() -> frozenset[tuple[str, str]]:
    """Two words (country_word_key_ar) that follow each other in an Arabic country's name
    ("غينيا بيساو", "بوركينا فاسو"): a name read up to a country goes on through them."""
    return frozenset(pair for words in country_names_ar() for pair in zip(words, words[1:]))


@lru_cache(maxsize=65536)
def country_word_key_ar(word: str) -> str:
    """A word of an Arabic country name compared: its key (arabic_word_key) with a final alef
    written as ta marbuta, so "مالطا" = "مالطة" and "سوريا" = "سورية"."""
    from icli.text.normalize import arabic_word_key

    key = arabic_word_key(word)
    return key[:-1] + "ه" if len(key) > 2 and key.endswith("ا") else key


# World regions and continents in English, French and Arabic: none is a country, so a lookup
# of one is refused ("Africa" is no part of "South Africa"; docs/entities.md, Lookups).
REGIONS = (
    "Africa", "Afrique", "أفريقيا", "إفريقيا", "North Africa", "Afrique du Nord", "شمال أفريقيا",
    "West Africa", "Afrique de l'Ouest", "غرب أفريقيا", "East Africa", "Afrique de l'Est",
    "Sub-Saharan Africa", "Afrique subsaharienne", "Asia", "Asie", "آسيا", "Central Asia",
    "Asie centrale", "آسيا الوسطى", "Southeast Asia", "Asie du Sud-Est", "Europe", "أوروبا",
    "America", "Americas", "Amérique", "Amériques", "أمريكا", "Latin America", "Amérique latine",
    "أمريكا اللاتينية", "Oceania", "Océanie", "Middle East", "Moyen-Orient", "الشرق الأوسط",
    "Sahel", "الساحل", "Gulf", "Golfe", "الخليج", "Maghreb", "المغرب العربي", "Arab world",
    "Monde arabe", "العالم العربي", "Islamic world", "Monde islamique", "العالم الإسلامي",
    "Balkans", "Caucasus", "Caucase", "Levant", "Scandinavia",
)


@lru_cache(maxsize=1)
def _region_keys() -> frozenset[str]:
    """REGIONS as country_lookup_key writes them."""
    return frozenset(map(country_lookup_key, REGIONS))


def a_region(text: str) -> bool:
    """Whether `text` names a world region or continent (REGIONS) and no real country."""
    return country_lookup_key(text) in _region_keys() and typed_country(text) is None
