"""Name spellings in a search query: a name particle written joined, hyphenated or apart
("AlMalik", "Al-Malik", "Al Malik"; "ElFassi", "El-Fassi"; "عبدالله", "عبد الله") is one
name, so a query names every form of it."""

from __future__ import annotations

import re

# Particles of Arabic names as Latin script writes them (English and French: Al, El, Ben,
# Bin, Ibn, Abu/Abou, Abd/Abdel/Abdul, Bou) and as Arabic does (عبد, أبو/ابو).
_LATIN = r"(?:Abdel|Abdul|Abou|Abd|Abu|Al|El|Ben|Bin|Ibn|Bou)"
_ARABIC = r"(?:عبد|أبو|ابو)"
_OPERATOR = r"(?:AND|OR|NOT|NEAR)\b"
# Outside "phrases" (which stay as written): a particle then a name, joined with a capital
# ("AlMalik"), or apart (hyphen or spaces, any case: "al-malik", "Al Malik"); never a
# prefix* term or a word inside another word.
_NAME = re.compile(
    rf'"[^"]*"?'
    rf"|(?<![\w-])({_LATIN})(?:([A-Z][^\W\d_]{{2,}})|[-\s]+(?!{_OPERATOR})([^\W\d_]{{2,}}))"
    rf"(?![\w*-])"
    rf"|(?<![\w-])({_ARABIC})\s*(?!{_OPERATOR})([^\W\d_]{{2,}})(?![\w*])",
    re.IGNORECASE,
)


def name_spellings(query: str) -> str:
    """The FTS5 query with each particle-and-name written both joined and apart:
    `AlMalik`, `Al-Malik` and `Al Malik` become `(AlMalik OR "Al Malik")`."""

    def both(match: re.Match[str]) -> str:
        if match.group().startswith('"'):
            return match.group()
        if match.group(1):
            particle, name = match.group(1), match.group(2) or match.group(3)
            if match.group(2) and not match.group(2)[0].isupper():
                return match.group()  # "also", "bench": a joined word needs its capitals
        else:
            particle, name = match.group(4), match.group(5)
        return f'({particle}{name} OR "{particle} {name}")'

    return _NAME.sub(both, query)
