"""Entity names for shell completion: those with a word starting with what was typed."""

from __future__ import annotations

import sqlite3

from icli.store.sql import mentioned


def names_matching(conn: sqlite3.Connection, kind: str, typed: str, most: int = 50) -> list[str]:
    """Names of entities of `kind` (shell completion) with a word that starts with `typed`, in
    any case: a word of the name or of an alias ("Ben" finds "Abdelilah Benarafa", "malik"
    finds "Salim M. AlMalik" through "Al-Malik"), or the code or acronym ("ALE" finds the
    partner whose acronym is ALECSO). Names starting with `typed` come first, then the most
    mentioned."""
    escaped = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    words = "' ' || replace(replace({0}, '-', ' '), '.', ' ') LIKE :word ESCAPE '\\'"
    rows = conn.execute(f"""
        SELECT e.name
        FROM entities e
        WHERE e.kind = :kind
          AND {mentioned('e')}
          AND (
            {words.format('e.name')}
            OR e.code LIKE :start ESCAPE '\\'
            OR EXISTS (
                SELECT 1
                FROM entity_aliases al
                WHERE al.entity_id = e.id
                  AND {words.format('al.alias')}
            )
          )
        ORDER BY e.name LIKE :start ESCAPE '\\' DESC, e.articles DESC, e.name
        LIMIT :most
    """, {"kind": kind, "word": f"% {escaped}%", "start": f"{escaped}%", "most": most})
    return [name for (name,) in rows]


