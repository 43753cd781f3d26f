"""The parts of a person's name a lookup matches (store.lookup's rule 3, typed_across.held_across):
each given name and surname word as the person is written, and a patronymic only whole, the
particle that says son or daughter of with the father's name after it ("Ould Salem", "Mint
Ahmed", "Ben Ahmed", "ولد سالم", "بن محمد"). "Salem" is no part of "Mahmoud Ould Salem" (it
is his father's name), "Ould Salem" is; a particle alone is no part of a name. A Latin "Ben"
and the capitalized word that ends a name is the family name, as in the Maghreb ("Leila Ben
Youssef": "Youssef" is part of it), where "bin", "ibn" and "بن" stay the father's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from icli.extract import gazetteer
from icli.text.lines import SMALL_WORDS
from icli.text.normalize import ARABIC_LETTER, arabic_fold, plain

OWN, PARTICLE, FATHER, FAMILY = "own", "particle", "father", "family"
_ARTICLES = {"al", "el", "ال"}
# letters and digits ("_" and "%" are no word), an apostrophe between letters within a word
# ("Sa’adia", "Jaʼfar"); an elided article before one is a word of its own ("d’Almeida")
_WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")
_ELIDED = re.compile(r"^([dl])'(?=.)")
_APOSTROPHES = str.maketrans("’ʼ", "''")
# French and Arabic function words beside the lists _function_words reads
_SMALL_WORDS_FR_AR = frozenset("l d en sur par dans avec chez و".split())
_LAST_AFTER_BEN = re.compile(r"(?<!\S)Ben[\s-]+(\S+)\s*$")  # case-sensitive: "ben" is a father's


@lru_cache(maxsize=1)
def _patronymics() -> frozenset[str]:
    """gazetteer.PATRONYMICS as words are compared here (name_words)."""
    return frozenset(plain(arabic_fold(word)) for word in gazetteer.PATRONYMICS)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Words no one's name is alone, as name_words folds them: articles, prepositions and
    conjunctions in English and French (text.lines.SMALL_WORDS, gazetteer.NAME_CONNECTORS and
    ORG_CONNECTORS_FR, the elided "l", "d"), Arabic prepositions (gazetteer.PREPOSITIONS_AR),
    "و" and the articles Al-/El-/ال; never a patronymic ("Ben", "Ould": only_particles)."""
    words = (SMALL_WORDS | gazetteer.NAME_CONNECTORS | gazetteer.ORG_CONNECTORS_FR
             | gazetteer.PREPOSITIONS_AR | _ARTICLES | _SMALL_WORDS_FR_AR)
    return frozenset(plain(arabic_fold(word)) for word in words) - _patronymics()


def only_function_words(typed: str) -> bool:
    """Whether a name typed is function words alone ("of", "the", "al", "de la", "في"): part
    of no one's name, so it names no one (store.not_names); never a word typed in capitals, an
    acronym or a code ("UN", "AU", "IN")."""
    words = name_words(typed)
    return bool(words) and not typed.isupper() and all(word in _function_words() for word in words)


def ends_in_family_ben(name: str) -> bool:
    """Whether a name as written ends in "Ben" and a capitalized word: in the Maghreb a family
    name ("Leila Ben Youssef"), never the father's ("Abdallah ben Abdelaziz" in lower case)."""
    last = _LAST_AFTER_BEN.search(name)
    return last is not None and last[1][:1].isupper()


def word_kinds(words: Sequence[str], family_ben: bool = False) -> list[str]:
    """Each of a name's words (folded as name_words folds them) as a lookup tells them apart:
    PARTICLE (gazetteer.PATRONYMICS: "ould", "bin", "بن"), FATHER (the word right after one:
    a father's name, part of the name only with its particle), FAMILY (with `family_ben`, the
    last word after "ben": ends_in_family_ben) or OWN (a given name or a surname word)."""
    kinds: list[str] = []
    for word in words:
        if word in _patronymics():
            kinds.append(PARTICLE)
        else:
            kinds.append(FATHER if kinds and kinds[-1] == PARTICLE else OWN)
    if family_ben and len(words) > 1 and words[-2] == "ben" and kinds[-1] == FATHER:
        kinds[-1] = FAMILY
    return kinds


def name_words(name: str) -> list[str]:
    """A name's words as the entity_words index holds them (migration m011: Arabic folded, no
    case or accents, split at anything not a letter or a digit but an apostrophe between
    letters: "Sa’adia" → "sa'adia", an elided article apart: "d’Almeida" → "d", "almeida"), an
    article written apart joined to the word after it ("Al Malik" → "almalik")."""
    words: list[str] = []
    written = _WORD.findall(plain(arabic_fold(name)).translate(_APOSTROPHES))
    for word in (part for found in written for part in _ELIDED.sub(r"\1 ", found).split()):
        if words and words[-1] in _ARTICLES:
            word = words.pop() + word
        words.append(word)
    return words


def typed_forms(value: str) -> list[set[str]]:
    """The forms each word of a name typed (name_words) may take in a name it is part of: as
    typed, with or without a leading Al-/El-/ال ("AlMalik", "Malik"), an Arabic word with ال
    glued before it too, in British or American spelling (gazetteer.spelling_forms)."""
    forms = []
    for word in name_words(value):
        latin = not ARABIC_LETTER.search(word)
        bare = word[2:] if (word[:2] in _ARTICLES and len(word) > 2 + 2) else word
        written = {word, bare} | ({"al" + bare, "el" + bare} if latin else {"ال" + bare, "ال" + word})
        spelled = {form for written_form in written
                   for form in gazetteer.spelling_forms(written_form)}
        forms.append(spelled | {form.replace("'", "ʼ") for form in spelled if "'" in form})
    return forms


def only_particles(typed: str) -> bool:
    """Whether a name typed is particles alone ("Ben", "Ould", "بن"): part of no name (a
    lookup only suggests the names with a word starting with it: "Benarafa", "Ben Youssef")."""
    kinds = word_kinds(name_words(typed))
    return bool(kinds) and all(kind == PARTICLE for kind in kinds)


def kind_holds(kind: str, wanted: str, fathers: bool = False) -> bool:
    """Whether a name's word of `kind` can be a typed word of kind `wanted` (word_kinds): the
    same kind, a family name after "Ben" for a word typed alone or after its particle, or with
    `fathers` a father's name for a given name or surname word typed."""
    return (kind == wanted or (kind == FAMILY and wanted in (OWN, FATHER))
            or (fathers and kind == FATHER and wanted == OWN))


def holds_parts(name: str, typed: str, fathers: bool = False) -> bool:
    """Whether each word of `typed` is a whole word of `name` of its own kind (word_kinds; "Ali"
    is no part of "Alibek"): a given name or surname word typed is never a father's name ("Salem" is no
    part of "Mahmoud Ould Salem"; with `fathers` it is, for the lookup's candidates), a
    father's name typed after its particle is ("Ould Salem"); particles alone hold no part."""
    typed_kinds = word_kinds(name_words(typed))
    if all(kind == PARTICLE for kind in typed_kinds):  # particles alone, or no word
        return False
    words = name_words(name)
    kinds = word_kinds(words, ends_in_family_ben(name))
    return all(any(kind_holds(kind, wanted, fathers) and word in forms
                   for word, kind in zip(words, kinds))
               for forms, wanted in zip(typed_forms(typed), typed_kinds))
