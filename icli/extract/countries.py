"""Countries named in an article's text: names, formal names and demonyms."""

from __future__ import annotations

import re
from functools import lru_cache

from icli.extract import country_tables, gazetteer
from icli.extract.mention import Mention
from icli.extract.patterns import Spans, overlaps, trie_pattern, word_starts
from icli.text.normalize import ARABIC_WORD, arabic_word_key

_WORD = re.compile(r"[\w'’]+")


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


def extract_countries(text: str, skip: list[tuple[int, int]]) -> list[Mention]:
    """Countries named (name, formal name, demonym), not inside people's or companies' names.

    One regex matches every phrase, longest first; a phrase followed by a word such as
    "Airlines" or "River" names something else, unless it is possessive ("Oman’s national
    strategy" names Oman).
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
        if following and (following.group().casefold() in gazetteer.NOT_COUNTRY_AFTER
                          or following.group() in gazetteer.PLACE_WORDS):
            continue  # "Kuwait Airways", "Georgia Street"
        if _IN_A_PROPER_NAME.match(text, end) or (
                words in _demonym_phrases() and _A_LANGUAGE.search(text, 0, start)
                and not _WORD_NEXT.match(text, end)):
            continue  # "United States of the World" (a foundation), "into Turkish"
        found[code] = Mention(
            "country", code, country_tables.country_display_names().get(code, words[0]), code, None,
            " ".join(words), start, end, rule="country.en.name")
    return list(found.values())


# After a country's name: "of the" and a capital, the rest of a body's proper name.
_IN_A_PROPER_NAME = re.compile(r"\s+of\s+the\s+[A-Z]")
# Before a demonym: "into", "in", "from" — a language ("translated into Turkish"), unless a
# word follows it ("in Turkish universities").
_A_LANGUAGE = re.compile(r"\b(?:into|in|from)\s+$")
_WORD_NEXT = re.compile(r"\s+[\w]")


@lru_cache(maxsize=1)
def _demonym_phrases() -> frozenset[tuple[str, ...]]:
    """The demonyms of country_phrases, as word tuples."""
    return frozenset(tuple(_WORD.findall(name)) for name in country_tables.DEMONYMS)


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


@lru_cache(maxsize=1)
def _fr_country_phrase() -> re.Pattern[str]:
    """Matches a whole French country name or demonym, longest first, in any case, with or
    without its accents."""
    return re.compile(trie_pattern(
        _fr_codes(), pieces={" ": r"[\s\-]+", "'": "['’]", **_FR_LETTERS}, end=r"(?![\w\-])"),
        re.IGNORECASE)


def extract_countries_fr(text: str, skip: list[tuple[int, int]] = []) -> list[Mention]:  # noqa: B006
    """Countries a French text names: names, formal names and demonyms ("la République de
    Guinée", "l’État du Koweït", "ivoirienne"), after an elided article too ("d’Irak"); not a
    river ("le fleuve Niger"), nor inside the `skip` spans (organizations' names)."""
    found: dict[str, Mention] = {}
    for match in word_starts(_fr_country_phrase(), text):
        code = _fr_codes()[_fr_phrase_key(match.group())]
        before = text[max(0, match.start() - 12) : match.start()].casefold().split()
        if (code in found or overlaps(match.start(), skip)
                or before and before[-1] in gazetteer.NOT_COUNTRY_AFTER_FR):
            continue
        if before and before[-1] == "en" and match.group()[:1].islower():
            continue  # "traduit en turc": a language
        found[code] = Mention("country", code, country_tables.country_display_names().get(code, code),
                              code, None, match.group(), match.start(), match.end(), rule="country.fr.name")
    return list(found.values())


# --- Arabic ------------------------------------------------------------------------------------

_SHADDA = "\u0651"


@lru_cache(maxsize=1)
def _longest_from_ar() -> dict[str, int]:
    """The first word (key) of each Arabic country name → the most words a name starting with
    it has: a word starting none is tried no further."""
    longest: dict[str, int] = {}
    for words in country_tables.country_names_ar():
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


def extract_countries_ar(text: str, skip: list[tuple[int, int]] = []) -> list[Mention]:  # noqa: B006
    """Countries an Arabic text names: names and formal names ("المملكة الأردنية الهاشمية"),
    with their glued prepositions and article ("بالمغرب", "للكويت"), and demonyms ("الكويتية",
    "الأردنيين"), compared on folded word keys (a final alef as ta marbuta: "مالطا" =
    "مالطة"). "عمّان" written with its shadda is Amman."""
    words = [(country_tables.country_word_key_ar(m.group()), m) for m in ARABIC_WORD.finditer(text)]
    names, demonyms = country_tables.country_names_ar(), country_tables.demonyms_fr_ar()["ar"]
    skipped = Spans(skip)
    found: dict[str, Mention] = {}
    i = 0
    longest = _longest_from_ar()
    while i < len(words):
        code, length = None, 1
        for n in range(min(longest.get(words[i][0], 0), len(words) - i), 0, -1):
            phrase = words[i : i + n]
            if any(text[a[1].end() : b[1].start()].strip() for a, b in zip(phrase, phrase[1:])):
                continue  # a name's words are separated by spaces only
            code = names.get(tuple(key for key, _ in phrase))
            if code:
                length = n
                break
        _, match = words[i]
        if code is None:
            code = demonyms.get(arabic_word_key(match.group()))
        if code == "OMN" and length == 1 and _SHADDA in match.group():
            code = None
        if code and code not in found and match.start() not in skipped:
            end = words[i + length - 1][1].end()
            found[code] = Mention("country", code,
                                  country_tables.country_display_names().get(code, code), code, None,
                                  text[match.start() : end], match.start(), end, rule="country.ar.name")
        i += length
    return list(found.values())
