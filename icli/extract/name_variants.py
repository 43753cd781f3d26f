"""Spelling variants of one person's name ("Abdelilah"/"Abdelillah", "AlMalik"/"Almalek",
"سالم المالك"/"سالم مالك"): the rule that joins them, as pure functions. Names alike are never
enough: two people join only when their names differ by spelling alone AND they held the same
office at the same time.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from operator import itemgetter

from icli.extract.identity import in_a_term, is_surname_only, key_surname, role_holder
from icli.extract.offices import HEAD, office_key, same_office
from icli.text.normalize import ARABIC_LETTER, plain

# Days apart two mentions of one office may be and still be the same term of it.
VARIANT_DAYS = 366
_VOWELS = re.compile("[aeiouy]")
_REPEATS = re.compile(r"(.)\1+")
_ARABIC_ARTICLE = re.compile("^ال(?=..)")


def _skeleton(word: str) -> str:
    """A normalized name word as its spelling skeleton. Latin: its first letter, then its
    consonants, a doubled letter once, accents dropped ("abdelilah", "abdelillah" → "abdlh";
    "almalik", "almalek" → "almlk"; "mohamed", "mohammed" → "mhmd"). Arabic (already folded by
    the key: hamza forms, ta marbuta, alef maqsura): without a leading article, a doubled
    letter once ("المالك", "مالك" → "مالك")."""
    if ARABIC_LETTER.search(word):
        return _REPEATS.sub(r"\1", _ARABIC_ARTICLE.sub("", word))
    folded = plain(word)
    return _REPEATS.sub(r"\1", folded[:1] + _VOWELS.sub("", folded[1:]))


@lru_cache(maxsize=65536)
def spelling_key(key: str) -> str | None:
    """What the spelling variants of a person's name share: the skeletons of the first name and
    the surname of the person's key (identity.person_key); None for a key with no first name."""
    if is_surname_only(key):
        return None
    first, surname = key[: -len(key_surname(key)) - 1], key_surname(key)
    if not first or not surname:
        return None
    return f"{_skeleton(first)} {_skeleton(surname)}"


@lru_cache(maxsize=65536)
def surname_spelling(key: str) -> str | None:
    """The skeleton of the surname of a person's key (a surname alone, "|almalek", or a full
    name's); None when it has none."""
    surname = key_surname(key)
    return _skeleton(surname) if surname else None


def _day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


# The offices a person held: each office_key with the (day ordinal, ISO date) of the mentions
# giving it, sorted, so that whether one was held near a day is a binary search.
Held = dict[str, list[tuple[int, str]]]


def _held(people: Mapping[int, object],
          offices: Iterable[tuple[int, str | None, str | None]]) -> dict[int, Held]:
    """The offices each of `people` held, from (person id, role, date) of their mentions."""
    held: dict[int, dict[str, set[tuple[int, str]]]] = {}
    for person_id, role, date in offices:
        office = office_key(role)
        if person_id in people and office is not None and date is not None:
            held.setdefault(person_id, {}).setdefault(office, set()).add((_day(date), date))
    return {person_id: {office: sorted(days) for office, days in by_office.items()}
            for person_id, by_office in held.items()}


def _held_by(held: Held, other: Held, other_id: int, days: int,
             heads: Mapping[int, tuple[str | None, str | None]]) -> bool:
    """Whether one of the offices `held` was `other`'s (person `other_id`) at the same time:
    ICESCO's top role on a day of ICESCO's leadership table (gazetteer.OWN_HEADS) only when
    other's term holds it (`heads`: the terms by person id; a term of a head the archive does
    not name is nobody's here); any office else the same office (offices.same_office: one may
    say more of it, its country) at most `days` apart."""
    for office, dated in held.items():
        same = [other_dated for other_office, other_dated in other.items()
                if same_office(office, other_office)]
        for day, date in dated:
            if office == HEAD and in_a_term(date):
                if role_holder(date, heads) == other_id:
                    return True
            elif any(_near(other_dated, day, days) for other_dated in same):
                return True
    return False


def _near(dated: list[tuple[int, str]], day: int, days: int) -> bool:
    """Whether one of the sorted (day, date) `dated` is at most `days` from `day`."""
    at = bisect.bisect_left(dated, day - days, key=itemgetter(0))
    return at < len(dated) and dated[at][0] <= day + days


def spelling_variants(people: Mapping[int, tuple[str, int]],
                      offices: Iterable[tuple[int, str | None, str | None]],
                      days: int = VARIANT_DAYS,
                      heads: Mapping[int, tuple[str | None, str | None]] | None = None,
                      ) -> dict[int, int]:
    """Which people are spelling variants of another: `people` holds person id → (key, articles
    naming them outright), `offices` (person id, role, date) their mentions, `heads` the terms
    of ICESCO's Directors-General by person id (identity.head_terms). Two people join when
    their keys have the same spelling_key AND they held the same office (office_key) in
    mentions at most `days` apart, or one held ICESCO's top role on a day of the other's term;
    never by the names alone. A group of joined people is the one of them named in most
    articles (then the smallest key). Returns {person id: the id it joins} for every person
    joining another."""
    terms = heads or {}
    groups: dict[str, list[int]] = {}
    for person_id, (key, _) in sorted(people.items()):
        spelling = spelling_key(key)
        if spelling is not None:
            groups.setdefault(spelling, []).append(person_id)
    held = _held(people, offices)
    joined: dict[int, int] = {}
    for ids in groups.values():
        group_of = {person_id: {person_id} for person_id in ids}
        for i, one in enumerate(ids):
            for other in ids[i + 1:]:
                if group_of[one] is not group_of[other] and (
                        _held_by(held.get(one, {}), held.get(other, {}), other, days, terms)
                        or _held_by(held.get(other, {}), held.get(one, {}), one, days, terms)):
                    merged = group_of[one] | group_of[other]
                    for person_id in merged:
                        group_of[person_id] = merged
        for group in {id(g): g for g in group_of.values() if len(g) > 1}.values():
            head = min(group, key=lambda p: (-people[p][1], people[p][0]))
            joined.update((person_id, head) for person_id in group if person_id != head)
    return joined


class SurnameVariants:
    """Which mention by a surname alone ("Mr. Almalek, Director-General of ICESCO") is a
    person named in full, asked one mention at a time (so a caller need not hold them all):
    `people`, `offices`, `heads` as spelling_variants reads them and `joined` its answer. A
    mention joins when exactly one person (with the people joining them: one group) named in
    full with a surname of the same skeleton (surname_spelling) held the office it gives at
    the same time (as spelling_variants compares them). An office nobody is known to hold
    then, two people held, or no role joins nobody: a surname is no evidence by itself ("Mr.
    Khan, Federal Minister" is not an "Imran Khan" named elsewhere in no office; in one
    article the two are one by identity.people_in_article)."""

    def __init__(self, people: Mapping[int, tuple[str, int]],
                 offices: Iterable[tuple[int, str | None, str | None]],
                 joined: Mapping[int, int], days: int = VARIANT_DAYS,
                 heads: Mapping[int, tuple[str | None, str | None]] | None = None) -> None:
        self.terms = heads or {}
        self.joined = joined
        self.days = days
        self.by_surname: dict[str, list[int]] = {}
        for person_id, (key, _) in sorted(people.items()):
            if spelling_key(key) is not None:
                self.by_surname.setdefault(surname_spelling(key) or "", []).append(person_id)
        self.held = _held(people, offices)

    def person(self, key: str, role: str | None, date: str | None) -> int | None:
        """The person a mention of the surname-alone person `key`, giving `role` on `date`,
        is; None when it joins nobody."""
        mine = _held({0: None}, [(0, role, date)]).get(0, {})
        persons = {self.joined.get(other, other)
                   for other in self.by_surname.get(surname_spelling(key) or "", ())
                   if _held_by(mine, self.held.get(other, {}), other, self.days, self.terms)}
        return persons.pop() if len(persons) == 1 else None

