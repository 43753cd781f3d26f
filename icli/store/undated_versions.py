"""Versions of undated articles: their candidates found by indexes, linked after the dated
articles' links (extract.undated_versions).

An undated article's candidates are the dated articles of other languages that share a key
with it: a person (ICESCO's leaders left out) or partner both name as one entity, found through
`idx_mentions_entity_oldest` (entity, undated first), two entities sharing a key across scripts
(`entity_keys`: "بخيت" and "Bakhit" are `skeleton:bkt`, a national commission named in two
languages `partner:national commission TCD`), found through `idx_entity_keys_key`, or a rare number (100 or more, not a year)
both titles and leads state, found through `articles_fts` and checked in the leads. Never all
pairs: a key more than MAX_SHARED dated articles have finds none (too common to tell stories
apart). An undated article's links depend on its candidates, their dated items and the undated
articles sharing a key with those items; `relink_undated` decides anew every undated article
sharing a key with what an ingest touched (written, changed, removed, or whose dated links
changed), with those articles' dated items, or with the dated candidates of an undated one among
them, and those linked to them. An undated article may displace a dated one of its language
from an item (extract.undated_versions.displaces): the dated links undone are not kept anywhere,
so when an undated article's link is undone its dated ends are linked anew (store.versions.relink).
Two undated articles are linked when each chooses the other (undated_choices): the undated
candidates of those decided are found by the same keys, and those of an undated article one of
them chose are read then, with all its candidates.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable

from icli.extract.stated_numbers import numbers_and_editions
from icli.extract.undated_versions import Scores, undated_choices, undated_links, undated_pairs
from icli.extract.versions import Story, is_leader
from icli.store.sql import id_array
from icli.store.version_stories import LEAD_CHARS, LINKS_OF, replace_links, stories

MAX_SHARED = 100  # a key more dated articles have finds no candidates (too common)


def undated_ends(conn: sqlite3.Connection, ids: Iterable[int]) -> set[int]:
    """Those of the articles `ids` that are stored without a date."""
    return {row[0] for row in conn.execute("""
        SELECT id
        FROM articles
        WHERE id IN (SELECT value FROM json_each(:ids))
          AND date IS NULL
    """, {"ids": id_array(set(ids))})}


def _leads(conn: sqlite3.Connection, ids: Collection[int]) -> dict[int, str]:
    """Each article's title, subtitle and lead paragraphs (what a story's numbers are read from)."""
    return {article_id: "\n".join(filter(None, parts)) for article_id, *parts in conn.execute("""
        SELECT id, title, subtitle, substr(body, 1, :lead)
        FROM articles
        WHERE id IN (SELECT value FROM json_each(:ids))
    """, {"lead": LEAD_CHARS, "ids": id_array(ids)})}


def rare_numbers(text: str) -> set[int]:
    """The numbers of 100 or more, years aside, a title and lead state: rare enough to look for
    ("selected from among 1,177 candidates")."""
    return {n for n in numbers_and_editions(text, None)[0] if n >= 100 and not 1900 <= n < 2100}


def _match(number: int) -> str:
    """An FTS5 query for a number as a text may write it: 1177, 1,177 or 1 177, ١١٧٧."""
    forms = {str(number), str(number).translate(_ARABIC_DIGITS)}
    if number >= 1000:
        forms.add(f"{number:,}".replace(",", " "))
    return " OR ".join(f'"{form}"' for form in sorted(forms))


_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


Key = tuple[str, int | str]  # ("entity", id), ("key", entity_keys.key) or ("number", n)
# The mentions of the entities with the key :key.
_KEYED = """
    FROM entity_keys k
    CROSS JOIN mentions m ON m.entity_id = k.entity_id
    WHERE k.key = :key
      AND m.link IS NOT 'role'
"""


class _Index:
    """The articles naming a person or partner (("entity", id)), one sharing a key with it
    across scripts (("key", "skeleton:brk"): entity_keys), or stating a rare number
    (("number", n)) in their title and lead, dated and undated, read once per key."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.found: dict[Key, tuple[list[int], list[int]]] = {}
        self.known: dict[int, set[Key]] = {}
        self.numbers: dict[int, set[int]] = {}

    def _numbers(self, ids: Collection[int]) -> dict[int, set[int]]:
        """The rare numbers each article's title and lead state."""
        missing = [article for article in ids if article not in self.numbers]
        if missing:
            self.numbers.update({article: set() for article in missing})
            self.numbers.update({article: rare_numbers(text)
                                 for article, text in _leads(self.conn, missing).items()})
        return {article: self.numbers[article] for article in ids}

    def keys(self, ids: Collection[int]) -> dict[int, set[Key]]:
        """The keys of each article: the people (ICESCO's leaders left out) and partners it
        names as written, the keys they are looked up by across scripts (entity_keys), the
        rare numbers its title and lead state."""
        missing = [article for article in ids if article not in self.known]
        if missing:
            self.known.update({article: {("number", n) for n in numbers}
                               for article, numbers in self._numbers(missing).items()})
            for article_id, entity_id, kind, surname in self.conn.execute("""
                SELECT m.article_id, e.id, e.kind, e.surname
                FROM mentions m
                JOIN entities e
                  ON e.id = CASE WHEN m.link = 'version' THEN m.via ELSE m.entity_id END
                WHERE m.article_id IN (SELECT value FROM json_each(:ids))
                  AND m.link IS NOT 'role'
                  AND e.kind IN ('person', 'partner')
            """, {"ids": id_array(missing)}):
                if kind == "partner" or (surname and not is_leader(surname)):
                    self.known[article_id].add(("entity", entity_id))
            for article_id, key in self.conn.execute("""
                SELECT DISTINCT m.article_id, k.key
                FROM mentions m
                JOIN entity_keys k
                  ON k.entity_id = CASE WHEN m.link = 'version' THEN m.via ELSE m.entity_id END
                WHERE m.article_id IN (SELECT value FROM json_each(:ids))
                  AND m.link IS NOT 'role'
            """, {"ids": id_array(missing)}):
                self.known[article_id].add(("key", key))
        return {article: self.known[article] for article in ids}

    def naming(self, key: Key, dated: bool) -> list[int]:
        """The articles with (or without) a date that have `key`; none when more than
        MAX_SHARED dated ones have it (or, for a number, more than 4 × MAX_SHARED write it)."""
        if key not in self.found:
            kind, value = key
            self.found[key] = (self._entity(int(value)) if kind == "entity"
                               else self._keyed(str(value)) if kind == "key"
                               else self._number(int(value)))
        return self.found[key][0 if dated else 1]

    def _keyed(self, key: str) -> tuple[list[int], list[int]]:
        """The dated and the undated articles naming an entity with a key (idx_entity_keys_key,
        then idx_mentions_entity_oldest for each entity)."""
        with_date = [row[0] for row in self.conn.execute(f"""
            SELECT DISTINCT m.article_id
            {_KEYED}
              AND m.date IS NOT NULL
            LIMIT :limit
        """, {"key": key, "limit": MAX_SHARED + 1})]
        if len(with_date) > MAX_SHARED:
            return [], []
        return with_date, [row[0] for row in self.conn.execute(f"""
            SELECT DISTINCT m.article_id
            {_KEYED}
              AND m.date IS NULL
        """, {"key": key})]

    def _entity(self, entity: int) -> tuple[list[int], list[int]]:
        """The dated and the undated articles naming an entity (idx_mentions_entity_oldest)."""
        with_date = [row[0] for row in self.conn.execute("""
            SELECT article_id
            FROM mentions
            WHERE entity_id = :entity
              AND date IS NOT NULL
              AND link IS NOT 'role'
            LIMIT :limit
        """, {"entity": entity, "limit": MAX_SHARED + 1})]
        if len(with_date) > MAX_SHARED:
            return [], []
        return with_date, [row[0] for row in self.conn.execute("""
            SELECT article_id
            FROM mentions
            WHERE entity_id = :entity
              AND date IS NULL
              AND link IS NOT 'role'
        """, {"entity": entity})]

    def _number(self, number: int) -> tuple[list[int], list[int]]:
        """The dated and the undated articles whose title and lead state a number: those
        writing it anywhere (articles_fts), then their leads read."""
        rows = self.conn.execute("""
            SELECT a.id, a.date IS NOT NULL
            FROM articles_fts f
            JOIN articles a ON a.id = f.rowid
            WHERE articles_fts MATCH :match
            LIMIT :limit
        """, {"match": _match(number), "limit": 4 * MAX_SHARED + 1}).fetchall()
        if len(rows) > 4 * MAX_SHARED:
            return [], []
        numbers = self._numbers([article for article, _ in rows])
        rows = [(article, has_date) for article, has_date in rows if number in numbers[article]]
        with_date = [article for article, has_date in rows if has_date]
        if len(with_date) > MAX_SHARED:
            return [], []
        return with_date, [article for article, has_date in rows if not has_date]

    def undated_near(self, ids: Collection[int]) -> set[int]:
        """The undated articles sharing a key with one of `ids` (as near(ids, False)), looked
        up from the undated side for the numbers: one search per 100 numbers."""
        keys = {key for found in self.keys(ids).values() for key in found}
        found = {article for key in keys if key[0] != "number"
                 for article in self.naming(key, False)}
        numbers = sorted(int(n) for kind, n in keys if kind == "number")
        for start in range(0, len(numbers), 100):
            chunk = set(numbers[start:start + 100])
            hits = [row[0] for row in self.conn.execute("""
                SELECT a.id
                FROM articles_fts f
                JOIN articles a ON a.id = f.rowid
                WHERE articles_fts MATCH :match
                  AND a.date IS NULL
            """, {"match": " OR ".join(map(_match, sorted(chunk)))})]
            for article, stated in self._numbers(hits).items():
                if any(article in self.naming(("number", n), False) for n in stated & chunk):
                    found.add(article)
        return found

    def near(self, ids: Collection[int], dated: bool) -> set[int]:
        """The articles, dated or undated, sharing a key with one of `ids`."""
        return {other for keys in self.keys(ids).values() for key in keys
                for other in self.naming(key, dated)}


def _items(conn: sqlite3.Connection, ids: Collection[int]) -> dict[int, frozenset[int]]:
    """Each of the dated articles `ids` with its item by the dated articles' links."""
    undated: set[int] = set()
    pairs: set[tuple[int, int]] = set()
    seen: set[int] = set()
    frontier = set(ids)
    while frontier:
        seen |= frontier
        found = set(conn.execute(LINKS_OF, {"ids": id_array(frontier)}))
        undated |= undated_ends(conn, {a for pair in found for a in pair})
        found = {pair for pair in found if not set(pair) & undated}
        pairs |= found
        frontier = {a for pair in found for a in pair} - seen
    groups: dict[int, set[int]] = {article: {article} for article in seen}
    for a, b in sorted(pairs):
        if groups[a] is not groups[b]:
            merged = groups[a] | groups[b]
            for article in merged:
                groups[article] = merged
    return {article: frozenset(group) for article, group in groups.items() if article in ids}


def relink_undated(conn: sqlite3.Connection, around: Collection[int] | None,
                   read: dict[int, Story]) -> tuple[set[int], set[int]]:
    """Link the undated articles anew: all of them when `around` is None, else those whose
    links the articles `around` (written, changed or removed, or whose dated links changed) can
    change; `read` holds the stories the dated links read (not read again). The dated links of
    an article an undated one displaces are undone (extract.undated_versions). Returns the
    articles whose links changed, and the dated articles that lost a link to an undated one
    (whose dated links a displacement may have undone: the caller links them anew)."""
    index = _Index(conn)
    if conn.execute("""
        SELECT 1
        FROM articles
        WHERE date IS NULL
          AND language IS NOT NULL
        LIMIT 1
    """).fetchone() is None:
        return set(), set()  # (a removed or dated article's links are the dated links' to undo)
    if around is None:
        decide = {row[0] for row in conn.execute("""
            SELECT id
            FROM articles
            WHERE date IS NULL
              AND language IS NOT NULL
        """)}
    else:
        near = set(around)
        loose = undated_ends(conn, near)
        near |= {a for group in _items(conn, near - loose).values() for a in group}
        near |= {a for group in _items(conn, index.near(loose, True)).values() for a in group}
        linked = {a for pair in conn.execute(LINKS_OF, {"ids": id_array(near)}) for a in pair}
        decide = loose | undated_ends(conn, linked) | index.undated_near(near)
    if not decide:
        return set(), set()
    pools = {article: index.near([article], True) for article in decide}
    item_of = _items(conn, {d for pool in pools.values() for d in pool})
    members = {a for group in item_of.values() for a in group}
    rivals = index.undated_near(members) - decide
    pools |= {article: index.near([article], True) & members for article in rivals}
    undated_pools = {article: index.near([article], False) - {article} for article in decide}
    wanted = decide | rivals | members | {a for pool in undated_pools.values() for a in pool}
    found = {key: read[key] for key in wanted if key in read}
    found |= {story.id: story for story in stories(conn, wanted - found.keys())}
    scores = Scores({key: story for key, story in found.items() if not story.date and story.language},
                    {key: story for key, story in found.items() if story.date and story.language})
    deciding = {a for a in decide if a in scores.undated}
    new, undone = undated_links(deciding, scores, pools, item_of)
    # two undated versions (undated_pairs): the choices of those decided, then those of the
    # undated stories they chose, with all their candidates
    choices = undated_choices(deciding, scores, pools, undated_pools)
    chosen = {a for a in choices.values() if a is not None} - choices.keys()
    pools |= {article: index.near([article], True) for article in chosen}
    undated_pools |= {article: index.near([article], False) - {article} for article in chosen}
    more = ({a for article in chosen for a in (*pools[article], *undated_pools[article])}
            - scores.undated.keys() - scores.dated.keys())
    scores.add([read[key] for key in more if key in read])
    scores.add(stories(conn, {key for key in more if key not in read}))
    new |= undated_pairs(choices | undated_choices(chosen, scores, pools, undated_pools))
    old = set(conn.execute(LINKS_OF, {"ids": id_array(decide)}))
    lost = {a for pair in old - new for a in pair} - decide - scores.undated.keys()
    stored = set(conn.execute(LINKS_OF, {"ids": id_array({a for pair in undone for a in pair})}))
    return replace_links(conn, old | (undone & stored), new), lost
