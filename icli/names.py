"""Comparing names: the normal form aliases are matched on, and a person's identity key.

Shared by extraction (at ingest) and queries (at lookup); standard library only.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Particles that belong to a surname ("Al Qasimi", "El Gebaly", "Ould Amar", "van Dijk").
SURNAME_PARTICLES = {"al", "el", "al-", "el-", "de", "da", "du", "van", "von", "der", "ould",
                     "abu", "bou", "ben", "le", "la", "di", "del"}
# Particles anywhere in a name that never start or end one ("bin", "bint").
NAME_PARTICLES = SURNAME_PARTICLES | {"bin", "bint", "ibn", "abd", "binti", "ould"}

HONORIFIC_WORDS = [
    r"Dr\.?", r"Mr\.?", r"Ms\.?", r"Mrs\.?", r"Miss", r"Prof\.?", r"Eng\.?", r"Amb\.?",
    r"Mme\.?", r"Mlle\.?", r"Pr\.?", r"H\.\s?E\.?", r"HE", r"HH", r"HRH", r"H\.\s?H\.?",
    r"His Excellency", r"Her Excellency", r"His Highness", r"Her Highness",
    r"His Royal Highness", r"Her Royal Highness", r"His Majesty", r"Her Majesty", r"Professor",
    r"Doctor", r"Ambassador", r"Sheikh", r"Sheikha", r"Shaikh", r"Shaikha", r"Sayyid",
    r"Sayyida", r"President", r"Vice-President", r"Vice President", r"Minister",
    r"Prime Minister", r"Rais", r"Imam", r"Judge", r"Prince", r"Princess", r"Queen", r"King",
    r"Emir", r"Madam", r"Engineer", r"Senator", r"Mayor", r"Governor", r"Secretary-General",
    r"Director-General", r"Deputy Director-General",
]
HONORIFICS_RE = re.compile(r"^(?:(?:" + "|".join(HONORIFIC_WORDS) + r")\s+)+")

# ICESCO's head named by role alone resolves to whoever held the role at the time.
OWN_HEAD_ROLES = ("Director-General of ICESCO", "Director-General of ISESCO")
OWN_HEAD_KEY = "@director-general"

_NORM_DROP = re.compile(r"[\s\-‐‑–—.'’`ʼ]+")


@lru_cache(maxsize=65536)
def name_norm(text: str) -> str:
    """Names compared: case folded, spaces, hyphens, dots and apostrophes removed."""
    return _NORM_DROP.sub("", text.casefold())


def strip_honorifics(name: str) -> str:
    """'Dr. Salim M. AlMalik' → 'Salim M. AlMalik'."""
    return HONORIFICS_RE.sub("", " ".join(name.split())).strip()


def split_name(name: str) -> tuple[str, str]:
    """(first name, surname with its particles) of a person's name; first is '' if absent."""
    tokens = [t for t in re.split(r"\s+", strip_honorifics(name).replace("- ", "-")) if t]
    if not tokens:
        return "", ""
    surname = [tokens.pop()]
    while tokens and tokens[-1].casefold() in SURNAME_PARTICLES:
        surname.insert(0, tokens.pop())
    first = tokens[0] if tokens and tokens[0].casefold() not in NAME_PARTICLES else ""
    return first, " ".join(surname)


@lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """The identity of a person: first name and surname, normalized ('salim|almalik')."""
    first, surname = split_name(name)
    return f"{name_norm(first)}|{name_norm(surname)}"
