"""Where a body's name ends before the sentence's other words (issue 21, precision). French: a
person's honorific and name, a year, people after a comma, someone's role or another body
after "et" (also a bare article after an item that came after "de": "de l’Eau et le
Secrétariat"), an indefinite article after the head (a verbal noun: "l’organisation d’une
école"). Arabic: the complement of a role named before the body ("للشؤون العلمية")."""

from __future__ import annotations

import re

from icli.extract import gazetteer
from icli.extract.patterns import CAPITALS
from icli.text.function_words import DEFINITE_ARTICLES_FR

_ELISION = re.compile(r"^[ldLD][’']")
# An honorific's word, whole (gazetteer.HONORIFIC_WORDS_FR, the one-word ones).
_HONORIFIC = re.compile("(?:" + "|".join(h for h in gazetteer.HONORIFIC_WORDS_FR if " " not in h
                                         and "\\s" not in h) + ")")
_ARTICLES = frozenset({"le", "la"})
_DETERMINERS = DEFINITE_ARTICLES_FR | {"de", "du", "des"}  # an article, or "of" with one
_INDEFINITE = frozenset({"un", "une"})
_YEAR = re.compile(r"\d{4}")
_PERIOD_WORDS = frozenset({"année", "exercice"})


def fr_word(token: str) -> str:
    """A French token without its elided article or preposition: "l’année" → "année"."""
    return _ELISION.sub("", token)


def _role(token: str) -> bool:
    """Whether a lower-case token is a person's role, singular or plural ("président",
    "ministres", "l’ambassadeur")."""
    word = fr_word(token)
    return word[:1].islower() and (word in gazetteer.ROLE_WORDS_FR
                                   or word[-1:] in "sx" and word[:-1] in gazetteer.ROLE_WORDS_FR)


def name_ends_fr(tokens: list[re.Match[str]], i: int, head: int) -> bool:
    """Whether the name whose head is tokens[head] ends before tokens[i]: "le Docteur X" (a
    person's honorific and name), "pour l’année 2016" (a year), ", des ministres" (people, not
    a list of the name's fields), "et du président de …" (someone's role: another body
    follows), "et du Programme …" and "avec l’Agence …" (another body), "d’une" right after
    the head (the head is a verbal noun: "l’organisation d’une école d’été avec …")."""
    token = tokens[i].group()
    following = [t.group() for t in tokens[i + 1 : i + 4]]
    if i == head + 1 and fr_word(token) != token and token[:1] in "dD" and fr_word(token).casefold() in _INDEFINITE:
        return True
    if token.casefold() in _ARTICLES and following and _HONORIFIC.fullmatch(following[0]) and (
            len(following) > 1 and (following[1] == "." or following[1][:1] in CAPITALS)):
        return True
    if fr_word(token).casefold() in _PERIOD_WORDS and following and _YEAR.fullmatch(following[0]):
        return True
    if token in (",", "et", "avec"):
        j = 0
        while j < len(following) and following[j].casefold() in _DETERMINERS:
            j += 1
        if j == len(following) or not j and fr_word(following[0]) == following[0]:
            return False
        word = fr_word(following[j])
        if token == "et" and word[:1] in CAPITALS and (
                following[0].casefold() in _ARTICLES | {"les"} or following[0][:2].casefold() in ("l’", "l'")) and (
                _item_after_de(tokens, i, head)):
            return True  # "de l’Eau et le Secrétariat du forum": a second body
        if token == "avec":  # "… avec l’Agence française …": the other party
            return word[:1] in CAPITALS and word.casefold() in gazetteer.ORG_HEADS_FR
        return _role(following[j]) or token == "et" and word == "Programme"
    return False


def _item_after_de(tokens: list[re.Match[str]], et: int, head: int) -> bool:
    """Whether the item of a name right before "et" at tokens[et] came after "de" ("… de
    l’Eau"), not after "pour", "à" … ("pour l’Éducation, la Science"): the items of one name
    agree, so after such an item, "et" and a bare article ("et le Secrétariat") open another
    thing, not the name's next item ("et de l’Assainissement")."""
    for k in range(et - 1, head, -1):
        token = tokens[k].group()
        if token.casefold() in ("de", "du", "des") or token[:1] in "dD" and fr_word(token) != token:
            return True
        if token.casefold() in _OTHER_PREPOSITIONS:
            return False
    return False


# Prepositions other than "de" that open a name's complement ("pour l’Éducation").
_OTHER_PREPOSITIONS = frozenset({"pour", "à", "au", "aux", "sur", "contre", "en", "avec", "chargé", "chargée"})


def role_complement_ar(words: list[re.Match[str]], keys: list[str], head: int, j: int) -> bool:
    """Whether words[j] opens the complement of a role named right before the body's head, not
    the body's name: "نائب مدير جامعة الكويت للشؤون العلمية" (the deputy's portfolio) is
    "جامعة الكويت"; "المجلس الأعلى للشؤون الإسلامية", with no role before it, keeps it."""
    if head == 0 or not words[j].group().startswith("لل") or keys[j] != "شوون":
        return False
    before = keys[head - 1]
    return before in gazetteer.ROLE_WORDS_AR or before[:1] in "وبل" and before[1:] in gazetteer.ROLE_WORDS_AR
