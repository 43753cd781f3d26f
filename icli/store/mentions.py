"""Resolving an article's mentions to stored entities, inside the open batch.

A person named by surname alone is written as that surname's own person (one per office the
article gives it: identity.in_office), and ICESCO's top role named alone is kept aside
(`head_mentions`); both are linked at the end of the ingest
(`links.finish`). Every entity whose mentions or dates change is marked (`entity_dirty`, in the
same transaction), and what one run changed is followed in a LinkScope, so finish links and
recounts only that.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Collection
from functools import lru_cache
from typing import TYPE_CHECKING

from icli.extract import identity, offices
from icli.extract.country_tables import countries_sharing, country_aliases
from icli.extract.known_partners import known_partner, known_partner_names
from icli.store.entity_keys import add_keys
from icli.store.recount import mark
from icli.text.normalize import name_norm

if TYPE_CHECKING:
    from icli.extract.mention import Mention

SCOPE_ARTICLES = 20_000  # a run that changes more articles links everything anew
# What `mentions.link` holds (docs/schema.md lists it, `make schema`): how a mention's row came
# to the entity it names; `via` is the entity it was written as when the link moved it.
MENTION_LINKS = {
    None: "named outright (`via` NULL)",
    "surname": "a surname alone, linked to the one person of that surname (links.finish; `via`: "
               "the surname-only person it was written as)",
    "role": "ICESCO's top role alone, linked to its holder at the article's date (role_links; "
            "`via` NULL)",
    "variant": "a spelling variant of a person who held the same office at the same time, "
               "linked to the one named in most articles (variant_links; `via`: the person as "
               "written)",
    "script": "a person named in French or Arabic with the office of exactly one person named in "
              "English a few days apart, linked to that person (identity.script_links; `via`: "
              "the person as written)",
    "version": "a person or partner named in one version of a news item joined to the one "
               "another version names (versions.join_entities, docs/versions.md; `via`: the "
               "entity as written)",
}

_DELETE_MENTIONS = """
    DELETE FROM mentions
    WHERE article_id = :article
"""
_DELETE_HEAD_MENTIONS = """
    DELETE FROM head_mentions
    WHERE article_id = :article
"""
_ADD_ALIAS = """
    INSERT OR IGNORE INTO entity_aliases (entity_id, norm, alias)
    VALUES (:entity, :norm, :alias)
"""
_ALIAS_STORED = """
    SELECT 1
    FROM entity_aliases
    WHERE entity_id = :entity
      AND alias = :alias
"""


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

        Several mentions of one entity make one row: the first alias and rule, the first role
        given, and a person's or partner's fullest name (`name`: as this article writes it).
        """
        if not new:
            self.mark_article(article_id)
            for statement in (_DELETE_MENTIONS, _DELETE_HEAD_MENTIONS):
                self.conn.execute(statement, {"article": article_id})
        elif self.scope is not None:
            self.scope.touch(article_id)
        rows: dict[int, tuple[str | None, str | None, str, str | None, str, str | None]] = {}
        for mention in mentions:
            if identity.is_head_by_role(mention.key):
                self.conn.execute("""
                    INSERT INTO head_mentions (article_id, role, alias)
                    VALUES (:article, :role, :alias)
                """, {"article": article_id, "role": mention.role, "alias": mention.alias})
                continue
            entity_id = self._resolve(mention)
            written = mention.name if mention.kind != "country" else None
            role, office, alias, link, rule, name = rows.get(
                entity_id, (mention.role, mention.office, mention.alias, None, mention.rule, written))
            if mention.kind == "person" and identity.is_surname_only(mention.key):
                link = "surname"
            if not role:
                role, office = mention.role, mention.office
            rows[entity_id] = (role, office, alias, link, rule, identity.fullest_name(name, written))
        self.conn.executemany("""
            INSERT INTO mentions (article_id, entity_id, role, office, alias, link, via, rule, name,
                                  date)
            VALUES (:article, :entity, :role, :office, :alias, :link, :via, :rule, :name, (
                SELECT date
                FROM articles
                WHERE id = :article
            ))
        """, [{"article": article_id, "entity": entity_id, "role": role, "office": office,
               "alias": alias, "link": link, "via": entity_id if link else None,
               "rule": rule or None, "name": name}
              for entity_id, (role, office, alias, link, rule, name) in rows.items()])
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
        rows = self.conn.execute("""
            SELECT entity_id, via, date, office
            FROM mentions
            WHERE article_id = :article
        """, {"article": article_id}).fetchall()
        marked = {entity_id for entity_id, *_ in rows} | {via for _, via, *_ in rows if via}
        self._dirty.update(marked)
        if self.scope is not None:
            self.scope.recount.update(marked)
            self.scope.touch(article_id, [date for _, _, date, office in rows
                                          if date and offices.role_signature(office)])

    def flush(self) -> None:
        """Record the marks in the open transaction."""
        if self._dirty:
            mark(self.conn, self._dirty)
            self._dirty.clear()

    def _resolve(self, mention: Mention) -> int:
        """The entity a mention names (the same mention again in this batch is looked up)."""
        memo = (mention.kind, mention.key, mention.name, mention.alias, mention.code,
                frozenset(mention.variants), mention.office)
        entity_id = self._resolved.get(memo)
        if entity_id is None:
            entity_id = self._resolved[memo] = self._resolve_anew(mention)
        return entity_id

    def _resolve_anew(self, mention: Mention) -> int:
        aliases: Collection[str]
        if mention.kind == "person":
            aliases = person_aliases(mention.alias or mention.name, mention.alias,
                                     frozenset(mention.variants))
            key = (identity.in_office(mention.key, offices.office_key(mention.office))
                   if identity.is_surname_only(mention.key) else mention.key)
            entity_id, _ = self.entity(mention.kind, key, mention.name, None)
        elif mention.kind == "partner":
            known = (mention.code and known_partner(mention.code)) or known_partner(mention.name)
            aliases = ({mention.name, mention.alias} | mention.variants
                       | {code for code in (mention.code, known) if code}
                       | set(known_partner_names(known) if known else ()))
            entity_id = self._partner(mention, None if mention.code else known)
        else:
            entity_id, created = self.entity(mention.kind, mention.key, mention.name, mention.code)
            aliases = country_aliases(mention.key) if created else set()
        self.add_aliases(entity_id, aliases)
        return entity_id

    def add_aliases(self, entity_id: int, aliases: Collection[str]) -> None:
        """Store the forms an entity is named by (each looked at once per batch), with the keys
        they give it (entity_keys). Only forms not stored yet are inserted: an insert runs
        entity_words' trigger, and any statement with a trigger makes FTS5 write out the terms
        pending in the batch (a savepoint), so inserting every form seen would write the
        full-text index in small pieces."""
        seen = [alias for alias in aliases if alias and (entity_id, alias) not in self._aliases]
        new = [alias for alias in seen
               if self.conn.execute(_ALIAS_STORED, {"entity": entity_id, "alias": alias}
                                    ).fetchone() is None]
        if new:
            self.conn.executemany(_ADD_ALIAS, [{"entity": entity_id, "norm": name_norm(alias),
                                                "alias": alias} for alias in new])
            add_keys(self.conn, entity_id, new)
        self._aliases.update((entity_id, alias) for alias in seen)

    def add_aliases_of(self, entity_id: int, source: int) -> None:
        """Store the forms the entity `source` was stored under as forms of `entity_id`."""
        self.add_aliases(entity_id, [row[0] for row in self.conn.execute("""
            SELECT alias
            FROM entity_aliases
            WHERE entity_id = :entity
        """, {"entity": source})])

    def entity(self, kind: str, key: str, name: str, code: str | None) -> tuple[int, bool]:
        """The id of the entity with this kind and key (created if needed), and whether it was
        created now."""
        cached = self._ids.get((kind, key))
        if cached is not None:
            return cached, False
        surname = identity.key_surname(key) if kind == "person" else None
        created = self.conn.execute("""
            INSERT OR IGNORE INTO entities (kind, key, name, code, surname)
            VALUES (:kind, :key, :name, :code, :surname)
        """, {"kind": kind, "key": key, "name": name, "code": code, "surname": surname}
        ).rowcount == 1
        row = self.conn.execute("""
            SELECT id
            FROM entities
            WHERE kind = :kind
              AND key = :key
        """, {"kind": kind, "key": key}).fetchone()
        self._ids[(kind, key)] = row[0]
        return int(row[0]), created

    def _partner(self, mention: Mention, known: str | None) -> int:
        """A partner found by acronym (its own, or `known`: the well-known partner its name
        is, known_partners.known_partner) or any name it was stored under, else a new one."""
        code = mention.code or known
        for alias in ([code] if code else []) + [mention.name]:
            norm = name_norm(alias)
            cached = self._ids.get(("partner-alias", norm))
            if cached is not None:
                return cached
            row = self.conn.execute("""
                SELECT e.id, e.code
                FROM entity_aliases al
                JOIN entities e ON e.id = al.entity_id
                WHERE al.norm = :norm
                  AND e.kind = 'partner'
                LIMIT 1
            """, {"norm": norm}).fetchone()
            if row:
                if row[1] is None and code:
                    self.conn.execute("""
                        UPDATE entities
                        SET code = :code
                        WHERE id = :entity
                    """, {"code": code, "entity": row[0]})
                self._ids[("partner-alias", norm)] = row[0]
                return int(row[0])
        return self.entity(mention.kind, mention.key, mention.name, code)[0]


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



def add_country_aliases(conn: sqlite3.Connection) -> None:
    """Give every stored country the forms the gazetteer knows it by (what a new country gets
    when first written), and take from each a short name several countries share, stored
    before it was several ("Korea": country_tables.countries_sharing), its words out of
    entity_words too."""
    shared = [(rowid,) for rowid, alias in conn.execute("""
        SELECT al.rowid, al.alias
        FROM entity_aliases al
        JOIN entities e ON e.id = al.entity_id
        WHERE e.kind = 'country'
    """).fetchall() if countries_sharing(alias)]
    conn.executemany("DELETE FROM entity_words WHERE rowid = ?", shared)
    conn.executemany("DELETE FROM entity_aliases WHERE rowid = ?", shared)
    countries = conn.execute("""
        SELECT id, key
        FROM entities
        WHERE kind = 'country'
    """).fetchall()
    conn.executemany(_ADD_ALIAS, [{"entity": entity_id, "norm": name_norm(alias), "alias": alias}
                                  for entity_id, code in countries
                                  for alias in sorted(country_aliases(code))])
