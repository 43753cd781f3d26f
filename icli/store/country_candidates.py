"""Real countries as a lookup's candidates (store.lookup's rules 2 and 4, misspellings'
suggestions): the archive's with their ids and counts, the others with none."""

from __future__ import annotations

import sqlite3
from typing import Any

from icli.extract.country_tables import country_display_names
from icli.store.sql import mentioned, named_list, placeholders


def real_country_candidates(conn: sqlite3.Connection,
                            codes: frozenset[str]) -> list[dict[str, Any]]:
    """The real countries `codes` as a lookup's candidates, most mentioned first, each with its
    `code`: the archive's with their ids and counts, the others with no id and no articles."""
    params = named_list("code", sorted(codes))
    stored = {row[3]: {"id": row[0], "name": row[1], "articles": row[2], "code": row[3]}
              for row in conn.execute(f"""
        SELECT e.id, e.name, e.articles, e.key
        FROM entities e
        WHERE e.kind = 'country'
          AND e.key IN ({placeholders(params)})
          AND {mentioned('e')}
    """, params)}
    shown = country_display_names()
    return sorted((stored.get(code) or {"id": None, "name": shown.get(code, code), "articles": 0,
                                        "code": code} for code in codes),
                  key=lambda c: (-c["articles"], c["name"]))
