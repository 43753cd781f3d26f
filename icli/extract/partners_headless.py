"""Bodies named with no head word ("Google", "Microsoft"): a proper name right after a
partnership phrase ("in partnership with Google", "en partenariat avec Microsoft et Google")."""

from __future__ import annotations

import re
from functools import lru_cache

from icli.extract import country_tables, gazetteer
from icli.extract.mention import Mention
from icli.text.normalize import name_norm

# The phrases that name a partner next, English and French: (its last words, the word that
# must stand right before them or ""), found with str.find (a regex scanning every position
# of every article cost more than the rest of this module).
_PHRASES = {
    "en": (("partnership with", "in"), ("cooperation with", "in"), ("collaboration with", "in"),
           ("partnered with", ""), ("sponsored by", ""), ("supported by", "")),
    "fr": (("partenariat avec", "en"), ("coopération avec", "en"), ("collaboration avec", "en"),
           ("parrainé par", ""), ("parrainée par", ""), ("soutenu par", ""), ("soutenue par", "")),
}
_ARTICLE_AFTER = re.compile(r"[ \t]+(?:the[ \t]+)?")
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
    found: dict[str, Mention] = {}
    starts = _after_phrases(text, language)
    if not starts:
        return []
    names = {n for m in taken for n in (m.name, m.alias, *m.variants) if n}
    known = {name_norm(n) for n in names}
    for at in starts:
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


def _after_phrases(text: str, language: str) -> list[int]:
    """Where the name after each partnership phrase of a text starts."""
    starts = []
    for words, before in _PHRASES[language]:
        at = text.find(words)
        while at >= 0:
            if not before or text[max(0, at - len(before) - 1) : at] == before + " ":
                space = _ARTICLE_AFTER.match(text, at + len(words))
                if space:
                    starts.append(space.end())
            at = text.find(words, at + len(words))
    return starts


# Capitalized words that open a phrase, never a body's whole name.
_NOT_NAMES = frozenset({"the", "la", "le", "les", "l", "un", "une", "a", "an", "its", "their",
                        "his", "her", "ses", "son", "sa", "leur", "leurs"})


def _a_country_word(name: str) -> bool:
    """Whether a name holds a country's name or demonym ("Moroccan Universities")."""
    from icli.extract.countries import extract_countries, extract_countries_fr

    return bool(extract_countries(name, []) or extract_countries_fr(name))


def _a_title(word: str) -> bool:
    """Whether a word is a person's title ("Dr", "Mme"): a person's name follows, not a body."""
    return _titles().fullmatch(word) is not None


@lru_cache(maxsize=1)
def _titles() -> re.Pattern[str]:
    """Matches a person's title, English or French, as the gazetteer writes them."""
    return re.compile("|".join(f"(?:{title})" for title in (*gazetteer.HONORIFIC_WORDS,
                                                            *gazetteer.HONORIFIC_WORDS_FR)))
