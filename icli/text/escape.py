"""Text made safe to show: control characters escaped for a terminal or a file (`safe`), text
read as a terminal shows it (`as_shown`: escape sequences and controls removed, for
extraction), file names that are not UTF-8 made readable. Every path from a dump or a file
name to a terminal, a pipe or a file goes through `safe` (JSON writes the same characters as
its own escapes: `CONTROLS`)."""

from __future__ import annotations

import os
import re

# What must never reach a terminal as itself: C0 controls but tab and newline, DEL, C1
# controls, and the bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).
C0_C1 = "\x00-\x08\x0e-\x1f\x7f-\x9f"  # C0 but tab and the line and page breaks, DEL, C1
CONTROLS = f"{C0_C1}\x0b-\x0d\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[{CONTROLS}]")
# What a terminal would not show of a text: its escape sequences as a dump may hold them, CSI
# ("\x1b[2J", "\x1b[1m") and OSC ("\x1b]8;;address\x1b\\", ended by BEL or ESC \\), then
# any other C0 or C1 control but tab and the line and page breaks; the bidi marks stay.
_HIDDEN = re.compile("\x1b\\[[0-?]*[ -/]*[@-~]|\x1b\\][^\x07\x1b]{0,2000}(?:\x07|\x1b\\\\)"
                     f"|[{C0_C1}]")


def safe(text: str) -> str:
    """Text for a terminal, a CSV or markdown file or GraphML: every control character (ESC,
    CR, C1, bidi overrides) shown as its escape (\\x1b, \\u202e), the text around it kept, so
    nothing in a dump or a file name can drive a terminal or whatever reads the file."""
    return _CONTROL.sub(_escape, text)


def as_shown(text: str) -> str:
    """`text` as a terminal would show it, to read words from: escape sequences (a screen
    clear, a link's hidden address) and other control characters removed, the letters around
    them joined ("Ben\\x1bnani" → "Bennani", "Karim \\x1b]8;;url\\x1b\\\\Bennani" → "Karim
    Bennani"), so a control character inside a name never cuts it."""
    return _HIDDEN.sub("", text) if _HIDDEN.search(text) else text


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


# What markdown (CommonMark, and GitHub's tables and strikethrough) or HTML reads as markup
# anywhere in a line: each is written backslash-escaped, which renders as the character.
_MARKDOWN_INLINE = re.compile(r"[\\`*_\[\]<>#|~&]")
# A line's leading spaces (four make a code block), and what would then make it a heading's
# underline, a list or a rule ("-", "+", "=", "1999." or "3)"): the spaces dropped, it escaped.
_MARKDOWN_LINE = re.compile(r"^[ \t]*(?:([-+=])|(\d{1,9})([.)]))?", re.MULTILINE)


def markdown_text(text: str) -> str:
    """Text from a dump for a markdown file, so that it renders as written: markdown and HTML
    markup escaped (`**`, `<img …>`, `[a](b)`, `&amp;`, `## …`), and a line that would start a
    list, a rule or a code block ("- …", "1999. …", four spaces) escaped at its start."""
    text = _MARKDOWN_INLINE.sub(r"\\\g<0>", text)
    return _MARKDOWN_LINE.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}" if m[2] else "",
                              text)
