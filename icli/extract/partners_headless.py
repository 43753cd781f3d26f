"""Bodies named with no head word ("Google", "Microsoft"): a proper name right after a
partnership phrase ("in partnership with Google", "en partenariat avec Microsoft et Google")."""

from __future__ import annotations

import re

from icli.extract import country_tables, gazetteer
from icli.extract.mention import Mention
from icli.text.normalize import name_norm

# A phrase that names a partner next, English and French.
_PHRASE = {
    "en": re.compile(r"\b(?:in (?:partnership|cooperation|collaboration) with|partnered with|"
                     r"sponsored by|supported by)\s+(?:the\s+)?"),
    "fr": re.compile(r"\b(?:en (?:partenariat|coopération|collaboration) avec|parrainée? par|"
                     r"soutenue? par)\s+"),
}
# Capitalized words (all of them: a longer run is a headed name's, taken elsewhere), then no
# complement ("Government of …" is a headed phrase).
_NAME = re.compile(r"([A-Z][\w&\-]*(?:[ \t]+[A-Z][\w&\-]*)*)(?![\w’'\-])"
                   r"(?![ \t]+(?:[A-Z]|(?:of|for|de|du|des|pour|bin|ibn|ben|al)\b))")
# Between two names of a list: a comma, "and"/"et".
_LIST_LINK = re.compile(r"[ \t]*,[ \t]*(?:(?:and|et)[ \t]+)?|[ \t]+(?:and|et)[ \t]+")


def extract_headless(text: str, language: str, taken: list[Mention]) -> list[Mention]:
    """The bodies a text names by a proper name alone after a partnership phrase, each once:
    not a name already taken (`taken`: with its head or acronym), ICESCO, a country or a
    demonym, a person's title, or a word that opens a sentence ("The", "La"): rule
    partner.<language>.headless."""
    names = {n for m in taken for n in (m.name, m.alias, *m.variants) if n}
    known = {name_norm(n) for n in names}
    found: dict[str, Mention] = {}
    for phrase in _PHRASE[language].finditer(text):
        at = phrase.end()
        while (match := _NAME.match(text, at)) is not None:
            name = match.group(1)
            if any(text.startswith(taken_name, at) for taken_name in names):
                break  # "in cooperation with the Economic, Social and … Council": a headed name
            key = name_norm(name)
            first = name.split()[0]
            if not (key in known or len(name.split()) > 3 or first.casefold() in gazetteer.OWN_NAMES
                    or first.casefold() in _NOT_NAMES or country_tables.real_country(name)
                    or _a_country_word(name) or _a_title(first)):
                found.setdefault(key, Mention("partner", key, name, None, None, name, *match.span(1),
                                              rule=f"partner.{language}.headless"))
            link = _LIST_LINK.match(text, match.end())
            if link is None:
                break
            at = link.end()
    return list(found.values())


# Capitalized words that open a phrase, never a body's whole name.
_NOT_NAMES = frozenset({"the", "la", "le", "les", "l", "un", "une", "a", "an", "its", "their",
                        "his", "her", "ses", "son", "sa", "leur", "leurs"})


def _a_country_word(name: str) -> bool:
    """Whether a name holds a country's name or demonym ("Moroccan Universities")."""
    from icli.extract.countries import extract_countries, extract_countries_fr

    return bool(extract_countries(name, []) or extract_countries_fr(name))


def _a_title(word: str) -> bool:
    """Whether a word is a person's title ("Dr", "Mme"): a person's name follows, not a body."""
    return any(re.fullmatch(title, word) for title in (*gazetteer.HONORIFIC_WORDS,
                                                       *gazetteer.HONORIFIC_WORDS_FR))
