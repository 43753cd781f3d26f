"""The office a role names, one notion in English, French and Arabic: ICESCO's own head and
deputy; an office of the table of offices with its portfolios and countries (`office_named`,
and `role_signature` when it names one holder per country); any other role as the meanings of
its words (the table of role words); as one key (`office_key`) and the spelling it is shown as
(`office_spelling`). Bodies that exist once per country are read the same way
(`body_signature`). Pure functions; standard library only at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import NamedTuple

from icli.extract import gazetteer
from icli.extract.known_partners import known_partner, known_partner_names, named_partners
from icli.text.normalize import ARABIC_LETTER, ARABIC_MARKS, ARABIC_WORD, arabic_word_key, plain

HEAD = "@head"  # the office_key of ICESCO's (ISESCO's) Director-General in any language
DEPUTY_HEAD = "@deputy-head"  # and of a Deputy Director-General
_ROLE_WORD = re.compile(r"[^\W\d_]+")
# Linking words a role's words are compared without (Arabic as folded keys: "لدى" → "لدي").
_ROLE_GLUE = {"of", "the", "for", "and", "at", "in", "to", "s", "de", "la", "le", "les", "du", "des",
              "l", "d", "et", "au", "aux", "en", "pour", "في", "لدي",
              # possessives, kept in a role as stated ("its Director-General", "son adjointe")
              "its", "their", "his", "her", "son", "sa", "ses", "leur", "leurs"}
# ICESCO's head's role and its deputy's, as the meanings of their words (gazetteer.ROLE_TRANSLATIONS).
_HEAD_WORDS = {"director", "general"}
_DEPUTY = "deputy"
# French "adjoint" is either rank: ICESCO's "Directeur général adjoint" is its Deputy
# Director-General, the OIC's "Secrétaire général adjoint" an Assistant Secretary-General.
_ADJOINT = "adjoint"
_RANKS = frozenset({_DEPUTY, "assistant"})


# --- ICESCO's head ----------------------------------------------------------------------------

_OWN_HEAD_ROLE = re.compile(
    r"(?:(?:ICESCO|ISESCO)(?:[’']s)?\s+)?Director[-\s]General(?:\s*\(DG\))?(?:\s+of\s+(?:the\s+)?(?:ICESCO|ISESCO|"
    r"Organization|Islamic (?:World )?(?:Educational, Scientific and Cultural Organization|"
    r"Organization for Education, Science and Culture)(?: \((?:ICESCO|ISESCO)\))?))?",
    re.IGNORECASE)


def is_own_head_role(role: str | None) -> bool:
    """Whether a role as written is ICESCO's (or ISESCO's) top role ("Director-General of
    ICESCO", "ISESCO Director General"), not a deputy's or another body's."""
    return role is not None and _OWN_HEAD_ROLE.fullmatch(role.strip()) is not None


def is_own_head_ar(role: str | None) -> bool:
    """Whether an Arabic role is ICESCO's head ("المدير العام للإيسيسكو", not its deputy)."""
    keys = [arabic_word_key(w) for w in ARABIC_WORD.findall(role or "")]
    return keys[:2] == list(gazetteer.OWN_HEAD_AR)


# --- an office of the tables, in any language ---------------------------------------------------

_ROLE_TOKEN = re.compile(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*")
_LEADING_ARTICLES = {"the", "le", "la", "l", "les"}


def _role_token(word: str) -> str:
    """A word of a role compared across languages: Arabic as its country key
    (country_tables.country_word_key_ar), Latin without accents and case, elided article and
    English possessive dropped ("l’Éducation" → "education", "Yemen’s" → "yemen")."""
    if ARABIC_LETTER.search(word):
        from icli.extract.country_tables import country_word_key_ar

        return country_word_key_ar(word)
    return re.sub(r"[’']s$", "", re.sub(r"^[ld][’']", "", plain(word)))


def _role_tokens(text: str) -> tuple[str, ...]:
    """The words of a role (or a body's name) as _role_token compares them, Arabic short vowels
    and other marks removed first ("العُمانية" is one word)."""
    return tuple(_role_token(word) for word in _ROLE_TOKEN.findall(ARABIC_MARKS.sub("", text)))


def role_words(text: str) -> tuple[str, ...]:
    """The words of a role as _role_token compares them, a hyphenated word as its parts
    ("Director-General" = "Director General", "الوزيرة" = "وزيرة")."""
    return tuple(part for word in _role_tokens(text) for part in word.split("-"))


@lru_cache(maxsize=1)
def _role_phrases() -> tuple[dict[tuple[str, ...], str], dict[tuple[str, ...], str],
                             dict[tuple[str, ...], str]]:
    """Offices, portfolios and countries (names and demonyms in the three languages) as token
    tuples → what they stand for."""
    from icli.extract import country_tables

    def table(groups: Mapping[str, Iterable[str]]) -> dict[tuple[str, ...], str]:
        return {_role_tokens(phrase): name for name, phrases in groups.items() for phrase in phrases}

    countries: dict[tuple[str, ...], str] = {}
    for names in (country_tables.country_names(), gazetteer.DEMONYMS,
                  country_tables.country_names_fr(), country_tables.demonyms_written()["fr"],
                  country_tables.country_names_ar_written(), country_tables.demonyms_written()["ar"]):
        for name, code in names.items():
            countries.setdefault(_role_tokens(name), code)
    countries.pop((), None)
    return table(gazetteer.OFFICES), table(gazetteer.PORTFOLIOS), countries


def _longest_at(tokens: tuple[str, ...], i: int, phrases: Mapping[tuple[str, ...], str],
                longest: int = 6) -> tuple[str, int] | None:
    """The longest phrase of `phrases` starting at tokens[i], and its length in tokens."""
    for n in range(min(longest, len(tokens) - i), 0, -1):
        found = phrases.get(tokens[i : i + n])
        if found:
            return found, n
    return None


def _head_and_after(tokens: tuple[str, ...], heads: dict[tuple[str, ...], str],
                    portfolios: dict[tuple[str, ...], str], countries: dict[tuple[str, ...], str],
                    ) -> tuple[str, frozenset[str], list[str]] | None:
    """Read a role or a body's name as [article] [country] HEAD [portfolios and countries …]:
    the head it starts with, the portfolios after it and the countries it names, in order (a
    country before the head first: "Jordanian Minister …"). None when no head starts it."""
    i, named = 0, []
    while i < len(tokens) and tokens[i] in _LEADING_ARTICLES:
        i += 1
    leading = _longest_at(tokens, i, countries)
    if leading:
        named.append(leading[0])
        i += leading[1]
    head = _longest_at(tokens, i, heads)
    if head is None:
        return None
    i += head[1]
    held: set[str] = set()
    while i < len(tokens):
        found = _longest_at(tokens, i, portfolios)
        if found:
            held.add(found[0])
        else:
            found = _longest_at(tokens, i, countries)
            if found and found[0] not in named:
                named.append(found[0])
        i += found[1] if found else 1
    return head[0], frozenset(held), named


class Office(NamedTuple):
    """An office a role names from the table of offices (gazetteer.OFFICES), in any of
    ICESCO's languages: the office, a minister's portfolios, the countries named in order."""

    office: str
    portfolios: frozenset[str]
    countries: str  # alpha-3 codes joined by ">" ("MLI>MAR"); "" for none


@lru_cache(maxsize=65536)
def office_named(role: str | None) -> Office | None:
    """The office `role` names, read the same way in the three languages: "Minister of
    Education", "Ministre de l'Éducation" and "وزير التربية" → ("minister", {"education"}, "");
    "Jordanian Minister of Culture" → ("minister", {"culture"}, "JOR"). None when the role
    starts with no office of the table (a deputy, an adviser, a director)."""
    if not role:
        return None
    offices, portfolios, countries = _role_phrases()
    walked = _head_and_after(_role_tokens(role), offices, portfolios, countries)
    if walked is None:
        return None
    office, held, named = walked
    return Office(office, held, ">".join(named))


@lru_cache(maxsize=65536)
def role_signature(role: str | None) -> Office | None:
    """The office of a role (office_named) when it has one holder per country, so that it says
    who holds it: "Jordanian Minister of Culture", "وزيرة الثقافة الأردنية" and "ministre de la
    Culture de Jordanie" → ("minister", {"culture"}, "JOR"); "Ambassador of Mali to Morocco" →
    ("ambassador", {}, "MLI>MAR"). None when the role names no such office, no country, is a
    minister's with no known portfolio, or says it is a former or honorary one ("وزير الثقافة
    المصري السابق", "ex-ministre")."""
    office = office_named(role)
    if (office is None or not office.countries
            or office.office in ("minister", "minister-of-state") and not office.portfolios
            or past_role(role or "")):
        return None
    return office


def past_role(role: str) -> bool:
    """Whether a role says it is no longer held, or held in name only ("ancien directeur",
    "ex-ministre", "المدير السابق")."""
    return bool(_PAST.intersection(_role_tokens(role)))


# Words saying a role is no longer held, or held in name only ("former", "السابق", "président
# d’honneur"): no holder.
_PAST = {"former", "ancien", "ancienne", "honorary", "honoraire", "honneur", "سابق", "سابقه", "فخري", "فخريه"}


# Bodies that exist once per country (and portfolio, for ministries), in each language: one
# body however it is named ("Ministry of Culture of Jordan", "وزارة الثقافة الأردنية").
BODIES: dict[str, tuple[str, ...]] = {
    "ministry": ("ministry", "ministère", "وزارة"),
    "national-commission": ("national commission", "commission nationale", "اللجنة الوطنية"),
    "embassy": ("embassy", "ambassade", "سفارة"),
}


@lru_cache(maxsize=1)
def _body_phrases() -> dict[tuple[str, ...], str]:
    return {_role_tokens(phrase): body for body, phrases in BODIES.items() for phrase in phrases}


@lru_cache(maxsize=65536)
def body_signature(name: str) -> tuple[str, frozenset[str], str] | None:
    """What a body's name says in any of ICESCO's languages when it names a body that exists
    once per country: (body, portfolios (ministries only), the country it names or "").
    "Ministry of Youth, Culture and Communication", "ministère de la Jeunesse, de la Culture et
    de la Communication" → ("ministry", {"youth", "culture", "communication"}, "");
    "UAE National Commission for Education, Culture and Science", "Commission nationale
    émiratie …" → ("national-commission", {}, "ARE"). None for any other name, and for a
    ministry with no known portfolio."""
    _, portfolios, countries = _role_phrases()
    walked = _head_and_after(_role_tokens(name), _body_phrases(), portfolios, countries)
    if walked is None:
        return None
    body, held, named = walked
    if body == "ministry" and not held:
        return None
    return body, held if body == "ministry" else frozenset(), named[0] if named else ""


# --- any office: one key, one spelling -----------------------------------------------------------

def _glued(key: str, own: set[str]) -> str:
    """An Arabic word key without a glued ل or ب when that leaves one of ICESCO's names' words
    ("لمنظمه" → "منظمه")."""
    return key[1:] if key[:1] in "لب" and key[1:] in own else key


@lru_cache(maxsize=1)
def _own_words_ar() -> set[str]:
    """The word keys of ICESCO's Arabic names."""
    return {word for name in gazetteer.OWN_NAMES_AR for word in name}


def _role_word(word: str) -> str:
    """One word of a role compared across spellings: Latin without case and accents, Arabic as
    its folded key (article and a glued preposition dropped)."""
    if ARABIC_LETTER.search(word):
        return _glued(arabic_word_key(word), _own_words_ar())
    return plain(word)


@lru_cache(maxsize=1)
def _meanings() -> dict[str, str]:
    """A role's word (as _role_word compares it) → what it means in any language: the table of
    role words (gazetteer.ROLE_TRANSLATIONS: "directeur", "مدير" → "director") and the
    portfolios written in one word ("éducation", "التربية" → "education")."""
    meanings: dict[str, str] = {}
    for table in (gazetteer.ROLE_TRANSLATIONS, gazetteer.PORTFOLIOS):
        for meaning, phrases in table.items():
            for phrase in phrases:
                words = ARABIC_WORD.findall(phrase) or _ROLE_WORD.findall(plain(phrase))
                if len(words) == 1:
                    meanings.setdefault(_role_word(words[0]), meaning)
    return meanings


def _office_words(role: str) -> set[str]:
    """A role's words compared across spellings and languages (`_words_by_meaning`), a
    well-known body it names (the table of partners across languages) as one word, its English
    acronym, by any of its names or acronyms ("of the OIC", "de l’OCI", "of the Organisation
    of Islamic Cooperation", "لمنظمة التعاون الإسلامي" → "oic")."""
    words = _words_by_meaning(role)
    bodies = set(named_partners(role))
    for written in _CAPITALS.findall(role):
        acronym = known_partner(written)
        if acronym is not None:
            bodies.add(acronym)
            words.discard(plain(written))
    for acronym in bodies:
        for name in known_partner_names(acronym):
            words -= _words_by_meaning(name)
        words.add(acronym.casefold())
    return words


_CAPITALS = re.compile(r"\b[A-Z][A-Za-z]*[A-Z]\b")  # an acronym as written ("OCI", "IsDB")


def _words_by_meaning(role: str) -> set[str]:
    """A role's words compared across spellings and languages: each word by its meaning when the
    table of role words has it (_meanings), else as _role_word compares it; linking words left
    out; ICESCO as one word, by any of its names (gazetteer.names_icesco, "Organization", or all
    the words of one of its Arabic names: "مدير قطاع الثقافة" keeps its culture)."""
    if ARABIC_LETTER.search(role):
        words = {_role_word(word) for word in ARABIC_WORD.findall(role)}
        for name in gazetteer.OWN_NAMES_AR:
            if words.issuperset(name):
                words = words.difference(name) | {"icesco"}
    else:
        words = {"icesco" if word in ("organization", "organisation") else word
                 for word in _ROLE_WORD.findall(plain(role))}
    meanings = _meanings()
    return {"icesco" if gazetteer.names_icesco(word) else meanings.get(word) or (
                meanings.get(word[1:], word) if word[:1] in "لب" else word)  # "لرئيس": president
            for word in words} - _ROLE_GLUE


@lru_cache(maxsize=65536)
def office_key(role: str | None) -> str | None:
    """The office a role names, as one key whatever its spelling and language: ICESCO's (or
    ISESCO's) Director-General ("ISESCO Director General", "Directeur général de l’ICESCO",
    "المدير العام للإيسيسكو") and its Deputy Director-General; an office of the table of offices
    with its portfolios and countries (office_named: "Minister of Education",
    "Ministre de l'Éducation", "وزير التربية"); any other as its words by meaning
    (`_office_words`: "Minister of Youth of Tunisia" = "Tunisia's Minister of Youth",
    "Director of the Culture Sector" = "Directeur du Secteur de la culture"), ICESCO named
    or not ("Head of ICESCO's X Sector" = "Head of the X Sector"). None for no role."""
    if not role or not role.strip():
        return None
    if is_own_head_role(role):
        return HEAD
    words = _office_words(role)
    if words - {_DEPUTY, _ADJOINT, "icesco"} == _HEAD_WORDS:
        return DEPUTY_HEAD if words & {_DEPUTY, _ADJOINT} else HEAD
    office = office_named(role)
    if office is not None:
        return f"{office.office}:{'+'.join(sorted(office.portfolios))}:{office.countries}"
    return " ".join(sorted(words - {"icesco"})) or None  # "… Sector at ICESCO" = "… Sector"


@lru_cache(maxsize=65536)
def _refines(specific: str, general: str) -> bool:
    """Whether the office_key `specific` says more of the office `general` says: an office of
    the table with the same portfolios and more of its countries ("Minister of Culture of
    Jordan" refines "Minister of Culture", "Ambassador of Mali to Morocco" "Ambassador of
    Mali"), or a role's words with the rank French "adjoint" leaves open told ("Assistant
    Secretary-General of the OIC" refines "Secrétaire général adjoint de l’OIC")."""
    if ":" in general:
        office, portfolios, countries = general.split(":")
        head = f"{office}:{portfolios}:"
        return (specific.startswith(head) and specific != general
                and (not countries or specific[len(head):].startswith(countries + ">")))
    words = general.split(" ")
    if _ADJOINT not in words or general.startswith("@"):
        return False
    rest = sorted(word for word in words if word != _ADJOINT)
    return any(specific == " ".join(sorted([*rest, rank])) for rank in _RANKS)


def same_office(one: str, other: str) -> bool:
    """Whether two office_keys may be one office held by one person: the same key, or one says
    more of the other (its country, the rank of a French "adjoint": `_refines`)."""
    return one == other or _refines(one, other) or _refines(other, one)


def as_one_office(keys: Iterable[str]) -> dict[str, str]:
    """One person's offices (office_keys) as they are shown: each key that exactly one of the
    others says more of (`_refines`; several: the text cannot tell which) → that one, as far
    as it goes ("Minister of Culture" and "Minister of Culture of Jordan" are one office in the
    profile of someone who held no other ministry of culture); every other key → itself."""
    keys = sorted(set(keys))
    more = {key: [other for other in keys if _refines(other, key)] for key in keys}
    shown = {}
    for key in keys:
        target = key
        while len(more[target]) == 1:
            target = more[target][0]
        shown[key] = target
    return shown


def office_spelling(spellings: Iterable[tuple[str, int, str | None]], arabic: bool) -> str:
    """The spelling one office is shown as, among its (role as written, mentions, last date)
    spellings: the most used of those written in Arabic script when `arabic`, else of those
    in Latin script (of all when the office has none in that script); a tie goes to the
    latest used, then to the role that sorts first, so the choice never depends on the order they come in."""
    spellings = sorted(spellings, key=lambda spelling: spelling[0])
    wanted = [s for s in spellings if bool(ARABIC_LETTER.search(s[0])) == arabic] or spellings
    wanted.sort(key=lambda spelling: spelling[2] or "", reverse=True)
    return max(wanted, key=lambda spelling: spelling[1])[0]
