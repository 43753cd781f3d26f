"""Acronyms beside French partner names: the acronym in brackets after a name ("… (UPCI)"), a
name taken on to its acronym, a list item that is another body's acronym, "l’ALECSO"."""

from __future__ import annotations

import re

from icli.extract import gazetteer
from icli.extract.partner_name_ends import fr_word as _fr_word
from icli.extract.patterns import is_acronym

# An acronym in brackets right after a name: "(UPCI)".
ACRONYM_AFTER_FR = re.compile(r"\s*\(([^\s()]{2,12})\)")


def acronym_after(text: str, end: int) -> str | None:
    """The acronym in brackets right after a name ending at `end` ("… membres (UPCI)"), if any."""
    match = ACRONYM_AFTER_FR.match(text, end)
    return bracketed_acronym(match.group(1)) if match else None


def to_acronym_fr(tokens: list[re.Match[str]], head: int, last: int) -> int:
    """The name's last token, taken on to an acronym in brackets a few words on whose first
    letter is the head's: "Institut national des langues et civilisations orientales (INALCO)"
    is one name, though "et civilisations" alone would end it."""
    initial = _fr_word(tokens[head].group())[:1].casefold()
    for k in range(last + 1, min(len(tokens) - 2, last + 7)):
        token = tokens[k].group()
        if token == "(":
            acronym = tokens[k + 1].group()
            if k > last + 1 and tokens[k + 2].group() == ")" and is_acronym(acronym) and (
                    acronym[:1].casefold() == initial):
                return k - 1
            return last
        if not token[:1].isalpha():
            return last  # punctuation: the sentence goes on, not the name
    return last


def bracketed_acronym(word: str) -> str | None:
    """The acronym a word in brackets after a name gives: an acronym ("(CNDES)"), or a known
    one written in title case ("(Oci)" is the OCI); None for any other word."""
    if is_acronym(word):
        return word
    upper = word.upper()
    known = upper in gazetteer.PARTNER_ACRONYMS_FR or upper in gazetteer.PARTNER_ACRONYMS
    return upper if known and word[:1].isupper() and word[1:].islower() else None


def acronym_item(tokens: list[re.Match[str]], comma: int) -> bool:
    """Whether the item after the comma at tokens[comma] is a body's acronym ("la Banque
    mondiale, de l’UNESCO et de l’ALECSO") after a word that is none: another body of a list,
    not the name's ("Commission … pour l’UNESCO, l’ICESCO et l’ALECSO" lists acronyms)."""
    j = comma + 1
    while j < len(tokens) - 1 and tokens[j].group().casefold() in ("de", "du", "des", "la", "le", "les"):
        j += 1
    return (j < len(tokens) and is_acronym(_fr_word(tokens[j].group()))
            and not is_acronym(_fr_word(tokens[comma - 1].group())))


def elided_acronym(token: str) -> bool:
    """Whether a token is an acronym after an elided article: "l’ALECSO"."""
    word = _fr_word(token)
    return word != token and is_acronym(word)
