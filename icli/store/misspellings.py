"""The names a name that matched nothing may mean (store.lookup's rule 5): suggestions, never
an answer: the entities spelled closest to it (a country: the real countries whose names are a
few edits away), and people or partners written in the other script whose name may be the one
typed."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any

from icli.extract.identity import strip_honorifics
from icli.store.sql import entity_rows, id_array, mentioned
from icli.text.normalize import ARABIC_LETTER, lookup_norm


def suggestions(conn: sqlite3.Connection, kind: str, value: str, most: int) -> list[dict[str, Any]]:
    """The entities of `kind` a name that matched nothing may mean, most likely first: those
    written in the other script (in_other_script), then those spelled like it (_spelled_like),
    each once; a country's: only real countries spelled within a few edits of it
    (_countries_spelled_like)."""
    if kind == "country":
        return _countries_spelled_like(conn, value, most)
    found = in_other_script(conn, kind, value, most) + _spelled_like(conn, kind, value, most)
    return list({c["id"]: c for c in found}.values())


# A country typed at most one edit per COUNTRY_EDIT_LETTERS letters (at least one) from one of
# its names is that country misspelt: "Rusia" is one edit from Russia, "Atlantis" none's.
COUNTRY_EDIT_LETTERS = 4


def _countries_spelled_like(conn: sqlite3.Connection, value: str,
                            most: int) -> list[dict[str, Any]]:
    """The real countries with a name, demonym or name's word in English, French or Arabic
    (country_tables.real_countries, codes aside) within edit_distance of `value`'s letters (one
    edit per COUNTRY_EDIT_LETTERS letters), closest first, then those with a name's words
    starting with its words ("Guin": country_tables.countries_named_in_part), then most
    mentioned: the archive's with their ids, the others with no id
    (country_candidates.real_country_candidates). Never a country sharing only a letter or
    two ("Atlantis" is no Albania)."""
    from icli.extract.country_tables import (
        countries_named_in_part,
        country_lookup_key,
        real_countries,
    )
    from icli.store.country_candidates import real_country_candidates

    typed = country_lookup_key(value)
    if len(typed) < 4:  # a code or a short word: a typo of it says nothing
        return []
    edits = max(1, len(typed) // COUNTRY_EDIT_LETTERS)
    closest: dict[str, int] = {}
    for form, code in real_countries().items():
        if len(form) > 3 and abs(len(form) - len(typed)) <= edits:
            distance = edit_distance(typed, form, edits)
            if distance <= edits:
                closest[code] = min(distance, closest.get(code, distance))
    for code in countries_named_in_part(value, starts=True):  # "Guin": a word's start
        closest.setdefault(code, edits + 1)
    if not closest:
        return []
    found = real_country_candidates(conn, frozenset(closest))
    return sorted(found, key=lambda c: closest[c["code"]])[:most]


def edit_distance(one: str, other: str, most: int) -> int:
    """The number of letters inserted, deleted, replaced or two side by side swapped that make
    `one` into `other` (optimal string alignment), or most + 1 as soon as it is more than
    `most`."""
    previous, before = list(range(len(other) + 1)), list[int]()
    for i, letter in enumerate(one, 1):
        row = [i]
        for j, other_letter in enumerate(other, 1):
            cost = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (letter != other_letter))
            if (i > 1 and j > 1 and letter == other[j - 2] and one[i - 2] == other_letter):
                cost = min(cost, before[j - 2] + 1)
            row.append(cost)
        if min(row) > most:
            return most + 1
        before, previous = previous, row
    return previous[-1]


def in_other_script(conn: sqlite3.Connection, kind: str, value: str,
                    most: int) -> list[dict[str, Any]]:
    """People or partners written in the other script (Arabic for a name typed in Latin
    letters, and back) whose name may be the one typed (typed_across.spelled_across), most mentioned
    first (only when nothing matched): suggestions, but for a person's whole name (two words or
    more, across.names_agree) the lookup's answer when there is one alone (its rule 3)."""
    from icli.extract.typed_across import spelled_across  # its word lists: only for a name not found

    if kind not in ("person", "partner"):
        return []
    typed = strip_honorifics(value) if kind == "person" else value
    other_script = "NOT " if ARABIC_LETTER.search(typed) else ""  # names in the other script
    rows = entity_rows(conn, f"""
        SELECT id, name, articles
        FROM entities
        WHERE kind = :kind
          AND {other_script}(name GLOB '*[ء-ي]*')
          AND {mentioned('entities')}
        ORDER BY articles DESC, name
    """, {"kind": kind})
    return [row for row in rows if spelled_across(typed, row["name"], kind)][:most]


def _spelled_like(conn: sqlite3.Connection, kind: str, value: str,
                  most: int) -> list[dict[str, Any]]:
    """Entities of `kind` with a name or a word of one spelled closest to `value` (difflib),
    most mentioned first: suggestions for a misspelling, read from every alias (only when
    nothing matched)."""
    import difflib

    norm = lookup_norm(strip_honorifics(value) if kind == "person" else value)
    if not norm:
        return []
    names: dict[str, set[int]] = defaultdict(set)
    for alias, entity_id in conn.execute(f"""
        SELECT al.alias, al.entity_id
        FROM entity_aliases al
        JOIN entities e ON e.id = al.entity_id
        WHERE e.kind = :kind
          AND {mentioned('e')}
    """, {"kind": kind}):
        for form in (alias, *alias.split()):  # the whole name, and each of its words
            names[lookup_norm(form)].add(entity_id)
    close = {i for n in difflib.get_close_matches(norm, list(names), n=most, cutoff=0.75) for i in names[n]}
    return entity_rows(conn, """
        SELECT id, name, articles
        FROM entities
        WHERE id IN (SELECT value FROM json_each(:ids))
        ORDER BY articles DESC, name
    """, {"ids": id_array(sorted(close))}) if close else []
