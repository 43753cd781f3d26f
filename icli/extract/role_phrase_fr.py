"""Where a French role's noun phrase ends: at the sentence's verb, day or company."""

from __future__ import annotations

from icli.extract import gazetteer
from icli.extract.person_names import TOKEN

# Nouns whose complement opens with "avec" inside a role ("chargé des relations avec le
# Parlement", "de la coopération avec …"): "avec" after them is no company of the sentence.
_TAKES_AVEC_FR = frozenset({"relations", "coopération", "partenariat", "liaison"})


def noun_phrase_fr(role: str) -> str:
    """A French role up to its sentence's verb, day or company ("Directeur général de l’ICESCO
    s’est entretenu mardi" → "Directeur général de l’ICESCO")."""
    previous = ""
    for word in TOKEN.finditer(role):
        token = word.group()
        if token in ("ce", "cet", "cette") and previous in ("de", "à", "pour", "dans", "sur"):
            previous = token
            continue  # "recteur de cette université": a determiner, not a pronoun
        if token == "avec" and previous in _TAKES_AVEC_FR:
            previous = token
            continue  # "des relations avec le Parlement": the noun's complement
        if token in gazetteer.ROLE_STOPS_FR or token.startswith(("s’", "s'", "n’", "n'")):
            return role[: word.start()]
        previous = token
    return role
