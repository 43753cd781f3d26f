"""One person or partner across the versions of one news item: the person a version names in
another script than the other version ("عمر الزعبي" and "Omar Al-Zoubi") is one, when of the
people each of two linked versions names and the other does not, the two can be one (the same
office, or first names and surnames whose consonants agree, however few) and neither can be
another; the same for partners whose two names say one body ("Ministry of National Education
of Senegal", "وزارة التربية الوطنية"). Pure rules, no storage; the versions
are linked before (versions.links) from the entities as written, so a join is never evidence
for the link it follows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from icli.choices import LANGUAGES
from icli.extract import gazetteer
from icli.extract.across import names_agree, partner_keys
from icli.extract.offices import body_signature, role_signature
from icli.text.normalize import ARABIC_LETTER, plain


class Named(NamedTuple):
    """A person or partner an article names, as written (not joined across versions): the
    mention's row, the entity, the name as written, the office it gives (people), whether it is
    named by a full name (not a surname alone; a partner always is) and whether the mention
    names it outright (not linked by surname, role, spelling or script)."""

    row: int
    entity: int
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


def same_partner(one: Named, other: Named) -> bool:
    """Whether two partners named in two versions of one item can be one: their names share a
    key in any language (across.partner_keys: a well-known partner's acronym, a ministry's
    portfolio, a national commission's or embassy's country) and do not name two countries
    ("Ministry of Culture of Oman" is not "وزارة الثقافة الأردنية"), or two Latin-script names
    keep the same proper words (_proper_words: "Oxford University", "Université d’Oxford")."""
    if not partner_keys(one.name, None) & partner_keys(other.name, None):
        return bool(_proper_words(one.name)) and _proper_words(one.name) == _proper_words(other.name)
    countries = {signature[2] for signature in map(body_signature, (one.name, other.name))
                 if signature and signature[2]}
    return len(countries) <= 1


_LATIN_WORD = re.compile(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """Organizations' head nouns in English and French, as `plain` compares them."""
    return frozenset(plain(head) for head in gazetteer.ORG_HEADS | gazetteer.ORG_HEADS_FR)


def _proper_words(name: str) -> frozenset[str]:
    """The capitalized words of a Latin-script body's name other than heads ("Oxford
    University", "Université d’Oxford" → {"oxford"}; "Association Mains Blanches" → {"mains",
    "blanches"}): what an English and a French name of one body both keep. Empty for an Arabic
    name."""
    if ARABIC_LETTER.search(name):
        return frozenset()
    words = (re.sub(r"^[ld][’']", "", word, flags=re.IGNORECASE) for word in _LATIN_WORD.findall(name))
    return frozenset(plain(word) for word in words if word[:1].isupper()) - _heads()


def matched(mine: Sequence[Named], theirs: Sequence[Named],
            same: Callable[[Named, Named], bool]) -> list[tuple[Named, Named]]:
    """The entities of one version (`mine`) that are one of another's (`theirs`), of those
    each names and the other does not: each of mine that can be (`same`) exactly one of
    theirs, which can be no other of mine."""
    found = []
    for one in mine:
        candidates = [other for other in theirs if same(other, one)]
        if len(candidates) == 1 and [m for m in mine if same(candidates[0], m)] == [one]:
            found.append((one, candidates[0]))
    return found


def joins(pairs: Iterable[tuple[int, int]], named: Mapping[int, tuple[str, Sequence[Named]]],
          same: Callable[[Named, Named], bool]) -> dict[int, int]:
    """The mentions to join to an entity of another version of their item: when two linked
    versions (`pairs`) name entities of one kind the other does not (`named`: article →
    (language, entities as written)) that are one (`matched` by `same`: same_person,
    same_partner), the mention in the later language of LANGUAGES (en, fr, ar) is that of the
    earlier one's entity, followed through the item ("عمر الزعبي" in Arabic → "Omar Al-Zoubi" of
    the French version → the English version's person). Only a mention naming it outright by a
    full name is joined, and never one that could be two entities, or to an entity its article
    names: mention row → entity. Reads the entities as written, never the joins, whatever the
    order of `pairs`."""
    rank = {language: i for i, language in enumerate(LANGUAGES)}
    proposed: dict[tuple[int, int], set[tuple[int, int]]] = {}  # (article, entity) → targets
    rows: dict[tuple[int, int], int] = {}
    for pair in pairs:
        if not all(article in named for article in pair):
            continue
        target, source = sorted(pair, key=lambda article: (
            rank.get(named[article][0], len(rank)), named[article][0]))
        if named[target][0] == named[source][0]:
            continue
        entities = {article: {one.entity for one in named[article][1]} for article in pair}
        theirs = [one for one in named[target][1] if one.entity not in entities[source]]
        mine = [one for one in named[source][1] if one.entity not in entities[target]]
        for one, other in matched(mine, theirs, same):
            if one.outright and one.full:
                proposed.setdefault((source, one.entity), set()).add((target, other.entity))
                rows[(source, one.entity)] = one.row

    def final(node: tuple[int, int]) -> set[int]:
        """The entities a mention of `node` ends as, following the joins of its targets."""
        targets = proposed.get(node)
        if not targets:
            return {node[1]}
        return {entity for target in targets for entity in final(target)}

    found = {}
    for node, row in rows.items():
        ends = final(node)
        if len(ends) == 1 and not ends & {one.entity for one in named[node[0]][1]}:
            found[row] = ends.pop()
    return found
