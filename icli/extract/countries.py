"""Countries named in an English or French text: names, formal names and demonyms (Arabic:
countries_ar)."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from icli.extract import country_tables, gazetteer
from icli.extract.demonym_bodies import brand_head_fr, government_head
from icli.extract.language_lists import is_a_language, list_items
from icli.extract.mention import Mention
from icli.extract.misspelt_countries import add_misspelt
from icli.extract.other_peoples import another_people
from icli.extract.partner_name_ends import fr_word
from icli.extract.patterns import WORD_WITH_APOSTROPHES as _WORD
from icli.extract.patterns import overlaps, trie_pattern, word_starts
from icli.extract.person_names import a_noun
from icli.text.dates import MONTHS, WEEKDAYS


@lru_cache(maxsize=1)
def _country_phrase() -> re.Pattern[str]:
    """Matches a whole country name or demonym, longest first, its words separated as _WORD
    separates them ("Saudi Arabia", "Republic of Korea", "Emirati"), possessive or not
    ("Oman’s"); "\\0" in the trie stands for the break between two words."""
    return re.compile(trie_pattern(
        ("\0".join(words) for words in country_tables.country_phrases()),
        pieces={"\0": r"[^\w'’]+", "'": "['’]"},
        end=r"(?:['’]s)?(?![\w'’])",  # a phrase ends only where a word does
    ))


def extract_countries(text: str, skip: Collection[tuple[int, int]],
                      organizations: Collection[tuple[int, int]] = (), fused_only: bool = False) -> list[Mention]:
    """Countries named (name, formal name, demonym), not inside people's names (`skip`) nor
    fused into a proper name ("Kuwait Airways", "Georgia Street", "United States of the
    World", "<Country> Point News": a news outlet's name, en.json `press_heads`), nor a surname
    after an honorific ("Ms. Iraqi"), nor a language
    ("into Turkish and French") or a currency ("US$").

    One regex matches every phrase, longest first; a phrase followed by a word such as
    "Airlines" or "River" names something else, unless it is possessive ("Oman’s national
    strategy" names Oman), or it is a body's head in lower case ("the Saudi university": a
    common noun). Inside an organization's name (`organizations`) a country counts
    when the body is that country's: after "of"/"in" ("Ministry of Foreign Affairs of
    Kazakhstan", "National Commission of the Republic of Guinea") or before a state word
    ("Moroccan Ministry", "Libyan Embassy", possessive or not: "Nigeria's Federal Ministry")
    that does not qualify another body's head ("Georgia
    State University": `_heads_another_body`), or before "National Commission" ("Senegalese
    National Commission": the state's own commission, as in French and Arabic): rule
    `country.en.in-organization`. With `fused_only` (a title's bodies), the organizations only
    rule out a country whose state word heads another body ("Georgia State University"), and
    a country in them is otherwise read as outside any.
    """
    found: dict[str, Mention] = {}
    for match in word_starts(_country_phrase(), text, "'’"):
        phrase = match.group()
        if phrase.endswith(("'s", "’s")):
            phrase = phrase[:-2]
        words, code = _phrase_code(phrase)
        start, end = match.start(), match.start() + len(phrase)
        if code in found or overlaps(start, skip):
            continue
        following = _WORD.search(text, end) if end == match.end() else None
        if _a_geographic_feature(text, start):
            continue  # "the Gulf of Guinea", "Lake Chad": a place named after the country
        org = next(((a, b) for a, b in organizations if a <= start < b), None)
        if org is not None and fused_only:
            if following and following.start() < org[1] and following.group() in gazetteer.STATE_WORDS \
                    and _heads_another_body(text, following.start(), org[1]):
                continue  # "Georgia State University" in a title
            org = None
        rule = "country.en.name"
        if org is not None:
            if following is None:  # possessive: "Nigeria's Federal Ministry of Education"
                following = _WORD.search(text, match.end())
            if not (_OF_IN_NAME.search(text, org[0], start) or following and following.start() < org[1]
                    and (following.group() in gazetteer.STATE_WORDS
                         and not _heads_another_body(text, following.start(), org[1])
                         or _NATIONAL_COMMISSION.match(text, following.start())
                         or government_head(following.group()) and words in _demonym_phrases())):
                continue  # "Kuwait Airways", "Georgia State University", "British Council", "Georgia Senate"
            rule = "country.en.in-organization"
        elif following and (following.group().casefold() in _not_country_after()
                            and not _a_common_head(following.group())
                            or following.group() in gazetteer.PLACE_WORDS):
            continue  # "Kuwait Airways", "Georgia Street"; not "the Saudi university"
        if len(words) == 1 and another_people(text, start, words[0], code):
            continue  # "Latin Americans", "Papua New Guineans": another people
        if phrase in gazetteer.GIVEN_NAME_COUNTRIES and _a_given_name(text, start, end):
            continue  # "Chad Smith", "Georgia Brown": a person's name
        if len(words) == 1 and gazetteer.after_honorific(text[max(0, start - 40) : start]):
            continue  # "Ms. Iraqi": a surname after an honorific
        if _IN_A_PROPER_NAME.match(text, end) or _A_CURRENCY.match(text, end) or (
                end == match.end() and not fused_only and _in_an_outlets_name().match(text, end)) or (
                text[end : end + 1] == "-" and _SPEAKERS.match(text, end)) or (
                words in _demonym_phrases() and is_a_language(text, start, end)):
            continue  # "United States of the World" (a foundation), "US$", "<Country> Point News", "into Turkish"
        found[code] = Mention(
            "country", code, country_tables.country_display_names().get(code, words[0]), code, None,
            " ".join(words), start, end, rule=rule)
    if not fused_only:
        add_misspelt(text, skip, found)
    return list(found.values())


@lru_cache(maxsize=1)
def _not_country_after() -> frozenset[str]:
    """The lower-case words that, right after a country word, make it part of another name
    (en.json `not_country_after` and `press_heads`: "Kuwait Airways", "Kuwait Times")."""
    return gazetteer.NOT_COUNTRY_AFTER | gazetteer.PRESS_HEADS


def _a_common_head(word: str) -> bool:
    """Whether `word` is a body's head in lower case ("university", "fund"): a common noun
    that a country word before it describes ("the Saudi university"), no name's part."""
    return word.islower() and word.capitalize() in gazetteer.ORG_HEADS


# One capitalized word after a country word, no capitalized word after it: maybe a surname.
_ONE_CAPITALIZED_WORD = re.compile(r" ([A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?)(?![\w’'-])(?!\s+[A-Z])")
# A preposition, an article or a verb of travel right before a country word: the country.
_COUNTRY_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|to|from|of|at|for|with|on|into|across|between|the|visited|visit)|[’'])\s*$",
    re.IGNORECASE)


def _a_given_name(text: str, start: int, end: int) -> bool:
    """Whether a country word that is also a given name (gazetteer.GIVEN_NAME_COUNTRIES) starts
    a person's name: one capitalized word follows it that could be a surname (no common
    noun, no word of a place, a body, a role, a country or a date; no capitalized word after
    it), and no preposition or article comes before it ("Chad Smith", "Georgia Brown"; not
    "Chad Basin", "Georgia Street", "in Jordan Amman", "Jordan Hosts Forum")."""
    surname = _ONE_CAPITALIZED_WORD.match(text, end)
    if surname is None or _COUNTRY_CONTEXT_BEFORE.search(text, max(0, start - 12), start):
        return False
    word = surname.group(1)
    return not (word.casefold() in _not_country_after() or a_noun(word)
                or word.casefold() in MONTHS or word.casefold() in WEEKDAYS
                or word in ("Today", "Tomorrow", "Yesterday")
                or country_tables.country_phrases().get((word,))
                or any(word in words for words in (
                    gazetteer.PLACE_WORDS, gazetteer.ORG_HEADS, gazetteer.UNIT_HEADS,
                    gazetteer.STATE_WORDS, gazetteer.ROLE_WORDS, gazetteer.EVENT_HEADS,
                    gazetteer.FIELD_WORDS, gazetteer.NOT_NAME_WORDS)))


# The word before a country word, "of" or "of the" between or not ("Gulf of the", "Lake").
_FEATURE_BEFORE = re.compile(r"([A-Z][a-z]+)\s+(?:of\s+(?:the\s+)?)?$")


def _a_geographic_feature(text: str, start: int) -> bool:
    """Whether the country word at text[start] completes a gulf's, a sea's, a lake's or a
    mountain's name (en.json `geographic_features`: "the Gulf of Guinea", "Lake Chad")."""
    before = _FEATURE_BEFORE.search(text, max(0, start - 16), start)
    return before is not None and before.group(1) in gazetteer.GEOGRAPHIC_FEATURES


def _heads_another_body(text: str, at: int, end: int) -> bool:
    """Whether the state words at text[at:end], after a country's name inside an
    organization's name, qualify the head of a body that is no state's: the first
    organization head after them is not a state word ("Georgia State University", "Azerbaijan
    State Oil Academy": the country's name is part of the body's proper name; not "Nigerian
    Federal Ministry")."""
    for word in _WORD.finditer(text, at, end):
        if word.group() in gazetteer.ORG_HEADS:
            return word.group() not in gazetteer.STATE_WORDS
    return False


# Inside an organization's name, before a country: "of"/"in" (and "the"), the body is the
# country's ("… of the Republic of Azerbaijan").
_OF_IN_NAME = re.compile(r"\b(?:of|in)\s+(?:the\s+)?$")
# A state's national commission after its demonym or name ("Senegalese National Commission").
_NATIONAL_COMMISSION = re.compile(r"National\s+Commissions?\b")
# After a country word: a currency ("US$ 50,000", "US dollars", "Saudi riyals").
_A_CURRENCY = re.compile(r"\s?\$|\s+(?:dollars?|riyals?|dirhams?|dinars?|pounds?|liras?|rupees?"
                         r"|francs?|euros?)\b", re.IGNORECASE)


# After a demonym: "-speaking" or a hyphen held for it ("French-speaking", "Arab-, French- and
# English-speaking"): a language's community, no country.
_SPEAKERS = re.compile(r"-(?:speaking\b|,|\s+(?:and|or)\s)")
# After a country's name: "of the" and a capital, the rest of a body's proper name.
_IN_A_PROPER_NAME = re.compile(r"\s+of\s+the\s+[A-Z]")


@lru_cache(maxsize=1)
def _in_an_outlets_name() -> re.Pattern[str]:
    """After a country word: one capitalized word and a news outlet's last word (en.json
    `press_heads`) as a whole word, no hyphen nor capitalized word after it: the rest of the
    outlet's name ("<Country> Point News /", "the <Country> Weekly Times reported"; not
    "<Country> Discuss Education Post-Pandemic", "<Country> Hosted Media Times Forum"). Right
    after the country word, NOT_COUNTRY_AFTER's check reads them; a title line (Title Case
    verbs: "<Country> Reviewed News") is not read for it."""
    heads = "|".join(sorted(word.capitalize() for word in gazetteer.PRESS_HEADS))
    return re.compile(rf"\s+[A-Z][a-z]+\s+(?:{heads})(?![\w’'-])(?!\s+[A-Z])")


# The same in French: lower-case words joined by commas, "et", "ou"; before the first, the word
# that opens the list.
_ITEM_BEFORE_FR = re.compile(r"([^\W\d_]+)(?:\s*,\s*(?:(?:et|ou)\s+)?|\s+(?:et|ou)\s+)$")
_ITEM_AFTER_FR = re.compile(r"(?:\s*,\s*(?:(?:et|ou)\s+)?|\s+(?:et|ou)\s+)([^\W\d_]+)")


def _is_a_language_fr(text: str, start: int, end: int) -> bool:
    """Whether a lower-case French demonym names a language: in a list opened by a language's
    word ("en ourdou, kazakh et macédonien", "en langues bosniaque, russe et albanaise"), or
    in a list with a language that is no country's word, written as the language is (singular
    masculine: "persan et turc"; "marocains et arabes" are adjectives): rule
    `country.fr.language-list`."""
    items, first = [], start
    for _ in range(6):
        if not (match := _ITEM_BEFORE_FR.search(text, max(0, first - 40), first)):
            break
        if match.group(1)[:1].isupper():
            return False
        items.append(match.group(1))
        first = match.start()
    opener = text[max(0, first - 12) : first].casefold().split()
    if items and opener and opener[-1] in gazetteer.LANGUAGE_WORDS_FR | gazetteer.NOT_COUNTRY_AFTER_FR:
        return True
    items += [item for item in list_items(text, start, end, _ITEM_BEFORE_FR, _ITEM_AFTER_FR)[0]
              if item[:1].islower()]
    names = country_tables.language_names("fr")
    return any(item.casefold() in names and not is_country_fr(item) for item in items)


@lru_cache(maxsize=1)
def _demonym_phrases() -> frozenset[tuple[str, ...]]:
    """The demonyms of country_phrases, as word tuples."""
    return frozenset(tuple(_WORD.findall(name)) for name in gazetteer.DEMONYMS)


@lru_cache(maxsize=4096)
def _phrase_code(matched: str) -> tuple[tuple[str, ...], str]:
    """The words of a phrase _country_phrase matched (its possessive removed), as the gazetteer
    spells them, and its country's code."""
    words = tuple(word.replace("’", "'") for word in _WORD.findall(matched))
    return words, country_tables.country_phrases()[words]


# --- French ------------------------------------------------------------------------------------

_FR_SPACE = re.compile(r"[\s\-]+")
# Each unaccented letter of a French country phrase and the letters it stands for in a text.
_FR_LETTERS = {"a": "[aàâä]", "c": "[cç]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]",
               "u": "[uùûü]", "y": "[yÿ]"}
_FR_UNACCENT = str.maketrans("àâäçéèêëîïôöùûüÿ", "aaaceeeeiioouuuy")


def _fr_phrase_key(phrase: str) -> str:
    """A French country phrase compared: lower case, accents folded ("Emirats" = "Émirats"),
    ’ as ', hyphens and spaces as one space."""
    return _FR_SPACE.sub(" ", phrase.casefold().replace("’", "'").translate(_FR_UNACCENT))


@lru_cache(maxsize=1)
def _fr_codes() -> dict[str, str]:
    """Each French country name and demonym, as _fr_phrase_key gives it → its code."""
    table = {**country_tables.demonyms_fr_ar()["fr"], **country_tables.country_names_fr()}
    return {_fr_phrase_key(name): code for name, code in table.items()}


def is_country_fr(phrase: str) -> bool:
    """Whether a French phrase is, as a whole, a country's name or demonym ("Burkina Faso",
    "Émirats arabes unis"): a table lookup, no scan."""
    return _fr_phrase_key(phrase) in _fr_codes()


# An organization's head and "d’État de" before a country: a state-run body named after the
# place ("Université d’État de Géorgie", as "Georgia State University"), unless the head is a
# state's own (_STATE_HEADS_FR: "Conseil d’État du Koweït").
_STATE_BODY_OF_FR = re.compile(r"\S+\s+d[’']\s?[ÉéE]tat\s+(?:de|du|des|d[’'])\s*(?:la\s+|l[’']\s*)?$")
_STATE_HEADS_FR = frozenset({"conseil", "gouvernement", "secrétariat"})  # and AFFILIATION_HEADS_FR


def _not_a_state_head_fr(word: str) -> bool:
    """Whether an organization's French head word is no state body's ("Université", not
    "Ministère", "Conseil")."""
    head = fr_word(word).casefold()
    return head not in _STATE_HEADS_FR and head not in gazetteer.AFFILIATION_HEADS_FR


@lru_cache(maxsize=1)
def _fr_country_phrase() -> re.Pattern[str]:
    """Matches a whole French country name or demonym, longest first, in any case, with or
    without its accents."""
    return re.compile(trie_pattern(
        _fr_codes(), pieces={" ": r"[\s\-]+", "'": "['’]", **_FR_LETTERS}, end=r"(?![\w\-])"),
        re.IGNORECASE)


# After a lower-case demonym: a name's first word, capitalized, on the same line ("le saoudien
# Khalid …").
_NAME_AFTER_FR = re.compile(r"[ \t\u00a0]+[^\W\d_a-zà-ÿ][^\W\d_A-ZÀ-Þ]")
# Two to four words of a name, each with an unaccented capital ("Abdelaziz Ben Othman
# Altwaijri"; not "Langue Étrangère", nor one word: "Ottoman", "Selon").
_NAME_WORDS_FR = re.compile(r"[A-Z][\w’'-]*(?:[ \t\u00a0]+[A-Z][\w’'-]*){1,3}(?![\w’'-])")


def _a_national_named_fr(text: str, article: str, end: int,
                         people: Collection[tuple[int, int]]) -> bool:
    """Whether the lower-case demonym ending at `end`, after the article `article`, is a
    person's nationality, not a language: "le" before it and a person's name right after it, one
    of the `people` spans or two words or more of a name ("le saoudien Khalid Omar"; not "le
    français et l’arabe", "le français Langue Étrangère et le turc Ottoman")."""
    after = _NAME_AFTER_FR.match(text, end) if article == "le" else None
    return after is not None and (overlaps(after.end() - 2, people)
                                  or _NAME_WORDS_FR.match(text, after.end() - 2) is not None)


# The article right before a French country's name ("la Grenade"; gazetteer.COUNTRY_NAMES_ALSO_CITIES_FR).
_ARTICLE_LA_FR = re.compile(r"\b[Ll]a\s+$")
# The word before a French country word and "de", "du", "de la" or "d’" ("golfe de", "delta du").
_FEATURE_BEFORE_FR = re.compile(r"([^\W\d_]+)\s+(?:de\s+la|du|de|d['’])\s*$")


# The capitalized word right after a French country word, on the same line.
_CAPITALIZED_AFTER_FR = re.compile(r"[ \t\u00a0]+([A-Z][a-z]+)(?![\w’'-])")


def _an_english_body_fr(text: str, match: re.Match[str]) -> bool:
    """Whether a capitalized French country word opens an English body's name, as the English
    reading sees it: a capitalized word after it that en.json `not_country_after` or
    `press_heads` holds ("Qatar Charity", "Oman Airways", "Qatar National Library"); one
    definition for both languages (`_not_country_after`)."""
    after = _CAPITALIZED_AFTER_FR.match(text, match.end()) if match.group()[:1].isupper() else None
    return after is not None and after.group(1).casefold() in _not_country_after()


def extract_countries_fr(text: str, skip: Collection[tuple[int, int]] = (),
                         organizations: Collection[tuple[int, int]] = ()) -> list[Mention]:
    """Countries a French text names: names, formal names and demonyms ("la République de
    Guinée", "l’État du Koweït", "ivoirienne"), after an elided article too ("d’Irak"); not a
    river, a gulf, a lake or a delta ("le fleuve Niger", "le golfe de Guinée", "le lac Tchad",
    "le delta du Niger"), a language ("traduit en turc", "le français", "la version
    turque"), a compound ("latino-américain"), a name that is also a city's without its article
    ("à Grenade": Granada; "la Grenade" is Grenada), nor inside
    the `skip` spans (people's names). Inside an organization's name a country counts, as its
    complement or adjective ("ambassade de Libye", "ministère marocain", "Commission nationale
    tunisienne"), unless it starts the name ("Saudi Airlines"): rule
    `country.fr.in-organization`; nor, outside one, a capitalized country word that opens an
    English body's name ("Qatar Charity": `_an_english_body_fr`)."""
    found: dict[str, Mention] = {}
    for match in word_starts(_fr_country_phrase(), text):
        code = _fr_codes()[_fr_phrase_key(match.group())]
        before = text[max(0, match.start() - 12) : match.start()].casefold().split()
        if (code in found or overlaps(match.start(), skip)
                or before and before[-1] in gazetteer.NOT_COUNTRY_AFTER_FR
                or (feature := _FEATURE_BEFORE_FR.search(text, max(0, match.start() - 20), match.start()))
                and feature.group(1).casefold() in gazetteer.NOT_COUNTRY_AFTER_FR):
            continue  # "le fleuve Niger", "le golfe de Guinée", "le delta du Niger"
        if match.group()[:1].islower() and (before and before[-1] in gazetteer.LANGUAGE_WORDS_FR
                                             and not _a_national_named_fr(text, before[-1], match.end(), skip)
                                             or text[match.start() - 1 : match.start()] == "-"):
            continue  # "traduit en turc", "la version turque", "cours de russe"; "latino-américain"
        if match.group()[:1].islower() and _is_a_language_fr(text, match.start(), match.end()):
            continue  # "en ourdou, kazakh et macédonien": a list of languages
        if match.group() in gazetteer.COUNTRY_NAMES_ALSO_CITIES_FR and not _ARTICLE_LA_FR.search(
                text, max(0, match.start() - 4), match.start()):
            continue  # "à Grenade", "les jardins de Grenade": the city (Granada)
        if _an_english_body_fr(text, match):
            continue  # "Qatar Charity", "Oman Airways": an English name, as in English
        rule = "country.fr.name"
        org = next(((a, b) for a, b in organizations if a <= match.start() < b), None)
        if org is not None:
            head = text[org[0]:match.start()].split()[0] if org[0] < match.start() else ""
            if org[0] == match.start() or _STATE_BODY_OF_FR.match(text, org[0], match.start()) and (
                    _not_a_state_head_fr(head)) or (
                    match.group()[:1].islower() and len(text[org[0]:match.start()].split()) == 1
                    and brand_head_fr(fr_word(head))):
                continue  # "Saudi Airlines", "Université d’État de Géorgie", "Institut français":
                # fused into a name (demonym_bodies: a brand's head right before the demonym)
            rule = "country.fr.in-organization"
        found[code] = Mention("country", code, country_tables.country_display_names().get(code, code),
                              code, None, match.group(), match.start(), match.end(), rule=rule)
    return list(found.values())



# --- Arabic ------------------------------------------------------------------------------------

# What links a title to the country it is of ("Souverain du Royaume du Maroc").
_OF_BEFORE_FR = re.compile(r"\b(?:du|de|des|d['’])\s*(?:la\s+|l['’]\s*)?$")


def names_a_country_fr(name: str) -> bool:
    """Whether capitalized French words read as a name are a title of a country ("Souverain
    du Royaume du Maroc"): a country after du/de/des, not a person. A first name that is also
    a country's French name ("Maurice Lambert", "Marie-France Tremblay") stays a name."""
    return any(_OF_BEFORE_FR.search(name[: m.start]) for m in extract_countries_fr(name))


def whole_country_fr(name: str) -> bool:
    """Whether a French phrase is a country's name ("Royaume du Maroc")."""
    return any(m.start == 0 and m.end == len(name) for m in extract_countries_fr(name))
