"""One person across the versions of one news item: the person a version names in another
script than the other version ("عمر الزعبي" and "Omar Al-Zoubi") is one, when each of two linked
versions names exactly one person the other does not and the two can be one (the same office,
or first names and surnames whose consonants agree, however few). Pure rules, no storage; the
versions are linked before (versions.links) from the people as written, so a join is never
evidence for the link it follows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from icli.choices import LANGUAGES
from icli.extract.across import names_agree
from icli.extract.offices import role_signature


class Named(NamedTuple):
    """A person an article names, as written (not joined across versions): the mention's
    row, the person, the name as written, the office it gives, whether the person is named by
    a full name (not a surname alone) and whether the mention names them outright (not linked
    by surname, role, spelling or script)."""

    row: int
    person: int
    name: str
    office: str | None
    full: bool
    outright: bool


def same_person(one: Named, other: Named) -> bool:
    """Whether two people named in two versions of one item can be one: the same office
    (offices.role_signature: one holder per country), or full names whose first names and
    surnames agree by their consonants (across.names_agree)."""
    office = role_signature(one.office)
    if office is not None and office == role_signature(other.office):
        return True
    return one.full and other.full and names_agree(one.name, other.name)


def person_joins(pairs: Iterable[tuple[int, int]],
                 named: Mapping[int, tuple[str, Sequence[Named]]]) -> dict[int, int]:
    """The mentions to join to a person of another version of their item: when two linked
    versions (`pairs`) each name exactly one person the other does not (`named`: article →
    (language, people as written)) and the two can be one (same_person), the mention in the
    later language of LANGUAGES (en, fr, ar) is that of the earlier one's person, followed through
    the item ("عمر الزعبي" in Arabic → "Omar Al-Zoubi" of the French version → the English
    version's person). Only a mention naming someone outright by a full name is joined, and
    never one that could be two people, or to a person its article names: mention row →
    person. Reads the people as written, never the joins, whatever the order of `pairs`."""
    rank = {language: i for i, language in enumerate(LANGUAGES)}
    proposed: dict[tuple[int, int], set[tuple[int, int]]] = {}  # (article, person) → targets
    rows: dict[tuple[int, int], int] = {}
    for pair in pairs:
        if not all(article in named for article in pair):
            continue
        target, source = sorted(pair, key=lambda article: (
            rank.get(named[article][0], len(rank)), named[article][0]))
        if named[target][0] == named[source][0]:
            continue
        people = {article: {one.person for one in named[article][1]} for article in pair}
        theirs = [one for one in named[target][1] if one.person not in people[source]]
        mine = [one for one in named[source][1] if one.person not in people[target]]
        if (len(theirs) == 1 and len(mine) == 1 and mine[0].outright and mine[0].full
                and same_person(theirs[0], mine[0])):
            proposed.setdefault((source, mine[0].person), set()).add((target, theirs[0].person))
            rows[(source, mine[0].person)] = mine[0].row

    def final(node: tuple[int, int]) -> set[int]:
        """The people a mention of `node` ends as, following the joins of its targets."""
        targets = proposed.get(node)
        if not targets:
            return {node[1]}
        return {person for target in targets for person in final(target)}

    joins = {}
    for node, row in rows.items():
        ends = final(node)
        if len(ends) == 1 and not ends & {one.person for one in named[node[0]][1]}:
            joins[row] = ends.pop()
    return joins
