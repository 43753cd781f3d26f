"""Which mentions are one person, partner or country: the rules, as pure functions.

A person's identity key is first name and surname, normalized (`salim|almalik`); a mention by
surname alone has an empty first name (`|almalik`) and joins the one person with that surname
when there is exactly one; a surname alone in an office is keyed with it (`|almalik|@head`) and
joins only who held that office then. ICESCO's head named by role alone ("the Director-General") is the
role's holder nearest the article's date. Standard library only: queries import this module.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Protocol, TypeVar

from icli.extract import gazetteer
from icli.extract.offices import Office, role_signature, role_words
from icli.text.normalize import (
    ARABIC_LETTER,
    arabic_marks_optional,
    arabic_word_key,
    name_norm,
)

_SEPARATOR = "|"


@lru_cache(maxsize=1)
def honorifics_re() -> re.Pattern[str]:
    """Matches the honorifics (in the three languages) a name starts with."""
    return re.compile(r"^(?:(?:" + "|".join(
        [*gazetteer.HONORIFIC_WORDS, *gazetteer.HONORIFIC_WORDS_FR,
         *(arabic_marks_optional(w) for w in gazetteer.HONORIFIC_WORDS_AR)]) + r")\s+)+")


@lru_cache(maxsize=1)
def _courtesy_re() -> re.Pattern[str]:
    """Matches the honorifics of courtesy (in the three languages) a name starts with ("Dr.",
    "M.", "السيد"): after them a first name alone may be the person named in full with it."""
    return re.compile(r"^(?:(?:" + "|".join(
        [*gazetteer.COURTESY_HONORIFICS, *gazetteer.COURTESY_HONORIFICS_FR,
         *(arabic_marks_optional(w) for w in gazetteer.COURTESY_HONORIFICS_AR)]) + r")\s+)+")


class PersonMention(Protocol):
    """What the identity rules read and set on an extracted person mention."""

    key: str
    name: str
    alias: str
    role: str | None
    office: str | None
    variants: set[str]
    start: int
    end: int


AnyPersonMention = TypeVar("AnyPersonMention", bound=PersonMention)


# --- names -------------------------------------------------------------------------------------


def strip_honorifics(name: str) -> str:
    """'Dr. Salim M. AlMalik' → 'Salim M. AlMalik'."""
    return honorifics_re().sub("", " ".join(name.split())).strip()


def split_name(name: str) -> tuple[str, str]:
    """(first name, surname with its particles) of a person's name; first is '' if absent. The
    same rule in both scripts: "Souad Ben Ahmed" and "سعاد بن أحمد" have the surnames "Ben
    Ahmed" and "بن أحمد"; an Arabic compound ("عبد الله", "نور الدين") is one first name or
    one surname."""
    tokens = [t for t in re.split(r"\s+", strip_honorifics(name).replace("- ", "-")) if t]
    if not tokens:
        return "", ""
    surname = [tokens.pop()]
    if len(tokens) > 1 and _compound(tokens[-1], surname[0]):  # "… بن عبد الله"
        surname.insert(0, tokens.pop())
    while tokens and (tokens[-1].casefold() in gazetteer.SURNAME_PARTICLES
                      or tokens[-1] in gazetteer.SURNAME_PARTICLES_AR):
        surname.insert(0, tokens.pop())
    first = tokens[0] if tokens and tokens[0].casefold() not in gazetteer.NAME_PARTICLES else ""
    if len(tokens) > 1 and _compound(first, tokens[1]):  # "عبد الإله", "نور الدين": one first name
        first += tokens[1]
    return first, " ".join(surname)


def _compound(word: str, after: str) -> bool:
    """Whether two Arabic words are one name ("عبد الله", "أبو بكر", "نور الدين")."""
    return word in gazetteer.ARABIC_COMPOUND_FIRST or after in gazetteer.ARABIC_COMPOUND_ENDS


# --- person keys -------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """The identity of a person: first name and surname, normalized ('salim|almalik')."""
    first, surname = split_name(name)
    key = f"{name_norm(first)}{_SEPARATOR}{name_norm(surname)}"
    return _leadership_keys().get(key, key) if ARABIC_LETTER.search(key) else key


@lru_cache(maxsize=1)
def _leadership_keys() -> dict[str, str]:
    """The key of each Arabic form of ICESCO's leaders (full and surname alone) → the key of
    their English name: the one table of transliterations, for no one else."""
    keys: dict[str, str] = {}
    for arabic, english in gazetteer.LEADERSHIP_ARABIC.items():
        first, surname = split_name(arabic)
        english_first, english_surname = split_name(english)
        keys[f"{name_norm(first)}{_SEPARATOR}{name_norm(surname)}"] = (
            f"{name_norm(english_first)}{_SEPARATOR}{name_norm(english_surname)}")
        keys[f"{_SEPARATOR}{name_norm(surname)}"] = f"{_SEPARATOR}{name_norm(english_surname)}"
    return keys


def key_surname(key: str) -> str:
    """The normalized surname of a person's key ('salim|almalik', '|almalek|@head' → the
    surname)."""
    return key.partition(_SEPARATOR)[2].partition(_SEPARATOR)[0]


def is_surname_only(key: str) -> bool:
    """Whether a person's key has no first name ('|karimov', '|karimov|@head')."""
    return key.startswith(_SEPARATOR)


def in_office(key: str, office: str | None) -> str:
    """The key of a person named by a surname alone in the office `office` (an
    offices.office_key: '|almalek' → '|almalek|@head'): a surname given in two offices is two
    people until the facts join either to someone (name_variants.SurnameVariants). A full
    name's key, and a surname with no office, are unchanged."""
    return f"{key}{_SEPARATOR}{office}" if office and is_surname_only(key) else key


def is_bare_surname(key: str) -> bool:
    """Whether a person's key is a surname alone in no office ('|karimov', not
    '|karimov|@head'): the only people that links.finish gives to the one person named in
    full with that surname (surname_owners)."""
    return is_surname_only(key) and _SEPARATOR not in key[1:]


def head_office() -> str:
    """The office of ICESCO's head (`office` of a mention of the role alone, in any language)."""
    return gazetteer.OWN_HEAD_ROLES[0]


def head_by_role_key() -> str:
    """The key of a mention of ICESCO's head by role alone, until the holder is known."""
    return "@" + head_office()


def is_head_by_role(key: str) -> bool:
    """Whether a person's key stands for ICESCO's head named by role alone."""
    return key == head_by_role_key()


# --- one article -------------------------------------------------------------------------------




@lru_cache(maxsize=1)
def _son_of() -> frozenset[str]:
    """The words after which a name's words are a father's name, in both scripts
    (gazetteer.SON_OF, SON_OF_AR), as name_norm compares them."""
    return frozenset(map(name_norm, gazetteer.SON_OF | gazetteer.SON_OF_AR))


def _goes_on(role: str, later: str) -> bool:
    """Whether `later` is `role` with more words after it (the same role stated in full)."""
    return (later.startswith(role) and later[len(role) : len(role) + 1] in (" ", ",")
            and bool(later[len(role) :].strip(" ,;")))


def _first_name_of_another(text: str, mention: PersonMention) -> bool:
    """Whether a first name alone is written with a title or a role of its own ("Sheikh X",
    "King X", "Prime Minister X", "X, Ruler of …"): then it is another person than the one
    named in full with it; only after an honorific of courtesy ("Dr. X", "M. X", "السيد X") and
    with no role may it be the same."""
    written = " ".join(text[mention.start : mention.end].split())
    rest = _courtesy_re().sub("", written)
    return mention.role is not None or rest == written or bool(honorifics_re().match(rest))


def _title_is_theirs(title: str | None, roles: Iterable[str]) -> bool:
    """Whether the words of `title` ("Ambassador", "Director-General") come in that order in
    one of `roles` ("Ambassador of Malaysia to Morocco", "Director General of …")."""
    words = role_words(title or "")
    return bool(words) and any(
        words == stated[i : i + len(words)]
        for stated in map(role_words, roles) for i in range(len(stated) - len(words) + 1))


def people_in_article(mentions: list[AnyPersonMention], text: str) -> list[AnyPersonMention]:
    """One mention per person of an article, in order of first mention.

    A surname alone joins the full name with that surname (or with that last part of a
    hyphenated surname: "Leclercq", "Ntoutoume-Leclercq") in the same article (unless two
    people there share it: then it is dropped, the text cannot tell which), and so do the
    last two or more words of one full name ("Ndiaye Sow"; not after "bin"/"بن": a father's);
    one word that is nobody's surname there joins the one full name that starts with it ("Dr.
    Magdy" is "Dr. Magdy Haj Ibrahim": Arabic names are often shortened to the first name;
    dropped when two full names start with it), unless `text` writes it with a title or a role
    of its own (`_first_name_of_another`: "Sheikh Sultan" is not "Mr. Sultan Al Ameri");
    the first word(s) of one full name with a role that is theirs (`_title_is_theirs`) are that
    person ("Ambassador Idris Kamal" is "Idris Kamal Abd Rahman, Ambassador of …";
    "Prime Minister Anwar" is not "Dr. Anwar Ibrahim Zaki, Director of …");
    the person's name is its fullest form (`fullness`), and its role the first one given, or a
    later one that goes on from it ("Consul général de X" in a title, "Consul général de X et
    Représentant permanent auprès de Y" in the text).
    """
    by_surname: dict[str, set[str]] = {}
    by_first: dict[str, set[str]] = {}  # each full name's first name → keys
    for mention in mentions:
        if not is_surname_only(mention.key):
            by_surname.setdefault(key_surname(mention.key), set()).add(mention.key)
            by_first.setdefault(mention.key.partition(_SEPARATOR)[0], set()).add(mention.key)
            bare = _surname_without_article(mention.name)
            if bare:  # "Ambassador Harbi" is "Faisal Al-Harbi"
                by_surname.setdefault(name_norm(bare), set()).add(mention.key)
            joined = mention.name.rpartition(" ")[2].rpartition("-")[2]
            if joined != mention.name.rpartition(" ")[2]:  # "Mme Ntoutoume-Leclercq" is "Mme Leclercq"
                by_surname.setdefault(key_surname(person_key(joined)), set()).add(mention.key)
    words_of = [tuple(map(name_norm, mention.name.split())) for mention in mentions]
    longer: dict[tuple[str, ...], set[str]] = {}  # the last words of each full name → keys
    heads: dict[tuple[str, ...], set[str]] = {}  # the first words of each full name → keys
    roles: dict[str, list[str]] = {}  # the roles stated for each full name
    for mention, words in zip(mentions, words_of):
        for n in range(2, len(words)):
            if words[-n - 1] not in _son_of():  # "سلمان بن عبدالعزيز" is not "محمد بن سلمان بن عبدالعزيز"
                longer.setdefault(words[-n:], set()).add(mention.key)
        if not is_surname_only(mention.key):
            for n in range(1, len(words)):
                heads.setdefault(words[:n], set()).add(mention.key)
            if mention.role:
                roles.setdefault(mention.key, []).append(mention.role)
    merged: dict[str, AnyPersonMention] = {}
    for mention, words in zip(mentions, words_of):
        tail = longer.get(words, ())
        head = heads.get(words, ())
        if len(tail) == 1 and mention.key not in tail:  # "Ndiaye Sow" in "Aminata Ndiaye Sow"
            mention.key = next(iter(tail))
        elif (len(head) == 1 and mention.key not in head and key_surname(mention.key) not in
              (by_surname if is_surname_only(mention.key) else ())  # a surname's join comes first
              and _title_is_theirs(mention.role, roles.get(next(iter(head)), ()))):
            mention.key = next(iter(head))  # "Minister Samira" is "Samira Bennani, Minister of …"
        if is_surname_only(mention.key):
            candidates = by_surname.get(key_surname(mention.key), ())
            if len(candidates) > 1:
                continue
            if candidates:
                mention.key = next(iter(candidates))
            elif (_SEPARATOR not in mention.key[1:] and key_surname(mention.key) in by_first
                  and not _first_name_of_another(text, mention)):
                firsts = by_first[key_surname(mention.key)]
                if len(firsts) > 1:
                    continue
                mention.key = next(iter(firsts))
        kept = merged.get(mention.key)
        if kept is None:
            merged[mention.key] = mention
        else:
            kept.variants.add(mention.alias)
            if mention.role and (kept.role is None or _goes_on(kept.role, mention.role)):
                kept.role, kept.office = mention.role, mention.office
    names: dict[str, list[str]] = {}  # every name each key was written as, in order
    for mention in mentions:
        names.setdefault(mention.key, []).append(mention.name)
    for key, mention in merged.items():
        if not is_surname_only(key):
            mention.name = max(names[key], key=fullness)
    return list(merged.values())


def fullness(name: str) -> tuple[int, int]:
    """How full a form of a person's name is: its words, then its letters."""
    return len(name.split()), len(name)


def fullest_name(one: str | None, other: str | None) -> str | None:
    """The fuller (`fullness`) of two names an article writes one person as, the first on a
    tie; None only when both are. (The same name twice, as the writer asks for an entity's
    first mention in an article, is answered without counting its words.)"""
    if not one or not other or one == other:
        return one or other
    return other if fullness(other) > fullness(one) else one


# --- partners ----------------------------------------------------------------------------------

# Words between an organization's name and its country ("of the", "de la", "في").
_COUNTRY_LINK = re.compile(r"(?:\s+(?:of\s+the|of|de\s+la|de\s+l[’']|du|de|d[’']|des|في))?\s*$",
                           re.IGNORECASE)


def partner_country_key(name: str, start: int, end: int, code: str) -> str:
    """The key of a partner whose name holds its country at name[start:end]: the name without
    the country (nor the words linking it) and the country's code, so a body is one partner
    however its country is written ("Azerbaijani Ministry of Science and Education" and
    "Ministry of Science and Education of the Republic of Azerbaijan":
    "ministryofscienceandeducation@AZE"; "UAE Embassy", "Embassy of the United Arab Emirates")."""
    rest = name_norm(_COUNTRY_LINK.sub("", name[:start]) + " " + name[end:])
    return f"{rest.removeprefix('ال')}@{code}"


@lru_cache(maxsize=65536)
def _surname_without_article(name: str) -> str:
    """A person's Latin-script surname without its Arabic article ("Faisal Al-Harbi", "Faisal
    Al Harbi", "Faisal El Harbi" → "Harbi"); '' when it has none."""
    surname = split_name(name)[1]
    for article in ("Al-", "Al ", "al-", "al ", "El-", "El ", "el-", "el "):
        if surname.startswith(article) and len(surname) > len(article) + 1:
            return surname[len(article) :]
    return ""


# --- the archive -------------------------------------------------------------------------------


def surname_owners(people: Iterable[tuple[int, str]]) -> dict[str, int]:
    """Normalized surname → the person (id, key) with a first name who is the only one with
    that surname: the person a mention by that surname alone, in no office (is_bare_surname),
    names. A surname given in an office joins only who held that office then
    (name_variants.SurnameVariants)."""
    owners: dict[str, list[int]] = {}
    for entity_id, key in people:
        if not is_surname_only(key):
            owners.setdefault(key_surname(key), []).append(entity_id)
    return {surname: ids[0] for surname, ids in owners.items() if len(ids) == 1}


def display_name(kind: str, key: str, code: str | None, aliases: Iterable[str],
                 counts: Mapping[str, int] | None = None) -> str | None:
    """The name an entity is shown under, from every form it was written in: the fullest
    (most letters) of a person's forms with its key, or of a partner's names (its acronym
    aside), the same whatever order the articles came in; None for no candidate. A partner's
    name written in several spellings ("Centre"/"Center", "Organisation"/"Organization", with
    or without "the": `gazetteer.org_norm`) is shown in the commonest of them (`counts`: the
    articles naming it each way; ties to the fullest)."""
    if kind == "person":  # (a surname in an office: its forms of that surname alone)
        bare = _SEPARATOR + key_surname(key) if is_surname_only(key) else key
        forms = [alias for alias in aliases if person_key(alias) == bare]
    else:
        forms = [alias for alias in aliases if alias != code]
    fullest = max(forms, key=_fullness, default=None)
    if fullest is None or kind == "person" or not counts:
        return fullest
    spelling = gazetteer.org_norm(fullest)
    return max((form for form in forms if gazetteer.org_norm(form) == spelling),
               key=lambda form: (counts.get(form, 0), _fullness(form)))


def _fullness(form: str) -> tuple[bool, int, str]:
    """How full a name is, to choose between forms: Latin script first, then the most
    letters, then (for a fixed choice) the form itself."""
    return not ARABIC_LETTER.search(form), len(name_norm(form)), form


def role_holder(date: str | None, terms: Mapping[int, tuple[str | None, str | None]]) -> int | None:
    """Who held ICESCO's top role at `date`: the head (id → first and last day of the term,
    None: open) whose term holds the date; None for an undated article or a date outside every
    term (the lowest id if terms overlap)."""
    if date is None:
        return None
    for entity_id, (first, last) in sorted(terms.items()):
        if (first is None or first <= date) and (last is None or date <= last):
            return entity_id
    return None


def in_a_term(date: str) -> bool:
    """Whether a day falls in a term of ICESCO's leadership table (gazetteer.OWN_HEADS)."""
    return any(first <= date and (last is None or date <= last)
               for _, first, last in gazetteer.OWN_HEADS)


def head_terms(person_id: Callable[[str], int | None]) -> dict[int, tuple[str | None, str | None]]:
    """The terms of ICESCO's Directors-General (gazetteer.OWN_HEADS) by person id, for those
    `person_id` (a person key → the id of the person of that key, None: nobody) finds."""
    terms: dict[int, tuple[str | None, str | None]] = {}
    for name, first, last in gazetteer.OWN_HEADS:
        entity_id = person_id(person_key(name))
        if entity_id is not None:
            terms[entity_id] = (first, last)
    return terms


def head_names(person_id: Callable[[str], int | None]) -> dict[int, str]:
    """The name each of ICESCO's Directors-General has in gazetteer.OWN_HEADS, by person id (as
    head_terms finds them): the name a mention linked from the role alone is shown under."""
    names: dict[int, str] = {}
    for name, _, _ in gazetteer.OWN_HEADS:
        entity_id = person_id(person_key(name))
        if entity_id is not None:
            names[entity_id] = name
    return names


def _days(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


# --- one person across scripts, by role and date -----------------------------------------------

# Days apart two articles may be and still report the same holder of an office.
SAME_EVENT_DAYS = 3
def script_links(named: Iterable[tuple[int, int, str, str | None, str | None]],
                 days: int = SAME_EVENT_DAYS) -> dict[int, int]:
    """Which French or Arabic mentions of a person are an English-named person: `named` holds
    (mention id, entity id, language, date, role) of people named with a role; a mention in
    another language whose role has the same signature (role_signature) as the role of exactly
    one English-named person in articles at most `days` apart is that person. Returns
    {mention id: that person's entity id}; never a guess from the names themselves."""
    english: dict[Office, list[tuple[int, int]]] = {}
    others = []
    for mention_id, entity_id, language, date, role in named:
        signature = role_signature(role)
        if signature is None or date is None:
            continue
        if language == "en":
            english.setdefault(signature, []).append((_days(date), entity_id))
        else:
            others.append((mention_id, entity_id, _days(date), signature))
    links: dict[int, int] = {}
    for mention_id, entity_id, day, signature in others:
        holders = {holder for when, holder in english.get(signature, []) if abs(when - day) <= days}
        if len(holders) == 1 and entity_id not in holders:
            links[mention_id] = holders.pop()
    return links


def is_regnal_number(word: str) -> bool:
    """Whether a name's last word is a sovereign's regnal number ("السادس", "VI"): part of the
    name, never an alias on its own."""
    from icli.extract.gazetteer import REGNAL_AR

    if ARABIC_LETTER.search(word):
        return arabic_word_key(word) in REGNAL_AR
    return bool(re.fullmatch(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})", word))


# --- linking anew only what changed ------------------------------------------------------------


def holder_changes(before: Mapping[int, tuple[str | None, str | None]],
                   now: Mapping[int, tuple[str | None, str | None]]
                   ) -> tuple[list[tuple[str | None, str | None]], bool]:
    """Where role_holder answers differently with the heads' spans `before` and `now`: the date
    ranges (first, last, both included; None: unbounded) and whether for an undated article.
    Beyond the outermost span ends each answer is the same at every date, so only the days
    between them are compared one by one; a span with an end missing changes everything."""
    if dict(before) == dict(now):
        return [], False
    undated = role_holder(None, before) != role_holder(None, now)
    ends = [end for spans in (before, now) for span in spans.values() for end in span]
    days = [_days(end) for end in ends if end is not None]
    if not days or len(days) < len(ends):
        return [(None, None)], True
    first, last = min(days), max(days)
    ranges: list[tuple[str | None, str | None]] = []
    start: int | None = None
    for day in range(first - 1, last + 2):
        iso = dt.date.fromordinal(day).isoformat()
        if role_holder(iso, before) != role_holder(iso, now):
            start = day if start is None else start
        elif start is not None:
            ranges.append((dt.date.fromordinal(start).isoformat(),
                           dt.date.fromordinal(day - 1).isoformat()))
            start = None
    if start is not None:
        ranges.append((dt.date.fromordinal(start).isoformat(), None))
    if ranges and ranges[0][0] == dt.date.fromordinal(first - 1).isoformat():
        ranges[0] = (None, ranges[0][1])
    return ranges, undated
