"""Where a French name starts after a role and its complement written with no comma ("Secrétaire
général de la CONFEMEN Jacques …", "ministre de l’Enseignement Supérieur Paul …"): the words
that go on with the complement (connectors, portfolios, a country's words, acronyms) and the
first word of the name; a role between an honorific and the name ("S.E. Haut Représentant
Karim Saadi")."""

from __future__ import annotations

import re
from functools import lru_cache

from icli.extract import gazetteer
from icli.extract.countries import is_country_fr
from icli.extract.person_names import name_at

# Capitalized words that stay in a role right after its role word ("Directeur Général").
ROLE_ADJECTIVES_FR = frozenset({"Général", "Générale", "Adjoint", "Adjointe", "Délégué",
                                 "Déléguée", "Exécutif", "Exécutive", "Permanent", "Permanente"})

# Words that tie a complement's next word to it ("de la Côte d’Ivoire", "auprès du Royaume").
_CONNECTORS_FR = frozenset({"de", "du", "des", "la", "le", "les", "et", "pour", "auprès", "en",
                            "à", "aux", "au", "chargé", "chargée", "sur"})
_ELIDED_FR = re.compile(r"^[DdLl][’']")


def name_start_after_role_fr(text: str, start: int) -> int | None:
    """Where a name starts after a role and its complement with no comma ("Secrétaire général
    de la CONFEMEN Jacques …", "Président du Sénégal Macky …", "ministre ivoirien Daniel …"):
    at a capitalized word that follows the role word, a word in lower case that ends the
    complement, an acronym, or a country the complement ends with; None if a name's word never
    comes (a verb, a comma, or in fourteen words)."""
    after_connector, last, complement = False, "role", []
    for token in text[start : start + 160].split()[:14]:
        at = text.find(token, start)
        start = at + len(token)
        core = token.rstrip(",.;:)»”")
        if core != token and not core[:1].isupper():
            return None  # the phrase ends before a name
        if core in _CONNECTORS_FR:
            after_connector = True
            complement.append(core)
            continue
        if _ELIDED_FR.match(core):  # "d’Ivoire", "l’Organisation", "l’UMOA": the complement's
            after_connector = False
            last = ("acronym" if core[2:].isupper() and len(core) > 3
                    else "cap" if core[2:3].isupper() else "lower")
            complement.append(core[2:])
            continue
        if not core[:1].isupper():
            if core in gazetteer.ROLE_STOPS_FR or core.startswith(("s’", "s'", "n’", "n'")):
                return None
            after_connector, last = False, "lower"
            complement.append(core)
        elif (core.casefold() in gazetteer.ROLE_WORDS_FR and last in ("role", "cap")
              or core in ROLE_ADJECTIVES_FR and last == "role"):
            after_connector, last = False, "role"  # "Premier Ministre", "Vice-présidente"
        elif core.isupper() and len(core) > 1:
            after_connector, last = False, "acronym"
            complement.append(core)
        elif after_connector:
            after_connector, last = False, "cap"
            complement.append(core)
        elif (last == "cap" and core.casefold() in portfolio_words_fr()
              or last == "cap" and _country_goes_on_fr(complement, text, at)):
            complement.append(core)  # "de l’Enseignement Supérieur", "du Burkina Faso"
        else:
            return at if core == token and not _body_named_next_fr(complement) else None
    return None


def role_then_name_fr(text: str, start: int) -> tuple[str, int] | None:
    """A role written between an honorific and the name ("S.E. Haut Représentant Karim Saadi",
    "S.E. Premier Conseiller X Y"): the role and where the name starts; None when no
    capitalized role word follows the honorific or no name of two words follows the role."""
    word = text[start : start + 40].split(" ", 1)[0]
    if not word[:1].isupper() or word.casefold() not in gazetteer.ROLE_WORDS_FR:
        return None
    at = name_start_after_role_fr(text, start + len(word))
    if at is None or len(name_at(text, at)[0].split()) < 2:
        return None
    return text[start:at].strip(), at


def _body_named_next_fr(complement: list[str]) -> bool:
    """Whether the complement ends with the head of a body often named after a person or a
    place (NAMED_AFTER_HEADS_FR) and nothing, or its own words after a connector ("de
    l’Université", "de la Faculté des lettres"): a capitalized word next is the body's name
    ("Université Cheikh Anta Diop"), not a person's ("du Sénat Aïcha …" stays a person's)."""
    for i in range(len(complement) - 1, -1, -1):
        if complement[i][:1].isupper():
            return complement[i].casefold() in gazetteer.NAMED_AFTER_HEADS_FR and (
                i == len(complement) - 1 or complement[i + 1] in _CONNECTORS_FR)
    return False


def _country_goes_on_fr(complement: list[str], text: str, at: int) -> bool:
    """Whether the capitalized word at `at` (and up to two more) ends a country's name with the
    complement's last words ("du Burkina Faso", "des Emirats Arabes Unis")."""
    following = [w.rstrip(",.;:") for w in text[at : at + 60].split()[:3]]
    for ahead in range(1, len(following) + 1):
        words = complement[-3:] + following[:ahead]
        if any(is_country_fr(" ".join(words[-n:])) for n in range(ahead + 1, len(words) + 1)):
            return True
    return False


_LATIN_LOWER = frozenset("abcdefghijklmnopqrstuvwxyzàâçéèêëîïôûùüÿœ")


@lru_cache(maxsize=1)
def portfolio_words_fr() -> frozenset[str]:
    """The words of ministers' portfolios in French, in lower case ("enseignement",
    "supérieur", "affaires"): capitalized in a role's complement, not a name's."""
    return frozenset(w for names in gazetteer.PORTFOLIOS.values() for name in names
                     for w in name.split() if w[:1] in _LATIN_LOWER)
