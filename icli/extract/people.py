"""People named in an article's text, with the role the text gives them."""

from __future__ import annotations

import re
from functools import lru_cache

from icli import gazetteer
from icli.extract.countries import extract_countries_fr
from icli.extract.mention import Mention
from icli.extract.patterns import (
    CAPITAL,
    CAPITALS,
    MAX_MENTIONS,
    by_first_letter,
    overlaps,
    trie_pattern,
    word_starts,
)
from icli.identity import (
    ARABIC_MARKS,
    ARABIC_WORD,
    arabic_fold,
    arabic_word_key,
    head_by_role_key,
    name_norm,
    people_in_article,
    person_key,
)

_HONORIFIC = by_first_letter(gazetteer.HONORIFIC_WORDS) + r"\s+"
# An honorific that starts a word (checked by word_starts: not after a letter or a dot).
_HONORIFIC_CHAIN = re.compile(_HONORIFIC + f"(?:{_HONORIFIC})*" + rf"(?={CAPITAL}|al-|el-)")
_ROLE_WORD = trie_pattern(gazetteer.ROLE_WORDS)
_ROLE_START = re.compile(rf"^(?:(?:the|a|an|former|ICESCO|ICESCO’s|ICESCO's)\s+)*{_ROLE_WORD}\b")
_ROLE_END = re.compile(
    r",\s+(?=[a-z])|,\s+(?:and|who|which)\b|,\s+(?=(?:Dr|Mr|Ms|Mrs|Prof|Eng|Amb|H\.\s?E|HH)\b)"
    r"|;|\.\s|\.$|\s\((?![A-Z]{2,}\))|$"
)
_TOKEN = re.compile(r"\S+")
# "Leyla Hasanova, Head of ...": found from the role backwards (roles are rarer than capitals).
_COMMA_ROLE = re.compile(
    r",\s+(?=(?:(?:the|a|an|former|ICESCO|ICESCO’s)\s+)?" + _ROLE_WORD + r"\b)"
)
_NAME_WORD = rf"{CAPITAL}(?:[\w’'\-]+|\.)"  # a word or an initial
_NAME_BEFORE = re.compile(
    rf"(?<![\w.’'-])({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|"
    r"bin|bint|ibn|al|el|Al|El|Ould|ould|de|van|Abu|Abd)){1,5})$"
)
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")
# "the Director-General", "ICESCO Director General", "DG": ICESCO's head, named or not.
_BARE_HEAD = re.compile(  # look-behinds after the first word: a literal start scans fast
    r"Director(?<!Deputy Director)(?<!Assistant Director)(?<!to the Director)[\s-]+General\b"
    r"(?!\s+of\s+(?!ICESCO|ISESCO|the Organi[sz]ation))|DG(?<!\wDG)\b"
)


def _is_initial(token: str) -> bool:
    """'M.', as in 'Salim M. AlMalik'."""
    return len(token) == 2 and token[1] == "." and token[0] in CAPITALS


def _name_at(text: str, start: int) -> tuple[str, int]:
    """The person's name that starts at `start` and where it ends; '' when none does."""
    words: list[str] = []
    end = start
    for match in _TOKEN.finditer(text, start, min(len(text), start + 160)):
        token = match.group()
        if _is_initial(token):
            words.append(token)
            end = match.end()
            continue
        core = token.rstrip(",.;:)”\"!?")
        stop = core != token
        for suffix in ("’s", "'s"):
            if core.endswith(suffix):
                core, stop = core[: -len(suffix)], True
        lowered = core.casefold()
        if lowered in gazetteer.NAME_PARTICLES or core[:3] in ("al-", "el-") and core[3:4] in CAPITALS:
            words.append(core)
        elif core[:1] in CAPITALS and core not in gazetteer.NOT_NAME_WORDS and not core.isupper():
            words.append(core)
        elif core[:1] in CAPITALS and core.isupper() and len(core) <= 2 and core not in ("HE",):
            words.append(core)  # "Mohammed VI", a short capital in a name
        else:
            break
        end = match.start() + len(core)
        if stop:
            break
    while words and words[-1].casefold() in gazetteer.NAME_PARTICLES:
        words.pop()
    while words and words[0].casefold() in gazetteer.NAME_START_NOT:
        words.pop(0)
    name = " ".join(words)
    return (name, end) if _TWO_LETTERS.search(name) else ("", start)


def _role_after(text: str, end: int) -> str | None:
    """The role given right after a name: 'Dr. X, Director-General of ICESCO, met ...'."""
    rest = text[end : end + 300]
    if not rest.startswith(", "):
        return None
    rest = rest[2:]
    if not _ROLE_START.match(rest):
        return None
    stop = _ROLE_END.search(rest)
    role = rest[: stop.start() if stop else len(rest)].strip(" ,")
    return normalize_role(role) if 3 <= len(role) <= 160 else None


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
        name, end = _name_at(text, match.end())
        if not name:
            continue
        taken.append((match.start(), end))
        named_after = _NAMED_AFTER.match(text, end)
        if named_after and _BODY_NAMERS.search(match.group()):  # a body named after a sheikh
            body = text[match.start() : named_after.end()]
            found.append(Mention("partner", name_norm(body), body, None, None, body,
                                 match.start(), named_after.end()))
        if named_after or any(w in gazetteer.PLACE_WORDS for w in name.split()):
            continue  # "Sheikh X for Scientific Excellence", "King Abdullah Economic City"
        role = _role_after(text, end) or _honorific_role(match.group())
        found.append(Mention("person", person_key(name), name, None, role, name, match.start(), end))
    for comma in _COMMA_ROLE.finditer(text):
        if len(found) >= MAX_MENTIONS:
            break
        match = _NAME_BEFORE.search(text, last_words(text, max(0, comma.start() - 90),
                                                     comma.start()), comma.start())
        if match is None or overlaps(match.start(1), taken):
            continue
        words = match.group(1).split()
        while words and words[0] in gazetteer.NOT_NAME_WORDS:
            words.pop(0)
        if len(words) < 2 or any(w in gazetteer.NOT_NAME_WORDS or w.isupper() and len(w) > 2
                                 for w in words):
            continue
        name = " ".join(words)
        if name in gazetteer.country_names():
            continue
        role = _role_after(text, match.end(1))
        found.append(Mention("person", person_key(name), name, None, role, name,
                             match.end(1) - len(name), match.end(1)))
    for listed in _COUNTRY_FOR.finditer(text):
        if len(found) >= MAX_MENTIONS:
            break
        if not gazetteer.country_phrases().get(tuple(
                re.findall(r"[\w']+", listed.group(1).replace("’", "'")))):
            continue
        match = _NAME_BEFORE.search(text, last_words(text, max(0, listed.start() - 90),
                                                     listed.start()), listed.start())
        if match is None or overlaps(match.start(1), taken):
            continue
        words = match.group(1).split()
        if not 2 <= len(words) <= 4 or any(w in gazetteer.NOT_NAME_WORDS or w.isupper()
                                           or w in gazetteer.PLACE_WORDS for w in words):
            continue
        name = " ".join(words)
        found.append(Mention("person", person_key(name), name, None, None, name,
                             match.start(1), match.end(1)))
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


def last_words(text: str, start: int, end: int) -> int:
    """Where the last six words of text[start:end] begin (words as split by whitespace).

    A _NAME_BEFORE match is at most six words separated by spaces, so it starts there or
    later: searching from there finds the same match, with fewer positions tried.
    """
    window = text[start:end]
    before = window.rsplit(None, 6)
    if len(before) < 7:
        return start
    rest = window[len(before[0]) :]
    return end - len(rest.lstrip())


def head_by_role(text: str, people: list[Mention]) -> list[Mention]:
    """A mention of ICESCO's Director-General by role alone, when the article names nobody in
    that role; the writer links it to whoever held the role nearest the article's date."""
    if any(m.role in gazetteer.OWN_HEAD_ROLES for m in people) or not _BARE_HEAD.search(text):
        return []
    return [Mention("person", head_by_role_key(), "", None, gazetteer.OWN_HEAD_ROLES[0],
                    "Director-General")]


# --- French ------------------------------------------------------------------------------------

_HONORIFIC_CHAIN_FR = re.compile(
    "(?:" + by_first_letter(gazetteer.HONORIFIC_WORDS_FR) + r"\s+)+" + rf"(?={CAPITAL})")
_ROLE_START_FR = re.compile(
    r"(?:(?:le|la|l’|l')\s*)?(" + trie_pattern(sorted(gazetteer.ROLE_WORDS_FR)) + r")(?![\w-])",
    re.IGNORECASE)
_ROLE_END_FR = re.compile(r",|;|\.\s|\.$|\s\((?![A-Z]{2,}\))|\n|$")
# "le Directeur général" (not "adjoint"): ICESCO's head, named or not.
_BARE_HEAD_FR = re.compile(r"Directeur général(?! adjoint)(?!\s+d[eu’']\s*(?!l’ICESCO|l’ISESCO|"
                           r"l’Organisation)\S)", re.IGNORECASE)
_OWN_HEAD_ROLE_FR = re.compile(r"^Directeur général de l’(?:ICESCO|ISESCO|Organisation)\b",
                               re.IGNORECASE)


def _role_after_fr(text: str, end: int) -> str | None:
    """The role given after a name in French: "M. X, ministre de l’Éducation, a reçu …"."""
    rest = text[end : end + 300]
    if not rest.startswith(", ") or not _ROLE_START_FR.match(rest, 2):
        return None
    stop = _ROLE_END_FR.search(rest, 2)
    role = rest[2 : stop.start() if stop else len(rest)].strip()
    return role if 3 <= len(role) <= 200 else None


def extract_people_fr(text: str, skip: list[tuple[int, int]]) -> list[Mention]:
    """Named people of a French text, with their role: after an honorific (Dr, M., Mme, S.E.,
    S.E.M., Pr) with the role given after the name, or after their role and a comma ("le
    ministre des Affaires étrangères, Nasser Bourita"); one mention per identity."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    reached = 0
    for match in word_starts(_HONORIFIC_CHAIN_FR, text, "."):
        if match.start() < reached or overlaps(match.start(), skip):
            continue
        name, end = _name_at(text, match.end())
        if not name:
            continue
        reached = end
        taken.append((match.start(), end))
        found.append(Mention("person", person_key(name), name, None, _role_after_fr(text, end),
                             name, match.start(), end))
    for match in word_starts(_ROLE_THEN_NAME_FR, text):
        if len(found) >= MAX_MENTIONS:
            break
        name, end = _name_at(text, match.end())
        if (len(name.split()) < 2 or overlaps(match.end(), taken) or overlaps(match.end(), skip)
                or any(w in gazetteer.NOT_NAME_WORDS or w.isupper() and len(w) > 2
                       for w in name.split())
                or _fr_country(name)):
            continue
        role = match.group("role").strip()
        found.append(Mention("person", person_key(name), name, None, role, name, match.end(), end))
    return people_in_article(sorted(found, key=lambda m: m.start))  # type: ignore[arg-type,return-value]


# "le ministre des Affaires étrangères, Nasser Bourita": a role, a comma, then the name.
_ROLE_THEN_NAME_FR = re.compile(
    r"(?:(?:le|la|l’|l')\s*)?(?P<role>(?:" + trie_pattern(sorted(gazetteer.ROLE_WORDS_FR))
    + rf")(?![\w-])[^,.;:\n()]{{0,120}}),\s+(?={CAPITAL})", re.IGNORECASE)


def _fr_country(name: str) -> bool:
    """Whether a French phrase is a country's name ("Royaume du Maroc")."""
    return any(m.start == 0 and m.end == len(name) for m in extract_countries_fr(name))


def head_by_role_fr(text: str, people: list[Mention]) -> list[Mention]:
    """ICESCO's Director-General by role alone in French ("le Directeur général de l’ICESCO"),
    when the article names nobody in that role."""
    if any(m.role and _OWN_HEAD_ROLE_FR.match(m.role) for m in people):
        return []
    if not _BARE_HEAD_FR.search(text):
        return []
    return [Mention("person", head_by_role_key(), "", None, gazetteer.OWN_HEAD_ROLES[0],
                    "Directeur général")]


# --- Arabic ------------------------------------------------------------------------------------

_HONORIFIC_CHAIN_AR = re.compile(
    r"(?<![\w.])و?(?:(?:" + "|".join(re.escape(w) for w in sorted(gazetteer.HONORIFIC_WORDS_AR,
                                                                  key=len, reverse=True))
    + r")\s+)+")
_PARTICLES_AR = {"بن", "بنت", "ابن", "ال", "عبد", "أبو", "ابو"}
_NAME_LIMIT_AR = 5


def _name_at_ar(text: str, start: int) -> tuple[str, int]:
    """The Arabic name that starts at `start` and where it ends ('' when none): words up to a
    comma, a role word or a preposition; a word with the article ends it ("المالك")."""
    words: list[re.Match[str]] = []
    position = start
    finished = False
    while len(words) <= _NAME_LIMIT_AR:
        match = ARABIC_WORD.match(text, position)
        if match is None:
            finished = True
            break
        key = arabic_word_key(match.group())
        raw = arabic_fold(match.group())
        bare = ARABIC_MARKS.sub("", match.group())
        if (raw in gazetteer.NAME_STOPS_AR or key in gazetteer.NAME_STOPS_AR
                or key in gazetteer.ROLE_WORDS_AR and words and match.group() not in _PARTICLES_AR):
            finished = True
            break
        words.append(match)
        gap = re.match(r"[ \u00a0]+", text[match.end() :])
        if bare.startswith("ال") and not (len(words) > 1 and words[-2].group() in _PARTICLES_AR):
            finished = True  # "المالك" ends a name, "الإله" after "عبد" does not
            break
        if gap is None:
            finished = True
            break
        position = match.end() + gap.end()
    if not finished:
        words = words[:2]
    while words and words[-1].group() in _PARTICLES_AR:
        words.pop()
    if not words:
        return "", start
    return text[words[0].start() : words[-1].end()], words[-1].end()


def _role_after_ar(text: str, end: int) -> str | None:
    """The role given after an Arabic name: "…، وزيرة الثقافة في المملكة …،"."""
    rest = re.match(r"\s*[،,]\s*", text[end : end + 5])
    if rest is None:
        return None
    start = end + rest.end()
    first = ARABIC_WORD.match(text, start)
    if first is None or arabic_word_key(first.group()) not in gazetteer.ROLE_WORDS_AR:
        return None
    stop = re.compile(r"[،,.؛;\n(]").search(text, start, start + 200)
    role = text[start : stop.start() if stop else min(len(text), start + 200)].strip()
    return role or None


def _is_own_head_ar(role: str | None) -> bool:
    """Whether an Arabic role is ICESCO's head ("المدير العام للإيسيسكو", not its deputy)."""
    keys = [arabic_word_key(w) for w in ARABIC_WORD.findall(role or "")]
    return keys[:2] == list(gazetteer.OWN_HEAD_AR)


def extract_people_ar(text: str, skip: list[tuple[int, int]]) -> list[Mention]:
    """Named people of an Arabic text (after an honorific: الدكتور، معالي، السيد …), with the
    role given after their name; one mention per identity."""
    found: list[Mention] = []
    for match in _HONORIFIC_CHAIN_AR.finditer(text):
        if overlaps(match.start(), skip):
            continue
        name, end = _name_at_ar(text, match.end())
        if not name:
            continue
        found.append(Mention("person", person_key(name), name, None, _role_after_ar(text, end),
                             name, match.start(), end))
    return people_in_article(found)  # type: ignore[arg-type,return-value]


def head_by_role_ar(text: str, people: list[Mention]) -> list[Mention]:
    """ICESCO's Director-General by role alone in Arabic ("المدير العام للإيسيسكو", not
    "نائب المدير العام"), when the article names nobody in that role."""
    if any(_is_own_head_ar(m.role) for m in people):
        return []
    words = [arabic_word_key(w) for w in ARABIC_WORD.findall(text)]
    head = list(gazetteer.OWN_HEAD_AR)
    if not any(words[i : i + 2] == head and (i == 0 or words[i - 1] != "نايب")
               for i in range(len(words) - 1)):
        return []
    return [Mention("person", head_by_role_key(), "", None, gazetteer.OWN_HEAD_ROLES[0],
                    "المدير العام")]
