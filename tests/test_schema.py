"""The schema as the migration steps make it: docs/schema.md matches a fresh database, the steps
stand alone, and `icli migrate` upgrades an old archive to what a fresh ingest makes."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

from icli.store import migrations
from icli.store.mentions import MENTION_LINKS
from tests.conftest import DUMPS, FIXTURES, Cli
from tools.schema import DOC, fresh_schema


def test_docs_schema_is_what_the_steps_make() -> None:
    assert DOC.read_text(encoding="utf-8") == fresh_schema(), "run `make schema`"


def test_every_mention_link_stored_is_one_the_schema_lists(loaded_db: Path) -> None:
    """The sample dumps give links of several kinds; each is a MENTION_LINKS value, which
    docs/schema.md shows."""
    conn = sqlite3.connect(loaded_db)
    try:
        links = {row[0] for row in conn.execute("SELECT DISTINCT link FROM mentions")}
    finally:
        conn.close()
    assert {None, "surname", "variant"} <= links <= MENTION_LINKS.keys()
    assert all(f"| {link!r} |" in DOC.read_text(encoding="utf-8") for link in links if link)


def test_the_steps_import_nothing_from_icli() -> None:
    """A step holds its own literals: editing a word list or a rule never changes what it does
    to an old archive."""
    tree = ast.parse(Path(migrations.__file__).read_text(encoding="utf-8"))
    imported = [alias.name if isinstance(node, ast.Import) else node.module or ""
                for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
                for alias in node.names]
    assert imported and not [name for name in imported if name.split(".")[0] == "icli"]


def _dump(db: Path) -> dict[str, list[tuple]]:
    """What a reader gets from the tables m007 fills: the French and Arabic index, aliases."""
    conn = sqlite3.connect(db)
    try:
        return {
            "fts": conn.execute("SELECT rowid, title, subtitle, body FROM articles_fts_fr_ar "
                                "ORDER BY rowid").fetchall(),
            "aliases": conn.execute("SELECT e.key, al.norm, al.alias FROM entity_aliases al "
                                    "JOIN entities e ON e.id = al.entity_id "
                                    "ORDER BY 1, 2, 3").fetchall(),
        }
    finally:
        conn.close()


def test_migrate_brings_an_archive_from_before_m007_to_a_fresh_ones_state(tmp_path: Path) -> None:
    """An archive as it was before m007 (no French and Arabic index, countries without their
    French and Arabic names): `icli migrate` applies the step and refills what it left to
    today's code; the result is the one a fresh ingest gives."""
    fresh, old = tmp_path / "fresh.db", tmp_path / "old.db"
    for db in (fresh, old):
        Cli(db).json("ingest", str(FIXTURES / "entities"), str(DUMPS))
    conn = sqlite3.connect(old, isolation_level=None)
    conn.execute("DROP TRIGGER articles_ad_fr_ar")
    conn.execute("DROP TABLE articles_fts_fr_ar")
    countries = "(SELECT id FROM entities WHERE kind = 'country')"
    removed = conn.execute(f"DELETE FROM entity_aliases WHERE entity_id IN {countries} AND "
                           "alias NOT IN (SELECT key FROM entities)").rowcount
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm007_language_search'")
    conn.close()
    assert removed > 0
    cli = Cli(old)
    result = cli("list")
    assert result.exit_code == 1 and "run `icli migrate`" in result.stderr
    result = cli("migrate")
    assert (result.exit_code, result.stdout) == (0, f"{old}: upgraded (m007_language_search)\n")
    assert _dump(old) == _dump(fresh)
    assert _dump(fresh)["fts"], "the samples have French or Arabic articles"
    assert cli.json("search", "Maroc") == Cli(fresh).json("search", "Maroc")
    assert cli("migrate").stdout == f"{old}: already up to date\n"


def test_migrate_refuses_a_missing_database(tmp_path: Path) -> None:
    result = Cli(tmp_path / "none.db")("migrate")
    assert result.exit_code == 1
    assert result.stderr == (f"icli: error: {tmp_path / 'none.db'}: no database yet; run "
                             "`icli ingest PATH` first\n")
    assert not (tmp_path / "none.db").exists()
