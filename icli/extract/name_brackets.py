"""A parenthesis right after a French person's name that holds the person's country, perhaps
with their age ("M. X (Sénégal), président de …", "Mme Y (Italie, 57 ans) au poste de …"): the
role is read after it, as if the name ended there."""

from __future__ import annotations

import re

from icli.extract.countries import whole_country_fr

# An age after the country: ", 57 ans".
_AGE_FR = re.compile(r",\s*\d{1,3}\s+ans$")


def after_country_bracket_fr(text: str, end: int) -> int | None:
    """Where the text goes on after " (…)" at `end` (right after a name) if it holds only a
    country's name, and perhaps an age; None if there is no such parenthesis."""
    if not text.startswith(" (", end):
        return None
    close = text.find(")", end + 2, end + 60)
    if close < 0:
        return None
    inside = _AGE_FR.sub("", text[end + 2 : close].strip())
    return close + 1 if inside and whole_country_fr(inside) else None
