"""Bodies named only to say whose another body is ("X, relevant de la Fondation Y", "X التابعة
لرابطة Y"): the owner is no partner where it is named so, the body that acts is (issue 21). A
unit (a faculty, a department, a bureau) is the exception: it folds into its owner, which acts
through it and is the partner."""

from __future__ import annotations

import re
from collections.abc import Callable

from icli.extract import gazetteer
from icli.extract.mention import Mention
from icli.extract.partner_name_ends import fr_word

# The words between an affiliated body and its owner's name, right before that name (its
# article elided or glued to it: "relevant de l’", "affiliée à la ", "التابعة ل").
_OWNER_BEFORE = {
    "fr": re.compile(r"(?:relevant|dépendante?s?|affiliée?s?|rattachée?s?)\s+(?:de|à|au|aux|du|des)"
                     r"(?:\s+(?:la|le|les))?\s+$"),
    "ar": re.compile(r"تابع(?:ة|ين)?[ \u00a0]+ل?$"),
}
_REACH = 32  # characters before a name where those words are read
_CLAUSE_ENDS_FR = frozenset({".", ";", "!", "?", ":"})


def named_as_owner(text: str, start: int, language: str) -> bool:
    """Whether the body whose name starts at text[start] follows words that make it the owner
    of the body named before it ("… relevant de la Fondation Y", "… التابعة لرابطة Y")."""
    pattern = _OWNER_BEFORE.get(language)
    return pattern is not None and pattern.search(text, max(0, start - _REACH), start) is not None


def owner_of_unit_fr(tokens: list[re.Match[str]], head: int) -> bool:
    """Whether the body before the owner whose head is tokens[head], in its clause, is a unit
    ("la Direction de …, relevant du ministère …"; fr.json `unit_heads`): the owner acts."""
    for k in range(head - 1, max(-1, head - 40), -1):
        word = fr_word(tokens[k].group()).casefold()
        if word in _CLAUSE_ENDS_FR:
            return False
        if word in gazetteer.ORG_HEADS_FR:
            return word in gazetteer.UNIT_HEADS_FR
    return False


class Owners:
    """The keys of the bodies a text names only as owners ("relevant de …"), and of those it
    names elsewhere too."""

    def __init__(self) -> None:
        self.as_owner: set[str] = set()
        self.elsewhere: set[str] = set()

    def note(self, key: str, as_owner: bool) -> None:
        """Notes one place a body (its key) is named at, as an owner or not."""
        (self.as_owner if as_owner else self.elsewhere).add(key)

    def only_owner(self, key: str) -> bool:
        """Whether a body (its key) is named only as an owner: no partner."""
        return key in self.as_owner and key not in self.elsewhere


# Between a unit's or an organ's name and its owner's: its acronym in brackets, then "de l’",
# "du", "de la" or "des" ("le Conseil des ministres … (CMAE) de l’Organisation …").
_TO_OWNER_FR = re.compile(r"(?:[ \t]*\([^()]{1,20}\))?[ \t]+(?:de[ \t]+l[’'][ \t]*|du[ \t]+|de[ \t]+la[ \t]+|des[ \t]+)")
# The heads of a body's organs ("Conseil des ministres …", "Comité …"), folded as its units'
# heads are (gazetteer.UNIT_HEADS_FR, fr.json `unit_heads`: "Bureau …").
_ORGAN_HEADS_FR = frozenset({"conseil", "comité"})


def units_folded_fr(partners: list[Mention], text: str, names: Callable[[Mention], set[str]]) -> list[Mention]:
    """`partners` without a unit or an organ of another of them, named right before it or
    ending with its name ("le Bureau international d’éducation de l’Unesco", "le Conseil des
    ministres des Affaires étrangères (CMAE) de l’Organisation de la coopération islamique"):
    an office of a body named folds into it (the contract). `names`: a partner's French names."""
    kept = []
    for partner in partners:
        if fr_word(partner.name.split()[0]).casefold() not in gazetteer.UNIT_HEADS_FR | _ORGAN_HEADS_FR:
            kept.append(partner)
            continue
        owners = [n for other in partners if other is not partner for n in names(other) if len(n) > 2]
        if any(partner.name.endswith(" " + owner) or partner.name.endswith("’" + owner) for owner in owners):
            continue
        found = text.find(partner.name)
        while found >= 0:
            link = _TO_OWNER_FR.match(text, found + len(partner.name))
            if link and any(text.startswith(owner, link.end()) for owner in owners):
                break
            found = text.find(partner.name, found + 1)
        if found < 0:
            kept.append(partner)
    return kept
