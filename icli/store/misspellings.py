"""The names a name that matched nothing may mean (store.lookup's rule 5): suggestions, never
an answer: the entities spelled closest to it, and people or partners written in the other
script whose name may be the one typed."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any

from icli.extract.identity import strip_honorifics
from icli.store.sql import entity_rows, id_array, mentioned
from icli.text.normalize import ARABIC_LETTER, lookup_norm


def suggestions(conn: sqlite3.Connection, kind: str, value: str, most: int) -> list[dict[str, Any]]:
    """The entities of `kind` a name that matched nothing may mean, most likely first: those
    written in the other script (_in_other_script), then those spelled like it (_spelled_like),
    each once."""
    found = _in_other_script(conn, kind, value, most) + _spelled_like(conn, kind, value, most)
    return list({c["id"]: c for c in found}.values())


def _in_other_script(conn: sqlite3.Connection, kind: str, value: str,
                     most: int) -> list[dict[str, Any]]:
    """People or partners written in the other script (Arabic for a name typed in Latin
    letters, and back) whose name may be the one typed (typed_across.spelled_across), most mentioned
    first: suggestions only, since letters alone never say two names are one person's or body's
    (only when nothing matched)."""
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
