"""Writing parsed dumps into the archive: batched transactions, and the links made at the end
of every ingest.

Articles and their mentions are written as each dump arrives, a batch of dumps per transaction
(Batches). A person named by surname alone is written as that surname's own person, and ICESCO's
top role named alone is kept aside (`head_mentions`); both are linked at the end of the ingest
(finish) from everything stored by then, so the links do not depend on the order articles
arrive in. Every
entity whose mentions or dates change is marked (`entity_dirty`, in the same transaction), and
finish recounts the marked ones: stored counts are kept that one way.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from icli import identity
from icli.db import (LANGUAGE_FTS_LANGUAGES, FileWatch, StoreError, begin_writing, check_integrity,
                     index_in_language_fts)
from icli.gazetteer import OWN_HEAD_ROLES, country_aliases

if TYPE_CHECKING:
    from icli.extract import Mention
    from icli.parse import ParsedArticle

DATE_SOURCE_RANK = {"dateline": 0, "text": 1, "inferred": 2, None: 3}
_KEY_RE = re.compile(r"[\W_]+", re.UNICODE)


def article_key(title: str) -> str:
    """The identity of an article: its title, case, spacing and punctuation ignored."""
    return _KEY_RE.sub(" ", title.casefold()).strip()


def content_hash(article: ParsedArticle) -> str:
    """A hash of what a reader sees: title, subtitle and paragraphs."""
    text = "\x1f".join([article.title, article.subtitle or "", *article.body])
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass
class FileOutcome:
    """What writing one dump did."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0  # stored articles the file no longer has, and no other file has either

    def __add__(self, other: FileOutcome) -> FileOutcome:
        return FileOutcome(self.new + other.new, self.updated + other.updated,
                           self.unchanged + other.unchanged, self.removed + other.removed)

    @property
    def articles(self) -> int:
        """Articles written, whatever the outcome."""
        return self.new + self.updated + self.unchanged


def source_is_current(conn: sqlite3.Connection, path: str, digest: str, version: int) -> int | None:
    """The stored article count when `path` was ingested with this content and extractor."""
    row = conn.execute(
        "SELECT articles FROM sources WHERE path = ? AND content_hash = ? AND extractor_version = ?",
        (path, digest, version),
    ).fetchone()
    return row[0] if row else None


class Batches:
    """Writes dumps in shared transactions: a commit once a batch holds `max_articles` articles
    or has been open `max_seconds`, and at the end.

    Each commit flushes FTS5's pending terms into a new index segment that later merges
    rewrite: committing every file made the writer a third slower at 30,000 articles. A batch
    is atomic like a file was: an interrupted ingest loses the open batch whole (its files are
    recorded in `sources` only with it, so the next ingest reads them again). Another writer
    waits at most about `max_seconds` for the lock: the ingest also commits before waiting
    for a slow file (`time_left`). Before its first write the file is checked
    (`db.check_integrity`), and before each commit it must still be the file opened
    (`db.FileWatch`); `on_wait` is told when another writer holds the lock for long.
    """

    def __init__(self, conn: sqlite3.Connection, max_articles: int = 2000,
                 max_seconds: float = 1.0, on_wait: Callable[[str], None] | None = None) -> None:
        self.conn = conn
        self.on_wait = on_wait  # told when the lock is long in coming (db.begin_writing)
        self._watch = FileWatch(conn)
        self._checked = False  # whether the file passed check_integrity
        self.max_articles = max_articles
        self.max_seconds = max_seconds
        self._articles = 0
        self._files = 0
        self._opened = 0.0
        self._mentions = MentionWriter(conn)
        self._outcome = FileOutcome()  # of the open batch
        self.committed_files = 0  # files of the batches committed so far, and their articles
        self.committed = FileOutcome()

    def __enter__(self) -> Batches:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        if self.conn.in_transaction:
            if exc_type:
                self.conn.execute("ROLLBACK")
            else:
                self.commit()

    def commit(self) -> None:
        """End the open batch, if any."""
        if self.conn.in_transaction:
            self._mentions.flush()
            try:
                self._watch.check()
            except StoreError:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
            self.committed_files += self._files
            self.committed = self.committed + self._outcome
            self._files, self._articles, self._outcome = 0, 0, FileOutcome()

    def time_left(self) -> float | None:
        """Seconds before the open batch is due to commit; None when no batch is open."""
        if not self.conn.in_transaction:
            return None
        return max(0.0, self.max_seconds - (time.monotonic() - self._opened))

    def write(self, path: str, digest: str, articles: Sequence[ParsedArticle],
              extractor_version: int, mentions: Sequence[list[Mention]] | None = None) -> FileOutcome:
        """Write one dump (see write_dump) in the open batch, starting or committing as due."""
        if not self.conn.in_transaction:
            if not self._checked:  # once, and only when there is something to write
                check_integrity(self.conn)
                self._checked = True
            begin_writing(self.conn, self.on_wait)
            self._articles, self._files, self._opened = 0, 0, time.monotonic()
            self._outcome = FileOutcome()
            self._mentions = MentionWriter(self.conn)  # ids cached only while the lock is held
        outcome = write_dump(self.conn, path, digest, articles, extractor_version, mentions,
                             self._mentions)
        self._articles += len(articles)
        self._files += 1
        self._outcome = self._outcome + outcome
        if (self._articles >= self.max_articles
                or time.monotonic() - self._opened >= self.max_seconds):
            self.commit()
        return outcome


def write_dump(
    conn: sqlite3.Connection,
    path: str,
    digest: str,
    articles: Sequence[ParsedArticle],
    extractor_version: int,
    mentions: Sequence[list[Mention]] | None = None,
    writer: MentionWriter | None = None,
) -> FileOutcome:
    """Store one dump's articles inside the caller's transaction; returns new/updated/unchanged.

    An article already stored (same title) is updated when its text changed or this dump gives
    it a better-founded date, and left alone otherwise; either way this file is recorded among
    its sources. `mentions[i]` are the entities of `articles[i]`; they are (re)written for new
    and updated articles and for articles stored by an older extractor.
    """
    if not conn.in_transaction:
        raise RuntimeError("write_dump needs an open transaction (use Batches)")
    conn.execute("INSERT OR REPLACE INTO icli_meta (key, value) VALUES (?, 'pending')", (LINKS,))
    outcome = FileOutcome()
    own_writer = writer is None
    writer = writer or MentionWriter(conn)
    previous = conn.execute("SELECT content_hash FROM sources WHERE path = ?", (path,)).fetchone()
    kept: set[int] = set()
    for index, article in enumerate(articles):
        before = outcome.new
        article_id, changed, redated = _write_article(conn, path, article, extractor_version,
                                                      outcome)
        kept.add(article_id)
        conn.execute(
            "INSERT OR IGNORE INTO article_sources (article_id, path, position) VALUES (?, ?, ?)",
            (article_id, path, article.position),
        )
        if changed and mentions is not None:
            writer.write(article_id, mentions[index], new=outcome.new > before)
        elif redated:
            writer.mark_article(article_id)
    if previous is not None and previous[0] != digest:  # the file changed: what did it drop?
        outcome.removed = _forget_dropped(conn, path, kept, writer)
    conn.execute(
        "INSERT INTO sources (path, content_hash, ingested_at, articles, extractor_version) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET content_hash = excluded.content_hash, "
        "ingested_at = excluded.ingested_at, articles = excluded.articles, "
        "extractor_version = excluded.extractor_version",
        (path, digest, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
         len(articles), extractor_version),
    )
    if own_writer:
        writer.flush()
    return outcome


def _forget_dropped(conn: sqlite3.Connection, path: str, kept: set[int],
                    writer: MentionWriter) -> int:
    """Forget that `path` holds the articles it no longer has (not in `kept`): an article no
    other file has is removed, with its mentions; one that another file still has stays, read
    from there. Returns how many were removed."""
    removed = 0
    dropped = [row[0] for row in conn.execute(
        "SELECT article_id FROM article_sources WHERE path = ?", (path,)) if row[0] not in kept]
    for article_id in dropped:
        conn.execute("DELETE FROM article_sources WHERE article_id = ? AND path = ?",
                     (article_id, path))
        other = conn.execute("SELECT path, position FROM article_sources WHERE article_id = ? "
                             "ORDER BY rowid LIMIT 1", (article_id,)).fetchone()
        if other is not None:
            conn.execute("UPDATE articles SET source = ?, position = ? WHERE id = ? AND source = ?",
                         (*other, article_id, path))
            continue
        writer.mark_article(article_id)
        for table in ("mentions", "head_mentions"):
            conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))  # trigger: FTS too
        removed += 1
    return removed


def _write_article(
    conn: sqlite3.Connection,
    path: str,
    article: ParsedArticle,
    extractor_version: int,
    outcome: FileOutcome,
) -> tuple[int, bool, bool]:
    """Insert or update one article; returns its id, whether its entities need writing and
    whether its date changed."""
    key = article_key(article.title)
    digest = content_hash(article)
    body = "\n\n".join(article.body)
    inserted = conn.execute(  # a new title (the common case) costs one statement, not two
        "INSERT INTO articles (key, title, subtitle, body, date, date_source, language, source, "
        "position, content_hash, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (key) DO NOTHING",
        (key, article.title, article.subtitle, body, article.date, article.date_source,
         article.language, path, article.position, digest, extractor_version),
    )
    if inserted.rowcount == 1:
        article_id = inserted.lastrowid
        conn.execute(
            "INSERT INTO articles_fts (rowid, title, subtitle, body) VALUES (?, ?, ?, ?)",
            (article_id, article.title, article.subtitle, body),
        )
        if article.language in LANGUAGE_FTS_LANGUAGES:
            index_in_language_fts(conn, article_id, article.language, article.title,
                                  article.subtitle, body)
        outcome.new += 1
        return int(article_id), True, False  # type: ignore[arg-type]
    row = conn.execute(
        "SELECT id, content_hash, date, date_source, extractor_version, source, length(body) "
        "FROM articles WHERE key = ?",
        (key,),
    ).fetchone()
    article_id, old_digest, old_date, old_date_source, old_version, first_path, old_length = row
    better_date = DATE_SOURCE_RANK[article.date_source] < DATE_SOURCE_RANK[old_date_source]
    # The file it was first read from may change its text; another file (a teaser listing,
    # a copy) only replaces the text with a fuller one.
    new_text = old_digest != digest and (path == first_path or len(body) > old_length)
    if new_text or better_date:
        date, date_source = (
            (article.date, article.date_source) if better_date or new_text and path == first_path
            else (old_date, old_date_source)
        )
        if new_text:
            conn.execute(
                "UPDATE articles SET title = ?, subtitle = ?, body = ?, language = ?, "
                "content_hash = ? WHERE id = ?",
                (article.title, article.subtitle, body, article.language, digest, article_id),
            )
            index_in_language_fts(conn, article_id, article.language, article.title,
                                  article.subtitle, body)
        conn.execute(
            "UPDATE articles SET date = ?, date_source = ?, extractor_version = ? WHERE id = ?",
            (date, date_source, extractor_version, article_id),
        )
        outcome.updated += 1
        return article_id, new_text or old_version != extractor_version, date != old_date
    outcome.unchanged += 1
    if old_version != extractor_version:
        conn.execute(
            "UPDATE articles SET extractor_version = ? WHERE id = ?", (extractor_version, article_id)
        )
        return article_id, True, False
    return article_id, False, False


# --- mentions ----------------------------------------------------------------------------------


class MentionWriter:
    """Writes articles' mentions inside the open batch: each named entity resolved to its one
    stored identity (ids cached for the batch), ICESCO's role named alone kept aside,
    and every entity touched marked for a recount."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._ids: dict[tuple[str, str], int] = {}
        self._aliases: set[tuple[int, str]] = set()
        self._resolved: dict[tuple, int] = {}
        self._dirty: set[int] = set()

    def write(self, article_id: int, mentions: list[Mention], new: bool = False) -> None:
        """Replace an article's mentions with `mentions` (`new`: the article has none yet).

        Several mentions of one entity make one row: the first alias, the first role given.
        """
        if not new:
            self.mark_article(article_id)
            self.conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM head_mentions WHERE article_id = ?", (article_id,))
        rows: dict[int, tuple[str | None, str, str | None]] = {}
        for mention in mentions:
            if identity.is_head_by_role(mention.key):
                self.conn.execute(
                    "INSERT INTO head_mentions (article_id, role, alias) VALUES (?, ?, ?)",
                    (article_id, mention.role, mention.alias))
                continue
            entity_id = self._resolve(mention)
            role, alias, link = rows.get(entity_id, (mention.role, mention.alias, None))
            if mention.kind == "person" and identity.is_surname_only(mention.key):
                link = "surname"
            rows[entity_id] = (role or mention.role, alias, link)
        self.conn.executemany(
            "INSERT INTO mentions (article_id, entity_id, role, alias, link, via, date) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, (SELECT date FROM articles WHERE id = ?1))",
            [(article_id, entity_id, role, alias, link, entity_id if link else None)
             for entity_id, (role, alias, link) in rows.items()],
        )
        self._dirty.update(rows)

    def mark_article(self, article_id: int) -> None:
        """Mark the entities an article mentions for a recount (its mentions or date change)."""
        self._dirty.update(row[0] for row in self.conn.execute(
            "SELECT entity_id FROM mentions WHERE article_id = ?", (article_id,)))

    def flush(self) -> None:
        """Record the marks in the open transaction."""
        if self._dirty:
            self.conn.executemany("INSERT OR IGNORE INTO entity_dirty VALUES (?)",
                                  [(entity_id,) for entity_id in self._dirty])
            self._dirty.clear()

    def _resolve(self, mention: Mention) -> int:
        """The entity a mention names (the same mention again in this batch is looked up)."""
        memo = (mention.kind, mention.key, mention.name, mention.alias, mention.code,
                frozenset(mention.variants))
        entity_id = self._resolved.get(memo)
        if entity_id is None:
            entity_id = self._resolved[memo] = self._resolve_anew(mention)
        return entity_id

    def _resolve_anew(self, mention: Mention) -> int:
        aliases: Collection[str]
        if mention.kind == "person":
            aliases = person_aliases(mention.alias or mention.name, mention.alias,
                                     frozenset(mention.variants))
            entity_id, _ = self.entity(mention.kind, mention.key, mention.name, None)
        elif mention.kind == "partner":
            aliases = ({mention.name, mention.alias} | mention.variants
                       | ({mention.code} if mention.code else set()))
            entity_id = self._partner(mention)
        else:
            entity_id, created = self.entity(mention.kind, mention.key, mention.name, mention.code)
            aliases = country_aliases(mention.key) if created else set()
        self.add_aliases(entity_id, aliases)
        return entity_id

    def add_aliases(self, entity_id: int, aliases: Collection[str]) -> None:
        """Store the forms an entity is named by (once per batch)."""
        new = [(entity_id, identity.name_norm(alias), alias) for alias in aliases
               if alias and (entity_id, alias) not in self._aliases]
        if new:
            self.conn.executemany(
                "INSERT OR IGNORE INTO entity_aliases (entity_id, norm, alias) VALUES (?, ?, ?)", new
            )
            self._aliases.update((entity_id, alias) for entity_id, _, alias in new)

    def entity(self, kind: str, key: str, name: str, code: str | None) -> tuple[int, bool]:
        """The id of the entity with this kind and key (created if needed), and whether it was
        created now."""
        cached = self._ids.get((kind, key))
        if cached is not None:
            return cached, False
        surname = identity.key_surname(key) if kind == "person" else None
        created = self.conn.execute(
            "INSERT OR IGNORE INTO entities (kind, key, name, code, surname) VALUES (?, ?, ?, ?, ?)",
            (kind, key, name, code, surname),
        ).rowcount == 1
        row = self.conn.execute(
            "SELECT id FROM entities WHERE kind = ? AND key = ?", (kind, key)
        ).fetchone()
        self._ids[(kind, key)] = row[0]
        return int(row[0]), created

    def _partner(self, mention: Mention) -> int:
        """A partner found by acronym or any name it was stored under, else a new one."""
        for alias in ([mention.code] if mention.code else []) + [mention.name]:
            norm = identity.name_norm(alias)
            cached = self._ids.get(("partner-alias", norm))
            if cached is not None:
                return cached
            row = self.conn.execute(
                "SELECT e.id, e.code FROM entity_aliases al JOIN entities e ON e.id = al.entity_id "
                "WHERE al.norm = ? AND e.kind = 'partner' LIMIT 1",
                (norm,),
            ).fetchone()
            if row:
                if row[1] is None and mention.code:
                    self.conn.execute(
                        "UPDATE entities SET code = ? WHERE id = ?", (mention.code, row[0])
                    )
                self._ids[("partner-alias", norm)] = row[0]
                return int(row[0])
        return self.entity(mention.kind, mention.key, mention.name, mention.code)[0]


@lru_cache(maxsize=65536)
def person_aliases(written: str, alias: str, variants: frozenset[str]) -> frozenset[str]:
    """The names to store as aliases of a person's mention: as written, the surname, the
    other forms in the article, and first name + surname."""
    first, surname = identity.split_name(written)
    aliases = {alias, *variants}
    if not identity.is_regnal_number(surname):  # "Mohammed VI", "محمد السادس": no alias "VI"
        aliases.add(surname)
    if first:
        aliases.add(f"{first} {surname}")
    return frozenset(aliases)


# --- the end of an ingest ----------------------------------------------------------------------


LINKS = "links"  # an icli_meta key, 'pending' from a dump's write to the next finish


def finish(conn: sqlite3.Connection, on_wait: Callable[[str], None] | None = None) -> None:
    """Link the surname-only and role-only mentions, then recount and rename the marked entities
    (one transaction); nothing to do when no dump was written since the last finish."""
    begin_writing(conn, on_wait)
    try:
        if conn.execute("SELECT 1 FROM icli_meta WHERE key = ? UNION ALL "
                        "SELECT 1 FROM entity_dirty LIMIT 1", (LINKS,)).fetchone():
            _link(conn)
            _refresh_marked(conn)
            conn.execute("DELETE FROM icli_meta WHERE key = ?", (LINKS,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _link(conn: sqlite3.Connection) -> None:
    """Link, anew from what is stored now, every surname alone to the one person named in full
    with that surname (else it stays that surname's own person), and every mention of ICESCO's
    role alone to the role's holder nearest the article's date (rules: `identity`)."""
    linked = "SELECT article_id, entity_id FROM mentions WHERE link IS NOT NULL"
    before = set(conn.execute(linked))
    conn.execute("UPDATE mentions SET role = NULL WHERE rowid IN "
                 "(SELECT filled FROM head_mentions WHERE filled IS NOT NULL)")
    conn.execute("UPDATE head_mentions SET filled = NULL WHERE filled IS NOT NULL")
    conn.execute("DELETE FROM mentions WHERE link = 'role'")
    conn.execute("UPDATE mentions SET entity_id = via WHERE link = 'surname' AND entity_id != via")
    unlinked = conn.execute("SELECT via, entity_id FROM mentions WHERE link = 'script'").fetchall()
    conn.execute("UPDATE mentions SET entity_id = via, link = NULL, via = NULL "
                 "WHERE link = 'script'")
    conn.executemany("INSERT OR IGNORE INTO entity_dirty VALUES (?)",
                     [(entity_id,) for pair in unlinked for entity_id in pair])
    named = conn.execute(  # people some article names in full
        "SELECT id, key FROM entities e WHERE kind = 'person' AND EXISTS "
        "(SELECT 1 FROM mentions m WHERE m.entity_id = e.id AND m.link IS NULL)").fetchall()
    owners = identity.surname_owners(named)
    writer = MentionWriter(conn)
    links = []
    for rowid, via, key in conn.execute(
            "SELECT m.rowid, m.via, e.key FROM mentions m JOIN entities e ON e.id = m.via "
            "WHERE m.link = 'surname'").fetchall():
        owner = owners.get(identity.key_surname(key))
        if owner is not None:
            links.append((owner, rowid))
            writer.add_aliases(owner, [row[0] for row in conn.execute(
                "SELECT alias FROM entity_aliases WHERE entity_id = ?", (via,))])
    conn.executemany("UPDATE mentions SET entity_id = ? WHERE rowid = ?", links)
    _link_scripts(conn, writer)
    heads = f"({', '.join(repr(role) for role in OWN_HEAD_ROLES)})"
    spans = {entity_id: (first, last) for entity_id, first, last in conn.execute(
        "SELECT m.entity_id, MIN(m.date), MAX(m.date) FROM mentions m WHERE m.entity_id IN "
        f"(SELECT entity_id FROM mentions WHERE role IN {heads}) GROUP BY m.entity_id")}
    roles, filled = [], []
    for article_id, role, alias, date in conn.execute(
            "SELECT h.article_id, h.role, h.alias, a.date FROM head_mentions h "
            "JOIN articles a ON a.id = h.article_id ORDER BY h.article_id").fetchall():
        holder = identity.role_holder(date, spans)
        if holder is None:
            continue
        roles.append((article_id, holder, role, alias))
        named = conn.execute("SELECT rowid, role FROM mentions WHERE article_id = ? "
                             "AND entity_id = ?", (article_id, holder)).fetchone()
        if named is not None and named[1] is None:  # named without a role: given this one
            filled.append((role, named[0], named[0], article_id))
    conn.executemany("INSERT OR IGNORE INTO mentions (article_id, entity_id, role, alias, link, "
                     "date) VALUES (?1, ?2, ?3, ?4, 'role', (SELECT date FROM articles WHERE id = ?1))",
                     roles)
    conn.executemany("UPDATE mentions SET role = ? WHERE rowid = ?", [f[:2] for f in filled])
    conn.executemany("UPDATE head_mentions SET filled = ? WHERE article_id = ?",
                     [f[2:] for f in filled])
    changed = before ^ set(conn.execute(linked))  # only these entities' counts change
    conn.executemany("INSERT OR IGNORE INTO entity_dirty VALUES (?)",
                     [(entity_id,) for entity_id in {pair[1] for pair in changed}])


def _link_scripts(conn: sqlite3.Connection, writer: MentionWriter) -> None:
    """Link every French or Arabic mention of a person to the English-named person holding the
    same office at the same country in articles of the same days (`identity.script_links`)."""
    named = conn.execute(
        "SELECT m.rowid, m.entity_id, a.language, a.date, m.role FROM mentions m "
        "JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id "
        "WHERE e.kind = 'person' AND m.link IS NULL AND m.role IS NOT NULL").fetchall()
    for rowid, target in identity.script_links(named).items():
        article_id, via = conn.execute(
            "SELECT article_id, entity_id FROM mentions WHERE rowid = ?", (rowid,)).fetchone()
        if conn.execute("SELECT 1 FROM mentions WHERE article_id = ? AND entity_id = ?",
                        (article_id, target)).fetchone():
            continue  # the article names that person already
        conn.execute("UPDATE mentions SET entity_id = ?, via = ?, link = 'script' WHERE rowid = ?",
                     (target, via, rowid))
        writer.add_aliases(target, [row[0] for row in conn.execute(
            "SELECT alias FROM entity_aliases WHERE entity_id = ?", (via,))])
        conn.executemany("INSERT OR IGNORE INTO entity_dirty VALUES (?)", [(target,), (via,)])


def _refresh_marked(conn: sqlite3.Connection) -> None:
    """Recount the marked entities' articles and date spans, and choose their shown names."""
    conn.execute("UPDATE entities SET articles = 0, first_date = NULL, last_date = NULL "
                 "WHERE id IN (SELECT entity_id FROM entity_dirty)")
    conn.execute(
        "WITH counted AS (SELECT m.entity_id AS id, COUNT(*) AS n, MIN(m.date) AS first, "
        "MAX(m.date) AS last FROM entity_dirty d JOIN mentions m ON m.entity_id = d.entity_id "
        "GROUP BY m.entity_id) "
        "UPDATE entities SET articles = counted.n, first_date = counted.first, "
        "last_date = counted.last FROM counted WHERE entities.id = counted.id"
    )
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
