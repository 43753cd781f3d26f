"""Entities looked up by name: the one rule of every lookup (a name an entity is known by, a
country's code or name, part of one entity's names, in either script; the names a misspelling
may mean: `misspellings`; shell completion's names: `completion`).

Plain sqlite3 only, like `queries`: lookups run at the start of most queries.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from functools import lru_cache
from typing import Any, NamedTuple

from icli.choices import ENTITY_COMMANDS
from icli.extract.country_locales import country_in_other_words
from icli.extract.country_tables import (
    countries_named_in_part,
    countries_sharing,
    country_display_names,
    real_country,
    typed_country,
)
from icli.extract.gazetteer import english_acronym, names_icesco
from icli.extract.identity import (
    honorifics_re,
    is_surname_only,
    key_surname,
    person_key,
    strip_honorifics,
)
from icli.extract.known_partners import known_partner, known_partner_names
from icli.extract.name_parts import holds_parts, only_particles, typed_forms
from icli.store.country_candidates import real_country_candidates
from icli.store.not_names import refusal
from icli.store.sql import entity_rows, id_array, mentioned, named_list, placeholders
from icli.text.normalize import (
    ARABIC_LETTER,
    lookup_norm,
    name_norm,
    normalize_text,
)


def find_entities(conn: sqlite3.Connection, kind: str, value: str,
                  every: bool = False) -> list[int]:
    """Ids of the entities of `kind` that `value` names (lookup's rule; a name that is part of
    several entities' names gives them all; with `every` (--all), a surname's owner comes with
    those named by that surname alone)."""
    found = lookup(conn, kind, value)
    others = [c["id"] for c in found.candidates if c["id"] is not None]
    if found.ids:
        return [*found.ids, *others] if every else found.ids
    return others if found.ambiguous else []


def entity_match_sql(kind: str, value: str) -> tuple[str, dict[str, Any]]:
    """SQL selecting the ids of entities of `kind` that `value` names (any alias).

    People also match on first name + surname, so "Salim Mohammed AlMalik" finds
    "Salim M. AlMalik" even if that exact form never appeared; partners also on the English
    acronym of a French one ("PNUD" finds UNDP).
    """
    if kind == "person":
        value = strip_honorifics(value)
        return """
            SELECT al.entity_id
            FROM entity_aliases al
            JOIN entities e ON e.id = al.entity_id
            WHERE al.norm = :norm
              AND e.kind = 'person'
            UNION
            SELECT id
            FROM entities
            WHERE kind = 'person'
              AND key = :key
        """, {"norm": name_norm(value), "key": person_key(value)}
    norm = name_norm(value)
    english = name_norm(english_acronym(value.strip().upper())) if kind == "partner" else norm
    return """
        SELECT al.entity_id
        FROM entity_aliases al
        JOIN entities e ON e.id = al.entity_id
        WHERE al.norm IN (:norm, :english)
          AND e.kind = :kind
    """, {"norm": norm, "english": english, "kind": kind}


class Lookup(NamedTuple):
    """What a name given to who/country/partner (or a filter) denotes: `ids` the entities it
    is (one, or none); `note` the line to say on stderr; `candidates` the entities it may mean
    (most mentioned first) when it is part of several names (`ambiguous`) or a misspelling."""

    ids: list[int]
    note: str | None = None
    candidates: list[dict[str, Any]] = []
    ambiguous: bool = False
    whole: int = 0  # ambiguous: how many candidates the name given is a whole name of
    refused: bool = False  # the name given is none of this kind's, said in `note` (a title, "#5")


@lru_cache(maxsize=1)
def _honorifics_any_case() -> re.Pattern[str]:
    """identity.honorifics_re in any case ("dr. karimov")."""
    return re.compile(honorifics_re().pattern, re.IGNORECASE)


def _name_typed(value: str) -> str:
    """A person's name as typed without the honorifics it starts with, in any case, one typed
    alone too ("dr. karimov" → "karimov", "H.E." → "")."""
    return _honorifics_any_case().sub("", value.strip() + " ").strip()


def lookup(conn: sqlite3.Connection, kind: str, value: str, most: int = 6) -> Lookup:
    """The one rule of every lookup (docs/entities.md, "Lookups"):

    1. a name one entity is known by (any alias; people also by first name + surname) is it;
    2. a country's ISO code or name (country_tables.typed_country: also pycountry's catalogue
       forms with their comma, and Arabic typed with a bare alef) is that country, in the archive or not
       (an entity's aliases come from the same table, so 1 never contradicts 2: 1 only spares
       loading pycountry for a name the archive knows); but a short name pycountry's catalogue
       files several countries under ("Korea", "Corée", "كوريا": country_tables.
       countries_sharing; no country's alias) is a name of each of them, all listed as in 4, in
       the archive or not; a code is typed as its letters alone or each with a dot ("St." is
       no code);
    3. part of the names of exactly one entity (whole words, any case, accents and a leading
       Al-/El-/ال optional, British or American spelling, honorifics ignored) is that entity,
       said in `note`; so is a person's name that only the other script holds (_held_across,
       _whole_name_across) and an Arabic word for one partner's Latin acronym
       (acronyms_across); a partner named by ICESCO's acronym (gazetteer.names_icesco) is none
       (ICESCO is never a partner), said in `note`; a name or acronym of a well-known partner
       (known_partners.known_partner: "Arab League", "PNUD", "منظمة التعاون الإسلامي") is that partner,
       under any of its names, in the archive or not (never a body whose name holds it);
    4. part of several entities' names is none of them: `candidates`, `ambiguous`; for a
       country, part of the names of several real countries too (country_tables.
       countries_named_in_part: "Korea", "Guin", "Saint"), in the archive or not (those not:
       no id); part of one real country's names that the archive has not: no articles, said;
       a country's part is words or word starts of MIN_PART_LETTERS letters or more ("EU",
       "lan" and "Sri" are no part of a name);
    5. a country's name in another language (country_locales.country_in_other_words:
       "Alemania", "Türkei") or Kosovo's code (XK) is that country, said in `note`; anything
       else gets the names spelled closest to it as `candidates`, never an answer
       (the names with a word starting with each word typed first, for three letters or
       more or a particle alone: "Sailau", "Ben"; a country's: misspellings);
       a person's title or honorific typed alone ("H.E.", "Dr", "الدكتور") is no name, said,
       unless it is a word of a person's name ("Cheikh": "Cheikh Hamidou Kane"), read as in 3.
    "#ID" (an id as the candidates show it) is that entity of `kind`, or none (the id of
    another kind's entity: said in `note`).
    Only entities some article mentions count. The name is read as the archive's text was
    (normalize_text: a soft hyphen or a look-alike letter in it changes nothing)."""
    value = normalize_text(value)
    if by_id := _BY_ID.fullmatch(value.strip()):
        row = conn.execute(f"""
            SELECT id, name, kind
            FROM entities
            WHERE id = :id
              AND {mentioned('entities')}
        """, {"id": int(by_id[1])}).fetchone()
        if row and row[2] != kind:  # "#5", Morocco's id, given to `who`
            command = next(c for c, k in ENTITY_COMMANDS.items() if k == row[2])
            return Lookup([], f"{value.strip()} is the {row[2]} {row[1]}, no {kind}: "
                              f"`icli {command} '{value.strip()}'`", refused=True)
        return Lookup([row[0]], f"{value.strip()}: {row[1]}") if row else Lookup([])
    if kind == "person" and not _name_typed(value) and not (value.strip().isalpha() and _parts_of_names(
            conn, kind, value.strip(), 1)):  # "Cheikh": a word of a person's name
        return Lookup([], f"{value.strip()!r} is a title, not a name: give the person's name",
                      refused=True)
    sql, params = entity_match_sql(kind, value)
    named = entity_rows(conn, f"""
        SELECT id, name, articles
        FROM entities
        WHERE {mentioned('entities')}
          AND id IN ({sql})
        ORDER BY articles DESC, name
    """, params)
    if not named and (refused := refusal(kind, value)):  # "Africa" for a country; "of": UsageError
        return Lookup([], refused, refused=True)
    if len(named) > 1 and kind == "person" and (owner := _surname_owner(conn, value, named)):
        return owner
    if len(named) == 1:  # a name an entity is known by: pycountry's table is not needed
        holding = _holding_word(conn, value, named[0], most) if kind == "person" else []
        if holding:  # and those whose names hold it in the other script, or as a father's name
            holding = _with_fathers(conn, value, holding + _held_across(conn, value, holding), most)
        if len(holding) > 1 and (owner := _surname_owner(conn, value, holding)):
            return owner
        if len(holding) > 1:  # "Omar": Abdullah Omar's surname, Omar El Hassani's first name
            whole = name_norm(value)
            return Lookup([], None, holding, True, sum(name_norm(c["name"]) == whole for c in holding))
        return Lookup([named[0]["id"]])
    if kind == "country" and (shared := countries_sharing(value)):  # "Korea": South and North
        return Lookup([], None, real_country_candidates(conn, shared), True, len(shared))
    if kind == "country":
        code = typed_country(value)
        if code is not None and len(lookup_norm(value)) <= 3 and not _CODE.fullmatch(value.strip()):
            code = None  # "St.": an abbreviation (Saint), not the code ST
        if code is not None:
            return _country(conn, code)
    if kind == "partner" and not named and (names_icesco(value) or _own_long_name(value)):
        return Lookup([], f"{value!r} is ICESCO itself, the archive's publisher: never a partner")
    known = known_partner(value) if kind == "partner" and not named else None
    if known is not None:
        return _known_partner(conn, known)
    by_name = bool(named)
    in_part = kind != "country" or sum(map(str.isalpha, value)) >= MIN_PART_LETTERS
    if not named and in_part:
        named = _parts_of_names(conn, kind, (_name_typed(value) or value.strip())
                                if kind == "person" else value, most + 1)
        if len(named) == 1 and kind == "country":
            several = _real_countries_in_part(conn, value, named[0])
            if several:  # "Korea": South Korea in the archive, North Korea not
                return Lookup([], None, several, True)
        if kind == "person":  # and those holding it in the other script (alone: written only
            named = named + _held_across(conn, value, named, not named)  # there), or as a father
            named = _with_fathers(conn, value, named, most) if named else _whole_name_across(
                conn, value, most)
        if len(named) == 1:
            country = f"; the country: `icli country {value}`" if (
                kind == "partner" and real_country(value)) else ""
            return Lookup([named[0]["id"]], f"{value!r}: {named[0]['name']}{country}")
    if not named and kind == "partner":  # an Arabic word for a Latin acronym ("إرسيكا": IRCICA)
        from icli.store.acronyms_across import partners_sounding  # its word lists: only here

        named, acronyms = partners_sounding(conn, value)
        if len(named) == 1:
            return Lookup([named[0]["id"]], f"{value.strip()!r}: {named[0]['name']}")
        if not named and len(acronyms) == 1:
            return _known_partner(conn, acronyms[0])
    if named:  # several partners or countries known by this name (step 1), or holding it in part
        whole = name_norm(value)
        return Lookup([], None, named, True, len(named) if by_name and kind != "person" else sum(
            name_norm(c["name"]) == whole for c in named))
    if kind == "country" and in_part and (codes := countries_named_in_part(value)):  # "Guin"
        if len(codes) > 1:
            return Lookup([], None, real_country_candidates(conn, codes), True)
        return _none_in_the_archive(value, codes)
    if kind == "country" and (code := country_in_other_words(value)):  # "Deutschland", "XK"
        return _country(conn, code, value)
    from icli.store.misspellings import suggestions  # only for a name that matched nothing

    typed = (_name_typed(value) or value) if kind == "person" else value
    query = alias_words_query(typed, starts=True) if kind != "country" and (
        sum(map(str.isalpha, typed)) >= 3 or only_particles(typed)) else ""
    starting = entity_rows(conn, PART_OF_NAMES, {"query": query, "kind": kind, "most": most,
                                                 "offset": 0}) if query else []
    found = starting + suggestions(conn, kind, value, most)  # "Sailau": Sailaukyzy; "Ben": Benarafa
    return Lookup([], None, list({c["id"] or c["code"]: c for c in found}.values()))  # each once


def _own_long_name(value: str) -> bool:
    """Whether `value` is ICESCO's long name in one of the three languages (article.
    names_own_long; read only for a partner no name matched)."""
    from icli.extract.article import names_own_long  # the extractors' module: only here

    return names_own_long(value)


def _country(conn: sqlite3.Connection, code: str, typed: str | None = None) -> Lookup:
    """The real country of alpha-3 `code`: its entity, or no articles, said ("Germany (DEU): no
    articles"); a country `typed` in other words than its own names is named in the note
    ("'Alemania': Germany (DEU): no articles", "'Marruecos': Morocco")."""
    row = conn.execute(f"""
        SELECT id, name
        FROM entities
        WHERE kind = 'country'
          AND key = :code
          AND {mentioned('entities')}
    """, {"code": code}).fetchone()
    said = f"{typed.strip()!r}: " if typed is not None else ""
    if row:
        return Lookup([row[0]], f"{said}{row[1]}" if said else None)
    return Lookup([], f"{said}{country_display_names().get(code, code)} ({code}): no articles")


def _none_in_the_archive(value: str, codes: frozenset[str]) -> Lookup:
    """The one real country `value` is part of the names of, which the archive does not have:
    no articles, said ("'Lank': Sri Lanka (LKA): no articles")."""
    shown = country_display_names()
    return Lookup([], f"{value!r}: " + ", ".join(sorted(
        f"{shown.get(code, code)} ({code})" for code in codes)) + ": no articles")


_BY_ID = re.compile(r"#(\d+)")  # an entity by its id, as candidates show it ("#12")
# An ISO code as typed: its letters, in any case, or each followed by a dot ("KAZ", "kz", "U.S.").
_CODE = re.compile(r"[^\W\d_]{2,3}|(?:[^\W\d_]\.){2,3}")
MIN_PART_LETTERS = 4  # a country's name typed shorter is a code or a whole name, never a part

# How many times more articles the one person named in full with a surname must have than all
# the people named by that surname alone (in offices he is not known to hold) for the surname to
# be his in a lookup.
OWNER_SHARE = 20


def _surname_owner(conn: sqlite3.Connection, value: str,
                   found: list[dict[str, Any]]) -> Lookup | None:
    """A surname (`value`) that the people `found` all have, exactly one of them named in full
    and the others by that surname alone in an office he is not known to hold (the linker keeps
    them apart: name_variants.SurnameVariants): his, when he is named in at least OWNER_SHARE
    times as many articles as all of them together, with a note naming those left out
    (`candidates`, which `who --all` adds); None otherwise (the lookup's rule 4). One stray role
    given to a surname ("AlMalik, Permanent Delegate") does not make a name that hundreds of
    thousands of articles give one person ambiguous; two people named in full with it always do."""
    ids = [c["id"] for c in found]
    keys = dict(conn.execute("""
        SELECT id, key
        FROM entities
        WHERE id IN (SELECT value FROM json_each(:ids))
    """, {"ids": id_array(ids)}).fetchall())
    full = [c for c in found if not is_surname_only(keys[c["id"]])]
    alone = [c for c in found if is_surname_only(keys[c["id"]])]
    surname = lookup_norm(strip_honorifics(value))
    if len(full) != 1 or not alone or any(
            lookup_norm(key_surname(keys[c["id"]])) != surname for c in found):
        return None
    owner = full[0]
    if owner["articles"] < OWNER_SHARE * sum(c["articles"] for c in alone):
        return None
    left = ", ".join(f"{c['name']} ({c['articles']} article{'s' if c['articles'] != 1 else ''})"
                     for c in alone)
    return Lookup([owner["id"]], f"{value!r}: {owner['name']}; named by that surname alone in "
                  f"another office: {left}; `icli who {value} --all` for all of them", alone)


def _real_countries_in_part(conn: sqlite3.Connection, value: str,
                            found: dict[str, Any]) -> list[dict[str, Any]]:
    """When `value`, part of the names of the one country `found` of the archive, is part of
    other real countries' names too (country_tables.countries_named_in_part): all of them, the
    archive's with their ids and counts, the others with no id and no articles (their `code`
    said); [] when `found` is the only one."""
    codes = countries_named_in_part(value)
    key = conn.execute("""
        SELECT key
        FROM entities
        WHERE id = :id
    """, {"id": found["id"]}).fetchone()[0]
    if len(codes) < 2 or key not in codes:
        return []
    return real_country_candidates(conn, codes)


def _known_partner(conn: sqlite3.Connection, acronym: str) -> Lookup:
    """The well-known partner `acronym` (known_partners.known_partner) as stored under any of its names
    in the three languages, or a note that no article names it."""
    names = [acronym, *known_partner_names(acronym)]
    params = named_list("norm", sorted({name_norm(name) for name in names}))
    rows = entity_rows(conn, f"""
        SELECT e.id, e.name, e.articles
        FROM entities e
        WHERE e.kind = 'partner'
          AND {mentioned('e')}
          AND e.id IN (
            SELECT entity_id
            FROM entity_aliases
            WHERE norm IN ({placeholders(params)})
          )
        ORDER BY e.articles DESC, e.name
    """, params)
    if len(rows) == 1:
        return Lookup([rows[0]["id"]])
    if rows:
        return Lookup([], None, rows, True)
    return Lookup([], f"{names[1] if len(names) > 1 else acronym} ({acronym}): no articles")


# The entities of a kind whose alias words match an FTS5 query (alias_words_query), read from
# the entity_words index, most mentioned first.
# The unary + keeps SQLite from reading every entity of the kind by idx_entities_kind_articles.
PART_OF_NAMES = f"""
    SELECT e.id, e.name, e.articles
    FROM entities e
    WHERE e.id IN (
        SELECT entity_id
        FROM entity_words
        WHERE entity_words MATCH :query
    )
      AND +e.kind = :kind
      AND {mentioned('e')}
    ORDER BY e.articles DESC, e.name, e.id
    LIMIT :most OFFSET :offset
"""


def alias_words_query(value: str, starts: bool = False) -> str:
    """An FTS5 query for entity_words matching aliases that hold each word of `value` as a
    whole word (with `starts`, a word starting with it: "Ben" for "Benarafa"), with or without
    a leading Al-/El-/ال ("Al Malik", "AlMalik" and "Malik" all match "AlMalik" and
    "Al-Malik"; "Saud" matches "King Saud University", never "Saudi"; an Arabic word with ال
    glued before it as well, "ألكسو" matching "الألكسو"), in British or American
    spelling ("Organisation" matches "Organization"): name_parts.typed_forms; any case,
    accents optional and Arabic folded as the index folds it. '' for no word."""
    star = "*" if starts else ""
    return " AND ".join("(" + " OR ".join(f'"{form}"{star}' for form in sorted(forms)) + ")"
                        for forms in typed_forms(value))


def _parts_of_names(conn: sqlite3.Connection, kind: str, value: str, most: int,
                    fathers: bool = False) -> list[dict[str, Any]]:
    """The entities of `kind` (at most `most`) with an alias that holds each word of `value`
    as a whole word (alias_words_query: "Ali" is no part of "Alibek"), most mentioned first; a
    person's as a part of his name as he is written (name_parts.holds_parts: "Salem" is no
    part of "Mahmoud Ould Salem"; with `fathers`, a father's name too), read a page at a time
    until `most` are found."""
    query = alias_words_query(value)
    if not query:
        return []
    if kind != "person":
        return entity_rows(conn, PART_OF_NAMES, {"query": query, "kind": kind, "most": most,
                                                 "offset": 0})
    found: list[dict[str, Any]] = []
    offset = 0
    while True:
        page = entity_rows(conn, PART_OF_NAMES, {"query": query, "kind": kind, "most": _PAGE,
                                                 "offset": offset})
        holding = _holding(conn, page, lambda alias: holds_parts(alias, value, fathers))
        found += [c for c in page if c["id"] in holding]
        if len(found) >= most or len(page) < _PAGE:
            return found[:most]
        offset += _PAGE


_PAGE = 32  # people read at a time by _parts_of_names


def _holding(conn: sqlite3.Connection, people: list[dict[str, Any]],
             holds: Callable[[str], bool]) -> set[int]:
    """The ids of those of `people` with an alias that `holds`."""
    return {entity_id for entity_id, alias in conn.execute("""
        SELECT entity_id, alias
        FROM entity_aliases
        WHERE entity_id IN (SELECT value FROM json_each(:ids))
    """, {"ids": id_array([c["id"] for c in people])}) if holds(alias)}


def _holding_word(conn: sqlite3.Connection, value: str, known: dict[str, Any],
                  most: int) -> list[dict[str, Any]]:
    """When `value` is one word that the person `known` is known by alone (a surname alone,
    "Omar", "عمر"), the people whose names hold it as a whole word (Al-/El-/ال written joined,
    hyphenated or apart), `known` among them, most mentioned first: a word that is part of
    several people's names is a part of a name like any other (lookup's rule 4), whichever of
    them it is the surname of. [] for more than one word."""
    word = _name_typed(value)
    if len(word.split()) != 1:
        return []
    people = _parts_of_names(conn, "person", word, most + 1)
    return people if any(c["id"] == known["id"] for c in people) else [known, *people]


def _held_across(conn: sqlite3.Connection, value: str, found: list[dict[str, Any]],
                 only_there: bool = False, fathers: bool = False) -> list[dict[str, Any]]:
    """The people besides `found` with a name in the other script than `value` holding its words
    (typed_across.held_across: "سالم"), most mentioned first: those a part of a name may mean in
    either script (rule 4); `only_there`: only those with no name in the script typed, who alone
    answer ("Salimm" misspells "Salim M. AlMalik"); `fathers`: a father's name holds words too."""
    from icli.extract.typed_across import held_across  # its word lists: only for a part of a name

    typed = _name_typed(value)
    if only_particles(typed) or (holds := held_across(typed, fathers)) is None:  # "Ben": no part
        return []
    other_script = "NOT " if ARABIC_LETTER.search(typed) else ""  # names in the other script
    held = {c["id"]: c for c in found}
    for entity_id, name, articles, alias in conn.execute(f"""
        SELECT e.id, e.name, e.articles, al.alias
        FROM entity_aliases al
        JOIN entities e ON e.id = al.entity_id
        WHERE e.kind = 'person'
          AND {other_script}(al.alias GLOB '*[ء-ي]*')
          AND {mentioned('e')}
          AND NOT (:only_there AND EXISTS (SELECT 1 FROM entity_aliases typed WHERE typed.entity_id
              = e.id AND {"" if other_script else "NOT "}(typed.alias GLOB '*[ء-ي]*')))
    """, {"only_there": only_there}):
        if entity_id not in held and holds(alias):
            held[entity_id] = {"id": entity_id, "name": name, "articles": articles}
    return sorted((c for c in held.values() if c not in found),
                  key=lambda c: (-c["articles"], c["name"]))


def _whole_name_across(conn: sqlite3.Connection, value: str,
                       most: int) -> list[dict[str, Any]]:
    """People written in the other script whose whole name agrees with `value` (two words or
    more no name holds in either script; misspellings.in_other_script, across.names_agree and
    typed_across.words_agree: "Ilham Aliyev" is "إلهام علييف", "Karim Nasr" not "كريم الناصري"),
    most mentioned first; [] for one word (rule 5: a suggestion at most)."""
    from icli.extract.typed_across import words_agree  # only for a name no name holds
    from icli.store.misspellings import in_other_script

    return [c for c in in_other_script(conn, "person", value, most + 1) if words_agree(
        value, c["name"])] if len(_name_typed(value).split()) > 1 else []


def _with_fathers(conn: sqlite3.Connection, value: str, found: list[dict[str, Any]],
                  most: int) -> list[dict[str, Any]]:
    """`found`, the people `value` is part of the names of, and after them those whose
    father's name it is, in either script, most mentioned first ("Khaled": Khaled Al-Omari,
    then Mohamed Ould Khaled): a word that answers someone lists them too (rule 4); a
    father's name alone never answers (rule 5)."""
    known = {c["id"] for c in found}
    fathers = [c for c in _parts_of_names(conn, "person", _name_typed(value), most + len(found),
                                          fathers=True) if c["id"] not in known]
    fathers += _held_across(conn, value, found + fathers, fathers=True)
    return found + sorted(fathers, key=lambda c: (-c["articles"], c["name"]))
