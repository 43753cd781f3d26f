"""Spelling variants of one person's name ("Abdelilah"/"Abdelillah", "AlMalik"/"Almalek"): the
rule that joins them, as pure functions. Names alike are never enough: two people join only
when their names differ by vowels or doubled letters alone AND they held the same office at
the same time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from icli.extract.identity import is_own_head_role, is_surname_only, key_surname
from icli.text.normalize import ARABIC_LETTER, fold_accents

# Days apart two mentions of one office may be and still be the same term of it.
VARIANT_DAYS = 366
_VOWELS = re.compile("[aeiouy]")
_REPEATS = re.compile(r"(.)\1+")
_ROLE_WORD = re.compile(r"[^\W\d_]+")
_ROLE_GLUE = {"of", "the", "for", "and", "at", "in", "to", "de", "la", "le", "du", "des", "l", "d"}
_OWN_NAMES = {"isesco": "icesco"}  # the organization's old name is the same office's


def _plain(text: str) -> str:
    """Text without case or accents."""
    return fold_accents(text.casefold())


def _skeleton(word: str) -> str:
    """A normalized name word as its spelling skeleton: its first letter, then its consonants,
    a doubled letter once ("abdelilah", "abdelillah" → "abdlh"; "almalik", "almalek" → "almlk")."""
    plain = _plain(word)
    return _REPEATS.sub(r"\1", plain[:1] + _VOWELS.sub("", plain[1:]))


@lru_cache(maxsize=65536)
def spelling_key(key: str) -> str | None:
    """What the spelling variants of a person's name share: the skeletons of the first name and
    the surname of the person's key (identity.person_key); None for a key with no first name
    or in Arabic letters (never joined by spelling)."""
    if is_surname_only(key) or ARABIC_LETTER.search(key):
        return None
    first, surname = key[: -len(key_surname(key)) - 1], key_surname(key)
    if not first or not surname:
        return None
    return f"{_skeleton(first)} {_skeleton(surname)}"


@lru_cache(maxsize=65536)
def office_key(role: str | None) -> str | None:
    """A role as an office compared across spellings: ICESCO's (or ISESCO's) top role is one
    office however written; any other is its words without case, accents, hyphens and linking
    words ("Deputy Director-General of ICESCO", "ICESCO Deputy Director General" → one office).
    None for no role."""
    if not role or not role.strip():
        return None
    if is_own_head_role(role):
        return "@head"
    words = {_OWN_NAMES.get(word, word) for word in _ROLE_WORD.findall(_plain(role))}
    return " ".join(sorted(words - _ROLE_GLUE)) or None


def _day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


def spelling_variants(people: Mapping[int, tuple[str, int]],
                      offices: Iterable[tuple[int, str | None, str | None]],
                      days: int = VARIANT_DAYS) -> dict[int, int]:
    """Which people are spelling variants of another: `people` holds person id → (key, articles
    naming them outright), `offices` (person id, role, date) their mentions. Two people join
    when their keys have the same spelling_key AND they held the same office (office_key) in
    mentions at most `days` apart; never by the names alone. A group of joined people is the
    one of them named in most articles (then the smallest key). Returns {person id: the id it
    joins} for every person joining another."""
    groups: dict[str, list[int]] = {}
    for person_id, (key, _) in sorted(people.items()):
        spelling = spelling_key(key)
        if spelling is not None:
            groups.setdefault(spelling, []).append(person_id)
    held: dict[int, set[tuple[str, int]]] = {}
    for person_id, role, date in offices:
        office = office_key(role)
        if person_id in people and office is not None and date is not None:
            held.setdefault(person_id, set()).add((office, _day(date)))
    joined: dict[int, int] = {}
    for ids in groups.values():
        group_of = {person_id: {person_id} for person_id in ids}
        for i, one in enumerate(ids):
            for other in ids[i + 1:]:
                if group_of[one] is not group_of[other] and any(
                        office == other_office and abs(day - other_day) <= days
                        for office, day in held.get(one, ())
                        for other_office, other_day in held.get(other, ())):
                    merged = group_of[one] | group_of[other]
                    for person_id in merged:
                        group_of[person_id] = merged
        for group in {id(g): g for g in group_of.values() if len(g) > 1}.values():
            head = min(group, key=lambda p: (-people[p][1], people[p][0]))
            joined.update((person_id, head) for person_id in group if person_id != head)
    return joined
