"""The well-known partners named in English, French and Arabic (the table
icli/extract/data/partners_across_languages.json): the partner a name or an acronym is
(`known_partner`), its names (`known_partner_names`), and the partners a text names
(`named_partners`; `names_in` finds the things of any such table of names across languages,
known_names' too). Pure functions over the tables, read once; identity, offices, lookups and
the versions linker use them.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from icli.extract.gazetteer import english_acronym
from icli.text.normalize import ARABIC_LETTER, arabic_fold, lookup_norm, plain

PARTNERS = "partners_across_languages"  # the table of well-known partners (its "partners")


@lru_cache(maxsize=4)
def names_table(name: str) -> dict[str, list[str]]:
    """A table of names across languages, icli/extract/data/NAME.json (its one section of
    names besides "about"): each thing's key → its names in the three languages (read once)."""
    table = json.loads(resources.files("icli.extract").joinpath(
        f"data/{name}.json").read_text(encoding="utf-8"))
    (names,) = (value for key, value in table.items() if key != "about")
    return dict(names)


def _partner_table() -> dict[str, list[str]]:
    """icli/extract/data/partners_across_languages.json: each well-known partner's English
    acronym → its names in the three languages."""
    return names_table(PARTNERS)


@lru_cache(maxsize=1)
def _partner_names() -> dict[str, str]:
    """Every name of icli/extract/data/partners_across_languages.json (lookup_norm) → the
    partner's English acronym."""
    return {lookup_norm(name): acronym for acronym, names in _partner_table().items()
            for name in names}


def known_partner(name: str) -> str | None:
    """The English acronym of the well-known partner (the table of partners across languages)
    that `name` is a name or an acronym of ("Organisation de la coopération islamique",
    "منظمة التعاون الإسلامي", "OCI" → "OIC"); None for any other name."""
    known = partner_of_name(name)
    if known is None and name.strip():
        known = _partner_acronyms().get(english_acronym(name.strip().upper()))
    return known


def partner_of_name(name: str) -> str | None:
    """The English acronym of the well-known partner `name` is one of the names of (the table
    of partners across languages, compared as lookup_norm compares them); None for any other."""
    return _partner_names().get(lookup_norm(name))


@lru_cache(maxsize=1)
def _partner_acronyms() -> dict[str, str]:
    """The acronyms of the table of well-known partners in capitals ("ISDB") → as the table
    writes them ("IsDB")."""
    return {acronym.upper(): acronym for acronym in _partner_table()}


def known_acronyms() -> list[str]:
    """The English acronyms of the well-known partners, as the table writes them."""
    return list(_partner_table())


def known_partner_names(acronym: str) -> list[str]:
    """The names of a well-known partner in the three languages, English first ([] for an
    acronym not in the table)."""
    return list(_partner_table().get(acronym, []))


@lru_cache(maxsize=8)  # a story's text is searched for partners, then for other names
def _searched(text: str) -> str:
    """Text as well-known partners' names are looked for in it: Arabic folded, Latin without
    accents or case, one apostrophe, one space."""
    if ARABIC_LETTER.search(text):  # Latin names in Arabic text are written without accents
        return " ".join(arabic_fold(text).replace("’", "'").casefold().split())
    return " ".join(plain(text).replace("’", "'").split())


# What may be glued before an Arabic name: a conjunction or preposition, before or in place of
# the name's article.
_ARABIC_BEFORE = {"", "و", "ف", "ب", "ل", "ك", "وب", "ول"}
_ARABIC_BEFORE_ARTICLE = {"ال", "وال", "فال", "بال", "كال", "لل", "ولل", "وبال"}


_GLUED = (_ARABIC_BEFORE | _ARABIC_BEFORE_ARTICLE) - {""}
_WORD = re.compile(r"(?<![\w'-])(?:[ld]')?(\w[\w-]*)")


@lru_cache(maxsize=8)
def _named_index(table: str, arabic: bool) -> dict[str, list[tuple[str, str, bool, str]]]:
    """The names of a table of names across languages (names_table) in Arabic script (or in
    Latin script) by their first two words: (name without an Arabic article, key, whether it
    had one, its first word)."""
    index: dict[str, list[tuple[str, str, bool, str]]] = {}
    for acronym, written in names_table(table).items():
        for name in map(_searched, written):
            if bool(ARABIC_LETTER.search(name)) == arabic:
                article = arabic and name.startswith("ال")
                core = name[2:] if article else name
                words = core.split()
                index.setdefault(" ".join(words[:2]), []).append(
                    (core, acronym, article, words[0]))
    return index


@lru_cache(maxsize=8)
def _by_first_word(table: str, arabic: bool) -> dict[str, list[tuple[str, list]]]:
    """_named_index's entries grouped by the first word of their first two words: a text
    that does not hold that word holds none of them."""
    grouped: dict[str, list[tuple[str, list]]] = {}
    for start, names in _named_index(table, arabic).items():
        grouped.setdefault(start.split()[0], []).append((start, names))
    return grouped


def _first_words(searched: str, arabic: bool) -> set[str]:
    """The words of a text as a name's first word may stand in it: without the punctuation
    around it and an elided article ("(la", "l'organisation"), or an Arabic word without what
    may be glued before it ("وجامعة", "للمنظمة")."""
    words = set(_WORD.findall(searched))
    if arabic:
        words |= {word[n:] for word in words for n in (1, 2, 3) if word[:n] in _GLUED}
    return words


def named_partners(text: str) -> frozenset[str]:
    """The acronyms of the well-known partners (partners_across_languages.json) a text names
    by one of their names in English, French or Arabic, whatever the extractors made of the
    name ("la Ligue des États arabes", "وجامعة الدول العربية" → "LAS")."""
    return names_in(text, PARTNERS)


def names_in(text: str, table: str) -> frozenset[str]:
    """The keys of the things of a table of names across languages (names_table) a text names
    by one of their names in English, French or Arabic: the Arabic names in a text with Arabic
    letters, else the others, each standing as words (an Arabic one with what may be glued
    before it); a longer name found first hides the shorter ones within it."""
    searched = _searched(text)
    arabic = bool(ARABIC_LETTER.search(searched))
    # the names the text holds at all (the first word of their first two words, those two
    # words, then the name: quick substring looks), and of those, the ones whose first word stands as a word in it (reading
    # the text's words, five times slower, only for the one text in ten that holds a name)
    present = [name for first, group in _by_first_word(table, arabic).items()
               if first in searched for start, names in group
               if start in searched for name in names if name[0] in searched]
    if not present:
        return frozenset()
    words = _first_words(searched, arabic)
    candidates = [name[:3] for name in present if name[3] in words]
    found: set[str] = set()
    taken: list[tuple[int, int]] = []
    for core, acronym, article in sorted(candidates, key=lambda entry: -len(entry[0])):
        at = searched.find(core)
        while at != -1:
            end = at + len(core)
            if arabic:
                word_start = at
                while word_start and searched[word_start - 1].isalnum():
                    word_start -= 1
                glued = searched[word_start:at]
                fits = glued in (_ARABIC_BEFORE_ARTICLE if article else _ARABIC_BEFORE)
            else:
                word_start, fits = at, not (at and searched[at - 1].isalnum())
            fits = fits and not (end < len(searched) and searched[end].isalnum())
            if fits and not any(s < end and word_start < e for s, e in taken):
                found.add(acronym)
                taken.append((word_start, end))
            at = searched.find(core, at + 1)
    return frozenset(found)
