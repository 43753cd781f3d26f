"""Whose a French role is when another person's name stands in it or right before it: a role
that ends with another's name is theirs, unless the name is a head of state's ("conseiller de Sa
Majesté le Roi X") or the role's complement ("conseiller auprès du Dr X"); a head of state's
title in an honorific chain is the role of the person it names ("Sa Majesté le Roi X": "Roi")."""

from __future__ import annotations

import re

from icli.extract import gazetteer
from icli.extract.mention import Mention
from icli.extract.patterns import by_first_letter

# A name that is a role's complement ("conseiller auprès du Dr X", "assistante de Mme Y"): the
# role, name included, stays its holder's.
_COMPLEMENT_NAME_FR = re.compile(r"\b(?:du|de|d’|d'|au|auprès\s+d[eu])\s+(?:"
                                 + by_first_letter(gazetteer.HONORIFIC_WORDS_FR) + r"\s+)+$")


def ends_with_name_fr(text: str, role: str, other: Mention) -> bool:
    """Whether `role` ends with another person's name that makes it theirs: not a head of
    state's ("conseiller de Sa Majesté le Roi X") nor a complement's ("conseiller auprès du Dr
    X")."""
    return (role.endswith(" " + other.name) and not head_of_state_fr(text, other)
            and not _COMPLEMENT_NAME_FR.search(role, 0, len(role) - len(other.name)))


# The honorific of a head of state at the end of an honorific chain ("Sa Majesté le Roi ",
# "Président "): the role of the person it names.
_HEAD_OF_STATE_FR = re.compile(r"\b(Roi|Reine|Président|Présidente|Émir)\s+$")


def head_of_state_fr(text: str, person: Mention) -> str | None:
    """The head of state's title a person is named with ("Sa Majesté le Roi Mohammed VI" →
    "Roi"); None for any other honorific or none."""
    if not text.endswith(person.name, 0, person.end):
        return None
    title = _HEAD_OF_STATE_FR.search(text, person.start, person.end - len(person.name))
    return title.group(1) if title else None
