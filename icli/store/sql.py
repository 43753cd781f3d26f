"""What the store's SQL statements share: their parameters are named (`:name`), a list of
values goes in as one JSON array (id_array) or as one named parameter per value (named_list),
and a value kept between ingests is JSON under a key of `icli_meta`; whether some article
mentions an entity (mentioned) and an entity query's rows (entity_rows)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any


def id_array(ids: Iterable[int]) -> str:
    """Ids as the text of a JSON array: one SQL parameter, read with
    `IN (SELECT value FROM json_each(:ids))`."""
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def named_list(name: str, values: Iterable[Any]) -> dict[str, Any]:
    """Values as named parameters `name_0`, `name_1`, ... in order, for a list whose length
    SQLite's planner should see (`IN (:name_0, :name_1)`: placeholders) or a CASE of them."""
    return {f"{name}_{index}": value for index, value in enumerate(values)}


def placeholders(params: dict[str, Any]) -> str:
    """The SQL list of named_list's parameters: `:name_0, :name_1`."""
    return ", ".join(f":{name}" for name in params)


def store_json(conn: sqlite3.Connection, key: str, value: object) -> None:
    """Keep `value` as JSON under `key` in icli_meta (for the next ingest's links)."""
    conn.execute("""
        INSERT OR REPLACE INTO icli_meta (key, value)
        VALUES (:key, :value)
    """, {"key": key, "value": json.dumps(value)})


def stored_json(conn: sqlite3.Connection, key: str) -> Any:
    """What store_json kept under `key`; None if nothing."""
    row = conn.execute("""
        SELECT value
        FROM icli_meta
        WHERE key = :key
    """, {"key": key}).fetchone()
    return json.loads(row[0]) if row else None


def mentioned(entities: str) -> str:
    """SQL: whether some article mentions the entity (`entities`: the table's name or alias):
    its stored count, or for an entity an ingest marked (see summaries.STORED_COUNTS) its mentions."""
    return f"""(CASE
            WHEN {entities}.id IN (SELECT entity_id FROM entity_dirty)
            THEN EXISTS (SELECT 1 FROM mentions WHERE entity_id = {entities}.id)
            ELSE {entities}.articles > 0
        END)"""


def entity_rows(conn: sqlite3.Connection, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows (id, name, articles) of an entity query as a lookup's candidates."""
    return [{"id": row[0], "name": row[1], "articles": row[2]} for row in conn.execute(sql, params)]
