"""Writing parsed dumps into the archive: batched transactions, and the links made at the end
of every ingest.

Articles and their mentions are written as each dump arrives, a batch of dumps per transaction
(Batches). A person named by surname alone is written as that surname's own person, and ICESCO's
top role named alone is kept aside (`head_mentions`); both are linked at the end of the ingest
(finish) as from everything stored by then, so the links do not depend on the order articles
arrive in; only those that what the run wrote can change are made again (LinkScope). Every
entity whose mentions or dates change is marked (`entity_dirty`, in the same transaction), and
finish recounts the marked ones, or adds to an entity's count what it only gained in the run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from icli.extract import identity
from icli.extract.gazetteer import OWN_HEAD_ROLES, country_aliases
from icli.store import versions
from icli.store.db import (
    LANGUAGE_FTS_LANGUAGES,
    FileWatch,
    StoreError,
    begin_writing,
    check_integrity,
    index_in_language_fts,
)
from icli.text.normalize import name_norm

if TYPE_CHECKING:
    from icli.extract.mention import Mention
    from icli.text.parse import ParsedArticle

DATE_SOURCE_RANK = {"dateline": 0, "text": 1, "inferred": 2, None: 3}
_KEY_RE = re.compile(r"[\W_]+", re.UNICODE)


def article_key(title: str) -> str:
    """The identity of an article: its title, case, spacing and punctuation ignored."""
    return _KEY_RE.sub(" ", title.casefold()).strip()


def article_key_hash(key: str) -> int:
    """The 64-bit number an article is looked up by (`articles.key_hash`); the key itself is
    compared on the row, so two keys with the same hash stay two articles. Stored hashes were
    made by this function: changing it needs a migration step that recomputes them."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big",
                          signed=True)


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
    (`db.check_integrity`; `checked`), and before each commit it must still be the file opened
    (`db.FileWatch`); `on_wait` is told when another writer holds the lock for long.
    """

    def __init__(self, conn: sqlite3.Connection, max_articles: int = 2000,
                 max_seconds: float = 1.0, on_wait: Callable[[str], None] | None = None) -> None:
        self.conn = conn
        self.on_wait = on_wait  # told when the lock is long in coming (db.begin_writing)
        self._watch = FileWatch(conn)
        self.checked: int | None = None  # check_integrity's data_version once the file passed
        self.max_articles = max_articles
        self.max_seconds = max_seconds
        self._articles = 0
        self._files = 0
        self._opened = 0.0
        self.scope = LinkScope()
        self._mentions = MentionWriter(conn, self.scope)
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
            if self.checked is None:  # once, and only when there is something to write
                self.checked = check_integrity(self.conn)
                if self.conn.execute("SELECT 1 FROM entity_dirty LIMIT 1").fetchone():
                    self.scope.forget()  # counts left to recount before this run
            begin_writing(self.conn, self.on_wait)
            self._articles, self._files, self._opened = 0, 0, time.monotonic()
            self._outcome = FileOutcome()
            self._mentions = MentionWriter(self.conn, self.scope)  # ids cached while locked
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
    outcome = FileOutcome()
    own_writer = writer is None
    writer = writer or MentionWriter(conn)
    mark = writer.scope.token if writer.scope is not None else PENDING
    conn.execute("INSERT INTO icli_meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) "
                 "DO UPDATE SET value = ?3 WHERE value != ?2", (LINKS, mark, PENDING))
    previous = conn.execute("SELECT content_hash FROM sources WHERE path = ?", (path,)).fetchone()
    kept: set[int] = set()
    for index, article in enumerate(articles):
        before = outcome.new
        article_id, changed = _write_article(conn, path, article, extractor_version, outcome,
                                             writer)
        kept.add(article_id)
        conn.execute(
            "INSERT OR IGNORE INTO article_sources (article_id, path, position) VALUES (?, ?, ?)",
            (article_id, path, article.position),
        )
        if changed and mentions is not None:
            writer.write(article_id, mentions[index], new=outcome.new > before, date=article.date)
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
    writer: MentionWriter,
) -> tuple[int, bool]:
    """Insert or update one article; returns its id and whether its entities need writing
    (an article whose date changes is marked with `writer` first)."""
    key = article_key(article.title)
    digest = content_hash(article)
    body = "\n\n".join(article.body)
    key_hash = article_key_hash(key)
    row = conn.execute(
        "SELECT id, content_hash, date, date_source, extractor_version, source, length(body) "
        "FROM articles WHERE key_hash = ? AND key = ?",
        (key_hash, key),
    ).fetchone()
    if row is None:
        article_id = conn.execute(
            "INSERT INTO articles (key, key_hash, title, subtitle, body, date, date_source, "
            "language, source, position, content_hash, extractor_version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, key_hash, article.title, article.subtitle, body, article.date,
             article.date_source, article.language, path, article.position, digest,
             extractor_version),
        ).lastrowid
        conn.execute(
            "INSERT INTO articles_fts (rowid, title, subtitle, body) VALUES (?, ?, ?, ?)",
            (article_id, article.title, article.subtitle, body),
        )
        if article.language in LANGUAGE_FTS_LANGUAGES:
            index_in_language_fts(conn, article_id, article.language, article.title,
                                  article.subtitle, body)
        outcome.new += 1
        return int(article_id), True  # type: ignore[arg-type]
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
        if date != old_date:
            writer.mark_article(article_id)
        conn.execute(
            "UPDATE articles SET date = ?, date_source = ?, extractor_version = ? WHERE id = ?",
            (date, date_source, extractor_version, article_id),
        )
        outcome.updated += 1
        return article_id, new_text or old_version != extractor_version
    outcome.unchanged += 1
    if old_version != extractor_version:
        conn.execute(
            "UPDATE articles SET extractor_version = ? WHERE id = ?", (extractor_version, article_id)
        )
        return article_id, True
    return article_id, False


# --- mentions ----------------------------------------------------------------------------------


class MentionWriter:
    """Writes articles' mentions inside the open batch: each named entity resolved to its one
    stored identity (ids cached for the batch), ICESCO's role named alone kept aside,
    and every entity touched marked for a recount."""

    def __init__(self, conn: sqlite3.Connection, scope: LinkScope | None = None) -> None:
        self.conn = conn
        self.scope = scope  # what the run wrote, for linking only that (None: link everything)
        self._ids: dict[tuple[str, str], int] = {}
        self._aliases: set[tuple[int, str]] = set()
        self._resolved: dict[tuple, int] = {}
        self._dirty: set[int] = set()

    def write(self, article_id: int, mentions: list[Mention], new: bool = False,
              date: str | None = None) -> None:
        """Replace an article's mentions with `mentions` (`new`: the article, dated `date`,
        has none yet).

        Several mentions of one entity make one row: the first alias, the first role given.
        """
        if not new:
            self.mark_article(article_id)
            self.conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM head_mentions WHERE article_id = ?", (article_id,))
        elif self.scope is not None:
            self.scope.touch(article_id)
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
        if self.scope is not None:
            if new:
                self.scope.add(rows, date)
            else:
                self.scope.recount.update(rows)

    def moved(self, lost: int | None, gained: int | None, date: str | None) -> None:
        """Note a mention (of an article dated `date`) that linking took from entity `lost` or
        gave to `gained`: both are marked; the scope recounts the one losing it and adds it to
        the one gaining it."""
        self._dirty.update(entity_id for entity_id in (lost, gained) if entity_id is not None)
        if self.scope is not None:
            if lost is not None:
                self.scope.recount.add(lost)
            if gained is not None:
                self.scope.add([gained], date)

    def mark_article(self, article_id: int) -> None:
        """Mark the entities an article mentions (and those its linked mentions were written
        as) for a recount, and the article for linking, before its mentions or date change."""
        rows = self.conn.execute("SELECT entity_id, via, date, role FROM mentions "
                                 "WHERE article_id = ?", (article_id,)).fetchall()
        marked = {entity_id for entity_id, *_ in rows} | {via for _, via, *_ in rows if via}
        self._dirty.update(marked)
        if self.scope is not None:
            self.scope.recount.update(marked)
            self.scope.touch(article_id, [date for _, _, date, role in rows
                                          if date and identity.role_signature(role)])

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
        new = [(entity_id, name_norm(alias), alias) for alias in aliases
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
            norm = name_norm(alias)
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


LINKS = "links"  # an icli_meta key: set by a dump's write, removed by the next finish
PENDING = "pending"  # its value when the writes since the last links are not all one run's
HEAD_SPANS = "head_spans"  # an icli_meta key: the heads' spans the role-only links were made with
OWNERS = "surname_owners"  # an icli_meta key: surname → the person its surname-only mentions are
SCOPE_ARTICLES = 20_000  # a run that changes more articles links everything anew
HEADS = f"({', '.join(repr(role) for role in OWN_HEAD_ROLES)})"


class LinkScope:
    """What one run changed since the links were last made: the token its writes mark the links
    pending with (LINKS), the articles whose mentions or dates it changed, the dates of the
    office holders' mentions it removed or moved, the mentions each entity only gained and the
    entities that lost some (`articles` is None once there are more than SCOPE_ARTICLES: the
    run then links and counts everything anew)."""

    def __init__(self) -> None:
        self.token = f"run {os.urandom(8).hex()}"
        self.articles: set[int] | None = set()
        self.dates: set[str] = set()
        self.added: dict[int, list] = {}  # entity → [articles, first, last date] it only gained
        self.recount: set[int] = set()  # entities whose mentions changed otherwise

    def touch(self, article_id: int, dates: Collection[str] = ()) -> None:
        """Note an article written, and the dates of office holders' mentions it loses."""
        if self.articles is None:
            return
        self.articles.add(article_id)
        self.dates.update(dates)
        if len(self.articles) > SCOPE_ARTICLES:
            self.forget()

    def forget(self) -> None:
        """Give up following the run: everything will be linked and counted anew."""
        self.articles, self.dates, self.added, self.recount = None, set(), {}, set()

    def add(self, entity_ids: Collection[int], date: str | None) -> None:
        """Note a new article mentioning these entities, dated `date`."""
        if self.articles is None:
            return
        for entity_id in entity_ids:
            count = self.added.setdefault(entity_id, [0, date, date])
            count[0] += 1
            if date is not None:
                count[1] = min(count[1] or date, date)
                count[2] = max(count[2] or date, date)


def finish(conn: sqlite3.Connection, on_wait: Callable[[str], None] | None = None,
           scope: LinkScope | None = None) -> None:
    """Link the surname-only and role-only mentions, recount and rename the marked entities, and
    link the versions of one item across languages (one transaction); nothing to do when no dump was written since the last finish. Only what
    `scope` changed is linked when no other run wrote since the last links (LINKS holds its
    token); otherwise everything is linked anew."""
    begin_writing(conn, on_wait)
    try:
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
    _mark(conn, {entity_id for pair in unlinked for entity_id in pair})
    named = conn.execute(  # people some article names in full
        "SELECT id, key FROM entities e WHERE kind = 'person' AND EXISTS "
        "(SELECT 1 FROM mentions m WHERE m.entity_id = e.id AND m.link IS NULL)").fetchall()
    owners = identity.surname_owners(named)
    alone = {row[0] for row in conn.execute("SELECT surname FROM entities WHERE kind = 'person' "
                                            "AND key >= '|' AND key < '}'")}  # '|surname'
    _store(conn, OWNERS, sorted((surname, owners[surname]) for surname in alone & owners.keys()))
    writer = MentionWriter(conn)
    links = []
    for rowid, via, key in conn.execute(
            "SELECT m.rowid, m.via, e.key FROM mentions m JOIN entities e ON e.id = m.via "
            "WHERE m.link = 'surname'").fetchall():
        owner = owners.get(identity.key_surname(key))
        if owner is not None:
            links.append((owner, rowid))
            writer.add_aliases(owner, _aliases(conn, via))
    conn.executemany("UPDATE mentions SET entity_id = ? WHERE rowid = ?", links)
    _link_scripts(conn, writer)
    writer.flush()
    spans = {entity_id: (first, last) for entity_id, first, last in conn.execute(
        "SELECT m.entity_id, MIN(m.date), MAX(m.date) FROM mentions m WHERE m.entity_id IN "
        f"(SELECT entity_id FROM mentions WHERE role IN {HEADS}) GROUP BY m.entity_id")}
    _link_roles(conn, conn.execute(
        "SELECT h.article_id, h.role, h.alias, a.date FROM head_mentions h "
        "JOIN articles a ON a.id = h.article_id ORDER BY h.article_id").fetchall(), spans)
    changed = before ^ set(conn.execute(linked))  # only these entities' counts change
    _mark(conn, {pair[1] for pair in changed})


def _link_roles(conn: sqlite3.Connection, head_mentions: list[tuple[int, str, str, str | None]],
                spans: dict[int, tuple[str | None, str | None]]) -> None:
    """Link the role-only mentions (article, role, alias, article date), whose articles have no
    role link yet, to the holder nearest their date; an article naming the holder without a
    role gives that mention the role. The spans are kept for the next finish (_link_changes)."""
    roles, filled = [], []
    for article_id, role, alias, date in head_mentions:
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
    _store(conn, HEAD_SPANS, sorted(spans.items()))


def _store(conn: sqlite3.Connection, key: str, value: object) -> None:
    """Keep `value` as JSON under `key` in icli_meta, for the next finish."""
    conn.execute("INSERT OR REPLACE INTO icli_meta (key, value) VALUES (?, ?)",
                 (key, json.dumps(value)))


def _stored(conn: sqlite3.Connection, key: str) -> list | None:
    """What _store kept under `key`; None if nothing."""
    row = conn.execute("SELECT value FROM icli_meta WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else None


def _mark(conn: sqlite3.Connection, entity_ids: Collection[int]) -> None:
    """Mark entities for a recount."""
    conn.executemany("INSERT OR IGNORE INTO entity_dirty VALUES (?)",
                     [(entity_id,) for entity_id in entity_ids])


def _aliases(conn: sqlite3.Connection, entity_id: int) -> list[str]:
    """The forms an entity was stored under."""
    return [row[0] for row in conn.execute(
        "SELECT alias FROM entity_aliases WHERE entity_id = ?", (entity_id,))]


def _ids(articles: Collection[int]) -> str:
    """Article ids as one JSON parameter (`IN (SELECT value FROM json_each(?))`)."""
    return json.dumps(sorted(articles))


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
        (_ids(scope.articles),))}
    roles_before = _unlink_roles(conn, redo)
    writer = MentionWriter(conn, scope)
    dirty = {row[0] for row in conn.execute("SELECT entity_id FROM entity_dirty")}
    roles_before |= _relink_surnames(conn, writer, dirty, redo)
    dates = scope.dates | {date for date, role in conn.execute(
        "SELECT date, role FROM mentions WHERE article_id IN (SELECT value FROM json_each(?)) "
        "AND role IS NOT NULL AND date IS NOT NULL", (_ids(redo),))
        if identity.role_signature(role)}
    roles_before |= _relink_scripts(conn, writer, dirty, dates, redo)
    spans = _head_spans(conn)
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
    _link_roles(conn, conn.execute(
        "SELECT h.article_id, h.role, h.alias, a.date FROM head_mentions h "
        "JOIN articles a ON a.id = h.article_id WHERE h.article_id IN "
        "(SELECT value FROM json_each(?)) ORDER BY h.article_id", (_ids(redo),)).fetchall(), spans)
    roles_after = set(conn.execute(
        "SELECT article_id, entity_id, date FROM mentions WHERE link = 'role' AND article_id IN "
        "(SELECT value FROM json_each(?))", (_ids(redo),)))
    for _, entity_id, date in roles_before - roles_after:
        writer.moved(entity_id, None, date)
    for _, entity_id, date in roles_after - roles_before:
        writer.moved(None, entity_id, date)
    writer.flush()


def _unlink_roles(conn: sqlite3.Connection, articles: Collection[int]) -> set[tuple]:
    """Undo the role-only links of these articles (the role given to a named holder too);
    returns the links removed as (article, holder, date)."""
    ids = _ids(articles)
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
        alone = {row[0] for row in conn.execute(
            "SELECT surname FROM entities WHERE kind = 'person' AND key >= '|' AND key < '}'")}
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
    others = {row[0]: row[1:] for lo, hi in _windows(dates, days) for row in conn.execute(
        "SELECT m.rowid, m.article_id, m.entity_id, m.via, a.language, a.date, m.role "
        "FROM articles a CROSS JOIN mentions m ON m.article_id = a.id CROSS JOIN entities e "
        "ON e.id = m.entity_id " + own
        + " AND a.language IS NOT 'en' AND (m.link IS NULL OR m.link = 'script')", (lo, hi))}
    if others:
        english = {row[0]: row for lo, hi in _windows({o[4] for o in others.values()}, days)
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


def _windows(dates: Collection[str], days: int) -> list[tuple[str, str]]:
    """The dates within `days` of any of `dates`, as merged (first, last) ranges."""
    ordinals = sorted(dt.date.fromisoformat(date).toordinal() for date in dates)
    ranges: list[list[int]] = []
    for day in ordinals:
        if ranges and day - days <= ranges[-1][1] + 1:
            ranges[-1][1] = day + days
        else:
            ranges.append([day - days, day + days])
    return [(dt.date.fromordinal(lo).isoformat(), dt.date.fromordinal(hi).isoformat())
            for lo, hi in ranges]


def _head_spans(conn: sqlite3.Connection) -> dict[int, tuple[str | None, str | None]]:
    """The heads' spans as _link finds them (the first and last date of every mention of a
    person some article names with ICESCO's top role), read from the indexes: each head's id
    by a skip through idx_mentions_head, its span from idx_mentions_entity_date."""
    spans: dict[int, tuple[str | None, str | None]] = {}
    last = -1
    while row := conn.execute(f"SELECT entity_id FROM mentions WHERE role IN {HEADS} "
                              "AND entity_id > ? ORDER BY entity_id LIMIT 1", (last,)).fetchone():
        last = row[0]
        if not conn.execute(
                f"SELECT 1 FROM mentions m WHERE entity_id = ? AND role IN {HEADS} "
                "AND link IS NOT 'role' AND NOT EXISTS (SELECT 1 FROM head_mentions h WHERE "
                "h.article_id = m.article_id AND h.filled = m.rowid) LIMIT 1", (last,)).fetchone():
            continue  # only linked or given the role
        first, final = (conn.execute(
            "SELECT date FROM mentions WHERE entity_id = ? AND date IS NOT NULL "
            f"AND link IS NOT 'role' ORDER BY date {order} LIMIT 1", (last,)).fetchone()
            for order in ("ASC", "DESC"))
        spans[last] = (first and first[0], final and final[0])
    return spans


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
    english = [row for lo, hi in _windows(dates, identity.SAME_EVENT_DAYS) for row in conn.execute(
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
                 (json.dumps(list(added)),))
    conn.execute(
        "WITH counted AS (SELECT m.entity_id AS id, COUNT(*) AS n, MIN(m.date) AS first, "
        "MAX(m.date) AS last FROM entity_dirty d CROSS JOIN mentions m "
        f"ON m.entity_id = d.entity_id WHERE d.{skip} GROUP BY m.entity_id) "
        "UPDATE entities SET articles = counted.n, first_date = counted.first, "
        "last_date = counted.last FROM counted WHERE entities.id = counted.id",
        (json.dumps(list(added)),))
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
