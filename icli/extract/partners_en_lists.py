"""Lists of capitalized words inside an English organization's name ("the Economic, Social and
Environmental Council", "Commission for Education, Culture, and Science"): where such a name
starts and whether a comma is inside it."""

from __future__ import annotations

import re

from icli.extract import country_tables
from icli.extract.patterns import CAPITALS

LIST_ITEMS = 6  # items of a list inside a name ("Education, Culture, Sports, Science and …")
# A capitalized adjective and its comma, items of a list that starts a name ("Economic, Social
# and Environmental Council"; "Educational, Scientific and Cultural Organization").
_ADJECTIVE_ITEM = re.compile(r"[A-Z][a-z]+(?:ic|al|ive|ary|ian|ous)")
ADJECTIVES_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir) (?:[A-Z][a-z]+(?:ic|al|ive|ary|ian|ous) ?, )+\Z")
_DETERMINERS = frozenset({"the", "The", "its", "Its", "their", "Their"})


def list_starts(tokens: list[tuple[str, int, int]], first: int, lowest: int) -> int:
    """Where a name starts when capitalized adjectives and their commas come before
    tokens[first] after a determiner ("the Economic, Social and Environmental Council"): the
    first adjective's index; 0 when they do not (no determiner: "Mr. Kemal, Social and …")."""
    start = first
    while (start - 2 > lowest and tokens[start - 1][0] == ","
           and _ADJECTIVE_ITEM.fullmatch(tokens[start - 2][0])
           and tokens[start - 2][0] not in country_tables.country_names()):
        start -= 2
    if (start < first and tokens[start - 1][0] in _DETERMINERS
            and list_closes(tokens, first - 1)):
        return start
    return 0


def list_closes(tokens: list[tuple[str, int, int]], comma: int) -> bool:
    """Whether the comma at tokens[comma] is inside a list of capitalized words closed by "and"
    ("for Education, Science and Culture"; "Educational, Scientific and Cultural"), a comma
    before that "and" included ("for Education, Culture, and Science"), none of them a country
    ("University of Jordan, Egypt and Iraq" is no name)."""
    if tokens[comma + 1 : comma + 2] and tokens[comma + 1][0] == "and":  # the list's last comma
        previous = comma - 1
        while previous > max(0, comma - 4) and tokens[previous][0][:1] in CAPITALS:
            previous -= 1
        return (previous < comma - 1 and tokens[previous][0] == ","
                and list_closes(tokens, previous))
    start = comma
    for _ in range(LIST_ITEMS):  # "Education, Culture, Sports, Science and Technology"
        j = start + 1
        while j < min(len(tokens), start + 4) and tokens[j][0][:1] in CAPITALS:
            if tokens[j][0] in country_tables.country_names():
                return False
            j += 1
        if j == start + 1 or j + 1 >= len(tokens):
            return False
        if tokens[j][0] == "," and tokens[j + 1][0] != "and":
            start = j  # another item of the list
            continue
        if tokens[j][0] == "," and tokens[j + 1][0] == "and":
            j += 1  # "Education, Culture, and Science"
        return (j + 1 < len(tokens) and tokens[j][0] == "and"
                and tokens[j + 1][0][:1] in CAPITALS
                and tokens[j + 1][0] not in country_tables.country_names())
    return False
