"""Where a French role starts (its adjective and role word) and ends (a comma, a stop, a
parenthesis; inside, at the sentence's verb, day, company or reason)."""

from __future__ import annotations

import re

from icli.extract import gazetteer
from icli.extract.patterns import trie_pattern
from icli.extract.person_names import TOKEN

# Adjectives a French role may open with: "nouvel ambassadeur", "ancien ministre", "ex-directeur",
# "Deuxième Secrétaire"; "ex ministre" as some pages write it.
ROLE_ADJECTIVE_FR = (r"(?:(?:nouvel|nouveau|nouvelle|ancien|ancienne|actuel|actuelle|futur|future"
                     r"|deuxième|troisième|ex)\s+|ex-|vice-)?")
ROLE_START_FR = re.compile(
    r"(?:(?:le|la|l’|l')\s*)?" + ROLE_ADJECTIVE_FR + "("
    + trie_pattern(sorted(gazetteer.ROLE_WORDS_FR)) + r")(?![\w-])", re.IGNORECASE)
# (a parenthesis after an acronym goes on: "de l’ISESCO (Organisation islamique pour …)"; so does
# a comma before what the role is in charge of or accredited to: ", en charge de …", ", près le …";
# a role's qualifier in brackets is read past by person_names.past_role_qualifier; an honorific's
# dot is no sentence's end: the next person's honorific ends the role, noun_phrase_fr)
ROLE_END_FR = re.compile(r",(?!\s+(?:en\s+charge\s+d|chargée?\s+d|près\s+(?:le|la|les|l[’'])))|;"
                         r"|\.(?<!\bM\.)(?<!\bDr\.)(?<!\bPr\.)\s|\.$"
                         r"|(?<![A-Z]{2})\s\((?![A-Z]{2,}\))|\n|$")

# Nouns whose complement opens with "avec" inside a role ("chargé des relations avec le
# Parlement", "de la coopération avec …"): "avec" after them is no company of the sentence.
_TAKES_AVEC_FR = frozenset({"relations", "coopération", "partenariat", "liaison"})
# A preposition then a possessive ("pour son élection", "pour sa présence"): the sentence's
# reason or aim, as English "for his …" ends a role; "de son pays" stays ("Délégué permanent de
# son pays auprès de …").
_REASON_FR = frozenset({"pour", "sur", "dans", "par"})
# Company in two words ("en présence du …", "en compagnie du …", "aux côtés du …"): the
# sentence's, as "avec" is (English "in the presence of", "together with").
_COMPANY_FR = {"présence": "en", "compagnie": "en", "côtés": "aux"}
_POSSESSIVES_FR = frozenset({"son", "sa", "ses", "leur", "leurs", "votre", "vos", "notre", "nos"})
# A person's honorific after "le", "la", "et" or "et de" ("… Membre du Conseil le Pr. X",
# "… des Relations Extérieures et de M. X"): the next person starts there, never inside a role.
_NEXT_PERSON_FR = frozenset({"M.", "Mme", "Mlle", "Dr", "Dr.", "Pr", "Pr.", "Professeur",
                             "Professeure", "Docteur"})
_BEFORE_NEXT_PERSON_FR = frozenset({"le", "la", "et"})


def noun_phrase_fr(role: str) -> str:
    """A French role up to its sentence's verb, day, company or reason ("Directeur général de
    l’ICESCO s’est entretenu mardi" → "Directeur général de l’ICESCO"; "… en présence du …",
    "… pour son élection"), or the next person's honorific ("… et de M. X")."""
    previous, previous_start, earlier_start = "", 0, 0
    for word in TOKEN.finditer(role):
        token = word.group()
        if token in _NEXT_PERSON_FR and role[word.end() + 1 : word.end() + 2].isupper():
            if previous in _BEFORE_NEXT_PERSON_FR:
                return role[:previous_start]  # "… le Pr. X", "… et M. X"
            if previous in ("de", "du") and role[earlier_start : previous_start].rstrip() == "et":
                return role[:earlier_start]  # "… et de M. X"
        if token in _POSSESSIVES_FR and previous in _REASON_FR or _COMPANY_FR.get(token) == previous:
            return role[:previous_start]  # "… pour son élection …", "… X en présence du ministre …"
        if token in ("ce", "cet", "cette") and previous in ("de", "à", "pour", "dans", "sur"):
            previous = token
            continue  # "recteur de cette université": a determiner, not a pronoun
        if token == "avec" and previous in _TAKES_AVEC_FR:
            previous = token
            continue  # "des relations avec le Parlement": the noun's complement
        if token in gazetteer.ROLE_STOPS_FR or token.startswith(("s’", "s'", "n’", "n'")):
            return role[: word.start()]
        previous, previous_start, earlier_start = token, word.start(), previous_start
    return role
