"""The links made at the end of every ingest (finish): surname-only and role-only mentions
linked to a person, spelling variants of a person's name linked to that person (variant_links),
and French and Arabic mentions linked across scripts, as from everything stored by then, so
the links do not depend on the order articles arrive in.

`_link` makes them all anew (the reference); `_link_changes` makes only those that what one
run wrote can change (LinkScope), to the same result. Finish then recounts the marked entities,
or adds to an entity's count what it only gained in the run.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from icli.extract import identity, offices
from icli.extract.versions import LINKER_VERSION
from icli.store import role_links, variant_links, versions
from icli.store.connection import Transaction
from icli.store.mentions import LinkScope, MentionWriter
from icli.store.recount import any_marked, refresh_marked
from icli.store.sql import id_array, store_json, stored_json
from icli.text.dates import day_windows

LINKS = "links"  # an icli_meta key: set by a dump's write, removed by the next finish
PENDING = "pending"  # its value when the writes since the last links are not all one run's
OWNERS = "surname_owners"  # an icli_meta key: surname → the person its surname-only mentions are
LINKER = "linker_version"  # an icli_meta key: the LINKER_VERSION the versions were linked by


def finish(conn: sqlite3.Connection, on_wait: Callable[[str], None] | None = None,
           scope: LinkScope | None = None) -> None:
    """Link the surname-only and role-only mentions, link the versions of one item across
    languages and join the one person (or partner) two versions name in two languages (read as written by
    every link before: the joins are undone first and made again last), then recount and
    rename the marked entities (one transaction); nothing to do when no dump was written since
    the last finish and the archive was linked by this LINKER_VERSION. Only what `scope`
    changed is linked when no other run wrote since the last links (LINKS holds its token);
    otherwise everything is linked anew. An archive linked by another LINKER_VERSION (a rule of
    the linker changed: surnames, spelling variants, scripts, the role alone, versions) has
    everything linked anew, whatever the dumps written; one with no version recorded (new, or
    from before the key) has its versions linked anew and its identities as the run asks."""
    with Transaction(conn, on_wait):
        pending = conn.execute("""
            SELECT value
            FROM icli_meta
            WHERE key = :key
        """, {"key": LINKS}).fetchone()
        linked_by = stored_json(conn, LINKER)
        stale = linked_by != LINKER_VERSION
        written = bool(pending) or any_marked(conn)
        if written or stale:
            undone = versions.unjoin(conn)
            if (pending and scope is not None and scope.articles is not None
                    and pending[0] == scope.token and linked_by in (None, LINKER_VERSION)):
                redo = _link_changes(conn, scope)
                relinked = versions.relink(conn, None if stale else scope.articles)
                writer = MentionWriter(conn, scope)
                versions.join_entities(conn, writer, undone,
                                     None if stale else {*scope.articles, *redo, *relinked})
                writer.flush()
                refresh_marked(conn, {entity_id: added for entity_id, added in scope.added.items()
                                       if entity_id not in scope.recount})
            else:
                if written or linked_by is not None:  # (None: a new archive)
                    _link(conn)
                versions.relink(conn)
                writer = MentionWriter(conn)
                versions.join_entities(conn, writer, undone)
                writer.flush()
                refresh_marked(conn)
            conn.execute("""
                DELETE FROM icli_meta
                WHERE key = :key
            """, {"key": LINKS})
            store_json(conn, LINKER, LINKER_VERSION)


def _link(conn: sqlite3.Connection) -> None:
    """Link, anew from what is stored now, every surname alone in no office to the one person
    named in full with that surname (else it stays that surname's own person; a surname in an
    office: variant_links), and every mention of ICESCO's
    role alone to the role's holder on the article's date (rules: `identity`). Works person by
    person and in windows of role-only mentions, so its memory does not grow with the archive;
    the people linked to, before and after, are marked for a recount."""
    conn.execute(_MARK_LINKED)
    role_links.unlink_all(conn)
    conn.execute("""
        UPDATE mentions
        SET entity_id = via
        WHERE link = 'surname'
          AND entity_id != via
    """)
    conn.execute("""
        UPDATE mentions
        SET entity_id = via, link = NULL, via = NULL
        WHERE link = 'script'
    """)
    # people some article names in full (as written: joined to a spelling variant or not)
    named = conn.execute("""
        SELECT id, key
        FROM entities e
        WHERE kind = 'person'
          AND EXISTS (
            SELECT 1
            FROM mentions m
            WHERE m.entity_id = e.id
              AND m.link IS NULL
          )
        UNION
        SELECT via, e.key
        FROM mentions m
        JOIN entities e ON e.id = m.via
        WHERE m.link = 'variant'
          AND e.kind = 'person'
    """).fetchall()
    owners = identity.surname_owners(named)
    alone = _surnames_alone(conn)
    store_json(conn, OWNERS, sorted((surname, owners[surname]) for surname in alone & owners.keys()))
    writer = MentionWriter(conn)
    for via, key in conn.execute("""
        SELECT id, key
        FROM entities
        WHERE kind = 'person'
    """):  # (the loop changes mentions and aliases, never entities)
        owner = owners.get(identity.key_surname(key)) if identity.is_bare_surname(key) else None
        if owner is not None and conn.execute("""
            UPDATE mentions INDEXED BY idx_mentions_entity_date
            SET entity_id = :owner
            WHERE entity_id = :via
              AND link = 'surname'
        """, {"owner": owner, "via": via}).rowcount:
            writer.add_aliases_of(owner, via)
    variant_links.relink(conn, writer, set(),  # (no role-only link is made yet)
                         {surname: owners[surname] for surname in alone & owners.keys()})
    _link_scripts(conn, writer)
    writer.flush()
    role_links.link(conn, None, role_links.head_terms(conn))
    conn.execute(_MARK_LINKED)


# Marks for a recount every person with a linked mention, and every one a mention linked
# across scripts was written as.
_MARK_LINKED = """
    INSERT OR IGNORE INTO entity_dirty
    SELECT entity_id
    FROM mentions
    WHERE link IS NOT NULL
    UNION
    SELECT via
    FROM mentions
    WHERE link = 'script'
"""
_MOVE_MENTION = """
    UPDATE mentions
    SET entity_id = :entity
    WHERE rowid = :rowid
"""
def _surnames_alone(conn: sqlite3.Connection) -> set[str]:
    """The surnames that some person is, named by the surname alone in no office
    (identity.is_bare_surname)."""
    return {surname for key, surname in conn.execute("""
        SELECT key, surname
        FROM entities
        WHERE kind = 'person'
    """) if identity.is_bare_surname(key)}




# --- linking only what a run changed ----------------------------------------------------------


def _link_changes(conn: sqlite3.Connection, scope: LinkScope) -> set[int]:
    """Make the links `_link` would, changing only those that what `scope` wrote can change:
    its own articles; the surname-only mentions of a surname some marked person has (all of
    them when who is named in full with it may have changed); the French and Arabic mentions
    with an office within SAME_EVENT_DAYS of an office holder's mention written or removed;
    the role-only mentions at dates where the heads' spans now give another holder
    (identity.holder_changes). What each entity gains or loses goes to `scope`. Returns the
    articles whose mentions were linked anew."""
    assert scope.articles is not None
    # the articles whose role-only mentions are linked anew
    redo = {row[0] for row in conn.execute("""
        SELECT id
        FROM articles
        WHERE id IN (SELECT value FROM json_each(:ids))
    """, {"ids": id_array(scope.articles)})}
    roles_before = role_links.unlink(conn, redo)
    writer = MentionWriter(conn, scope)
    dirty = {row[0] for row in conn.execute("""
        SELECT entity_id
        FROM entity_dirty
    """)}
    roles_before |= _relink_surnames(conn, writer, dirty, redo)
    roles_before |= variant_links.relink(conn, writer, redo, dict(stored_json(conn, OWNERS) or []))
    dates = scope.dates | {date for date, office in conn.execute("""
        SELECT date, office
        FROM mentions
        WHERE article_id IN (SELECT value FROM json_each(:ids))
          AND office IS NOT NULL
          AND date IS NOT NULL
    """, {"ids": id_array(redo)}) if offices.role_signature(office)}
    roles_before |= _relink_scripts(conn, writer, dirty, dates, redo)
    spans = role_links.head_terms(conn)
    stored = stored_json(conn, role_links.HEAD_SPANS)
    # the articles at dates where the spans now give another holder ('~' sorts after digits)
    ranges, undated = (identity.holder_changes(
        {entity_id: tuple(span) for entity_id, span in stored}, spans) if stored is not None
        else ([(None, None)], True))
    changed = {row[0] for lo, hi in ranges for row in conn.execute("""
        SELECT h.article_id
        FROM articles a
        JOIN head_mentions h ON h.article_id = a.id
        WHERE a.date BETWEEN coalesce(:lo, '') AND coalesce(:hi, '~')
    """, {"lo": lo, "hi": hi})}
    if undated:
        changed.update(row[0] for row in conn.execute("""
            SELECT h.article_id
            FROM head_mentions h
            JOIN articles a ON a.id = h.article_id
            WHERE a.date IS NULL
        """))
    roles_before |= role_links.unlink(conn, changed - redo)
    redo |= changed
    role_links.link(conn, redo, spans)
    roles_after = set(conn.execute(role_links.ROLE_LINKS, {"ids": id_array(redo)}))
    for _, entity_id, date in roles_before - roles_after:
        writer.moved(entity_id, None, date)
    for _, entity_id, date in roles_after - roles_before:
        writer.moved(None, entity_id, date)
    writer.flush()
    return redo


def _named(conn: sqlite3.Connection, entity_id: int) -> bool:
    """Whether some article names a person outright (a mention linked across scripts or as a
    spelling variant counts for the person it was written as)."""
    return bool(conn.execute("""
        SELECT EXISTS (
            SELECT 1
            FROM mentions
            WHERE entity_id = :entity
              AND link IS NULL
        ) OR EXISTS (
            SELECT 1
            FROM mentions
            WHERE link IN ('script', 'variant')
              AND via = :entity
        )
    """, {"entity": entity_id}).fetchone()[0])


def _relink_surnames(conn: sqlite3.Connection, writer: MentionWriter, dirty: set[int],
                     redo: set[int]) -> set[tuple]:
    """Link the surname-only mentions of every surname a marked person has to its owner now
    (else to the surname-only person): those on the surname-only person when there is an owner,
    and those on its former owner (OWNERS, else on every other person with that surname when
    one of them is marked). Adds the articles changed to `redo`; returns the role links undone
    in them."""
    undone: set[tuple] = set()
    stored = stored_json(conn, OWNERS)
    owners = dict(stored) if stored is not None else None
    surnames = [row[0] for row in conn.execute("""
        SELECT DISTINCT e.surname
        FROM entity_dirty d
        JOIN entities e ON e.id = d.entity_id
        WHERE e.kind = 'person'
          AND e.surname IS NOT NULL
    """)]
    for surname in surnames:
        people = conn.execute("""
            SELECT id, key
            FROM entities
            WHERE kind = 'person'
              AND surname = :surname
        """, {"surname": surname}).fetchall()
        alone = [entity_id for entity_id, key in people if identity.is_bare_surname(key)]
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
                 for rowid, article_id, entity_id, via, date in conn.execute("""
                     SELECT rowid, article_id, entity_id, via, date
                     FROM mentions INDEXED BY idx_mentions_entity_date
                     WHERE entity_id = :entity
                       AND link = 'surname'
                 """, {"entity": holder}) if entity_id != (owner or via)]
        undone |= role_links.unlink(conn, {move[2] for move in moves} - redo)
        redo.update(move[2] for move in moves)
        conn.executemany(_MOVE_MENTION, [{"entity": target, "rowid": rowid}
                                         for target, rowid, *_ in moves])
        for target, _, _, entity_id, date in moves:
            writer.moved(entity_id, target, date)
        if owner is not None:
            for via in alone:
                if via in dirty or any(move[0] == owner for move in moves):
                    writer.add_aliases_of(owner, via)
        if owners is not None:
            owners.pop(surname, None)
            if owner is not None:
                owners[surname] = owner
    if owners is None:  # every owner, as _link keeps them
        lone_surnames = _surnames_alone(conn)
        owners = identity.surname_owners(
            (entity_id, key) for entity_id, key, surname in conn.execute("""
                SELECT id, key, surname
                FROM entities
                WHERE kind = 'person'
            """) if surname in lone_surnames and _named(conn, entity_id))
        owners = {surname: owners[surname] for surname in lone_surnames & owners.keys()}
    store_json(conn, OWNERS, sorted(owners.items()))
    return undone


# The mentions of people with a role, with their articles (alias a, m, e), and the columns
# identity.script_links reads of them.
_PEOPLE_IN_ROLES = """
    FROM articles a
    CROSS JOIN mentions m ON m.article_id = a.id
    CROSS JOIN entities e ON e.id = m.entity_id
    WHERE e.kind = 'person'
      AND m.office IS NOT NULL
"""
_ROLE_COLUMNS = "m.rowid, m.entity_id, a.language, a.date, m.office"


def _relink_scripts(conn: sqlite3.Connection, writer: MentionWriter, dirty: set[int],
                    dates: set[str], redo: set[int]) -> set[tuple]:
    """Link anew (identity.script_links) the French and Arabic mentions with a role in articles
    within SAME_EVENT_DAYS of `dates`, from the English mentions within SAME_EVENT_DAYS of them;
    an article whose links change has them all made anew, as _link_scripts makes them. Adds
    those articles to `redo`; returns the role links undone in them."""
    days = identity.SAME_EVENT_DAYS
    # (a role given to a named holder is not the article's own)
    own = f"""
        {_PEOPLE_IN_ROLES}
          AND a.date BETWEEN :lo AND :hi
          AND NOT EXISTS (
            SELECT 1
            FROM head_mentions h
            WHERE h.article_id = m.article_id
              AND h.filled = m.rowid
          )
    """
    others = {row[0]: row[1:] for lo, hi in day_windows(dates, days) for row in conn.execute(f"""
        SELECT m.rowid, m.article_id, m.entity_id, m.via, a.language, a.date, m.office
        {own}
          AND a.language IS NOT 'en'
          AND (m.link IS NULL OR m.link = 'script')
    """, {"lo": lo, "hi": hi})}
    if others:  # English ones by date (the + keeps the planner off idx_articles_language)
        english = {row[0]: row for lo, hi in day_windows({o[4] for o in others.values()}, days)
                   for row in conn.execute(f"""
                       SELECT {_ROLE_COLUMNS}
                       {own}
                         AND +a.language = 'en'
                         AND (m.link IS NULL OR m.link = 'variant')
                   """, {"lo": lo, "hi": hi})}
        links = identity.script_links([*english.values(), *(
            (rowid, via or entity_id, language, date, role)
            for rowid, (_, entity_id, via, language, date, role) in others.items())])
        articles = {article_id for rowid, (article_id, entity_id, via, *_) in others.items()
                    if links.get(rowid) != (entity_id if via is not None else None)}
    else:
        links, articles = {}, set()
    undone = role_links.unlink(conn, articles - redo)
    redo |= articles
    relinked = sorted(rowid for rowid, other in others.items() if other[0] in articles)
    restored = [(rowid, *others[rowid][1:3]) for rowid in relinked if others[rowid][2] is not None]
    conn.executemany("""
        UPDATE mentions
        SET entity_id = via, link = NULL, via = NULL
        WHERE rowid = :rowid
    """, [{"rowid": rowid} for rowid, *_ in restored])
    for rowid, target, via in restored:
        writer.moved(target, via, others[rowid][4])
    for rowid in relinked:
        target = links.get(rowid)
        if target is not None:
            _script_link(conn, writer, rowid, target)
    for target, via in conn.execute("""
        SELECT entity_id, via
        FROM mentions
        WHERE link = 'script'
    """).fetchall():
        if via in dirty:
            writer.add_aliases_of(target, via)
    return undone


SCRIPT_WINDOW = 5_000  # French and Arabic mentions linked across scripts at a time


def _link_scripts(conn: sqlite3.Connection, writer: MentionWriter) -> None:
    """Link every French or Arabic mention of a person to the English-named person holding the
    same office at the same country in articles of the same days (`identity.script_links`),
    SCRIPT_WINDOW of them at a time in date order, each window with the English mentions
    within SAME_EVENT_DAYS of its dates: the links of a mention depend on those alone, so
    memory follows the window, not the archive."""
    # Articles first. SQLite uses no index for `!=`/`IS NOT`, so the articles not in English
    # are asked for as `< 'en' OR > 'en'` (two ranges of idx_articles_language; the `+` on
    # their date keeps the planner from walking every article by date instead) and sorted by
    # date by SQLite before the first comes; the `+` in `+a.language = 'en'` keeps the planner
    # off that index, so English ones come by date. An article's mentions come in the order of
    # its primary key (entity), which decides which of two is linked when both would be the
    # same person.
    roles = f"""
        SELECT {_ROLE_COLUMNS}
        {_PEOPLE_IN_ROLES}
          AND (m.link IS NULL OR m.link = 'variant')
    """  # (only English mentions are linked as spelling variants)
    others = conn.execute(f"""
        {roles}
          AND (a.language < 'en' OR a.language > 'en' OR a.language IS NULL)
          AND +a.date IS NOT NULL
        ORDER BY +a.date, a.id, m.entity_id
    """)  # (an undated mention is linked to no one: script_links)
    while window := others.fetchmany(SCRIPT_WINDOW):
        dates = {row[3] for row in window}
        english = [row for lo, hi in day_windows(dates, identity.SAME_EVENT_DAYS)
                   for row in conn.execute(f"""
                       {roles}
                         AND a.date BETWEEN :lo AND :hi
                         AND +a.language = 'en'
                   """, {"lo": lo, "hi": hi})]
        for rowid, target in identity.script_links([*english, *window]).items():
            _script_link(conn, writer, rowid, target)


def _script_link(conn: sqlite3.Connection, writer: MentionWriter, rowid: int, target: int) -> None:
    """Link one mention across scripts to `target`, unless its article names that person."""
    article_id, via, date = conn.execute("""
        SELECT article_id, entity_id, date
        FROM mentions
        WHERE rowid = :rowid
    """, {"rowid": rowid}).fetchone()
    if conn.execute("""
        SELECT 1
        FROM mentions
        WHERE article_id = :article
          AND entity_id = :entity
    """, {"article": article_id, "entity": target}).fetchone():
        return  # the article names that person already
    conn.execute("""
        UPDATE mentions
        SET entity_id = :entity, via = :via, link = 'script'
        WHERE rowid = :rowid
    """, {"entity": target, "via": via, "rowid": rowid})
    writer.add_aliases_of(target, via)
    writer.moved(via, target, date)
