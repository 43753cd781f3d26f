"""Entities' stored counts kept true: every entity whose mentions or dates change is marked
(`entity_dirty`, in the transaction that changes them), and the end of an ingest recounts the
marked ones (articles, first and last date) and chooses their shown names anew.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection

from icli.choices import LANGUAGES
from icli.extract import identity
from icli.extract.known_partners import known_partner, known_partner_names
from icli.store.sql import id_array


def mark(conn: sqlite3.Connection, entity_ids: Collection[int]) -> None:
    """Mark entities for a recount."""
    conn.executemany("""
        INSERT OR IGNORE INTO entity_dirty
        VALUES (:entity)
    """, [{"entity": entity_id} for entity_id in entity_ids])


def any_marked(conn: sqlite3.Connection) -> bool:
    """Whether some entity is marked for a recount."""
    return conn.execute("""
        SELECT 1
        FROM entity_dirty
        LIMIT 1
    """).fetchone() is not None


def refresh_marked(conn: sqlite3.Connection, added: dict[int, list] | None = None) -> None:
    """Recount the marked entities' articles and date spans, and choose their shown names; an
    entity in `added` (articles, first and last date it gained in new articles, and nothing
    else changed) has those added to its stored count and span instead of counting anew."""
    added = added or {}
    conn.executemany("""
        UPDATE entities
        SET articles = articles + :n,
            first_date = CASE WHEN first_date IS NULL OR :first < first_date
                              THEN :first ELSE first_date END,
            last_date = CASE WHEN last_date IS NULL OR :last > last_date
                             THEN :last ELSE last_date END
        WHERE id = :entity
    """, [{"n": n, "first": first, "last": last, "entity": entity_id}
          for entity_id, (n, first, last) in added.items()])
    skip = {"added": id_array(added)}  # the marked entities not in `added` are counted anew
    conn.execute("""
        UPDATE entities
        SET articles = 0, first_date = NULL, last_date = NULL
        WHERE id IN (
            SELECT entity_id
            FROM entity_dirty
            WHERE entity_id NOT IN (SELECT value FROM json_each(:added))
        )
    """, skip)
    conn.execute("""
        WITH counted AS (
            SELECT m.entity_id AS id, COUNT(*) AS n, MIN(m.date) AS first, MAX(m.date) AS last
            FROM entity_dirty d
            CROSS JOIN mentions m ON m.entity_id = d.entity_id
            WHERE d.entity_id NOT IN (SELECT value FROM json_each(:added))
            GROUP BY m.entity_id
        )
        UPDATE entities
        SET articles = counted.n, first_date = counted.first, last_date = counted.last
        FROM counted
        WHERE entities.id = counted.id
    """, skip)
    forms: dict[int, tuple[str, str, str | None, str, list[str]]] = {}
    for entity_id, kind, key, code, name, alias in conn.execute("""
        SELECT e.id, e.kind, e.key, e.code, e.name, al.alias
        FROM entity_dirty d
        JOIN entities e ON e.id = d.entity_id
        JOIN entity_aliases al ON al.entity_id = e.id
        WHERE e.kind != 'country'
    """):
        forms.setdefault(entity_id, (kind, key, code, name, []))[4].append(alias)
    counts, languages = _spelling_counts(
        conn, [entity_id for entity_id, (kind, _, code, _, aliases) in forms.items()
               if kind == "partner" and len(set(aliases) - {code}) > 1])
    renamed = []
    for entity_id, (kind, key, code, name, aliases) in forms.items():
        known = known_partner(code) if kind == "partner" and code else None
        ranks = languages.get(entity_id)
        if ranks:  # a partner named in several languages: its names in the first of LANGUAGES
            aliases = [alias for alias in aliases
                       if ranks.get(alias) == min(ranks.values())] or aliases
        # a well-known partner under the table's English name; any other its fullest form,
        # in its commonest spelling
        shown = known_partner_names(known)[0] if known else identity.display_name(
            kind, key, code, aliases, counts.get(entity_id))
        if shown and shown != name:
            renamed.append({"name": shown, "entity": entity_id})
    conn.executemany("""
        UPDATE entities
        SET name = :name
        WHERE id = :entity
    """, renamed)
    conn.execute("""
        DELETE FROM entity_dirty
    """)


def _spelling_counts(conn: sqlite3.Connection, entity_ids: list[int]
                     ) -> tuple[dict[int, dict[str, int]], dict[int, dict[str, int]]]:
    """For each partner of `entity_ids` (those named in more than one form), how many articles
    name it in each form (what its shown spelling is chosen by: identity.display_name) and, for
    one named in articles of several languages, the first language (its rank in LANGUAGES) of
    the articles naming it in each form."""
    counts: dict[int, dict[str, int]] = {}
    ranks: dict[int, dict[str, int]] = {}
    rank = {language: i for i, language in enumerate(LANGUAGES)}
    for entity_id, name, language, n in conn.execute("""
        SELECT m.entity_id, m.name, a.language, COUNT(*)
        FROM mentions m
        JOIN articles a ON a.id = m.article_id
        WHERE m.entity_id IN (SELECT value FROM json_each(:entities))
        GROUP BY m.entity_id, m.name, a.language
    """, {"entities": id_array(entity_ids)}):
        counts.setdefault(entity_id, {})
        counts[entity_id][name] = counts[entity_id].get(name, 0) + n
        named = ranks.setdefault(entity_id, {})
        named[name] = min(named.get(name, len(rank)), rank.get(language, len(rank)))
    return counts, {entity_id: named for entity_id, named in ranks.items()
                    if len(set(named.values())) > 1}
