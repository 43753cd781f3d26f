"""What a lookup refuses before looking for a name (docs/entities.md, Lookups): a world region
typed for a country ("Africa": never South Africa) and function words alone ("of", "the", "al",
"في": part of no one's name)."""

from __future__ import annotations

from icli.errors import UsageError
from icli.extract.country_tables import a_region, typed_country
from icli.extract.name_parts import only_function_words


def refusal(kind: str, value: str) -> str | None:
    """The line refusing `value` as a name of an entity of `kind` (a region for a country), or
    None for a name to look up; function words alone are a usage error (UsageError, exit 2),
    but for a country a code is a code first ("DE", "IN", "TO")."""
    if only_function_words(value) and not (kind == "country" and typed_country(value)):
        raise UsageError(f"{value.strip()!r} alone names no one (a word such as 'of', 'the' or "
                         "'al'): give a name")
    if kind == "country" and a_region(value):
        return f"{value.strip()!r} is a region, not a country"
    return None
