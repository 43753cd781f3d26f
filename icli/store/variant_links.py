"""Spelling variants of one person linked at the end of every ingest: the mentions of a person
whose name is a spelling variant of another's (or a surname alone with the same skeleton) and
who held the same office at the same time (`name_variants.spelling_variants`) are linked to the
person of their group named in most articles (`mentions.link` 'variant', `via`: the person as
written), in every language. Made anew from what is stored at every finish, whatever the run
changed: only the people whose names share a spelling key are read beyond their keys, and they
are few.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Mapping
from itertools import chain

from icli.extract import gazetteer, identity, name_variants
from icli.store import role_links
from icli.store.mentions import MentionWriter
from icli.store.sql import id_array

# The mentions naming these people outright (`person`: as written; those linked before by
# variant are read from idx_mentions_link, the others by their person), and those of the people
# named by a surname alone that nobody named in full with it owns (`alone`), with the role the
# article gives (not one a role-only link filled in: role_links.link).
_NAMED = """
    SELECT m.rowid, m.article_id, m.entity_id AS person, m.entity_id, m.link, {role}, m.date
    FROM mentions m
    WHERE m.entity_id IN (SELECT value FROM json_each(:ids))
      AND m.link IS NULL
    UNION ALL
    SELECT m.rowid, m.article_id, m.via, m.entity_id, m.link, {role}, m.date
    FROM mentions m
    WHERE m.link = 'variant'
      AND m.via IN (SELECT value FROM json_each(:ids))
    UNION ALL
    SELECT m.rowid, m.article_id, m.via, m.entity_id, m.link, {role}, m.date
    FROM mentions m INDEXED BY idx_mentions_entity_date
    WHERE m.entity_id IN (SELECT value FROM json_each(:alone))
      AND m.link = 'surname'
      AND m.via = m.entity_id
""".format(role="""CASE WHEN EXISTS (
        SELECT 1
        FROM head_mentions h
        WHERE h.article_id = m.article_id
          AND h.filled = m.rowid
    ) THEN NULL ELSE m.office END""")


def relink(conn: sqlite3.Connection, writer: MentionWriter, redo: set[int],
           owners: Mapping[str, int]) -> set[tuple]:
    """Make the spelling-variant links anew: each mention of a person joining another is linked
    to it, unless its article names that person otherwise (outright, by surname or across
    scripts; a role-only link does not count, and is undone); every other is the person it was
    written as (a surname alone: its owner in `owners`, surname → the person named in full
    with it, else itself, linked 'surname'). A surname alone in no office some person owns is
    never a variant; one in an office is the person who held it then, or itself. Only mentions whose person changes are written. Adds the articles changed to
    `redo`; returns the role-only links undone in them (role_links.unlink)."""
    people: dict[int, str] = {}
    groups: dict[str, list[int]] = {}
    surnames: dict[str, list[int]] = {}  # a surname's skeleton → people named in full with it
    alone: dict[str, list[int]] = {}  # … → people named by that surname alone, owned by nobody
    head_keys = {identity.person_key(name) for name, _, _ in gazetteer.OWN_HEADS}
    heads: dict[str, int] = {}
    for entity_id, key in conn.execute("""
        SELECT id, key
        FROM entities
        WHERE kind = 'person'
    """):
        spelling = name_variants.spelling_key(key)
        if spelling is not None:
            people[entity_id] = key
            groups.setdefault(spelling, []).append(entity_id)
            surnames.setdefault(name_variants.surname_spelling(key) or "", []).append(entity_id)
        elif identity.is_surname_only(key) and (not identity.is_bare_surname(key)
                                                or identity.key_surname(key) not in owners):
            people[entity_id] = key
            alone.setdefault(name_variants.surname_spelling(key) or "", []).append(entity_id)
        if key in head_keys:
            heads[key] = entity_id
    candidates = {entity_id for ids in groups.values() if len(ids) > 1 for entity_id in ids}
    lone: list[int] = []  # the surnames alone that may be someone's variant
    for surname, ids in alone.items():
        if surname in surnames:
            lone += ids
            candidates.update(ids, surnames[surname])
    if not candidates and not conn.execute("""
        SELECT 1
        FROM mentions
        WHERE link = 'variant'
        LIMIT 1
    """).fetchone():
        return set()
    lone_ids = set(lone)
    params = {"ids": id_array(sorted(candidates)), "alone": id_array(sorted(lone))}
    # What decides the joins, read in one pass as the mentions come (no sort): how many
    # articles name each person as written (an article's mention of a person, as written, is
    # one row: the mentions' primary key, which no link breaks, as a link moves a row away
    # from its person as written), and the offices the people named in full held and when
    # (once per person, role and day; the same role and date strings shared). The mentions by
    # a surname alone are judged one by one in the second pass. Memory follows the people and
    # days, not the mentions.
    articles: dict[int, int] = {}
    offices: set[tuple[int, str, str]] = set()
    for _, _, person, _, _, role, date in conn.execute(_NAMED, params):
        articles[person] = articles.get(person, 0) + 1
        if person not in lone_ids and role is not None and date is not None:  # (no other is read)
            offices.add((person, sys.intern(role), sys.intern(date)))
    terms = identity.head_terms(heads.get)
    named = {entity_id: (people[entity_id], articles.get(entity_id, 0))
             for entity_id in candidates if entity_id not in lone_ids}
    joined = name_variants.spelling_variants(named, offices, heads=terms)
    surname_variants = name_variants.SurnameVariants(named, offices, joined, heads=terms)
    del offices  # (what SurnameVariants needs of them, it keeps)
    stale = conn.execute("""
        SELECT rowid, article_id, via, entity_id, link, NULL, date
        FROM mentions
        WHERE link = 'variant'
          AND via NOT IN (SELECT value FROM json_each(:ids))
    """, {"ids": id_array(sorted(candidates))}).fetchall()  # people no longer sharing a spelling key

    def as_written(person: int) -> tuple[int, str | None, int | None]:
        """Where a mention of `person` goes when it joins nobody: (entity, link, via)."""
        key = people.get(person) or conn.execute("""
            SELECT key
            FROM entities
            WHERE id = :id
        """, {"id": person}).fetchone()[0]
        if identity.is_surname_only(key):
            owner = owners.get(identity.key_surname(key)) if identity.is_bare_surname(key) else None
            return owner or person, "surname", person
        return person, None, None

    undone: set[tuple] = set()
    taken: set[tuple[int, int]] = set()  # (article, person) a mention was linked to in this pass
    # each mention of these people: (rowid, article, person as written, person now, link, role,
    # date), in rowid order; `+rowid` has SQLite sort them all before the first comes, so what
    # the loop writes does not change what it reads
    rows = conn.execute(f"""
        SELECT *
        FROM ({_NAMED})
        ORDER BY +rowid
    """, params)
    lone_aliases: dict[tuple[int, int], None] = {}  # (person joined, surname alone), in order
    for rowid, article_id, person, now, link, role, date in chain(stale, rows):
        if person in lone_ids:
            target = surname_variants.person(people[person], role, date) or person
            if target != person:
                lone_aliases[target, person] = None
        else:
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
            placed: tuple[int, str | None, int | None] = (target, "variant", person)
        else:
            placed = as_written(person)
        if placed == (now, link, person if link else None):
            continue
        if article_id not in redo:
            undone |= role_links.unlink(conn, {article_id})
            redo.add(article_id)
        conn.execute("""
            UPDATE mentions
            SET entity_id = :entity, link = :link, via = :via
            WHERE rowid = :rowid
        """, dict(zip(("entity", "link", "via"), placed), rowid=rowid))
        writer.moved(now, placed[0], date)
    for person, target in sorted(joined.items()):
        writer.add_aliases_of(target, person)
    for target, person in lone_aliases:
        writer.add_aliases_of(target, person)
    return undone
