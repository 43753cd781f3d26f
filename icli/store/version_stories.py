"""The stories the version linker reads from the store (extract.versions.Story), and the
links stored between articles."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection

from icli.extract.across import lead_sounds, partner_keys, title_sounds, title_words
from icli.extract.countries import extract_countries, extract_countries_fr
from icli.extract.countries_ar import extract_countries_ar
from icli.extract.known_names import SECTOR, named_things
from icli.extract.known_partners import named_partners
from icli.extract.versions import Story
from icli.store.sql import id_array

LEAD_CHARS = 1000  # the start of a body read for numbers: the lead paragraphs
_TITLE_COUNTRIES = {"en": lambda text: extract_countries(text, []), "fr": extract_countries_fr,
                    "ar": extract_countries_ar}



def stories(conn: sqlite3.Connection, article_ids: Collection[int]) -> list[Story]:
    """The stories of these articles: people by surname as written (a role-only link is not
    the article naming anyone; an entity joined across versions (join_entities) is read as
    written, so a join is never evidence for the link it follows), countries by code,
    partners by their keys in any language (partner_keys, or the partner's id when it has
    none) and the consonants of their names' words as the article writes them (lead_sounds:
    "sound:…"); their titles' countries, the people whose written form the title holds and the other names the title writes (title_words) with their
    consonants (title_sounds) and the days, events and bodies it names ("thing:…",
    known_names); the people as written; the days, events and bodies the title and lead name."""
    if not article_ids:
        return []
    ids = id_array(article_ids)
    named: dict[int, dict[str, set]] = {}
    for article_id, kind, key, surname, entity_id, alias, name, code, written in conn.execute("""
        SELECT m.article_id, e.kind, e.key, e.surname, e.id, m.alias, e.name, e.code,
               coalesce(m.name, e.name)
        FROM mentions m
        JOIN entities e ON e.id = CASE WHEN m.link = 'version' THEN m.via ELSE m.entity_id END
        WHERE m.article_id IN (SELECT value FROM json_each(:ids))
          AND m.link IS NOT 'role'
    """, {"ids": ids}):
        entry = named.setdefault(article_id, {"person": set(), "country": set(),
                                              "partner": set(), "aliases": set()})
        if kind == "person" and surname:
            entry["person"].add(surname)
            if alias:
                entry["aliases"].add((surname, alias))
        elif kind == "country":
            entry["country"].add(key)
        elif kind == "partner":
            # the consonants of the name as this article writes it (an Arabic article's
            # UNESCO is no "Nations" of a French one's "Organisation des Nations unies")
            entry["partner"].add((partner_keys(name, code) or frozenset({f"#{entity_id}"}))
                                 | {f"sound:{sound}" for sound in lead_sounds(written)})
    found = []
    for article_id, language, date, title, subtitle, lead in conn.execute("""
        SELECT id, language, date, title, subtitle, substr(body, 1, :lead)
        FROM articles
        WHERE id IN (SELECT value FROM json_each(:ids))
    """, {"lead": LEAD_CHARS, "ids": ids}):
        entry = named.get(article_id, {"person": set(), "country": set(), "partner": set(),
                                       "aliases": set()})
        extract = _TITLE_COUNTRIES.get(language)
        countries = extract(title) if extract else []
        title_names = {f"country:{m.code}" for m in countries}
        people = {(surname, alias) for surname, alias in entry["aliases"] if alias and alias in title}
        title_names |= {f"person:{surname}" for surname, _ in people}
        blanked = title
        for mention in countries:
            blanked = blanked[:mention.start] + " " * (mention.end - mention.start) + blanked[mention.end:]
        for _, alias in people:
            blanked = blanked.replace(alias, " ")
        words = title_words(blanked, language)
        title_names |= {f"word:{word}" for word in words}
        title_names |= {f"sound:{sound}" for sound in title_sounds(blanked, words)}
        text = "\n".join(filter(None, (title, subtitle, lead)))
        partners = entry["partner"] | {frozenset({acronym}) for acronym in named_partners(text)}
        things = named_things(text)
        if any(not thing.startswith(SECTOR) for thing in things):
            # those the title names too (a title names none its text does not; a sector in
            # both titles counts as a sector, not as a title name)
            title_names |= {f"thing:{thing}" for thing in named_things(title)}
        found.append(Story(article_id, language, date, title, text,
                           frozenset(entry["person"]), frozenset(entry["country"]),
                           frozenset(partners), frozenset(title_names),
                           frozenset(entry["aliases"]), things))
    return found


# The version links of some articles, either way round.
LINKS_OF = """
    SELECT article_id, version_id
    FROM article_versions
    WHERE article_id IN (SELECT value FROM json_each(:ids))
    UNION
    SELECT article_id, version_id
    FROM article_versions
    WHERE version_id IN (SELECT value FROM json_each(:ids))
"""


def replace_links(conn: sqlite3.Connection, old: set[tuple[int, int]],
                  new: set[tuple[int, int]]) -> set[int]:
    """Write the version links `new` (article, version) in place of `old`; the articles whose
    links changed."""
    gone, added = old - new, new - old
    conn.executemany("""
        DELETE FROM article_versions
        WHERE article_id = :article
          AND version_id = :version
    """, [{"article": article, "version": version} for article, version in sorted(gone)])
    conn.executemany("""
        INSERT INTO article_versions (article_id, version_id)
        VALUES (:article, :version)
    """, [{"article": article, "version": version} for article, version in sorted(added)])
    return {a for pair in gone | added for a in pair}
