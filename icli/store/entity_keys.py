"""The keys each person and partner is looked up by across scripts (`entity_keys`,
extract.undated_versions.search_keys), written with the forms the entity is stored under:
a person's surname and whole-name skeletons, a partner's keys in any language. Forms are
never removed, so neither are keys: an entity's keys are those of every form it has had."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection

from icli.extract.undated_versions import search_keys

_ADD_KEY = """
    INSERT OR IGNORE INTO entity_keys (entity_id, key)
    VALUES (:entity, :key)
"""


def add_keys(conn: sqlite3.Connection, entity_id: int, names: Collection[str]) -> None:
    """Store the keys of an entity named by the forms `names` and its shown name (a country
    has none)."""
    row = conn.execute("""
        SELECT kind, surname, code, name
        FROM entities
        WHERE id = :entity
    """, {"entity": entity_id}).fetchone()
    if row is None or row[0] not in ("person", "partner"):
        return
    kind, surname, code, shown = row
    keys = {key for name in {*names, shown} for key in search_keys(kind, surname, name, code)}
    conn.executemany(_ADD_KEY, [{"entity": entity_id, "key": key} for key in sorted(keys)])


def refill_entity_keys(conn: sqlite3.Connection) -> None:
    """Make the keys of every stored person and partner from all its forms."""
    conn.execute("DELETE FROM entity_keys")
    rows = conn.execute("""
        SELECT e.id, e.kind, e.surname, e.code, al.alias
        FROM entities e
        JOIN entity_aliases al ON al.entity_id = e.id
        WHERE e.kind IN ('person', 'partner')
        UNION
        SELECT id, kind, surname, code, name
        FROM entities
        WHERE kind IN ('person', 'partner')
    """).fetchall()
    conn.executemany(_ADD_KEY, [{"entity": entity_id, "key": key}
                                for entity_id, kind, surname, code, name in rows
                                for key in search_keys(kind, surname, name, code)])
