"""Role-only mentions linked to a person: ICESCO's top role named alone (kept aside in
`head_mentions` as an ingest writes) is linked at the end of the ingest to the role's holder on
the article's date (`identity.role_holder`, over the heads' terms of office the archive names),
and an article naming the holder without a role gives that mention the role.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection

from icli.extract import identity
from icli.store.sql import id_array, store_json

# The rule of a mention linked from a role named alone to its holder on the article's date.
ROLE_HOLDER_RULE = "person.role-alone.holder-on-date"
HEAD_SPANS = "head_spans"  # an icli_meta key: the heads' terms the role-only links were made with

# The role-only mentions with their article's date, as `link` reads them (by article).
HEAD_MENTIONS = """
    SELECT h.article_id, h.role, h.alias, a.date
    FROM head_mentions h
    JOIN articles a ON a.id = h.article_id
"""


def head_terms(conn: sqlite3.Connection) -> dict[int, tuple[str | None, str | None]]:
    """The terms of office of ICESCO's Directors-General the archive names (identity.head_terms),
    by their person's id."""
    return identity.head_terms(_person_id(conn))


def _person_id(conn: sqlite3.Connection) -> Callable[[str], int | None]:
    """A person's key → the id of the stored person of that key, or of the person it joins as
    a spelling variant (variant_links); None: nobody."""
    def person_id(key: str) -> int | None:
        row = conn.execute("""
            SELECT coalesce((
                SELECT m.entity_id
                FROM mentions m
                WHERE m.link = 'variant'
                  AND m.via = e.id
                LIMIT 1
            ), e.id)
            FROM entities e
            WHERE e.kind = 'person'
              AND e.key = :key
        """, {"key": key}).fetchone()
        return row and row[0]

    return person_id


WINDOW = 5000  # role-only mentions linked at a time


def link(conn: sqlite3.Connection, articles: Collection[int] | None,
         spans: dict[int, tuple[str | None, str | None]]) -> None:
    """Link the role-only mentions of these articles (every one for None), whose articles have
    no role link yet, to the holder on their date (`spans`: the heads' terms of office; nobody
    outside them), WINDOW articles at a time, so memory does not grow with the archive; an
    article naming the holder without a role gives that mention the role. A linked mention is
    named as gazetteer.OWN_HEADS names the holder (the article names nobody). The terms are kept
    (HEAD_SPANS) for the next ingest's links."""
    if articles is None:
        after = 0
        while rows := conn.execute(f"""
            {HEAD_MENTIONS}
            WHERE h.article_id > :after
            ORDER BY h.article_id
            LIMIT :window
        """, {"after": after, "window": WINDOW}).fetchall():
            _link_window(conn, rows, spans)
            after = rows[-1][0]
    else:
        ordered = sorted(articles)
        for start in range(0, len(ordered), WINDOW):
            _link_window(conn, conn.execute(f"""
                {HEAD_MENTIONS}
                WHERE h.article_id IN (SELECT value FROM json_each(:ids))
                ORDER BY h.article_id
            """, {"ids": id_array(ordered[start:start + WINDOW])}).fetchall(), spans)
    store_json(conn, HEAD_SPANS, sorted(spans.items()))


def _link_window(conn: sqlite3.Connection, head_mentions: list[tuple[int, str, str, str | None]],
                 spans: dict[int, tuple[str | None, str | None]]) -> None:
    """`link` for one window of role-only mentions (article, role, alias, article date)."""
    roles, filled = [], []
    names = identity.head_names(_person_id(conn))
    for article_id, role, alias, date in head_mentions:
        holder = identity.role_holder(date, spans)
        if holder is None:
            continue
        roles.append({"article": article_id, "entity": holder, "role": role, "alias": alias,
                      "name": names.get(holder), "rule": ROLE_HOLDER_RULE,
                      "office": identity.head_office()})
        named = conn.execute("""
            SELECT rowid, role
            FROM mentions
            WHERE article_id = :article
              AND entity_id = :entity
        """, {"article": article_id, "entity": holder}).fetchone()
        if named is not None and named[1] is None:  # named without a role: given this one
            filled.append({"role": role, "office": identity.head_office(), "rowid": named[0],
                           "article": article_id})
    conn.executemany("""
        INSERT OR IGNORE INTO mentions (article_id, entity_id, role, office, alias, name, link,
                                        rule, date)
        VALUES (:article, :entity, :role, :office, :alias, :name, 'role', :rule, (
            SELECT date
            FROM articles
            WHERE id = :article
        ))
    """, roles)
    conn.executemany("""
        UPDATE mentions
        SET role = :role,
            office = :office
        WHERE rowid = :rowid
    """, filled)
    conn.executemany("""
        UPDATE head_mentions
        SET filled = :rowid
        WHERE article_id = :article
    """, filled)


# The role-only links of some articles, as (article, holder, date).
ROLE_LINKS = """
    SELECT article_id, entity_id, date
    FROM mentions
    WHERE link = 'role'
      AND article_id IN (SELECT value FROM json_each(:ids))
"""


def unlink(conn: sqlite3.Connection, articles: Collection[int]) -> set[tuple]:
    """Undo the role-only links of these articles (the role given to a named holder too);
    returns the links removed as (article, holder, date)."""
    ids = {"ids": id_array(articles)}
    removed = set(conn.execute(ROLE_LINKS, ids))
    conn.execute("""
        UPDATE mentions
        SET role = NULL,
            office = NULL
        WHERE rowid IN (
            SELECT filled
            FROM head_mentions
            WHERE article_id IN (SELECT value FROM json_each(:ids))
        )
    """, ids)
    conn.execute("""
        UPDATE head_mentions
        SET filled = NULL
        WHERE filled IS NOT NULL
          AND article_id IN (SELECT value FROM json_each(:ids))
    """, ids)
    conn.execute("""
        DELETE FROM mentions
        WHERE link = 'role'
          AND article_id IN (SELECT value FROM json_each(:ids))
    """, ids)
    return removed


def unlink_all(conn: sqlite3.Connection) -> None:
    """Undo every role-only link (and the roles given to named holders)."""
    conn.execute("""
        UPDATE mentions
        SET role = NULL,
            office = NULL
        WHERE rowid IN (
            SELECT filled
            FROM head_mentions
            WHERE filled IS NOT NULL
        )
    """)
    conn.execute("""
        UPDATE head_mentions
        SET filled = NULL
        WHERE filled IS NOT NULL
    """)
    conn.execute("""
        DELETE FROM mentions
        WHERE link = 'role'
    """)
