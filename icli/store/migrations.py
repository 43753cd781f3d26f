"""The archive's schema as named migration steps, in the style of llm's migrations.

The schema is created with sqlite-utils (tables, indexes, the FTS5 index with triggers, so
`sqlite-utils search` and Datasette work on the same file) as a list of named steps, each
applied once and recorded in sqlite-utils' `_sqlite_migrations` table (`apply`).

Each step stands alone: it holds the literals it needs and imports nothing from icli, so
editing a word list or a rule never changes what a step does to an old archive. Data that
icli's own code derives (an index of folded text, aliases from the gazetteer) is not made by
a step: the step records what to refill under REFILL in `icli_meta`, and opening the archive
for writing refills it with the code of the time (`connection.open_for_writing`).
docs/schema.md shows the schema these steps make (`make schema` writes it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "icli"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' name for it
FTS_HASH_BYTES = 8 * 2**20
REFILL = "refill"  # an icli_meta key prefix: `refill:<what>` is derived data to make again

# What m001 and m004 made of the FTS index, which `connection` makes again if a tool drops it.
FTS_COLUMNS = ["title", "subtitle", "body"]
FTS_TOKENIZER = "porter unicode61 remove_diacritics 2"
ARTICLES_AU = """
    CREATE TRIGGER articles_au AFTER UPDATE OF title, subtitle, body ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, subtitle, body)
        VALUES ('delete', old.rowid, old.title, old.subtitle, old.body);
        INSERT INTO articles_fts (rowid, title, subtitle, body)
        VALUES (new.rowid, new.title, new.subtitle, new.body);
    END
"""  # the FTS update trigger: only when the indexed text changes



Step = Callable[["Database"], None]
STEPS: list[Step] = []


def step(function: Step) -> Step:
    """Register a migration step; steps apply in the order they are defined, each once."""
    STEPS.append(function)
    return function


@step
def m001_articles(db: Database) -> None:
    """Sources, articles, where each article was read, and the FTS5 index."""
    db.table("sources").create(
        {"id": int, "path": str, "content_hash": str, "ingested_at": str, "articles": int,
         "extractor_version": int},
        pk="id",
        not_null={"path", "content_hash"},
    )
    db.table("sources").create_index(["path"], unique=True)
    db.table("articles").create(
        # body last: reading any other column never walks the body's overflow pages
        {"id": int, "key": str, "title": str, "subtitle": str, "date": str, "date_source": str,
         "language": str, "source": str, "position": int, "content_hash": str,
         "extractor_version": int, "body": str},
        pk="id",
        not_null={"key", "title", "body", "source", "position", "content_hash"},
    )
    db.table("articles").create_index(["key"], unique=True)
    db.table("articles").create_index(["date"])
    db.table("article_sources").create(
        {"article_id": int, "path": str, "position": int},
        pk=("article_id", "path"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("articles").enable_fts(FTS_COLUMNS, fts_version="FTS5", create_triggers=True,
                              tokenize=FTS_TOKENIZER)


@step
def m002_entities(db: Database) -> None:
    """People, countries and partners, their aliases, and which articles mention them."""
    db.table("entities").create(
        {"id": int, "kind": str, "key": str, "name": str, "code": str, "surname": str},
        pk="id",
        not_null={"kind", "key", "name"},
    )
    db.table("entities").create_index(["kind", "key"], unique=True)
    db.table("entities").create_index(["kind", "surname"])
    db.table("entity_aliases").create(
        {"entity_id": int, "norm": str, "alias": str},
        pk=("entity_id", "alias"),
        foreign_keys=[("entity_id", "entities", "id")],
    )
    db.table("entity_aliases").create_index(["norm"])
    db.table("mentions").create(
        {"article_id": int, "entity_id": int, "role": str, "alias": str},
        pk=("article_id", "entity_id"),
        foreign_keys=[("article_id", "articles", "id"), ("entity_id", "entities", "id")],
    )
    db.table("mentions").create_index(["entity_id", "article_id"])


@step
def m003_entity_counts(db: Database) -> None:
    """Per-entity article counts and date spans kept in `entities`, so lists and summaries
    need not group every mention; `entity_dirty` lists the entities to recount."""
    for column, kind in (("articles", "INTEGER NOT NULL DEFAULT 0"), ("first_date", "TEXT"),
                         ("last_date", "TEXT")):
        db.execute(f"ALTER TABLE entities ADD COLUMN {column} {kind}")
    db.execute("CREATE INDEX idx_entities_kind_articles ON entities (kind, articles)")
    db.execute("CREATE INDEX idx_articles_language ON articles (language)")
    # Who held ICESCO's top role (gazetteer.OWN_HEAD_ROLES when the step was written): a
    # partial index, tiny and cheap to keep.
    db.execute("""
        CREATE INDEX idx_mentions_head ON mentions (entity_id)
        WHERE role IN ('Director-General of ICESCO', 'Director-General of ISESCO')
    """)
    db.execute("CREATE INDEX idx_articles_date_source ON articles (date_source)")
    db.execute("CREATE TABLE entity_dirty (entity_id INTEGER PRIMARY KEY)")
    db.execute("""
        CREATE TRIGGER mentions_added AFTER INSERT ON mentions BEGIN
            UPDATE entities SET
                articles = articles + 1,
                first_date = CASE WHEN d.date IS NULL THEN first_date
                    WHEN first_date IS NULL OR d.date < first_date THEN d.date
                    ELSE first_date END,
                last_date = CASE WHEN d.date IS NULL THEN last_date
                    WHEN last_date IS NULL OR d.date > last_date THEN d.date
                    ELSE last_date END
            FROM (SELECT date FROM articles WHERE id = new.article_id) AS d
            WHERE entities.id = new.entity_id;
        END
    """)
    db.execute("""
        CREATE TRIGGER mentions_removed AFTER DELETE ON mentions BEGIN
            INSERT OR IGNORE INTO entity_dirty VALUES (old.entity_id);
        END
    """)
    db.execute("""
        CREATE TRIGGER article_redated AFTER UPDATE OF date ON articles
        WHEN old.date IS NOT new.date BEGIN
            INSERT OR IGNORE INTO entity_dirty
            SELECT entity_id FROM mentions WHERE article_id = new.id;
        END
    """)
    db.execute("INSERT INTO entity_dirty SELECT id FROM entities")  # recounted by the writer


@step
def m004_writer_indexes_articles(db: Database) -> None:
    """The writer adds new articles to the FTS index itself (the same FTS5 insert cost twice as
    much when a trigger made it) and counts mentions itself; the update trigger fires only when
    the title, subtitle or body changes. Rows other tools insert are not indexed."""
    db.execute("DROP TRIGGER articles_ai")
    db.execute("DROP TRIGGER mentions_added")
    db.execute("DROP TRIGGER articles_au")
    db.execute(ARTICLES_AU)


@step
def m005_fts_hashsize(db: Database) -> None:
    """FTS5 keeps up to 8 MB of new terms in memory before writing them out (the default is
    1 MB, less than a batch's): fewer, larger index segments and less merging. An SQLite too
    old to know the option keeps its default."""
    fts_hashsize(db.conn)


def fts_hashsize(conn: sqlite3.Connection) -> None:
    """Set articles_fts's hashsize to FTS_HASH_BYTES, where SQLite knows the option."""
    try:
        conn.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', :bytes)",
                     {"bytes": FTS_HASH_BYTES})
    except sqlite3.OperationalError:
        pass


@step
def m006_links(db: Database) -> None:
    """Mentions of a person by surname alone or by ICESCO's top role alone are linked to a
    person at the end of every ingest, from everything stored, whatever order the articles came
    in. `mentions.link` says how a row was linked: NULL named outright; 'surname' a surname
    alone (`via`: the surname-only person it was written as); 'role' the role alone, linked to
    its holder. `head_mentions` keeps the articles that name the role alone (`filled`: the row
    of an article naming the holder without a role, given the role). Counts are recounted for
    the entities the writer marks, so the count triggers go."""
    db.execute("ALTER TABLE mentions ADD COLUMN link TEXT")
    db.execute("ALTER TABLE mentions ADD COLUMN via INTEGER REFERENCES entities(id)")
    db.execute("CREATE INDEX idx_mentions_link ON mentions (link) WHERE link IS NOT NULL")
    db.execute("""
        CREATE TABLE head_mentions (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id),
            role TEXT NOT NULL,
            alias TEXT NOT NULL,
            filled INTEGER
        )
    """)
    db.execute("DROP TRIGGER mentions_removed")
    db.execute("DROP TRIGGER article_redated")


@step
def m007_language_search(db: Database) -> None:
    """French and Arabic articles get their own FTS5 index, `articles_fts_fr_ar` (`unicode61
    remove_diacritics 2`, no porter stemmer; Arabic as folded word keys, written by icli only);
    a deleted article leaves it by trigger. Filling it from the stored articles, and giving the
    countries already stored their French and Arabic names as aliases, is left to REFILL."""
    db.execute("""
        CREATE VIRTUAL TABLE articles_fts_fr_ar USING fts5 (
            title, subtitle, body, tokenize = 'unicode61 remove_diacritics 2'
        )
    """)
    try:
        db.execute("INSERT INTO articles_fts_fr_ar (articles_fts_fr_ar, rank) "
                   "VALUES ('hashsize', :bytes)", {"bytes": 8 * 2**20})
    except sqlite3.OperationalError:  # an SQLite too old to know the option keeps its default
        pass
    db.execute("""
        CREATE TRIGGER articles_ad_fr_ar AFTER DELETE ON articles BEGIN
            DELETE FROM articles_fts_fr_ar WHERE rowid = old.id;
        END
    """)
    db.execute("""
        INSERT OR REPLACE INTO icli_meta (key, value)
        VALUES ('refill:language_fts', 'm007'), ('refill:country_aliases', 'm007')
    """)


@step
def m008_entity_date_index(db: Database) -> None:
    """Each mention carries its article's date, and idx_mentions_entity_date (entity, date newest
    first, article) gives an entity's articles newest first straight from the index: `who NAME
    --limit 20` reads 20 index entries whatever the entity's count. It replaces the index on
    (entity, article), whose every use it serves. A trigger copies a changed article date to
    its mentions; the writer gives new mentions their article's date."""
    db.execute("ALTER TABLE mentions ADD COLUMN date TEXT")
    db.execute("UPDATE mentions SET date = (SELECT date FROM articles WHERE id = article_id)")
    db.execute("DROP INDEX idx_mentions_entity_id_article_id")
    db.execute("CREATE INDEX idx_mentions_entity_date ON mentions (entity_id, date DESC, article_id)")
    db.execute("""
        CREATE TRIGGER article_date_to_mentions AFTER UPDATE OF date ON articles
        WHEN old.date IS NOT new.date BEGIN
            UPDATE mentions SET date = new.date WHERE article_id = new.id;
        END
    """)


@step
def m009_article_key_hash(db: Database) -> None:
    """Articles gain `key_hash` (the 64-bit BLAKE2b of their key, as `articles.article_key_hash`
    computes it; a test keeps the two equal) with a plain index, which replaces the unique index
    on the key text; the writer looks an article up by both (docs/performance.md says why).
    Rewrites every article row once. Frozen here: the step never calls the app."""
    import hashlib

    def key_hash(key: str) -> int:
        digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
        return int.from_bytes(digest, "big", signed=True)

    db.conn.create_function("icli_article_key_hash", 1, key_hash, deterministic=True)
    db.execute("ALTER TABLE articles ADD COLUMN key_hash INTEGER")
    db.execute("UPDATE articles SET key_hash = icli_article_key_hash(key)")
    db.execute("DROP INDEX idx_articles_key")
    db.execute("CREATE INDEX idx_articles_key_hash ON articles (key_hash)")


@step
def m010_versions(db: Database) -> None:
    """Versions of one news item in several languages: `article_versions` links two articles
    (each pair once, smaller id first), `articles.item` names the item a linked article
    belongs to (NULL: no versions), indexed for counting and listing per item. An archive
    holding articles gets them from its next ingest or `icli migrate`, which link everything
    anew (the 'links' mark set here asks for it)."""
    db.execute("CREATE TABLE article_versions (article_id INTEGER NOT NULL, "
               "version_id INTEGER NOT NULL, PRIMARY KEY (article_id, version_id)) WITHOUT ROWID")
    db.execute("CREATE INDEX idx_article_versions_version ON article_versions (version_id)")
    db.execute("ALTER TABLE articles ADD COLUMN item INTEGER")
    db.execute("CREATE INDEX idx_articles_item ON articles (item) WHERE item IS NOT NULL")
    db.execute("INSERT OR REPLACE INTO icli_meta (key, value) SELECT 'links', 'pending' "
               "WHERE EXISTS (SELECT 1 FROM articles)")


@step
def m011_entity_words(db: Database) -> None:
    """`entity_words`, an FTS5 index of the words of every entity alias (`entity_id` beside
    them), so a lookup finds the entities a part of a name belongs to ("Malik", "Doukoure")
    through an index, not by reading every alias. A trigger indexes each new alias (aliases
    are never removed). Frozen: the SQL is written out here."""
    # an alias's words: Arabic hamza forms, alef maqsura, ta marbuta and tatweel folded (FTS5
    # folds case and Latin accents itself); queries.alias_words_query folds a query the same way
    words = ("replace(replace(replace(replace(replace(replace({alias}, 'أ', 'ا'), 'إ', 'ا'), "
             "'آ', 'ا'), 'ى', 'ي'), 'ة', 'ه'), 'ـ', '')")
    db.execute("CREATE VIRTUAL TABLE entity_words USING fts5 (words, entity_id UNINDEXED, "
               "tokenize = 'unicode61 remove_diacritics 2')")
    db.execute("INSERT INTO entity_words (rowid, words, entity_id) SELECT rowid, "
               f"{words.format(alias='alias')}, entity_id FROM entity_aliases")
    db.execute("CREATE TRIGGER entity_aliases_words AFTER INSERT ON entity_aliases BEGIN "
               "INSERT INTO entity_words (rowid, words, entity_id) VALUES (new.rowid, "
               f"{words.format(alias='new.alias')}, new.entity_id); END")


@step
def m012_mention_rules(db: Database) -> None:
    """Each mention records the name of the extraction rule that found it (`rule`; NULL for
    mentions written before: the next ingest re-extracts them), for `icli show --why`."""
    db.execute("ALTER TABLE mentions ADD COLUMN rule TEXT")


@step
def m013_browse_view(db: Database) -> None:
    """`articles_browse`: one row per article with its month and the names of the people,
    countries and partners it names as JSON arrays, the columns `icli serve` facets on
    (Datasette's array facets). A view: nothing is stored twice. Frozen: the SQL is written
    out here."""
    db.execute("""
        CREATE VIEW articles_browse AS
        SELECT a.id, a.date, substr(a.date, 1, 7) AS month, a.language, a.title,
               (SELECT json_group_array(e.name) FROM mentions m JOIN entities e ON e.id = m.entity_id
                WHERE m.article_id = a.id AND e.kind = 'person') AS people,
               (SELECT json_group_array(e.name) FROM mentions m JOIN entities e ON e.id = m.entity_id
                WHERE m.article_id = a.id AND e.kind = 'country') AS countries,
               (SELECT json_group_array(e.name) FROM mentions m JOIN entities e ON e.id = m.entity_id
                WHERE m.article_id = a.id AND e.kind = 'partner') AS partners
        FROM articles a
    """)


@step
def m014_mention_names(db: Database) -> None:
    """Each mention of a person records its name as that article writes it (`name`: the fullest
    form the article uses, honorifics dropped), so an article's people never change name when
    other files are ingested; the person's archive-wide name stays `entities.name`. NULL for
    mentions written before (readers show the archive-wide name): the next ingest re-extracts
    them."""
    db.execute("ALTER TABLE mentions ADD COLUMN name TEXT")


@step
def m015_entity_oldest_index(db: Database) -> None:
    """idx_mentions_entity_oldest (entity, undated last, date oldest first, article) gives an
    entity's articles oldest first straight from the index, as idx_mentions_entity_date gives
    them newest first: `who NAME --sort date --limit 20` reads 20 index entries whatever the
    entity's count, where it sorted every article of the entity. The expression `date IS NULL`
    is written as the queries' ORDER BY writes it (SQLite matches the two)."""
    db.execute("CREATE INDEX idx_mentions_entity_oldest "
               "ON mentions (entity_id, date IS NULL, date, article_id)")


@step
def m016_mention_offices(db: Database) -> None:
    """Each mention of a person with a role records its office (`office`: the role in one
    spelling, people_en.office_of), what identity compares (spelling variants, links across
    scripts, ICESCO's head), so `role` can be the role as the article states it ("ICESCO
    Director General", "Director-General of the Islamic World Educational, Scientific and
    Cultural Organization (ICESCO)"). Roles stored before were already in that one spelling:
    they are the office too. `idx_mentions_head` (m003), a partial index on two spellings of
    ICESCO's top role that no query has read since the role's holders come from their terms of
    office (gazetteer.OWN_HEADS), goes."""
    db.execute("ALTER TABLE mentions ADD COLUMN office TEXT")
    db.execute("UPDATE mentions SET office = role WHERE role IS NOT NULL")
    db.execute("DROP INDEX IF EXISTS idx_mentions_head")


@step
def m017_country_aliases_again(db: Database) -> None:
    """The stored countries' aliases are made again with the gazetteer of the day (REFILL): a
    short name several countries share ("Korea": South and North Korea, as pycountry's
    catalogue files both) was South Korea's alias and is now no country's, so a lookup lists
    both."""
    db.execute("""
        INSERT OR REPLACE INTO icli_meta (key, value)
        VALUES ('refill:country_aliases', 'm017')
    """)


@step
def m018_entity_keys(db: Database) -> None:
    """`entity_keys`: the keys each person and partner is looked up by across scripts (a
    person's surname skeleton "skeleton:brk" and whole name's "name:…", a partner's keys in any
    language "partner:LAS"), one row per key and entity, written with the entity's forms by
    the writer; idx_entity_keys_key finds the entities of a key. An undated article's
    candidates are the dated articles naming an entity that shares a key with one it names
    (store.undated_versions). The keys of the entities stored before are made with today's
    code (REFILL)."""
    db.execute("""
        CREATE TABLE entity_keys (
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            key TEXT NOT NULL,
            PRIMARY KEY (entity_id, key)
        ) WITHOUT ROWID
    """)
    db.execute("CREATE INDEX idx_entity_keys_key ON entity_keys (key)")
    db.execute("""
        INSERT OR REPLACE INTO icli_meta (key, value)
        VALUES ('refill:entity_keys', 'm018')
    """)


STEP_NAMES = [function.__name__ for function in STEPS]
LEGACY_STEPS = 5  # before named steps, icli_meta's schema_version counted the steps applied


def apply(conn: sqlite3.Connection, applied: list[str]) -> list[str]:
    """Apply the pending steps (inside the caller's transaction), recording each; returns the
    names of those applied now."""
    import datetime as dt

    from sqlite_utils import Database, Migrations

    db = Database(conn)
    migrations = Migrations(MIGRATION_SET)
    for function in STEPS:
        migrations()(function)
    if not db.table(MIGRATIONS_TABLE).exists():
        migrations.ensure_migrations_table(db)
        now = str(dt.datetime.now(dt.timezone.utc))
        db.table(MIGRATIONS_TABLE).insert_all(  # steps applied before they were recorded by name
            {"migration_set": MIGRATION_SET, "name": name, "applied_at": now} for name in applied)
    migrations.apply(db)
    pending = [name for name in STEP_NAMES if name not in applied]
    # icli versions from before named steps read this count, and refuse a newer file
    conn.execute("INSERT OR REPLACE INTO icli_meta VALUES ('schema_version', :steps)",
                 {"steps": str(len(STEPS))})
    return pending

