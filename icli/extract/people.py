"""People named in an article's text, with the role the text gives them."""

from __future__ import annotations

import re
from functools import lru_cache

from icli.extract import gazetteer
from icli.extract.countries import extract_countries_fr
from icli.extract.identity import (
    head_by_role_key,
    is_own_head_role,
    people_in_article,
    person_key,
)
from icli.extract.mention import Mention
from icli.extract.patterns import (
    CAPITAL,
    CAPITALS,
    MAX_MENTIONS,
    Spans,
    by_first_letter,
    overlaps,
    trie_pattern,
    word_starts,
)
from icli.text.normalize import (
    ARABIC_MARKS,
    ARABIC_WORD,
    arabic_fold,
    arabic_marks_optional,
    arabic_word_key,
    name_norm,
)

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
_TOKEN = re.compile(r"\S+")
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
_ROLE_WORDS_SPLIT = re.compile(r"\S+")
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
    for country in gazetteer.country_names():
        if " " in country:
            table.setdefault(country[:4].casefold(), []).append(country)
    return table


def _misspelt_country(name: str) -> bool:
    """Whether a name of two words or more is spelled almost as a country's ("Burkina Fasso")."""
    import difflib

    near = _countries_by_first_letters().get(name[:4].casefold(), [])
    return " " in name and any(
        difflib.SequenceMatcher(None, name.casefold(), country.casefold()).ratio() >= 0.85
        for country in near)


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
    for word in _ROLE_WORDS_SPLIT.finditer(role):
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
        name, end = _name_at(text, match.end())
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
        before = _words_before(text, comma.start(), taken)
        if before is None:
            continue
        words, _, name_end = before
        while words and words[0] in gazetteer.NOT_NAME_WORDS:
            words.pop(0)
        if len(words) < 2 or any(w in gazetteer.NOT_NAME_WORDS or w.isupper() and len(w) > 2
                                 for w in words):
            continue
        name = " ".join(words)
        if name in gazetteer.country_names() or not_a_person(name):
            continue
        role = _role_after(text, name_end)
        found.append(Mention("person", person_key(name), name, None, role, name,
                             name_end - len(name), name_end, rule="person.en.name-comma-role"))
    winners = _COUNTRY_FOR.finditer(text) if ", for " in text else ()  # most texts list none
    for listed in winners:
        if len(found) >= MAX_MENTIONS:
            break
        if not gazetteer.country_phrases().get(tuple(
                re.findall(r"[\w']+", listed.group(1).replace("’", "'")))):
            continue
        before = _words_before(text, listed.start(), taken)
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
    return people_in_article(ordered) + bodies


# After a name, "for" and capitalized words: an organization or prize named after that person.
_NAMED_AFTER = re.compile(
    rf"\s+for(?:\s+(?:{CAPITAL}[\w’'\-]+|and|of|the)){{1,8}}(?<!\sand)(?<!\sof)(?<!\sthe)")
# Titles whose bearers give their names to bodies ("the Sheikh X for Scientific Excellence").
_BODY_NAMERS = re.compile(r"Sheikh|Shaikh|King|Prince|Emir|Sultan")
# "Amina Bello, Nigeria, for her series …": a winner listed with a country, no honorific.
_COUNTRY_FOR = re.compile(r", ([A-Z][\w’' -]{2,40}), for (?:his|her|their) ")


def _words_before(text: str, position: int, taken: list[tuple[int, int]]
                  ) -> tuple[list[str], int, int] | None:
    """The capitalized words of a name ending right before `position` (searched in its last six
    words within 90 characters), where they start and end; None if none, or inside a `taken`
    span."""
    match = _NAME_BEFORE.search(text, last_words(text, max(0, position - 90), position), position)
    if match is None or overlaps(match.start(1), taken):
        return None
    return match.group(1).split(), match.start(1), match.end(1)


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
    that role (identity.is_own_head_role: "ISESCO Director General" too); the linker links it
    to whoever held the role on the article's date."""
    if any(is_own_head_role(m.role) for m in people) or not _BARE_HEAD.search(text):
        return []
    return [Mention("person", head_by_role_key(), "", None, gazetteer.OWN_HEAD_ROLES[0],
                    "Director-General", rule="person.en.role-alone")]


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
    role = _noun_phrase_fr(rest[2 : stop.start() if stop else len(rest)]).strip()
    return role if 3 <= len(role) <= 200 else None


# Words that end a French role's noun phrase: verbs, days, time and company ("s’est entretenu
# mardi avec"), lower case.
_ROLE_STOPS_FR = {"a", "ont", "est", "sont", "était", "avait", "sera", "se", "lundi", "mardi",
                  "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd’hui",
                  "aujourd'hui", "avec", "lors", "qui", "que", "dont", "ce", "cette", "mais",
                  "ainsi", "accompagné", "accompagnée", "reçu", "reçoit"}


def _noun_phrase_fr(role: str) -> str:
    """A French role up to its sentence's verb, day or company ("Directeur général de l’ICESCO
    s’est entretenu mardi" → "Directeur général de l’ICESCO")."""
    for word in _ROLE_WORDS_SPLIT.finditer(role):
        token = word.group()
        if token in _ROLE_STOPS_FR or token.startswith(("s’", "s'", "n’", "n'")):
            return role[: word.start()]
    return role


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
                             name, match.start(), end, rule="person.fr.honorific"))
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
        found.append(Mention("person", person_key(name), name, None, role, name, match.end(), end, rule="person.fr.role-comma-name"))
    if ", " in text:
        found.extend(_names_then_roles_fr(text, taken + [(m.start, m.end) for m in found] + skip))
    return people_in_article(sorted(found, key=lambda m: m.start))


# "Alaa Shalaby, Président de l’Organisation …": a name with no honorific, a comma, its role.
_COMMA_ROLE_FR = re.compile(
    r",\s+(?=(?:(?:le|la|l’|l')\s*)?(?:" + trie_pattern(sorted(gazetteer.ROLE_WORDS_FR))
    + r")(?![\w-]))", re.IGNORECASE)


def _names_then_roles_fr(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """French people named with no honorific and their role after a comma: two to four
    capitalized words, none an organization's or an event's head, nor a country."""
    found: list[Mention] = []
    for comma in _COMMA_ROLE_FR.finditer(text):
        before = _words_before(text, comma.start(), taken)
        if before is None:
            continue
        words, start, end = before
        if overlaps(end - 1, taken) or "\n" in text[start:end]:
            continue  # named with an honorific already, or across a title's end
        if not 2 <= len(words) <= 4 or any(
                w in gazetteer.NOT_NAME_WORDS or w.isupper() and len(w) > 2
                or w.casefold() in gazetteer.ORG_HEADS_FR
                or w.casefold() in gazetteer.NOT_PARTNER_HEADS_FR for w in words):
            continue
        name = " ".join(words)
        if _fr_country(name):
            continue
        found.append(Mention("person", person_key(name), name, None, _role_after_fr(text, end),
                             name, start, end, rule="person.fr.name-comma-role"))
    return found


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
                    "Directeur général", rule="person.fr.role-alone")]


# --- Arabic ------------------------------------------------------------------------------------

_HONORIFIC_CHAIN_AR = re.compile(
    r"(?<![\w.])و?(?:(?:" + "|".join(arabic_marks_optional(w) for w in sorted(
        gazetteer.HONORIFIC_WORDS_AR, key=len, reverse=True))
    + r")\s+)+")  # short vowels on an honorific ("الدكتورُ") change nothing
_PARTICLES_AR = {"بن", "بنت", "ابن", "ال", "عبد", "أبو", "ابو", "ولد"}
_NAME_LIMIT_AR = 5
# A word of a name: Arabic letters, or words joined by hyphens ("ليم-جاي").
_NAME_TOKEN_AR = re.compile(f"{ARABIC_WORD.pattern}(?:-{ARABIC_WORD.pattern})*")
_CLAUSE_END_AR = re.compile(r"[،,.؛;:\n()\[\]«»\"!?؟]")
_ROLE_SCAN_AR = 12  # words of a role phrase read before the name that follows it
_NAME_GAP_AR = re.compile(r"[ \u00a0]+")
_REGNAL_AFTER_AR = re.compile(rf"[ \u00a0]+({ARABIC_WORD.pattern})")
_THAT_AR = {"ان", "انه", "بان"}  # "قال الوزير … إن": what he said follows the name


def _is_stop_ar(word: str) -> bool:
    """Whether an Arabic word ends a name: a preposition or adverb (compared as written with its
    alef maqsura, so the name "علي" is not the preposition "على"), or a verb."""
    bare = ARABIC_MARKS.sub("", word)
    key, raw = arabic_word_key(word), arabic_fold(word)
    if bare in gazetteer.NAMES_NOT_STOPS_AR:
        return False
    return (_is_verb_ar(word) or bare[:1] == "و" and bare[1:] in gazetteer.PREPOSITIONS_AR
            or raw in gazetteer.NAME_STOPS_AR or key in gazetteer.NAME_STOPS_AR)


def _is_verb_ar(word: str) -> bool:
    """Whether an Arabic word is one of the verbs news sentences open with, also after "و"
    (never with the article: "البحث" is no verb)."""
    key = arabic_word_key(word)
    return key == arabic_fold(word) and (
        key in gazetteer.VERBS_AR or key[:1] == "و" and key[1:] in gazetteer.VERBS_AR)


def _definite(word: str) -> bool:
    """Whether an Arabic word carries the article ("المغرب", "للشؤون", "بالرباط")."""
    return arabic_word_key(word) != arabic_fold(word)


@lru_cache(maxsize=1)
def _country_words_ar() -> frozenset[str]:
    """Every word key of an Arabic country name or demonym (ambiguous ones included)."""
    words = {arabic_word_key(w) for name in gazetteer.country_names_ar_written()
             for w in ARABIC_WORD.findall(name)}
    return frozenset(words | set(gazetteer.demonyms_fr_ar()["ar"]) | {
        arabic_word_key(form) for form in gazetteer.demonyms_written()["ar"]})


def _not_a_name_word(word: str) -> bool:
    """A word that is never part of a person's name: a role, an organization's head, a country
    or a demonym, a stop word or a verb."""
    key = arabic_word_key(word)
    glued = key[1:] if key[:1] in "بل" else ""
    return (_is_stop_ar(word) or _with_preposition(word) or key in gazetteer.ROLE_WORDS_AR
            or key in gazetteer.ORG_HEADS_AR
            or key in _country_words_ar() or glued in gazetteer.ORG_HEADS_AR
            or glued in gazetteer.ROLE_WORDS_AR or key in gazetteer.STATE_WORDS_AR
            or key in gazetteer.ROLE_PLACES_AR)


def _name_at_ar(text: str, start: int) -> tuple[str, int]:
    """The Arabic name that starts at `start` and where it ends ('' when none): words up to a
    comma, a role word, a preposition or a verb; a word with the article ends it ("المالك"),
    except "الدين" after a first name ("نور الدين") and a word after a particle ("عبد الإله")."""
    words: list[re.Match[str]] = []
    position = start
    finished = False
    while len(words) <= _NAME_LIMIT_AR:
        match = _NAME_TOKEN_AR.match(text, position)
        if match is None:
            finished = True
            break
        key = arabic_word_key(match.group())
        bare = ARABIC_MARKS.sub("", match.group())
        if (_is_stop_ar(match.group()) or _with_preposition(match.group())
                or key in gazetteer.ROLE_WORDS_AR and words and match.group() not in _PARTICLES_AR):
            finished = True
            break
        words.append(match)
        gap = _NAME_GAP_AR.match(text, match.end())
        compound = len(words) == 2 and key == "دين"  # "سعد الدين", "نور الدين"
        if (bare.startswith("ال") and not compound
                and not (len(words) > 1 and words[-2].group() in _PARTICLES_AR)):
            finished = True  # "المالك" ends a name, "الإله" after "عبد" does not
            regnal = _REGNAL_AFTER_AR.match(text, match.end())
            if regnal and arabic_word_key(regnal.group(1)) in gazetteer.REGNAL_AR:
                words.append(regnal)  # "الحسن الثاني"
            break
        if gap is None:
            finished = True
            break
        position = gap.end()
    if not finished:
        words = words[:2]
    while words and words[-1].group() in _PARTICLES_AR:
        words.pop()
    if not words:
        return "", start
    return text[words[0].start() : words[-1].end()], words[-1].end()


def _role_after_ar(text: str, end: int) -> str | None:
    """The role given after an Arabic name: after a comma up to the clause's end ("…، وزيرة
    الثقافة في المملكة …،"), else the role word and its complement ("فؤاد المنصوري رئيس
    الحكومة التونسية أمس" → "رئيس الحكومة التونسية")."""
    rest = re.match(r"[ \u00a0]*([،,]?)[ \u00a0]*", text[end : end + 5])
    start = end + rest.end() if rest else end
    first = ARABIC_WORD.match(text, start)
    if first is None or start == end or not _role_word_ar(first.group()):
        return None
    if rest and rest.group(1):  # "…، وزيرة الثقافة في المملكة …،": up to the clause's end
        stop = _CLAUSE_END_AR.search(text, start, start + 200)
        return _role_clause_ar(text[start : stop.start() if stop else min(len(text), start + 200)])
    words = list(ARABIC_WORD.finditer(text, start, min(len(text), start + 200)))
    return text[start : words[_role_end_ar(text, words, 0)].end()]


# Words that end a role's clause: the place and time of the sentence ("بمقر المنظمة اليوم
# الأربعاء"), as folded keys.
_ROLE_STOPS_AR = {"بمقر", "مقر", "يوم", "امس", "غدا", "احد", "اثنين", "ثلاثاء", "اربعاء",
                  "خميس", "جمعه", "سبت", "صباح", "مساء", "خلال", "اثناء", "حيث"}


def _role_clause_ar(role: str) -> str:
    """An Arabic role up to the place, time or verb of its sentence, if any ("المدير العام
    للإيسيسكو بمقر المنظمة اليوم" → "المدير العام للإيسيسكو")."""
    for n, word in enumerate(ARABIC_WORD.finditer(role)):
        if n and (arabic_word_key(word.group()) in _ROLE_STOPS_AR or _is_verb_ar(word.group())):
            return role[: word.start()].strip()
    return role.strip()


def _role_before_ar(text: str, start: int) -> str | None:
    """The role written right before a name in the same clause ("برئاسة وزير التربية الوطنية
    الدكتور …"): from the last role word before `start`, with no verb or stop word between."""
    clause = text[max(0, start - 200) : start]
    cut = max(clause.rfind(c) for c in "،,.؛;:\n()")
    clause = clause[cut + 1 :]
    words = list(ARABIC_WORD.finditer(clause))
    for n in range(len(words) - 1, -1, -1):
        word = words[n].group()
        if _role_word_ar(word):
            role = clause[words[n].start() :].strip()
            return role if len(role) > 2 else None
        if _is_stop_ar(word) and arabic_fold(word) not in gazetteer.ROLE_LINKS_AR:
            return None
    return None


def _is_own_head_ar(role: str | None) -> bool:
    """Whether an Arabic role is ICESCO's head ("المدير العام للإيسيسكو", not its deputy)."""
    keys = [arabic_word_key(w) for w in ARABIC_WORD.findall(role or "")]
    return keys[:2] == list(gazetteer.OWN_HEAD_AR)


def _honorific_role_ar(chain: str) -> str | None:
    """The role an honorific itself gives ("جلالة الملك" → "الملك")."""
    words = [w for w in chain.split() if w.removeprefix("و") in gazetteer.HONORIFIC_ROLES_AR]
    return words[-1].removeprefix("و") if words else None


def _role_word_ar(word: str) -> bool:
    """Whether a word starts a role ("وزير", "المستشار", "والي"; not "وإلى", nor "للمدير":
    a role after a preposition is someone's named elsewhere)."""
    return (arabic_word_key(word) in gazetteer.ROLE_WORDS_AR and not _is_stop_ar(word)
            and not _with_preposition(word))


def _with_preposition(word: str) -> bool:
    """Whether a word carries a glued preposition and the article ("للإيسيسكو", "بالرباط"):
    never a word of a name."""
    bare = ARABIC_MARKS.sub("", word)
    return len(bare) > 4 and bare.startswith(("لل", "بال", "وبال", "ولل"))  # not "للا مريم"


def _in_role_ar(word: str, after_link: bool) -> bool:
    """Whether a word after a role word still belongs to the role's complement: it carries the
    article, is a country, a state word, an organization's head (also glued to ب/ل), a
    preposition of the role ("لدى") or the word right after one."""
    key = arabic_word_key(word)
    glued = key[1:] if key[:1] in "بل" else ""
    if _is_stop_ar(word) and arabic_fold(word) not in gazetteer.ROLE_LINKS_AR:
        return False
    return (after_link or _definite(word) or key in gazetteer.ROLE_WORDS_AR
            or arabic_fold(word) in gazetteer.ROLE_LINKS_AR or key in _country_words_ar()
            or key in gazetteer.STATE_WORDS_AR or key in gazetteer.ORG_HEADS_AR
            or glued in gazetteer.ORG_HEADS_AR or glued in gazetteer.STATE_WORDS_AR
            or glued in gazetteer.ROLE_WORDS_AR)


def _role_end_ar(text: str, words: list[re.Match[str]], index: int) -> int:
    """The index of the last word of the role that starts at words[index]: its complement runs
    through words with the article, countries, organizations, the objects of its prepositions
    ("لدى المغرب"), and to the clause's end after a place ("والي جهة فاس مكناس"); a word glued
    to "و" and followed by a name particle starts another person ("والياس بن عمر")."""
    last, after_link, place = index, False, False
    for j in range(index + 1, min(len(words), index + _ROLE_SCAN_AR)):
        current = words[j].group()
        if _CLAUSE_END_AR.search(text, words[j - 1].end(), words[j].start()):
            break
        if place and not _is_stop_ar(current):
            last = j
            continue
        following = words[j + 1].group() if j + 1 < len(words) else ""
        glued_complement = current[:1] in "لب" and following and _definite(following)
        if not (_in_role_ar(current, after_link) or glued_complement):
            break  # "لشؤون الإعلام", "بمنظمة التعاون": a complement glued to ل or ب stays
        if current[:1] == "و" and j + 1 < len(words) and words[j + 1].group() in _PARTICLES_AR:
            break
        after_link = arabic_fold(current) in gazetteer.ROLE_LINKS_AR
        place = place or arabic_word_key(current) in gazetteer.ROLE_PLACES_AR
        last = j
    return last


def _ends_clause_ar(text: str, end: int) -> bool:
    """Whether a name ending at `end` is followed by the end of its clause: punctuation (not
    the end of a line), a verb, "إن/أن" or a word glued to "و" (not a preposition: "آفاق
    التعاون في")."""
    following = re.match(r"[ \u00a0]*", text[end : end + 40])
    position = end + (following.end() if following else 0)
    if position >= len(text) or text[position] == "\n":
        return False  # a title's last words are its subject, not a name
    if _CLAUSE_END_AR.match(text, position):
        return True
    word = ARABIC_WORD.match(text, position)
    if word is None:
        return False
    key = arabic_word_key(word.group())
    return (_is_verb_ar(word.group()) or key in _THAT_AR or word.group()[:1] == "و"
            and ARABIC_MARKS.sub("", word.group())[1:] not in gazetteer.PREPOSITIONS_AR)


def _names_after_roles_ar(text: str, words: list[re.Match[str]], taken: Spans) -> list[Mention]:
    """People named right after their role, with no comma or honorific ("سفير جمهورية مالي لدى
    المغرب محمد محمود بن لابات،"): the role's complement runs through words with the article,
    countries, organizations and the objects of its prepositions; the name is the words after
    it, when they end the clause."""
    found: list[Mention] = []
    for index, word in enumerate(words):
        if not _role_word_ar(word.group()) or word.start() in taken:
            continue
        last = _role_end_ar(text, words, index)
        j = last + 1
        if j >= len(words) or j >= index + _ROLE_SCAN_AR or _not_a_name_word(words[j].group()):
            continue
        if _CLAUSE_END_AR.search(text, words[j - 1].end(), words[j].start()):
            continue
        name, end = _name_at_ar(text, words[j].start())
        if len(name.split()) < 2 or not _ends_clause_ar(text, end):
            continue
        if any(_not_a_name_word(w) for w in name.split()):
            continue
        if last > index and arabic_word_key(words[last - 1].group()) in gazetteer.ORG_HEADS_AR:
            continue  # "رئيس جامعة القاضي عياض": the organization's name goes on, no person
        role = text[word.start() : words[last].end()]
        found.append(Mention("person", person_key(name), name, None, role, name,
                             words[j].start(), end, rule="person.ar.role-then-name"))
    return found


def _names_before_roles_ar(text: str, words: list[re.Match[str]], taken: Spans) -> list[Mention]:
    """People named first with their role after, no honorific ("استقبل فؤاد المنصوري رئيس
    الحكومة", "الحبيب الصيد، رئيس …", "والياس بن عمر المستشار …"): two to four name words
    right before a role word, after the start of a clause, a verb or "و"."""
    found: list[Mention] = []
    for index, word in enumerate(words):
        if not _role_word_ar(word.group()) or index < 2 or word.start() in taken:
            continue
        gap = text[words[index - 1].end() : word.start()]
        if gap.strip() not in ("", "،", ","):
            continue
        first = None
        n = index - 1
        while n >= 0 and index - n <= 4:
            current = words[n].group()
            between = text[words[n].end() : words[n + 1].start()] if n < index - 1 else ""
            if between.strip() not in ("", "-"):
                break
            if n and text[words[n - 1].end() : words[n].start()] == "-":
                n -= 1  # "جون-هو": the second half of one word of a name
                continue
            glued_and = (current[:1] == "و" and not _not_a_name_word(current)
                         and not _not_a_name_word(current[1:]))
            if _not_a_name_word(current) and not glued_and:
                break
            if glued_and:
                first = n
                break
            before = text[words[n - 1].end() : words[n].start()] if n else "\n"
            hyphened = n > 1 and text[words[n - 2].end() : words[n - 1].start()] == "-"
            opens = n == 0 or _CLAUSE_END_AR.search(before) is not None or (
                _is_stop_ar(words[n - 1].group()) and not hyphened)
            if _definite(current) and n != index - 1 and not opens:
                break
            if opens:
                first = n
                break
            n -= 1
        if first is None:
            continue
        start = words[first].start() + (1 if words[first].group()[:1] == "و" else 0)
        end = words[index - 1].end()
        name = text[start:end]
        if not 2 <= len(name.split()) <= 4 or start in taken or " " not in name:
            continue
        if any(_is_stop_ar(w) for w in name.split()):
            continue
        found.append(Mention("person", person_key(name), name, None, _role_after_ar(text, end),
                             name, start, end, rule="person.ar.honorific"))
    return found


def extract_people_ar(text: str, skip: list[tuple[int, int]]) -> list[Mention]:
    """Named people of an Arabic text, with their role: after an honorific (الدكتور، معالي،
    السيد، السفير، جلالة الملك …), right after their role ("سفير … لدى المغرب محمد …"), or
    first with their role after ("فؤاد المنصوري رئيس الحكومة"); one mention per identity."""
    found: list[Mention] = []
    taken = Spans(skip)
    for match in _HONORIFIC_CHAIN_AR.finditer(text):
        if len(found) >= MAX_MENTIONS:
            break
        if match.start() in taken:
            continue
        name, end = _name_at_ar(text, match.end())
        if not name or " " not in name and (_not_a_name_word(name) or _honorific_role_ar(
                match.group()) and not _definite(name)):
            continue  # "السفير الكويتي", "السفير أوراقه": no name after a word such as السفير
        role = (_role_after_ar(text, end) or _role_before_ar(text, match.start())
                or _honorific_role_ar(match.group()))
        found.append(Mention("person", person_key(name), name, None, role, name,
                             match.start(), end, rule="person.ar.name-then-role"))
        taken.add(match.start(), end)
    words = list(ARABIC_WORD.finditer(text))
    for scan in (_names_after_roles_ar, _names_before_roles_ar):
        for mention in scan(text, words, taken):
            if len(found) >= MAX_MENTIONS:
                break
            if mention.start not in taken:
                found.append(mention)
                taken.add(mention.start, mention.end)
    return people_in_article(found)


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
                    "المدير العام", rule="person.ar.role-alone")]
