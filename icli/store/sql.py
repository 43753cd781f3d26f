"""What the store's SQL statements share."""

from __future__ import annotations

from collections.abc import Iterable


def id_array(ids: Iterable[int]) -> str:
    """Ids as the text of a JSON array: one SQL parameter, read with
    `IN (SELECT value FROM json_each(:ids))`."""
    return "[" + ",".join(str(int(i)) for i in ids) + "]"
