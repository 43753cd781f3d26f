"""What a user may type for a real country beyond the English, French and Arabic forms
`country_tables.typed_country` reads: its short name in another language of pycountry's
locales ("Deutschland", "Alemania", "Marruecos", "Türkei"), and Kosovo's user-assigned codes
(XK, XKX), which ISO 3166 leaves out. Lookups only: extraction never reads these.
"""

from __future__ import annotations

from functools import lru_cache

# The languages whose names of countries a lookup reads: the main European ones and those of
# ICESCO's Member States that pycountry's locales translate country names into. A minor locale
# is left out: some of them give one country another's name (Guarani's "Mexico" for Malaysia).
LANGUAGES = ("de", "es", "it", "pt", "nl", "ru", "tr", "az", "uz", "kk", "ky", "tk", "tg", "sq",
             "bs", "id", "ms", "fa", "ur", "ps", "bn", "ha", "so", "sw")

# Codes ISO 3166 leaves to its users, which the countries' own institutions use.
USER_ASSIGNED = {"XK": "XKX", "XKX": "XKX"}  # Kosovo (icli's gazetteer: "Kosovo", XKX)


@lru_cache(maxsize=1)
def names_in_languages() -> dict[str, str]:
    """Each country's short and common names in LANGUAGES (country_lookup_key form) → its
    alpha-3 code; a form two countries share is left out (about 50 ms, on first use)."""
    import gettext

    import pycountry

    from icli.extract.country_tables import country_lookup_key

    forms: dict[str, set[str]] = {}
    for language in LANGUAGES:
        translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                        languages=[language]).gettext
        for country in pycountry.countries:
            for name in (country.name, getattr(country, "common_name", None)):
                if name:
                    forms.setdefault(country_lookup_key(translate(name)), set()).add(country.alpha_3)
    return {form: next(iter(codes)) for form, codes in forms.items() if len(codes) == 1}


def country_in_other_words(text: str) -> str | None:
    """The alpha-3 code of the real country `text` names as a user-assigned code (USER_ASSIGNED,
    any case, dots optional) or by its name in one of LANGUAGES; None otherwise."""
    from icli.extract.country_tables import country_lookup_key

    code = USER_ASSIGNED.get(text.strip().replace(".", "").upper())
    return code or names_in_languages().get(country_lookup_key(text))
