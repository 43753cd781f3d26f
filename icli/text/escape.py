"""Text made safe to show: control characters escaped for a terminal or a file, file names that
are not UTF-8 made readable. Every path from a dump or a file name to a terminal, a pipe or a
file goes through `safe` (JSON writes the same characters as its own escapes: `CONTROLS`)."""

from __future__ import annotations

import os
import re

# What must never reach a terminal as itself: C0 controls but tab and newline, DEL, C1
# controls, and the bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).
CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[{CONTROLS}]")


def safe(text: str) -> str:
    """Text for a terminal, a CSV or markdown file or GraphML: every control character (ESC,
    CR, C1, bidi overrides) shown as its escape (\\x1b, \\u202e), the text around it kept, so
    nothing in a dump or a file name can drive a terminal or whatever reads the file."""
    return _CONTROL.sub(_escape, text)


def readable_name(name: str) -> str:
    """A file name or argument as text: bytes that are not UTF-8 (kept by Python as lone
    surrogates, which neither SQLite nor JSON take) written as `\\xff` escapes."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
