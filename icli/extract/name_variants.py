"""Spelling variants of one person's name ("Abdelilah"/"Abdelillah", "AlMalik"/"Almalek",
"سالم المالك"/"سالم مالك"): the rule that joins them, as pure functions. Names alike are never
enough: two people join only when their names differ by spelling alone AND they held the same
office at the same time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from icli.extract import gazetteer
from icli.extract.identity import is_own_head_role, is_surname_only, key_surname, role_holder
from icli.text.normalize import ARABIC_LETTER, ARABIC_WORD, arabic_word_key, fold_accents

# Days apart two mentions of one office may be and still be the same term of it.
VARIANT_DAYS = 366
HEAD = "@head"  # the office_key of ICESCO's (ISESCO's) Director-General in any language
DEPUTY_HEAD = "@deputy-head"  # and of a Deputy Director-General
_VOWELS = re.compile("[aeiouy]")
_REPEATS = re.compile(r"(.)\1+")
_ARABIC_ARTICLE = re.compile("^ال(?=..)")
_ROLE_WORD = re.compile(r"[^\W\d_]+")
_ROLE_GLUE = {"of", "the", "for", "and", "at", "in", "to", "de", "la", "le", "du", "des", "l", "d",
              "في", "لدى"}
# The words of ICESCO's head's role, in each language, and the words making it its deputy's.
_HEAD_WORDS = ({"director", "general"}, {"directeur", "general"}, {"directrice", "generale"},
               {"مدير", "عام"})
_DEPUTY_WORDS = {"deputy", "adjoint", "adjointe", arabic_word_key("نائب")}


def _plain(text: str) -> str:
    """Text without case or accents."""
    return fold_accents(text.casefold())


def _skeleton(word: str) -> str:
    """A normalized name word as its spelling skeleton. Latin: its first letter, then its
    consonants, a doubled letter once, accents dropped ("abdelilah", "abdelillah" → "abdlh";
    "almalik", "almalek" → "almlk"; "mohamed", "mohammed" → "mhmd"). Arabic (already folded by
    the key: hamza forms, ta marbuta, alef maqsura): without a leading article, a doubled
    letter once ("المالك", "مالك" → "مالك")."""
    if ARABIC_LETTER.search(word):
        return _REPEATS.sub(r"\1", _ARABIC_ARTICLE.sub("", word))
    plain = _plain(word)
    return _REPEATS.sub(r"\1", plain[:1] + _VOWELS.sub("", plain[1:]))


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


def _glued(key: str, own: set[str]) -> str:
    """An Arabic word key without a glued ل or ب when that leaves one of ICESCO's names' words
    ("لمنظمه" → "منظمه")."""
    return key[1:] if key[:1] in "لب" and key[1:] in own else key


def _office_words(role: str) -> set[str]:
    """A role's words compared across spellings: Latin without case and accents, Arabic as
    folded word keys (article and glued prepositions dropped); linking words left out; ICESCO
    by any of its names (gazetteer.names_icesco) as one word."""
    if ARABIC_LETTER.search(role):
        own = {word for name in gazetteer.OWN_NAMES_AR for word in name}
        words = {_glued(arabic_word_key(word), own) for word in ARABIC_WORD.findall(role)}
    else:
        words = set(_ROLE_WORD.findall(_plain(role)))
        own = {"organization", "organisation"}
    return {"icesco" if word in own or gazetteer.names_icesco(word) else word
            for word in words} - _ROLE_GLUE


@lru_cache(maxsize=65536)
def office_key(role: str | None) -> str | None:
    """A role as an office compared across spellings and languages: ICESCO's (or ISESCO's)
    Director-General is one office however written ("ISESCO Director General", "Directeur
    général de l’ICESCO", "المدير العام للإيسيسكو"), and so is its Deputy Director-General;
    any other is its words (`_office_words`: "Minister of Youth of Tunisia" = "Tunisia's
    Minister of Youth"). None for no role."""
    if not role or not role.strip():
        return None
    if is_own_head_role(role):
        return HEAD
    words = _office_words(role)
    rest = words - _DEPUTY_WORDS - {"icesco"}
    if rest in _HEAD_WORDS:
        return DEPUTY_HEAD if words & _DEPUTY_WORDS else HEAD
    return " ".join(sorted(words)) or None


def office_spelling(spellings: Iterable[tuple[str, int, str | None]], arabic: bool) -> str:
    """The spelling one office is shown as, among its (role as written, mentions, last date)
    spellings: the most used of those written in Arabic script when `arabic`, else of those
    in Latin script (of all when the office has none in that script); a tie goes to the
    latest used, then to the role that sorts first, so the choice never depends on the order they come in."""
    spellings = sorted(spellings, key=lambda spelling: spelling[0])
    wanted = [s for s in spellings if bool(ARABIC_LETTER.search(s[0])) == arabic] or spellings
    wanted.sort(key=lambda spelling: spelling[2] or "", reverse=True)
    return max(wanted, key=lambda spelling: spelling[1])[0]


def _day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


Held = set[tuple[str, int, str]]  # the offices a person held: (office_key, day, ISO date)


def _held(people: Mapping[int, object],
          offices: Iterable[tuple[int, str | None, str | None]]) -> dict[int, Held]:
    """The offices each of `people` held, from (person id, role, date) of their mentions."""
    held: dict[int, Held] = {}
    for person_id, role, date in offices:
        office = office_key(role)
        if person_id in people and office is not None and date is not None:
            held.setdefault(person_id, set()).add((office, _day(date), date))
    return held


def _held_by(held: Held, other: Held, other_id: int, days: int,
             heads: Mapping[int, tuple[str | None, str | None]]) -> bool:
    """Whether one of the offices `held` was `other`'s (person `other_id`) at the same time:
    the same office_key at most `days` apart, or ICESCO's top role on a day of other's term
    (`heads`: the terms by person id)."""
    return any(office == other_office and abs(day - other_day) <= days
               for office, day, _ in held for other_office, other_day, _ in other) or any(
        office == HEAD and role_holder(date, heads) == other_id for office, _, date in held)


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
                        _held_by(held.get(one, set()), held.get(other, set()), other, days, terms)
                        or _held_by(held.get(other, set()), held.get(one, set()), one, days, terms)):
                    merged = group_of[one] | group_of[other]
                    for person_id in merged:
                        group_of[person_id] = merged
        for group in {id(g): g for g in group_of.values() if len(g) > 1}.values():
            head = min(group, key=lambda p: (-people[p][1], people[p][0]))
            joined.update((person_id, head) for person_id in group if person_id != head)
    return joined


def surname_variants(alone: Mapping[int, tuple[str, str | None, str | None]],
                     people: Mapping[int, tuple[str, int]],
                     offices: Iterable[tuple[int, str | None, str | None]],
                     joined: Mapping[int, int], days: int = VARIANT_DAYS,
                     heads: Mapping[int, tuple[str | None, str | None]] | None = None,
                     ) -> dict[int, int]:
    """Which mentions by a surname alone ("Mr. Almalek, Director-General of ICESCO") are a
    person named in full: `alone` holds mention id → (its person's key, role, date); `people`,
    `offices`, `heads` as spelling_variants reads them and `joined` its answer. A mention joins
    when exactly one person (with the people joining them: one group) named in full with a
    surname of the same skeleton (surname_spelling) held the office it gives at the same time
    (as spelling_variants compares them); a mention with no role, or whose office nobody or
    two people held, joins nobody. Returns {mention id: the person it is}."""
    terms = heads or {}
    by_surname: dict[str, list[int]] = {}
    for person_id, (key, _) in sorted(people.items()):
        if spelling_key(key) is not None:
            by_surname.setdefault(surname_spelling(key) or "", []).append(person_id)
    held = _held(people, offices)
    found: dict[int, int] = {}
    for mention_id, (key, role, date) in sorted(alone.items()):
        mine = _held({0: None}, [(0, role, date)]).get(0, set())
        persons = {joined.get(other, other) for other in by_surname.get(surname_spelling(key) or "", ())
                   if _held_by(mine, held.get(other, set()), other, days, terms)}
        if len(persons) == 1:
            found[mention_id] = persons.pop()
    return found
