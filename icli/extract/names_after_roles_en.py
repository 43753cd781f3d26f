"""English people named with no honorific right after their role: after a role that ends with
a body's acronym ("Director-General of ICESCO Salim AlMalik"), or after a role and a comma
("The Secretary General of the OIC, Hissein Brahim Taha, visited …"). The role is read by the
caller's `role_before` (people_en: the roles written before a name and a comma)."""

from __future__ import annotations

import re
from collections.abc import Callable

from icli.extract import country_tables, gazetteer
from icli.extract.identity import person_key
from icli.extract.mention import Mention
from icli.extract.patterns import CAPITAL, CAPITALS, MAX_MENTIONS, overlaps, positions
from icli.extract.person_names import LIST_COMMA_EN, a_noun, name_at, not_a_person

# The role written before a name at a position, and its office; None if none.
RoleBefore = Callable[[str, int], "tuple[str, str] | None"]


# What a role that ends with a body's acronym ends with before a name: ") " after an acronym in
# parentheses, or ICESCO's acronym (its long name is shortened to it: article.prepare). Found
# with str.find: scanning for capitals took 12 µs of a 2,000-character text.
_AFTER_ACRONYM = (") ", "ICESCO ", "ISESCO ")
_ACRONYM_IN_PARENTHESES = re.compile(r"\([A-Z]{2,}\) $")


# Endings of plural nouns ("Scholars", "Students", "Champions"): no word of a name read with no
# honorific and no comma ("ICESCO Young Scholars").
_PLURAL_ENDINGS = ("rs", "ts", "ons")


def _name_length_without_honorific(words: list[str]) -> bool:
    """Whether words read with no honorific and no comma have a name's length: two or three
    words, four with a particle ("bin", "Al"); a longer run holds a body's or a programme's
    words ("Green Belt Khadija Amrani")."""
    return 2 <= len(words) <= 3 or len(words) == 4 and any(
        w.casefold() in gazetteer.NAME_PARTICLES for w in words)


def acronyms_then_names(text: str, taken: list[tuple[int, int]], found: list[Mention],
                        role_before: RoleBefore) -> None:
    """Add the people named with no honorific right after a role that ends with a body's
    acronym in parentheses or with ICESCO/ISESCO ("… Director-General of ISESCO Abdulaziz
    …"; `role_before` reads the role; none, no person)."""
    for at in sorted({p + len(w) for w in _AFTER_ACRONYM for p in positions(text, w)}):
        if len(found) >= MAX_MENTIONS:
            break
        if text[at : at + 1] not in CAPITALS or (
                text[at - 2] == ")" and not _ACRONYM_IN_PARENTHESES.search(text, max(0, at - 14), at)):
            continue
        name, end = name_at(text, at)
        words = name.split()
        if (not _name_length_without_honorific(words) or overlaps(at, taken) or not_a_person(name)
                or any(w in gazetteer.NOT_NAME_WORDS or w.isupper() and len(w) > 2
                       or a_noun(w) or w.endswith(_PLURAL_ENDINGS) for w in words)
                or name in country_tables.country_names()):
            continue  # "(ISESCO) National Commissions": a body's words, not a name
        role = role_before(text, at)
        if role is None:
            continue
        found.append(Mention("person", person_key(name), name, None, role[0], name, at, end,
                             rule="person.en.acronym-then-name", office=role[1]))
        taken.append((at, end))


# A comma and two capitalized words (or a capital's initial and a word), a name's particle
# between them or not ("Tariq bin Saeed"): where a name may follow a role.
_PARTICLE = "|".join(sorted((re.escape(p) for p in gazetteer.NAME_PARTICLES if p.isalpha()),
                            key=len, reverse=True))
_COMMA_CAPITAL = re.compile(rf", (?={CAPITAL}[\w’'\-.]*\s+(?:(?:{_PARTICLE})\s+)?{CAPITAL})")
# What follows a name given after a role's comma: a comma, a semicolon (the next of a list of
# roles and names: "Minister of Culture, X; Minister of Science, Y;"), "and", a verb in lower
# case, or the end.
_AFTER_NAME = re.compile(r"(?:[,;.]|\s+and\s|\s+[a-z]|\s*$)")


def roles_comma_names(text: str, taken: list[tuple[int, int]], found: list[Mention],
                      role_before: RoleBefore) -> None:
    """Add the people named with no honorific after their role and a comma ("The Secretary
    General of the OIC, Hissein Brahim Taha, visited …"): a name of two to four words (not a
    country, an office or a body's words) that a comma, "and", a verb or the sentence's end
    follows (or a semicolon: the next pair of a list), with a role before it (`role_before`; none, no person)."""
    for comma in _COMMA_CAPITAL.finditer(text):
        if len(found) >= MAX_MENTIONS:
            break
        at = comma.end()
        last = text.rfind(" ", 0, comma.start()) + 1
        if (not (text[last : last + 1].isupper() or text[last] == "("
                 or text[last : comma.start()].capitalize() in gazetteer.ROLE_WORDS) or overlaps(at, taken)):
            continue  # a role ends with a capitalized word, an acronym ("… Cooperation (OIC)") or
            # a role word ("the UNESCO representative")
        name, end = name_at(text, at)
        words = name.split()
        if (not _name_length_without_honorific(words) or not _AFTER_NAME.match(text, end)
                or overlaps(end - 1, taken) or not_a_person(name)
                or any(w in gazetteer.NOT_NAME_WORDS or w.isupper() and len(w) > 2 or a_noun(w)
                       or w in gazetteer.ROLE_WORDS for w in words)
                or country_tables.country_phrases().get(tuple(name.replace("’", "'").split()))):
            continue
        if LIST_COMMA_EN.match(text, comma.start()):
            continue  # a comma inside a list goes on with it ("of Higher Education, Scientific
            # Research and Innovation")
        role = role_before(text, at)
        if role is None or role[0].rsplit(None, 1)[-1] in gazetteer.PLACE_WORDS and role[0].istitle():
            continue  # "in King Abdullah Economic City, Makkah Al-Mukarramah, …": a place's name (no
            # "of" in it, as in "Mayor of Dakar City"), then its region
        found.append(Mention("person", person_key(name), name, None, role[0], name, at, end,
                             rule="person.en.role-comma-name", office=role[1]))
        taken.append((at, end))
