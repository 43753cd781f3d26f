"""Things other than partners named in English, French and Arabic (the table
icli/extract/data/names_across_languages.json): international days, named forums, events and
programmes, bodies outside the table of well-known partners. `named_things` gives those a text
names, whatever the language; the versions linker counts one named in two versions once.
"""

from __future__ import annotations

from icli.extract.known_partners import names_in

NAMES = "names_across_languages"
# The keys of ICESCO's own sectors ("sector:science"): named in most of its stories, so sharing
# one is weak evidence, as sharing its leaders is.
SECTOR = "sector:"


def named_things(text: str) -> frozenset[str]:
    """The keys of the things of names_across_languages.json a text names by one of their
    names in English, French or Arabic ("Journée mondiale de la langue arabe", "اليوم العالمي
    للغة العربية" → "day:arabic-language")."""
    return names_in(text, NAMES)
