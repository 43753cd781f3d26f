"""Bodies named only to say whose another body is ("X, relevant de la Fondation Y", "X التابعة
لرابطة Y"): the owner is no partner where it is named so, the body that acts is (issue 21). A
unit (a faculty, a department, a bureau) is the exception: it folds into its owner, which acts
through it and is the partner."""

from __future__ import annotations

import re

from icli.extract import gazetteer
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
