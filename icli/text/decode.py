"""A dump's bytes as text: the encoding found (UTF-8, UTF-16 or a legacy one), files that are
not text dumps refused (DumpError)."""

from __future__ import annotations

import re


class DumpError(ValueError):
    """A file that cannot be read as a text dump (binary, HTML, undecodable)."""


_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a zip archive",
    b"%PDF": "a PDF document",
    b"\x1f\x8b": "a gzip archive",
    b"SQLite format 3": "an SQLite database",
}


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]{1,3}")


def decode_dump(data: bytes) -> tuple[str, str | None]:
    """Decode a dump's bytes; return the text and a warning (or None).

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as such; a UTF-8 file with a
    few invalid bytes (at most MAX_INVALID_UTF8) is read with replacement characters; any other
    file is read a line at a time, UTF-8 wherever a line is valid UTF-8 (or holds valid UTF-8
    sequences beside invalid bytes: those are replaced), Windows-1252 elsewhere, so a Latin-1
    page appended to a UTF-8 dump leaves the rest as it was. Raises DumpError for binary files
    (a NUL byte anywhere) and HTML pages.
    """
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError as error:
                raise DumpError(f"invalid {encoding} text at byte {error.start}") from None
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise DumpError(f"not a text dump: looks like {kind}")
    if b"\x00" in data:
        raise DumpError("not a text dump: binary content (NUL bytes)")
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        raise DumpError("an HTML page, not a text dump: save the page as plain text")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if _UTF8_MULTIBYTE.search(data) and bad <= MAX_INVALID_UTF8:
        return text, f"{bad} invalid UTF-8 byte sequence(s) replaced"
    del text
    return _decode_lines(data)


MAX_INVALID_UTF8 = 3  # invalid sequences a UTF-8 file may hold and still be read as a whole


def _decode_lines(data: bytes) -> tuple[str, str]:
    """A file that is not UTF-8 as a whole, decoded a line at a time (see decode_dump), and the
    warning saying how."""
    raw = data.splitlines(keepends=True)
    lines: list[str] = []
    latin = replaced = utf8 = 0
    for number, line in enumerate(raw):
        raw[number] = b""  # each line's bytes are let go once it is decoded
        try:
            lines.append(line.decode("utf-8"))
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            if _UTF8_MULTIBYTE.search(line):
                lines.append(line.decode("utf-8", errors="replace"))
                replaced += lines[-1].count("\ufffd")
            else:
                lines.append(line.decode("cp1252", errors="replace"))
                latin += 1
    if not utf8 and not replaced:
        return "".join(lines), "not UTF-8: read as Windows-1252/Latin-1"
    warning = f"{latin} line(s) not UTF-8 read as Windows-1252/Latin-1, the rest as UTF-8"
    if replaced:
        warning += f"; {replaced} invalid UTF-8 byte sequence(s) replaced"
    return "".join(lines), warning
