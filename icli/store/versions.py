"""Versions of one news item across languages, linked at the end of every ingest.

`article_versions` holds the links (`extract.versions.links`, each pair once, smaller id
first) and `articles.item` the item each linked article belongs to (the smallest id among the
articles its links join; NULL for an article with no versions). A person or partner one
version names in another script or language is joined to that of the other version
(`join_entities`: the mention linked 'version', `via` the entity as written). `relink` makes them anew for
the articles near what an ingest changed (all of them when it is given no articles): a link
reads the stories up to `REACH_DAYS` from its ends, so linking those near the dates changed
gives what linking everything would.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Collection

from icli.extract.across import sounding
from icli.extract.identity import is_surname_only
from icli.extract.version_days import LATE_DAYS
from icli.extract.version_joins import Named, joins, same_partner, same_person
from icli.extract.versions import (
    REACH_DAYS,
    Story,
    items,
    links,
    profile,
    shared,
)
from icli.store.mentions import MentionWriter
from icli.store.sql import id_array
from icli.store.undated_versions import relink_undated, undated_ends
from icli.store.version_stories import LINKS_OF, replace_links, stories
from icli.text.dates import day_windows


def _dated(conn: sqlite3.Connection, ranges: list[tuple[str, str]] | None
           ) -> list[tuple[int, str, str]]:
    """(id, language, date) of the dated articles in `ranges` (every dated one for None)."""
    if ranges is None:  # those not in English by idx_articles_language, English ones by date
        others = conn.execute("""
            SELECT id, language, date
            FROM articles
            WHERE (language < 'en' OR language > 'en')
              AND date IS NOT NULL
        """).fetchall()
        return others + [row for lo, hi in day_windows({row[2] for row in others}, LATE_DAYS)
                         for row in conn.execute("""
                             SELECT id, language, date
                             FROM articles
                             WHERE date BETWEEN :lo AND :hi
                               AND +language = 'en'
                         """, {"lo": lo, "hi": hi})]
    return [row for lo, hi in ranges for row in conn.execute("""
        SELECT id, language, date
        FROM articles
        WHERE date BETWEEN :lo AND :hi
          AND language IS NOT NULL
    """, {"lo": lo, "hi": hi})]


def _with_candidates(rows: list[tuple[int, str, str]]) -> list[int]:
    """The articles with an article of another language within LATE_DAYS: only they can have
    versions (an archive in one language reads nothing more)."""
    languages: dict[int, set[str]] = {}
    for _, language, date in rows:
        languages.setdefault(dt.date.fromisoformat(date).toordinal(), set()).add(language)
    keep = []
    for article_id, language, date in rows:
        day = dt.date.fromisoformat(date).toordinal()
        if any(languages.get(d, set()) - {language}
               for d in range(day - LATE_DAYS, day + LATE_DAYS + 1)):
            keep.append(article_id)
    return keep


def relink(conn: sqlite3.Connection, touched: Collection[int] | None = None) -> set[int]:
    """Link the versions anew (inside the caller's transaction), the dated articles' then the
    undated ones' (relink_undated): all of them when `touched` is
    None, else those that the articles `touched` (written, changed or removed since the last
    links) can change, and then anew around the dated articles that lost a link to an undated
    one (a dated link it displaced comes back). Returns the articles whose links changed."""
    if touched is None:
        rows = _dated(conn, None)
        read = stories(conn, _with_candidates(rows))
        new = links(read)
        old = set(conn.execute("""
            SELECT article_id, version_id
            FROM article_versions
        """))
        scope: set[int] | None = None
    else:
        scope, dates = _scope(conn, touched)
        if not scope:
            return set()
        window = _dated(conn, day_windows(dates, 2 * REACH_DAYS)) if dates else []
        read = stories(conn, _with_candidates(window))
        new = {pair for pair in links(read) if pair[0] in scope or pair[1] in scope}
        old = set(conn.execute(LINKS_OF, {"ids": id_array(scope)}))
    loose = undated_ends(conn, {a for pair in old for a in pair})
    old = {pair for pair in old if not loose & set(pair)}  # (relink_undated's links)
    changed = replace_links(conn, old, new)
    undated, lost = relink_undated(conn, None if touched is None else {*touched, *changed},
                                   {story.id: story for story in read})
    changed |= undated
    if lost and touched is not None:
        # an undated article that displaced a dated one left: the dated links around it anew
        changed |= relink(conn, lost)
    if scope is None:
        conn.execute("""
            UPDATE articles
            SET item = NULL
            WHERE item IS NOT NULL
        """)
        _set_items(conn, {a for pair in conn.execute("""
            SELECT article_id, version_id
            FROM article_versions
        """) for a in pair})
    else:
        _set_items(conn, changed)
    return changed


def _scope(conn: sqlite3.Connection, touched: Collection[int]) -> tuple[set[int], set[str]]:
    """The articles whose links the touched ones can change, and the dates around which to
    read: the touched articles and those they were linked to (links to a removed article
    included), and every article within REACH_DAYS of their dates."""
    ids = id_array(touched)
    linked = conn.execute(f"""
        {LINKS_OF}
        UNION
        SELECT article_id, version_id
        FROM article_versions v
        WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = v.article_id)
           OR NOT EXISTS (SELECT 1 FROM articles WHERE id = v.version_id)
    """, {"ids": ids}).fetchall()
    near = set(touched) | {a for pair in linked for a in pair}
    dates = {row[0] for row in conn.execute("""
        SELECT date
        FROM articles
        WHERE id IN (SELECT value FROM json_each(:ids))
          AND date IS NOT NULL
    """, {"ids": id_array(near)})}
    scope = near | {row[0] for row in _dated(conn, day_windows(dates, REACH_DAYS))} if dates else near
    return scope, dates


def _set_items(conn: sqlite3.Connection, changed: set[int]) -> None:
    """Give every article linked with one of `changed` (and those) its item anew."""
    seen: set[int] = set()
    pairs: set[tuple[int, int]] = set()
    frontier = set(changed)
    while frontier:
        seen |= frontier
        found = set(conn.execute(LINKS_OF, {"ids": id_array(frontier)}))
        pairs |= found
        frontier = {a for pair in found for a in pair} - seen
    item = items(pairs)
    conn.executemany("""
        UPDATE articles
        SET item = :item
        WHERE id = :id
          AND item IS NOT :item
    """, [{"item": item.get(a), "id": a} for a in sorted(seen)])


def explain(conn: sqlite3.Connection, article_id: int, others: Collection[int]) -> list[dict]:
    """What an article shares with each of `others` (its versions), by kind of evidence
    (extract.versions.shared): [{"id", "shared": {kind: [values]}}]."""
    found = {story.id: profile(story) for story in stories(conn, {article_id, *others})}
    mine = found.get(article_id)
    if mine is None:
        return []
    return [{"id": other,
             "shared": {kind: [_written(value, mine.story, theirs.story) for value in values]
                        for kind, values in shared(mine, theirs).items() if values}}
            for other in others if (theirs := found.get(other)) is not None]


def _written(value: object, mine: Story, theirs: Story) -> object:
    """A shared value as a reader reads it: a title or lead sound ("sound:mndklt") with the
    words the two stories write it with ("sound:mndklt (Mondiacult = موندياكولت)")."""
    if not (isinstance(value, str) and value.startswith("sound:")):
        return value
    sound = value.removeprefix("sound:")
    words = dict.fromkeys(word for story in (mine, theirs)
                          for word in (sounding(story.title, sound)
                                       or sounding(story.text, sound)))
    return f"{value} ({' = '.join(words)})" if words else value


# --- one person or partner across the versions of one item -----------------------------------


def unjoin(conn: sqlite3.Connection) -> list[tuple[int, int, int, str | None]]:
    """Undo every join of an entity across versions (the mentions are the entities as written
    again, marking nothing), so that the links made next read no join; join_entities makes them
    again. Returns the joins undone: (mention row, entity joined to, entity as written, date)."""
    undone = conn.execute("""
        SELECT rowid, entity_id, via, date
        FROM mentions
        WHERE link = 'version'
    """).fetchall()
    if undone:
        conn.execute("""
            UPDATE mentions
            SET entity_id = via, link = NULL, via = NULL
            WHERE link = 'version'
        """)
    return undone


def join_entities(conn: sqlite3.Connection, writer: MentionWriter,
                  undone: list[tuple[int, int, int, str | None]],
                  changed: Collection[int] | None = None) -> None:
    """Join the people, and the partners, of linked versions that are one
    (extract.version_joins: same_person, same_partner) from the links and the entities as
    written now, after unjoin and the other links: the mention is linked 'version' to the other
    version's entity. Every item is joined anew when `changed` is None; else the items of the
    articles `changed` (whose entities or links changed since the last links) and those of the
    joins `undone`: an item with no join and nothing changed gets none. The entities whose
    articles change against the joins `undone` are marked (a join made again as it was marks
    none)."""
    if changed is None:
        linked = None
    else:
        around = id_array({*changed, *(row[0] for row in conn.execute("""
            SELECT article_id
            FROM mentions
            WHERE rowid IN (SELECT value FROM json_each(:rows))
        """, {"rows": id_array([row for row, *_ in undone])}))})
        linked = id_array(row[0] for row in conn.execute("""
            SELECT id
            FROM articles
            WHERE item IN (
                SELECT item
                FROM articles
                WHERE id IN (SELECT value FROM json_each(:ids))
                  AND item IS NOT NULL
            )
        """, {"ids": around}))
    named: dict[str, dict[int, tuple[str, list[Named]]]] = {"person": {}, "partner": {}}
    now: dict[int, tuple[int, str | None]] = {}
    for article_id, language, row, entity, kind, key, name, office, link, date in conn.execute("""
        SELECT a.id, a.language, m.rowid, m.entity_id, e.kind, e.key, coalesce(m.name, ''),
               m.office, m.link, m.date
        FROM articles a
        CROSS JOIN mentions m ON m.article_id = a.id
        CROSS JOIN entities e ON e.id = m.entity_id
        WHERE a.item IS NOT NULL
          AND (:ids IS NULL OR a.id IN (SELECT value FROM json_each(:ids)))
          AND e.kind IN ('person', 'partner')
          AND m.link IS NOT 'role'
    """, {"ids": linked}):
        full = kind == "partner" or not is_surname_only(key)
        named[kind].setdefault(article_id, (language, []))[1].append(
            Named(row, entity, name, office, full, link is None))
        now[row] = entity, date
    pairs = conn.execute("""
        SELECT article_id, version_id
        FROM article_versions
        WHERE :ids IS NULL
           OR article_id IN (SELECT value FROM json_each(:ids))
    """, {"ids": linked}).fetchall()
    found = {**joins(pairs, named["person"], same_person),
             **joins(pairs, named["partner"], same_partner)}
    conn.executemany("""
        UPDATE mentions
        SET via = entity_id, entity_id = :entity, link = 'version'
        WHERE rowid = :row
    """, [{"entity": entity, "row": row} for row, entity in sorted(found.items())])
    before = {row: (joined, written, date) for row, joined, written, date in undone}
    missing = [row for row in before if row not in now]
    now.update({row: (entity, date) for row, entity, date in conn.execute("""
        SELECT rowid, entity_id, date
        FROM mentions
        WHERE rowid IN (SELECT value FROM json_each(:rows))
    """, {"rows": id_array(missing)})} if missing else {})
    for row in sorted(before.keys() | found.keys()):
        entity, date = now[row]
        joined = found.get(row, entity)
        if row in before:
            was, written, _ = before[row]
            if joined == was and entity == written:
                continue  # joined again as it was
            writer.moved(was, written, date)
        if joined != entity:
            writer.moved(entity, joined, date)
            writer.add_aliases_of(joined, entity)
