"""The links made at the end of every ingest (finish): surname-only and role-only mentions
linked to a person, and French and Arabic mentions linked across scripts, as from everything
stored by then, so the links do not depend on the order articles arrive in.

`_link` makes them all anew (the reference); `_link_changes` makes only those that what one
run wrote can change (LinkScope), to the same result. Finish then recounts the marked entities,
or adds to an entity's count what it only gained in the run.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection

from icli.extract import identity
from icli.store import versions
from icli.store.connection import Transaction
from icli.store.mentions import LinkScope, MentionWriter
from icli.store.sql import id_array
from icli.text.dates import day_windows

# The rule of a mention linked from a role named alone to its holder on the article's date.
ROLE_HOLDER_RULE = "person.role-alone.holder-on-date"
LINKS = "links"  # an icli_meta key: set by a dump's write, removed by the next finish
PENDING = "pending"  # its value when the writes since the last links are not all one run's
HEAD_SPANS = "head_spans"  # an icli_meta key: the heads' terms the role-only links were made with
OWNERS = "surname_owners"  # an icli_meta key: surname → the person its surname-only mentions are


def finish(conn: sqlite3.Connection, on_wait: Callable[[str], None] | None = None,
           scope: LinkScope | None = None) -> None:
    """Link the surname-only and role-only mentions, recount and rename the marked entities, and
    link the versions of one item across languages (one transaction); nothing to do when no
    dump was written since the last finish. Only what `scope` changed is linked when no other
    run wrote since the last links (LINKS holds its token); otherwise everything is linked
    anew."""
    with Transaction(conn, on_wait):
        mark = conn.execute("SELECT value FROM icli_meta WHERE key = ?", (LINKS,)).fetchone()
        if mark or conn.execute("SELECT 1 FROM entity_dirty LIMIT 1").fetchone():
            if (mark and scope is not None and scope.articles is not None
                    and mark[0] == scope.token):
                _link_changes(conn, scope)
                _refresh_marked(conn, {entity_id: added for entity_id, added in scope.added.items()
                                       if entity_id not in scope.recount})
                versions.relink(conn, scope.articles)
            else:
                _link(conn)
                _refresh_marked(conn)
                versions.relink(conn)
            conn.execute("DELETE FROM icli_meta WHERE key = ?", (LINKS,))


def _link(conn: sqlite3.Connection) -> None:
    """Link, anew from what is stored now, every surname alone to the one person named in full
    with that surname (else it stays that surname's own person), and every mention of ICESCO's
    role alone to the role's holder on the article's date (rules: `identity`). Works entity by
    entity and in windows of head mentions, so its memory does not grow with the archive; the
    people whose links these are, before and after, are marked for a recount."""
    _mark_linked(conn)
    conn.execute("""
        UPDATE mentions SET role = NULL
        WHERE rowid IN (SELECT filled FROM head_mentions WHERE filled IS NOT NULL)
    """)
    conn.execute("UPDATE head_mentions SET filled = NULL WHERE filled IS NOT NULL")
    conn.execute("DELETE FROM mentions WHERE link = 'role'")
    conn.execute("UPDATE mentions SET entity_id = via WHERE link = 'surname' AND entity_id != via")
    conn.execute("""
        UPDATE mentions SET entity_id = via, link = NULL, via = NULL WHERE link = 'script'
    """)
    named = conn.execute("""
        SELECT id, key FROM entities e
        WHERE kind = 'person'
          AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id AND m.link IS NULL)
    """).fetchall()  # people some article names in full
    owners = identity.surname_owners(named)
    alone = _surnames_alone(conn)
    _store(conn, OWNERS, sorted((surname, owners[surname]) for surname in alone & owners.keys()))
    writer = MentionWriter(conn)
    for via, key in conn.execute("SELECT id, key FROM entities WHERE kind = 'person'").fetchall():
        owner = owners.get(identity.key_surname(key)) if identity.is_surname_only(key) else None
        if owner is not None and conn.execute("""
                UPDATE mentions INDEXED BY idx_mentions_entity_date SET entity_id = :owner
                WHERE entity_id = :via AND link = 'surname'
                """, {"owner": owner, "via": via}).rowcount:
            writer.add_aliases(owner, _aliases(conn, via))
    _link_scripts(conn, writer)
    writer.flush()
    _link_roles(conn, None, _head_terms(conn))
    _mark_linked(conn)


def _mark_linked(conn: sqlite3.Connection) -> None:
    """Mark for a recount every entity with a linked mention, and every entity a mention linked
    across scripts was written as."""
    conn.execute("""
        INSERT OR IGNORE INTO entity_dirty
        SELECT entity_id FROM mentions WHERE link IS NOT NULL
        UNION SELECT via FROM mentions WHERE link = 'script'
    """)


def _surnames_alone(conn: sqlite3.Connection) -> set[str]:
    """The surnames that some person is, named by the surname alone (identity.is_surname_only)."""
    return {surname for key, surname in conn.execute(
        "SELECT key, surname FROM entities WHERE kind = 'person'") if identity.is_surname_only(key)}


ROLE_WINDOW = 5000  # head mentions linked at a time


def _link_roles(conn: sqlite3.Connection, articles: Collection[int] | None,
                spans: dict[int, tuple[str | None, str | None]]) -> None:
    """Link the role-only mentions of these articles (every one for None), whose articles have
    no role link yet, to the holder on their date (`spans`: the heads' terms of office; nobody
    outside them), ROLE_WINDOW articles at a time; an article naming the holder without a role
    gives that mention the role. The terms are kept for the next finish (_link_changes)."""
    if articles is None:
        after = 0
        while rows := conn.execute("""
                SELECT h.article_id, h.role, h.alias, a.date
                FROM head_mentions h JOIN articles a ON a.id = h.article_id
                WHERE h.article_id > :after ORDER BY h.article_id LIMIT :window
                """, {"after": after, "window": ROLE_WINDOW}).fetchall():
            _link_role_window(conn, rows, spans)
            after = rows[-1][0]
    else:
        ordered = sorted(articles)
        for start in range(0, len(ordered), ROLE_WINDOW):
            _link_role_window(conn, conn.execute("""
                SELECT h.article_id, h.role, h.alias, a.date
                FROM head_mentions h JOIN articles a ON a.id = h.article_id
                WHERE h.article_id IN (SELECT value FROM json_each(:ids)) ORDER BY h.article_id
                """, {"ids": id_array(ordered[start:start + ROLE_WINDOW])}).fetchall(), spans)
    _store(conn, HEAD_SPANS, sorted(spans.items()))


def _link_role_window(conn: sqlite3.Connection, head_mentions: list[tuple[int, str, str, str | None]],
                      spans: dict[int, tuple[str | None, str | None]]) -> None:
    """_link_roles for one window of head mentions (article, role, alias, article date)."""
    roles, filled = [], []
    for article_id, role, alias, date in head_mentions:
        holder = identity.role_holder(date, spans)
        if holder is None:
            continue
        roles.append({"article": article_id, "holder": holder, "role": role, "alias": alias,
                      "date": date})
        named = conn.execute("""
            SELECT rowid, role FROM mentions WHERE article_id = :article AND entity_id = :holder
            """, {"article": article_id, "holder": holder}).fetchone()
        if named is not None and named[1] is None:  # named without a role: given this one
            filled.append({"role": role, "mention": named[0], "article": article_id})
    conn.executemany(f"""
        INSERT OR IGNORE INTO mentions (article_id, entity_id, role, alias, link, rule, date)
        VALUES (:article, :holder, :role, :alias, 'role', '{ROLE_HOLDER_RULE}', :date)
    """, roles)
    conn.executemany("UPDATE mentions SET role = :role WHERE rowid = :mention", filled)
    conn.executemany("UPDATE head_mentions SET filled = :mention WHERE article_id = :article",
                     filled)


def _store(conn: sqlite3.Connection, key: str, value: object) -> None:
    """Keep `value` as JSON under `key` in icli_meta, for the next finish."""
    conn.execute("INSERT OR REPLACE INTO icli_meta (key, value) VALUES (?, ?)",
                 (key, json.dumps(value)))


def _stored(conn: sqlite3.Connection, key: str) -> list | None:
    """What _store kept under `key`; None if nothing."""
    row = conn.execute("SELECT value FROM icli_meta WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else None


def _aliases(conn: sqlite3.Connection, entity_id: int) -> list[str]:
    """The forms an entity was stored under."""
    return [row[0] for row in conn.execute(
        "SELECT alias FROM entity_aliases WHERE entity_id = ?", (entity_id,))]



# --- linking only what a run changed ----------------------------------------------------------


def _link_changes(conn: sqlite3.Connection, scope: LinkScope) -> None:
    """Make the links `_link` would, changing only those that what `scope` wrote can change:
    its own articles; the surname-only mentions of a surname some marked person has (all of
    them when who is named in full with it may have changed); the French and Arabic mentions
    with an office within SAME_EVENT_DAYS of an office holder's mention written or removed;
    the role-only mentions at dates where the heads' spans now give another holder
    (identity.holder_changes). What each entity gains or loses goes to `scope`."""
    assert scope.articles is not None
    redo = {row[0] for row in conn.execute(  # articles whose role-only mention is linked anew
        "SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))",
        (id_array(scope.articles),))}
    roles_before = _unlink_roles(conn, redo)
    writer = MentionWriter(conn, scope)
    dirty = {row[0] for row in conn.execute("SELECT entity_id FROM entity_dirty")}
    roles_before |= _relink_surnames(conn, writer, dirty, redo)
    dates = scope.dates | {date for date, role in conn.execute(
        "SELECT date, role FROM mentions WHERE article_id IN (SELECT value FROM json_each(?)) "
        "AND role IS NOT NULL AND date IS NOT NULL", (id_array(redo),))
        if identity.role_signature(role)}
    roles_before |= _relink_scripts(conn, writer, dirty, dates, redo)
    spans = _head_terms(conn)
    stored = _stored(conn, HEAD_SPANS)
    ranges, undated = (identity.holder_changes(
        {entity_id: tuple(span) for entity_id, span in stored}, spans) if stored is not None
        else ([(None, None)], True))
    changed = {row[0] for lo, hi in ranges for row in conn.execute(
        "SELECT h.article_id FROM articles a JOIN head_mentions h ON h.article_id = a.id "
        "WHERE a.date BETWEEN coalesce(?1, '') AND coalesce(?2, '~')", (lo, hi))}  # '~' > digits
    if undated:
        changed.update(row[0] for row in conn.execute(
            "SELECT h.article_id FROM head_mentions h JOIN articles a ON a.id = h.article_id "
            "WHERE a.date IS NULL"))
    roles_before |= _unlink_roles(conn, changed - redo)
    redo |= changed
    _link_roles(conn, redo, spans)
    roles_after = set(conn.execute(
        "SELECT article_id, entity_id, date FROM mentions WHERE link = 'role' AND article_id IN "
        "(SELECT value FROM json_each(?))", (id_array(redo),)))
    for _, entity_id, date in roles_before - roles_after:
        writer.moved(entity_id, None, date)
    for _, entity_id, date in roles_after - roles_before:
        writer.moved(None, entity_id, date)
    writer.flush()


def _unlink_roles(conn: sqlite3.Connection, articles: Collection[int]) -> set[tuple]:
    """Undo the role-only links of these articles (the role given to a named holder too);
    returns the links removed as (article, holder, date)."""
    ids = id_array(articles)
    removed = set(conn.execute(
        "SELECT article_id, entity_id, date FROM mentions WHERE link = 'role' AND article_id IN "
        "(SELECT value FROM json_each(?))", (ids,)))
    conn.execute("UPDATE mentions SET role = NULL WHERE rowid IN (SELECT filled FROM "
                 "head_mentions WHERE article_id IN (SELECT value FROM json_each(?)))", (ids,))
    conn.execute("UPDATE head_mentions SET filled = NULL WHERE filled IS NOT NULL AND "
                 "article_id IN (SELECT value FROM json_each(?))", (ids,))
    conn.execute("DELETE FROM mentions WHERE link = 'role' AND article_id IN "
                 "(SELECT value FROM json_each(?))", (ids,))
    return removed


def _named(conn: sqlite3.Connection, entity_id: int) -> bool:
    """Whether some article names a person outright (a mention linked across scripts counts
    for the person it was written as)."""
    return bool(conn.execute(
        "SELECT EXISTS (SELECT 1 FROM mentions WHERE entity_id = ?1 AND link IS NULL) "
        "OR EXISTS (SELECT 1 FROM mentions WHERE link = 'script' AND via = ?1)",
        (entity_id,)).fetchone()[0])


def _relink_surnames(conn: sqlite3.Connection, writer: MentionWriter, dirty: set[int],
                     redo: set[int]) -> set[tuple]:
    """Link the surname-only mentions of every surname a marked person has to its owner now
    (else to the surname-only person): those on the surname-only person when there is an owner,
    and those on its former owner (OWNERS, else on every other person with that surname when
    one of them is marked). Adds the articles changed to `redo`; returns the role links undone
    in them."""
    undone: set[tuple] = set()
    stored = _stored(conn, OWNERS)
    owners = dict(stored) if stored is not None else None
    surnames = [row[0] for row in conn.execute(
        "SELECT DISTINCT e.surname FROM entity_dirty d JOIN entities e ON e.id = d.entity_id "
        "WHERE e.kind = 'person' AND e.surname IS NOT NULL")]
    for surname in surnames:
        people = conn.execute("SELECT id, key FROM entities WHERE kind = 'person' AND surname = ?",
                              (surname,)).fetchall()
        alone = [entity_id for entity_id, key in people if identity.is_surname_only(key)]
        if not alone:
            continue
        full = [(entity_id, key) for entity_id, key in people if not identity.is_surname_only(key)]
        owner = identity.surname_owners(
            [(entity_id, key) for entity_id, key in full if _named(conn, entity_id)]).get(surname)
        holders = alone if owner is not None else []  # with no owner they stay where they are
        if owners is not None:
            before = owners.get(surname)
            holders += [before] if before not in (None, owner) else []
        elif any(entity_id in dirty for entity_id, _ in full):
            holders += [entity_id for entity_id, _ in full if entity_id != owner]
        moves = [(owner or via, rowid, article_id, entity_id, date) for holder in holders
                 for rowid, article_id, entity_id, via, date in conn.execute(
                     "SELECT rowid, article_id, entity_id, via, date FROM mentions INDEXED BY "
                     "idx_mentions_entity_date WHERE entity_id = ? AND link = 'surname'", (holder,))
                 if entity_id != (owner or via)]
        undone |= _unlink_roles(conn, {move[2] for move in moves} - redo)
        redo.update(move[2] for move in moves)
        conn.executemany("UPDATE mentions SET entity_id = ? WHERE rowid = ?",
                         [move[:2] for move in moves])
        for target, _, _, entity_id, date in moves:
            writer.moved(entity_id, target, date)
        if owner is not None:
            for via in alone:
                if via in dirty or any(move[0] == owner for move in moves):
                    writer.add_aliases(owner, _aliases(conn, via))
        if owners is not None:
            owners.pop(surname, None)
            if owner is not None:
                owners[surname] = owner
    if owners is None:  # every owner, as _link keeps them
        alone = _surnames_alone(conn)
        owners = identity.surname_owners(
            (entity_id, key) for entity_id, key, surname in conn.execute(
                "SELECT id, key, surname FROM entities WHERE kind = 'person'")
            if surname in alone and _named(conn, entity_id))
        owners = {surname: owners[surname] for surname in alone & owners.keys()}
    _store(conn, OWNERS, sorted(owners.items()))
    return undone


def _relink_scripts(conn: sqlite3.Connection, writer: MentionWriter, dirty: set[int],
                    dates: set[str], redo: set[int]) -> set[tuple]:
    """Link anew (identity.script_links) the French and Arabic mentions with a role in articles
    within SAME_EVENT_DAYS of `dates`, from the English mentions within SAME_EVENT_DAYS of them;
    an article whose links change has them all made anew, as _link_scripts makes them. Adds
    those articles to `redo`; returns the role links undone in them."""
    days = identity.SAME_EVENT_DAYS
    own = ("WHERE e.kind = 'person' AND m.role IS NOT NULL "
           "AND a.date BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM head_mentions h "
           "WHERE h.article_id = m.article_id AND h.filled = m.rowid)")
    others = {row[0]: row[1:] for lo, hi in day_windows(dates, days) for row in conn.execute(
        "SELECT m.rowid, m.article_id, m.entity_id, m.via, a.language, a.date, m.role "
        "FROM articles a CROSS JOIN mentions m ON m.article_id = a.id CROSS JOIN entities e "
        "ON e.id = m.entity_id " + own
        + " AND a.language IS NOT 'en' AND (m.link IS NULL OR m.link = 'script')", (lo, hi))}
    if others:
        english = {row[0]: row for lo, hi in day_windows({o[4] for o in others.values()}, days)
                   for row in conn.execute(
                       "SELECT m.rowid, m.entity_id, a.language, a.date, m.role FROM articles a "
                       "CROSS JOIN mentions m ON m.article_id = a.id CROSS JOIN entities e "
                       "ON e.id = m.entity_id " + own
                       + " AND +a.language = 'en' AND m.link IS NULL", (lo, hi))}  # by date
        links = identity.script_links([*english.values(), *(
            (rowid, via or entity_id, language, date, role)
            for rowid, (_, entity_id, via, language, date, role) in others.items())])
        articles = {article_id for rowid, (article_id, entity_id, via, *_) in others.items()
                    if links.get(rowid) != (entity_id if via is not None else None)}
    else:
        links, articles = {}, set()
    undone = _unlink_roles(conn, articles - redo)
    redo |= articles
    relinked = sorted(rowid for rowid, other in others.items() if other[0] in articles)
    restored = [(rowid, *others[rowid][1:3]) for rowid in relinked if others[rowid][2] is not None]
    conn.executemany("UPDATE mentions SET entity_id = via, link = NULL, via = NULL "
                     "WHERE rowid = ?", [(rowid,) for rowid, *_ in restored])
    for rowid, target, via in restored:
        writer.moved(target, via, others[rowid][4])
    for rowid in relinked:
        target = links.get(rowid)
        if target is not None:
            _script_link(conn, writer, rowid, target)
    for target, via in conn.execute("SELECT entity_id, via FROM mentions WHERE link = 'script'"
                                    ).fetchall():
        if via in dirty:
            writer.add_aliases(target, _aliases(conn, via))
    return undone


def _head_terms(conn: sqlite3.Connection) -> dict[int, tuple[str | None, str | None]]:
    """The terms of office of ICESCO's Directors-General the archive names (identity.head_terms),
    by their person's id."""
    def person_id(key: str) -> int | None:
        row = conn.execute("SELECT id FROM entities WHERE kind = 'person' AND key = ?",
                           (key,)).fetchone()
        return row and row[0]

    return identity.head_terms(person_id)


def _link_scripts(conn: sqlite3.Connection, writer: MentionWriter) -> None:
    """Link every French or Arabic mention of a person to the English-named person holding the
    same office at the same country in articles of the same days (`identity.script_links`),
    reading English mentions only within SAME_EVENT_DAYS of the others' dates."""
    # Articles first. SQLite uses no index for `!=`/`IS NOT`, so the articles not in English
    # are asked for as `< 'en' OR > 'en'` (two ranges of idx_articles_language); the `+` in
    # `+a.language = 'en'` keeps the planner off that index, so English ones come by date.
    roles = ("SELECT m.rowid, m.entity_id, a.language, a.date, m.role FROM articles a "
             "CROSS JOIN mentions m ON m.article_id = a.id CROSS JOIN entities e "
             "ON e.id = m.entity_id WHERE e.kind = 'person' AND m.link IS NULL "
             "AND m.role IS NOT NULL")
    others = conn.execute(f"{roles} AND (a.language < 'en' OR a.language > 'en' "
                          "OR a.language IS NULL)").fetchall()
    dates = {row[3] for row in others if row[3] is not None}
    english = [row for lo, hi in day_windows(dates, identity.SAME_EVENT_DAYS) for row in conn.execute(
        f"{roles} AND a.date BETWEEN ? AND ? AND +a.language = 'en'", (lo, hi))]
    for rowid, target in identity.script_links([*english, *others]).items():
        _script_link(conn, writer, rowid, target)


def _script_link(conn: sqlite3.Connection, writer: MentionWriter, rowid: int, target: int) -> None:
    """Link one mention across scripts to `target`, unless its article names that person."""
    article_id, via, date = conn.execute(
        "SELECT article_id, entity_id, date FROM mentions WHERE rowid = ?", (rowid,)).fetchone()
    if conn.execute("SELECT 1 FROM mentions WHERE article_id = ? AND entity_id = ?",
                    (article_id, target)).fetchone():
        return  # the article names that person already
    conn.execute("UPDATE mentions SET entity_id = ?, via = ?, link = 'script' WHERE rowid = ?",
                 (target, via, rowid))
    writer.add_aliases(target, _aliases(conn, via))
    writer.moved(via, target, date)


def _refresh_marked(conn: sqlite3.Connection, added: dict[int, list] | None = None) -> None:
    """Recount the marked entities' articles and date spans, and choose their shown names; an
    entity in `added` (articles, first and last date it gained in new articles, and nothing
    else changed) has those added to its stored count and span instead of counting anew."""
    added = added or {}
    conn.executemany(
        "UPDATE entities SET articles = articles + ?1, "
        "first_date = CASE WHEN first_date IS NULL OR ?2 < first_date THEN ?2 ELSE first_date END, "
        "last_date = CASE WHEN last_date IS NULL OR ?3 > last_date THEN ?3 ELSE last_date END "
        "WHERE id = ?4", [(n, first, last, entity_id)
                          for entity_id, (n, first, last) in added.items()])
    skip = "entity_id NOT IN (SELECT value FROM json_each(?))"  # the added ones
    conn.execute("UPDATE entities SET articles = 0, first_date = NULL, last_date = NULL "
                 f"WHERE id IN (SELECT entity_id FROM entity_dirty WHERE {skip})",
                 (id_array(added),))
    conn.execute(
        "WITH counted AS (SELECT m.entity_id AS id, COUNT(*) AS n, MIN(m.date) AS first, "
        "MAX(m.date) AS last FROM entity_dirty d CROSS JOIN mentions m "
        f"ON m.entity_id = d.entity_id WHERE d.{skip} GROUP BY m.entity_id) "
        "UPDATE entities SET articles = counted.n, first_date = counted.first, "
        "last_date = counted.last FROM counted WHERE entities.id = counted.id",
        (id_array(added),))
    forms: dict[int, tuple[str, str, str | None, str, list[str]]] = {}
    for entity_id, kind, key, code, name, alias in conn.execute(
            "SELECT e.id, e.kind, e.key, e.code, e.name, al.alias FROM entity_dirty d "
            "JOIN entities e ON e.id = d.entity_id JOIN entity_aliases al ON al.entity_id = e.id "
            "WHERE e.kind != 'country'"):
        forms.setdefault(entity_id, (kind, key, code, name, []))[4].append(alias)
    renamed = []
    for entity_id, (kind, key, code, name, aliases) in forms.items():
        shown = identity.display_name(kind, key, code, aliases)
        if shown and shown != name:
            renamed.append((shown, entity_id))
    conn.executemany("UPDATE entities SET name = ? WHERE id = ?", renamed)
    conn.execute("DELETE FROM entity_dirty")
