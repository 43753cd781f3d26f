"""English bodies' names joined by "and": the head of a name, the two bodies "X and Y" stands
for, and the bodies a plural head after two country words stands for ("the Malian and Ugandan
National Commissions for UNESCO and ICESCO": two commissions)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from icli.extract import country_tables, gazetteer
from icli.extract.mention import Mention
from icli.extract.partners_en_edges import place_of_first
from icli.extract.patterns import positions

# Plural heads a state's own bodies share, and their singular ("the Malian and Ugandan National
# Commissions", "the Moroccan and Senegalese Ministries of Education").
_PLURAL_HEADS = {"Commissions": "Commission", "Ministries": "Ministry", "Embassies": "Embassy"}
# Two capitalized words joined by "and", and up to two more capitalized words before the head.
_TWO_BEFORE = re.compile(r"([A-Z][\w'’-]+) and ([A-Z][\w'’-]+) ((?:[A-Z][\w'’-]+ ){0,2})\Z")


def name_head(words: list[str]) -> str:
    """The head noun of a name: the word before its first of/for/on/in/to (or after a place),
    or before a country's name that ends it ("International Islamic University Malaysia")."""
    if place_of_first(words):
        return words[-1]
    for i, word in enumerate(words):
        if word in gazetteer.HEAD_STOPPERS and i:
            return words[i - 1]
    if len(words) > 2 and words[-2] in gazetteer.ORG_HEADS and words[-1] in country_tables.country_names():
        return words[-2]
    return words[-1]


def two_bodies(words: list[str], first: int, last: int) -> list[tuple[int, int]]:
    """The token spans of the bodies a name joined by "and" stands for: two when the words
    before "and" have an organization's head (at their end or before their "of"/"for") and
    those after have one of their own ("Kuwait Airways and Bukhamseen Holding Group", "Policy
    Center for the New South and Prince Mohammad bin Fahd University"); one otherwise ("Food
    and Agriculture Organization", "Ministry of Culture and Youth"), and one when a plural
    before "and" in a complement is followed by a plural head ("Bureau for Rural Affairs and
    Social Innovations": the complement's list of plurals goes on; "Ministry of Culture and
    Qatar Museums" is two bodies)."""
    if "and" not in words:
        return [(first, last)]
    for n, word in enumerate(words[1:-1], start=1):
        if word == ",":
            break  # "for Education, Science and Culture": one name's list
        second = name_head(words[n + 1 :])
        if (word == "and" and n >= 2 and len(words) - n - 1 >= 2
                and second in gazetteer.ORG_HEADS
                and (words[n - 1] in gazetteer.ORG_HEADS
                     or name_head(words[:n]) in gazetteer.ORG_HEADS and words[n + 1] not in gazetteer.NAME_CONNECTORS
                     and not (second == words[-1] and second.endswith("s")
                              and words[n - 1].endswith("s")))):
            return [(first, first + n - 1), (first + n + 1, last)]
    return [(first, last)]


def plural_bodies(text: str, extract: Callable[[str], list[Mention]]) -> list[Mention]:
    """The bodies a plural state head stands for after two country words joined by "and"
    ("the Malian and Ugandan National Commissions for UNESCO and ICESCO": "Malian National
    Commission for UNESCO and ICESCO" and "Ugandan National Commission for UNESCO and ICESCO";
    rule partner.en.joined-plural): each country word with the words after it, the head in the
    singular and the complement `extract` reads after it, both placed from the second country word
    on (the first, outside the name, is read as the country it names; the second as the country
    in a national commission's or ministry's name)."""
    found: list[Mention] = []
    for plural, singular in _PLURAL_HEADS.items():
        if plural not in text:
            continue
        for at in positions(text, plural):
            before = _TWO_BEFORE.search(text, max(0, at - 80), at)
            if before is None or not all(w in gazetteer.DEMONYMS or w in country_tables.country_names()
                                         for w in before.group(1, 2)):
                continue
            end = at + len(plural)
            rest = text[end : end + 200].split("\n", 1)[0]
            for n in (1, 2):
                prefix = f"{before.group(n)} {before.group(3)}{singular}"
                body = next((m for m in extract(prefix + rest) if m.start == 0), None)
                if body is not None and len(body.alias) >= len(prefix):
                    found.append(replace(body, start=before.start(2), end=end + len(body.alias) - len(prefix),
                                         rule="partner.en.joined-plural"))
    return found
