"""Spelling variants of one person linked at the end of every ingest: the mentions, in English
articles, of a person whose name is a spelling variant of another's and who held the same
office at the same time (`name_variants.spelling_variants`) are linked to the person of their
group named in most articles (`mentions.link` 'variant', `via`: the person as written). Made
anew from what is stored at every finish, whatever the run changed: only the people whose names
share a spelling key are read beyond their keys, and they are few.
"""

from __future__ import annotations

import sqlite3

from icli.extract import name_variants
from icli.store import role_links
from icli.store.mentions import MentionWriter
from icli.store.sql import id_array

# The mentions naming these people outright in English articles (`person`: as written; those
# linked before by variant are read from idx_mentions_link, the others by their person), with
# the role the article gives (not one a role-only link filled in: role_links.link).
_NAMED = """
    SELECT m.rowid, m.article_id, m.entity_id AS person, m.entity_id, {role}, m.date
    FROM mentions m
    CROSS JOIN articles a ON a.id = m.article_id
    WHERE m.entity_id IN (SELECT value FROM json_each(:ids))
      AND m.link IS NULL
      AND a.language = 'en'
    UNION ALL
    SELECT m.rowid, m.article_id, m.via, m.entity_id, {role}, m.date
    FROM mentions m
    CROSS JOIN articles a ON a.id = m.article_id
    WHERE m.link = 'variant'
      AND m.via IN (SELECT value FROM json_each(:ids))
      AND a.language = 'en'
""".format(role="""CASE WHEN EXISTS (
        SELECT 1
        FROM head_mentions h
        WHERE h.article_id = m.article_id
          AND h.filled = m.rowid
    ) THEN NULL ELSE m.office END""")


def relink(conn: sqlite3.Connection, writer: MentionWriter, redo: set[int]) -> set[tuple]:
    """Make the spelling-variant links anew: each mention of a person joining another is linked
    to it, unless its article names that person otherwise (outright, by surname or across
    scripts; a role-only link does not count, and is undone); every other is the person it was
    written as. Only mentions whose person changes are written. Adds the articles changed to
    `redo`; returns the role-only links undone in them (role_links.unlink)."""
    people: dict[int, str] = {}
    groups: dict[str, list[int]] = {}
    for entity_id, key in conn.execute("""
        SELECT id, key
        FROM entities
        WHERE kind = 'person'
    """):
        spelling = name_variants.spelling_key(key)
        if spelling is not None:
            people[entity_id] = key
            groups.setdefault(spelling, []).append(entity_id)
    candidates = [entity_id for ids in groups.values() if len(ids) > 1 for entity_id in ids]
    if not candidates and not conn.execute("""
        SELECT 1
        FROM mentions
        WHERE link = 'variant'
        LIMIT 1
    """).fetchone():
        return set()
    # each mention of these people: (rowid, article, person as written, person now, role, date)
    rows = sorted(conn.execute(_NAMED, {"ids": id_array(candidates)}))
    articles: dict[int, set[int]] = {}
    for _, article_id, person, *_ in rows:
        articles.setdefault(person, set()).add(article_id)
    joined = name_variants.spelling_variants(
        {entity_id: (people[entity_id], len(articles.get(entity_id, ())))
         for entity_id in candidates},
        [(person, role, date) for _, _, person, _, role, date in rows])
    stale = conn.execute("""
        SELECT rowid, article_id, via, entity_id, NULL, date
        FROM mentions
        WHERE link = 'variant'
          AND via NOT IN (SELECT value FROM json_each(:ids))
    """, {"ids": id_array(candidates)}).fetchall()  # people no longer sharing a spelling key
    undone: set[tuple] = set()
    taken: set[tuple[int, int]] = set()  # (article, person) a mention was linked to in this pass
    for rowid, article_id, person, now, _, date in [*stale, *rows]:
        target = joined.get(person, person)
        # (a mention linked to its person already is the article's only one of that person)
        if target != person and ((article_id, target) in taken or now != target and conn.execute("""
            SELECT 1
            FROM mentions
            WHERE article_id = :article
              AND entity_id = :entity
              AND link IS NOT 'variant'
              AND link IS NOT 'role'
        """, {"article": article_id, "entity": target}).fetchone()):
            target = person  # the article names that person otherwise
        if target != person:
            taken.add((article_id, target))
        if target == now:
            continue
        if article_id not in redo:
            undone |= role_links.unlink(conn, {article_id})
            redo.add(article_id)
        conn.execute("""
            UPDATE mentions
            SET entity_id = :entity, via = :via, link = :link
            WHERE rowid = :rowid
        """, {"entity": target, "rowid": rowid, **(
            {"via": person, "link": "variant"} if target != person else {"via": None, "link": None})})
        writer.moved(now, target, date)
    for person, target in sorted(joined.items()):
        writer.add_aliases_of(target, person)
    return undone
