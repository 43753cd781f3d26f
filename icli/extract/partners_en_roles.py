"""English bodies named only by an acronym that ends a person's role ("Dr. X, Pro-rector
Academics NUST", "Mr. Y, Programme Director USEFP"): the body the person takes part for, a
partner by its acronym (rule partner.en.role-acronym)."""

from __future__ import annotations

from icli.extract import country_tables, gazetteer
from icli.extract.mention import Mention
from icli.extract.patterns import is_acronym
from icli.text.normalize import name_norm

# Words that link a role to a field or a place rather than to the body it is held at ("Head of
# ICT", "Officer for HR"): a role holding one names no body by its last acronym.
_LINKS = frozenset({"of", "for", "at", "in", "on", "to", "and"})


def acronyms_ending_roles(people: list[Mention], text: str) -> list[Mention]:
    """The unknown acronyms (three capitals or more, no country's code, not ICESCO's name, no
    well-known body's, which the acronym rule finds) that end a role of two words or more with
    no linking word ("Programme Director USEFP"; not "Head of ICT", "CEO"), each once."""
    found: dict[str, Mention] = {}
    for person in people:
        words = (person.role or "").split()
        if len(words) < 2 or any(w in _LINKS for w in words):
            continue
        acronym = words[-1].rstrip(".,;")
        if (len(acronym) < 3 or not acronym.isupper() or not is_acronym(acronym)
                or acronym.casefold() in gazetteer.OWN_NAMES or acronym in gazetteer.PARTNER_ACRONYMS
                or acronym in country_tables.country_names() or name_norm(acronym) in found):
            continue
        at = text.find(acronym, person.end)
        if at < 0:
            continue
        found[name_norm(acronym)] = Mention("partner", name_norm(acronym), acronym, acronym, None, acronym,
                                            at, at + len(acronym), rule="partner.en.role-acronym")
    return list(found.values())
