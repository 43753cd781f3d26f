"""Writing rows for programs: JSON, JSON lines, CSV and TSV. Row writers take any iterable and
write as they go; text that a terminal or a spreadsheet would obey is made inert."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from icli.text.escape import CONTROLS

if TYPE_CHECKING:
    from icli.cli.request import TextOut

# What json.dumps(ensure_ascii=False) may leave raw that a terminal may obey or break a line on:
# the controls `safe` escapes (json.dumps escapes C0 itself) and the line separators.
_JSON_RAW = re.compile(f"[{CONTROLS}\u2028\u2029]")


def json_text(data: Any, indent: int | None = None) -> str:
    """JSON text, UTF-8 as it is, but C1 controls, bidi overrides and line separators written
    as \\u escapes: the same value to a parser, inert on a terminal."""
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}",
                         json.dumps(data, ensure_ascii=False, indent=indent))


def write_json(data: Any, stream: TextOut, pretty: bool) -> None:
    """One JSON document; indented on a terminal, compact when piped."""
    stream.write(json_text(data, 2 if pretty else None) + "\n")


def write_json_rows(rows: Iterable[dict[str, Any]], stream: TextOut, pretty: bool) -> None:
    """One JSON array, written a row at a time; `[]` for no rows."""
    indent = 2 if pretty else None
    separator = ",\n" if pretty else ","
    stream.write("[")
    first = True
    for row in rows:
        text = json_text(row, indent)
        if pretty:
            text = "  " + text.replace("\n", "\n  ")
        stream.write(("\n" if pretty else "") + text if first else separator + text)
        first = False
    stream.write("\n]\n" if pretty and not first else "]\n")


def write_jsonl(rows: Iterable[dict[str, Any]], stream: TextOut) -> None:
    """One JSON object per line."""
    for row in rows:
        stream.write(json_text(row) + "\n")


def _columns(row: dict[str, Any]) -> dict[str, Any]:
    """A row as CSV columns: an object's keys become columns of their own ("source": {"id",
    "name"} → source_id, source_name)."""
    if not any(isinstance(value, dict) for value in row.values()):
        return row
    columns: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, dict):
            columns.update((f"{key}_{inner}", item) for inner, item in value.items())
        else:
            columns[key] = value
    return columns


def _flat(key: str, value: Any) -> Any:
    """A CSV cell: paragraphs joined by blank lines, other lists by "; ", entities by name,
    an article's versions by language and id ("fr #52; ar #53")."""
    if isinstance(value, list):
        if key == "body":
            return "\n\n".join(value)
        return "; ".join(
            (f"{item['language']} #{item['id']}" if key == "versions"
             else str(item.get("name") or item.get("role") or item.get("code") or ""))
            if isinstance(item, dict) else str(item)
            for item in value
        )
    return value


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert(cell: Any) -> Any:
    """A cell a spreadsheet will not run: text starting with = + - @ tab or CR gets a leading
    single quote (OWASP's advice against CSV injection)."""
    return "'" + cell if isinstance(cell, str) and cell.startswith(_FORMULA_START) else cell


def _header(fields: Sequence[str], objects: Mapping[str, Sequence[str]] | None) -> list[str]:
    """The CSV columns of rows with these fields, as `_columns` spreads them: a field holding an
    object (`objects`: its keys) becomes one column per key."""
    objects = objects or {}
    return [f"{field}_{key}" if field in objects else field
            for field in fields for key in objects.get(field, (field,))]


def write_csv(rows: Iterable[dict[str, Any]], stream: TextOut, delimiter: str = ",",
              fields: Sequence[str] = (),
              objects: Mapping[str, Sequence[str]] | None = None) -> None:
    """A header row (the first row's keys) and one row per object; objects spread over
    columns (`_columns`), lists flattened (`_flat`), formulas neutralized (`_inert`). With no
    rows, the header alone, the columns rows with `fields` would have (`objects`: the keys of
    those holding an object, spread as `_columns` spreads them): an empty table still says
    what it holds.
    With a tab delimiter (TSV), tabs and line breaks inside cells become spaces; in CSV, a
    carriage return becomes a newline (a cell holding one is then quoted by every Python's csv
    module, and no reader splits its row there)."""
    writer = None
    for row in map(_columns, rows):
        if writer is None:
            writer = csv.DictWriter(stream, fieldnames=list(row), lineterminator="\n",
                                    delimiter=delimiter)
            writer.writeheader()
        cells = {key: _inert(_flat(key, value)) for key, value in row.items()}
        replacement, breaks = (" ", _TSV_SPACE) if delimiter == "\t" else ("\n", _CARRIAGE_RETURN)
        cells = {key: breaks.sub(replacement, v) if isinstance(v, str) else v
                 for key, v in cells.items()}
        writer.writerow(cells)
    if writer is None and fields:
        csv.writer(stream, lineterminator="\n", delimiter=delimiter).writerow(_header(fields, objects))


_TSV_SPACE = re.compile(r"[\t\r\n]+")
_CARRIAGE_RETURN = re.compile(r"\r\n?")
