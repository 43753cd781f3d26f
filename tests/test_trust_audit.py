"""A trust audit of lookups: every person, country and partner of an archive, looked up by
every name it is shown or known under, lands on itself (or on a list of candidates holding
it), never on another entity; and every country pycountry knows, by code or name in English,
French or Arabic, is that country or "no articles".

The archive: the sample dumps, the entity and identity fixtures, and tests/fixtures/audit
(three languages, written for this audit: two people sharing a surname, a first name that is
another's surname, Al-/El- names, Niger/Nigeria, Sudan/South Sudan, Guinea/Equatorial Guinea,
Dominica/the Dominican Republic, one bank under its names in three languages).
"""

from __future__ import annotations

import gettext
import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pycountry
import pytest

from icli.store import lookup
from icli.store.connection import open_for_reading
from tests.conftest import DUMPS, FIXTURES, Cli

SOURCES = [DUMPS, FIXTURES / "audit", FIXTURES / "identities", FIXTURES / "spellings",
           *(FIXTURES / "entities" / name for name in ("en_partners.txt", "fr.txt", "ar.txt"))]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    db = tmp_path_factory.mktemp("audit") / "audit.db"
    result = Cli(db)("ingest", *map(str, SOURCES), "--json")
    assert result.exit_code == 0, result.stderr
    conn = open_for_reading(db)
    try:
        yield conn
    finally:
        conn.close()


def unaccented(text: str) -> str:
    """`text` as typed without accents, and without Arabic marks (hamza above or below an
    alef, shadda): each letter's decomposition without its combining marks."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def typed_forms(names: set[str]) -> set[str]:
    """The ways a user may type each of `names`: as shown, upper case, lower case, unaccented."""
    return {typed for name in names for typed in (name, name.upper(), name.lower(),
                                                  unaccented(name), unaccented(name).lower())
            if typed.strip()}


def lands_on(found: lookup.Lookup, entity_id: int) -> bool:
    """Whether a lookup's answer is the entity, or a list of candidates that holds it (a name
    that is part of several names; a surname whose owner is named in most articles, the
    entity said in its note and added by --all)."""
    listed = any(c["id"] == entity_id for c in found.candidates)
    return found.ids == [entity_id] or (not found.ids and found.ambiguous and listed) or (
        len(found.ids) == 1 and listed and found.note is not None)


@pytest.mark.parametrize("kind", ["person", "country", "partner"])
def test_every_entity_is_found_by_each_of_its_names_and_never_another(
        archive: sqlite3.Connection, kind: str) -> None:
    entities = archive.execute("""
        SELECT id, name, code
        FROM entities
        WHERE kind = :kind
          AND articles > 0
    """, {"kind": kind}).fetchall()
    assert len(entities) > 20
    wrong = []
    for entity_id, name, code in entities:
        aliases = {alias for (alias,) in archive.execute("""
            SELECT alias
            FROM entity_aliases
            WHERE entity_id = :id
        """, {"id": entity_id})}
        for typed in sorted(typed_forms({name, *aliases, *([code] if code else [])})):
            found = lookup.lookup(archive, kind, typed)
            if not lands_on(found, entity_id):
                wrong.append((name, typed, found.ids, [c["name"] for c in found.candidates],
                              found.note))
    assert wrong == []


def country_names_typed(country: object) -> set[str]:
    """A country's codes, and its names in pycountry's catalogue (name, official, common) in
    English, French and Arabic, each as typed_forms gives it."""
    names = {getattr(country, attr) for attr in ("name", "official_name", "common_name")
             if getattr(country, attr, None)}
    for language in ("fr", "ar"):
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        names |= {catalogue.gettext(name) for name in names if name.isascii()}
    codes = {country.alpha_2, country.alpha_3}  # type: ignore[attr-defined]
    return typed_forms(names) | codes | {code.lower() for code in codes}


def test_every_country_pycountry_knows_is_that_country_or_no_articles(
        archive: sqlite3.Connection) -> None:
    stored = dict(archive.execute("""
        SELECT key, id
        FROM entities
        WHERE kind = 'country'
          AND articles > 0
    """).fetchall())
    assert {"NER", "SSD", "GNQ", "DOM", "DMA", "GIN"} <= stored.keys()
    wrong = []
    for country in pycountry.countries:
        code = country.alpha_3
        for typed in sorted(country_names_typed(country)):
            found = lookup.lookup(archive, "country", typed)
            right = (found.ids == [stored[code]] if code in stored else
                     not found.ids and not found.ambiguous
                     and (found.note or "").endswith(f"({code}): no articles"))
            if not right:
                wrong.append((code, typed, found.ids, found.note,
                              [c["name"] for c in found.candidates]))
    assert wrong == []


def test_what_the_audit_found_is_said_as_for_any_country(tmp_path: Path) -> None:
    """The audit's finds, through the command line: an Arabic name typed with a bare alef for
    its first letter, pycountry's catalogue forms with their comma, an Arabic name without the
    article it is written with."""
    cli = Cli(tmp_path / "audit.db")
    assert cli("ingest", str(FIXTURES / "audit" / "ar.txt")).exit_code == 0
    for typed, code, answer in (("المانيا", "DEU", 1), ("البانيا", "ALB", 0),
                                ("Syrienne, République arabe", "SYR", 0),
                                ("كوريا، جمهورية كوريا", "KOR", 0),
                                ("Taïwan, province de Chine", "TWN", 0)):
        result = cli("country", typed, "--json")
        assert result.exit_code == 0, typed
        if answer:
            assert len(cli.json("country", typed)) == answer == len(cli.json("country", code))
        else:
            assert result.stdout == "[]\n" and result.stderr.endswith(f"({code}): no articles\n")
    # an Arabic acronym typed without the article written with it ("الألكسو")
    assert cli.json("partner", "ألكسو") == cli.json("partner", "ALECSO") != []


def test_korea_is_the_republic_of_korea_in_three_languages(tmp_path: Path) -> None:
    """In a text "Korea", "Corée", "كوريا" (and "Korean", "coréen", "كوري") are the Republic of
    Korea, North Korea only by a name that says so; typed, "Korea", a short name pycountry's
    catalogue files both countries under, is a name of both (exit 1, or --all)."""
    dump = tmp_path / "korea.txt"
    dump.write_text("\n\n".join("    " + line for line in (
        "Calligraphers From Korea Visit Rabat",
        "On Monday, April 6, 2026, calligraphers from Korea visited the ICESCO headquarters.",
        "Des calligraphes de Corée à Rabat",
        "Le mardi 7 avril 2026, des calligraphes venus de Corée ont visité le siège de l’ICESCO.",
        "خطاطون من كوريا في الرباط",
        "زار خطاطون من كوريا مقر الإيسيسكو في الرباط يوم الأربعاء 8 أبريل 2026.",
        "Korean And North Korean Scholars Meet",
        "On Thursday, April 9, 2026, Korean scholars met scholars from North Korea in Rabat.",
    )) + "\n", encoding="utf-8")
    cli = Cli(tmp_path / "korea.db")
    assert cli("ingest", str(dump)).exit_code == 0
    countries = {a["title"]: sorted(c["code"] for c in a["countries"]) for a in cli.json("list")}
    assert countries == {"Calligraphers From Korea Visit Rabat": ["KOR"],
                         "Des calligraphes de Corée à Rabat": ["KOR"],
                         "خطاطون من كوريا في الرباط": ["KOR"],
                         "Korean And North Korean Scholars Meet": ["KOR", "PRK"]}
    for typed in ("South Korea", "KR", "Korean", "Republic of Korea"):
        assert len(cli.json("country", typed)) == 4, typed
    assert len(cli.json("country", "North Korea")) == 1
    for typed in ("Korea", "Corée", "كوريا"):
        result = cli("country", typed, "--table")
        assert (result.exit_code, result.stdout) == (1, ""), typed
        assert f"{typed!r} is a name of several countries: South Korea (#" in result.stderr
        assert "North Korea (#" in result.stderr, typed
        assert len(cli.json("country", typed, "--all")) == 4, typed
