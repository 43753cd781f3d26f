"""The names of countries' subdivisions (ISO 3166-2 regions, provinces, emirates) in every
language pycountry translates them into: a place that is no person's name ("Abu Dhabi").

Standard library only at import; pycountry is loaded on first use."""

from __future__ import annotations

import re
from functools import lru_cache

_NOT_A_LETTER = re.compile(r"[\W_]+")


def place_key(name: str) -> str:
    """A place's name as subdivision_names() holds it: no case, accents, hyphens, apostrophes
    or doubled spaces ("Rabat-Salé-Kénitra" → "rabat sale kenitra")."""
    from icli.text.normalize import plain

    return " ".join(_NOT_A_LETTER.sub(" ", plain(name)).split())


@lru_cache(maxsize=1)
def subdivision_names() -> frozenset[str]:
    """The names of countries' subdivisions (ISO 3166-2 regions, provinces, emirates) in every
    language pycountry translates them into, as place_key() writes them: "abu dhabi",
    "rabat sale kenitra", "makkah al mukarramah"."""
    import gettext
    import os

    import pycountry

    names = [entry.name for entry in pycountry.subdivisions]
    written = set(names)  # each form keyed once: most languages leave most names as they are
    for language in sorted(os.listdir(pycountry.LOCALES_DIR)):
        path = os.path.join(pycountry.LOCALES_DIR, language, "LC_MESSAGES", "iso3166-2.mo")
        if os.path.exists(path):
            with open(path, "rb") as catalogue:
                translate = gettext.GNUTranslations(catalogue).gettext
            written.update(map(translate, names))
    return frozenset(map(place_key, written))


def a_subdivision(name: str) -> bool:
    """Whether `name` is a country's region, province or emirate in some language ("Abu Dhabi",
    "Al-Madinah Al-Munawwarah")."""
    return place_key(name) in subdivision_names()
