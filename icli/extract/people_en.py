"""People named in an English text, with the role the text gives them."""

from __future__ import annotations

import re
from functools import lru_cache

from icli.extract import country_tables, gazetteer
from icli.extract.identity import (
    head_by_role_key,
    is_own_head_role,
    people_in_article,
    person_key,
)
from icli.extract.mention import Mention
from icli.extract.patterns import (
    CAPITAL,
    MAX_MENTIONS,
    by_first_letter,
    overlaps,
    trie_pattern,
    word_starts,
)
from icli.extract.person_names import TOKEN, name_at, words_before
from icli.text.normalize import name_norm

_HONORIFIC = by_first_letter(gazetteer.HONORIFIC_WORDS) + r"\s+"
# An honorific that starts a word (checked by word_starts: not after a letter or a dot).
_HONORIFIC_CHAIN = re.compile(_HONORIFIC + f"(?:{_HONORIFIC})*" + rf"(?={CAPITAL}|al-|el-)")
_ROLE_WORD = trie_pattern(gazetteer.ROLE_WORDS)
# A role's first words: articles, "former", then up to two capitalized words before a role
# word ("Federal Minister", "ISESCO Director General").
_ROLE_START = re.compile(rf"^(?:(?:the|a|an|former)\s+)*(?:{CAPITAL}[\w’'\-]*\s+){{0,2}}"
                         rf"{_ROLE_WORD}\b")
_ROLE_END = re.compile(  # also before another person: ", Ambassador Khalid …"
    r",\s+(?=[a-z])|,\s+(?:and|who|which)\b|,\s+(?=(?:Dr|Mr|Ms|Mrs|Prof|Eng|Amb|H\.\s?E|HH)\b)"
    rf"|,\s+(?=(?:{_HONORIFIC}){CAPITAL}[\w’'\-]*(?:\s+|,))"
    r"|;|\.\s|\.$|\s\((?![A-Z]{2,}\))|$"
)
# "Leyla Hasanova, Head of ...": found from the role backwards (roles are rarer than capitals).
_COMMA_ROLE = re.compile(
    r",\s+(?=(?:(?:the|a|an|former)\s+)?(?:[A-Z][\w’'\-]*\s+){0,2}" + _ROLE_WORD + r"\b)"
)
# Lower-case words a role's noun phrase holds ("Minister for Education and Professional
# Training of the Republic", "Expert at ICESCO", "in charge of"): any other lower-case word
# (a verb: "met", "received"; "today") ends the role.
_ROLE_INNER_WORDS = {"of", "for", "and", "the", "to", "at", "in", "on", "de", "du", "des", "la",
                     "le", "al", "el", "bin", "ibn", "bint", "charge", "a.i.", "general",
                     "d’affaires", "d'affaires", "affaires"}
# Words a role never ends with ("Permanent Delegate to ICESCO and their delegation").
_ROLE_TRAILING = {"of", "for", "and", "the", "to", "at", "in", "on"}
# "the Director-General", "ICESCO Director General", "DG": ICESCO's head, named or not.
_BARE_HEAD = re.compile(  # look-behinds after the first word: a literal start scans fast
    r"Director(?<!Deputy Director)(?<!Assistant Director)(?<!to the Director)[\s-]+General\b"
    r"(?!\s+of\s+(?!ICESCO|ISESCO|the Organi[sz]ation))|DG(?<!\wDG)\b"
)


# Role words that are also people's names or parts of them ("Imam", "King Abdullah").
_ROLE_WORDS_IN_NAMES = {"King", "Emir", "Imam", "Mufti", "Rais", "Grand", "First", "Crown",
                        "Prime", "Partner", "Leader"}
_NOT_IN_A_NAME = frozenset(
    (gazetteer.ROLE_WORDS - _ROLE_WORDS_IN_NAMES) | gazetteer.ORG_HEADS | gazetteer.EVENT_HEADS
    | {"International", "Cooperation", "Desk", "Affairs", "Relations", "Office"})


@lru_cache(maxsize=8192)
def not_a_person(name: str) -> bool:
    """Whether capitalized words read as a name are a title, an office, a prize or an
    organization ("Senior Desk Officer", "International Cooperation", "Faisal International
    Prize") or a misspelt country ("Burkina Fasso")."""
    words = name.split()
    return any(w in _NOT_IN_A_NAME for w in words) or _misspelt_country(name)


@lru_cache(maxsize=1)
def _countries_by_first_letters() -> dict[str, list[str]]:
    """Country names of two words or more by the first four letters of their first word."""
    table: dict[str, list[str]] = {}
    for country in country_tables.country_names():
        if " " in country:
            table.setdefault(country[:4].casefold(), []).append(country)
    return table


def _misspelt_country(name: str) -> bool:
    """Whether a name of two words or more is spelled almost as a country's ("Burkina Fasso")."""
    import difflib

    near = _countries_by_first_letters().get(name[:4].casefold())
    return bool(near) and " " in name and any(
        difflib.SequenceMatcher(None, name.casefold(), country.casefold()).ratio() >= 0.85
        for country in near)


def _role_after(text: str, end: int) -> str | None:
    """The role given right after a name: 'Dr. X, Director-General of ICESCO, met ...'."""
    if not text.startswith(", ", end):
        return None
    rest = text[end + 2 : end + 300]
    if not _ROLE_START.match(rest):
        return None
    stop = _ROLE_END.search(rest)
    role = _noun_phrase(rest[: stop.start() if stop else len(rest)]).strip(" ,")
    return normalize_role(role) if 3 <= len(role) <= 160 else None


def _noun_phrase(role: str) -> str:
    """A role up to its first lower-case word that is not part of a noun phrase
    (_ROLE_INNER_WORDS): "Director-General (DG) of ICESCO met today" → "Director-General (DG)
    of ICESCO"."""
    for word in TOKEN.finditer(role):
        token = word.group().strip("(),")
        if token[:1].islower() and token not in _ROLE_INNER_WORDS:
            role = role[: word.start()]
            break
    words = role.split()
    while words and words[-1] in _ROLE_TRAILING:
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=8192)
def normalize_role(role: str) -> str:
    """One spelling per role: 'ICESCO’s Director General' → 'Director-General of ICESCO'."""
    role = re.sub(r"^(?:the|a|an)\s+", "", role)
    role = re.sub(r"\b(Director|Secretary)[ -]General\b", r"\1-General", role)
    owner = re.match(r"^([A-Z]{2,}[A-Za-z]*)(?:’s|'s)?\s+(.+)$", role)
    if owner and _ROLE_START.match(owner.group(2)) and " of " not in owner.group(2):
        role = f"{owner.group(2)} of {owner.group(1)}"
    return role[0].upper() + role[1:]


@lru_cache(maxsize=1024)
def _honorific_role(chain: str) -> str | None:
    """A role implied by the honorific itself ('President Tokayev', 'Minister Bourita')."""
    words = re.findall(r"Prime Minister|Vice[- ]President|President|Minister|Ambassador|Rais|"
                       r"King|Emir|Governor|Mayor|Secretary-General|Director-General", chain)
    return words[-1] if words else None


def extract_people(text: str, skip: list[tuple[int, int]]) -> list[Mention]:
    """Named people with the role the text gives them, one mention per identity, and the
    bodies named after a sheikh or a royal ("Sheikh X for Scientific Excellence": partner
    mentions, no person).

    Names inside the `skip` spans (organizations such as "King Salman ... Center") are ignored.
    """
    found: list[Mention] = []
    taken = list(skip)
    for match in word_starts(_HONORIFIC_CHAIN, text, "."):
        if len(found) >= MAX_MENTIONS:
            break
        if overlaps(match.start(), skip):
            continue
        name, end = name_at(text, match.end())
        if not name:
            continue
        taken.append((match.start(), end))
        named_after = _NAMED_AFTER.match(text, end)
        if named_after and _BODY_NAMERS.search(match.group()):  # a body named after a sheikh
            body = text[match.start() : named_after.end()]
            found.append(Mention("partner", name_norm(body), body, None, None, body,
                                 match.start(), named_after.end(), rule="partner.en.named-after-person"))
        if named_after or any(w in gazetteer.PLACE_WORDS for w in name.split()):
            continue  # "Sheikh X for Scientific Excellence", "King Abdullah Economic City"
        if not_a_person(name):
            continue
        role = _role_after(text, end) or _honorific_role(match.group())
        found.append(Mention("person", person_key(name), name, None, role, name, match.start(), end, rule="person.en.honorific"))
    for comma in _COMMA_ROLE.finditer(text):
        if len(found) >= MAX_MENTIONS:
            break
        before = words_before(text, comma.start(), taken)
        if before is None:
            continue
        words, _, name_end = before
        while words and words[0] in gazetteer.NOT_NAME_WORDS:
            words.pop(0)
        if len(words) < 2 or any(w in gazetteer.NOT_NAME_WORDS or w.isupper() and len(w) > 2
                                 for w in words):
            continue
        name = " ".join(words)
        if name in country_tables.country_names() or not_a_person(name):
            continue
        role = _role_after(text, name_end)
        found.append(Mention("person", person_key(name), name, None, role, name,
                             name_end - len(name), name_end, rule="person.en.name-comma-role"))
    winners = _COUNTRY_FOR.finditer(text) if ", for " in text else ()  # most texts list none
    for listed in winners:
        if len(found) >= MAX_MENTIONS:
            break
        if not country_tables.country_phrases().get(tuple(
                re.findall(r"[\w']+", listed.group(1).replace("’", "'")))):
            continue
        before = words_before(text, listed.start(), taken)
        if before is None:
            continue
        words, name_start, name_end = before
        if not 2 <= len(words) <= 4 or any(w in gazetteer.NOT_NAME_WORDS or w.isupper()
                                           or w in gazetteer.PLACE_WORDS for w in words):
            continue
        name = " ".join(words)
        found.append(Mention("person", person_key(name), name, None, None, name,
                             name_start, name_end, rule="person.en.winner-with-country"))
    bodies = list({m.key: m for m in reversed(found) if m.kind == "partner"}.values())[::-1]
    people = [m for m in found if m.kind == "person"]
    ordered = sorted(people, key=lambda m: m.start)
    return people_in_article(ordered) + bodies  # type: ignore[arg-type,operator]


# After a name, "for" and capitalized words: an organization or prize named after that person.
_NAMED_AFTER = re.compile(
    rf"\s+for(?:\s+(?:{CAPITAL}[\w’'\-]+|and|of|the)){{1,8}}(?<!\sand)(?<!\sof)(?<!\sthe)")
# Titles whose bearers give their names to bodies ("the Sheikh X for Scientific Excellence").
_BODY_NAMERS = re.compile(r"Sheikh|Shaikh|King|Prince|Emir|Sultan")
# "Amina Bello, Nigeria, for her series …": a winner listed with a country, no honorific.
_COUNTRY_FOR = re.compile(r", ([A-Z][\w’' -]{2,40}), for (?:his|her|their) ")


def head_by_role(text: str, people: list[Mention]) -> list[Mention]:
    """A mention of ICESCO's Director-General by role alone, when the article names nobody in
    that role (identity.is_own_head_role: "ISESCO Director General" too); the linker links it
    to whoever held the role on the article's date."""
    if any(is_own_head_role(m.role) for m in people) or not _BARE_HEAD.search(text):
        return []
    return [Mention("person", head_by_role_key(), "", None, gazetteer.OWN_HEAD_ROLES[0],
                    "Director-General", rule="person.en.role-alone")]

