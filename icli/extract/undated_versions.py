"""Versions without a date: an undated story linked to dated ones by what they share, pure rules.

A story with no date (an Arabic listing excerpt, a reprint saying only "today, Wednesday") has
no window of days to find its versions in. Its candidates are given instead (`pools`: the
dated stories of other languages that name one of its people or partners, found by the store's
index of mentions), and the evidence must be stronger than for a dated pair: the day says
nothing, so the score leaves it out and must reach UNDATED_MIN, with at least MIN_STRONG shared
people, partners, numbers, edition numbers and names both write in two scripts (across.name_runs:
a person the extractor did not read) (what a look-alike of the same partner or the same
minister another year rarely shares all of), beating the next candidate by UNDATED_MARGIN;
everything that tells two stories apart (versions.conflict) still does. A story stating its own
day without a year (version_days.own_day) is dated by it: never a version of a story of
another day, and, its weekday stated, one of a story of that day without MIN_STRONG things
shared (undated_score).

An undated story U joins the item of its best dated candidate D of each language when:
- those best candidates are all of one item (the dated links, `versions.links`), which holds no
  story of U's language, or one U displaces: U's score with the item beats that story's with the
  rest of it by UNDATED_MARGIN, with more strong things shared (`displaces`); that story's links
  to the item are then undone, and an undated story whose best candidate it was joins nothing;
- U is that item's best undated story of its language, by UNDATED_MARGIN (each story scored
  against the item's closest member), among those sharing MIN_STRONG things with it (one that
  could not be a version keeps none apart), so an item never holds two stories of one language.
Two undated stories of different languages are linked to each other (`undated_pairs`) when each
is the other's clear best among all its candidates, dated and undated, of every language (by
the same bar and margin), and neither has a clear best dated candidate of any language: no dated
item is near, and each joins at most one undated story. No id and no order enters a decision.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import NamedTuple

from icli.extract.across import name_skeleton, partner_keys, script_skeleton
from icli.extract.stated_numbers import numbers_and_editions
from icli.extract.version_days import Dated, OwnDay, fits_own_day, own_day
from icli.extract.versions import (
    LINK_WEIGHTS,
    Profile,
    Story,
    conflict,
    is_leader,
    items,
    links,
    profile,
    runs,
    shared,
)
from icli.extract.versions import score as pair_score

UNDATED_MIN = 6.0  # the least score of an undated pair, its day left out (a dated pair: 3.5)
UNDATED_MARGIN = 2.0  # the best candidate must beat the next by this much (a dated pair: 1)
MIN_STRONG = 3  # shared people, partners, numbers, edition numbers and name runs, together
_STRONG = ("people", "partners", "numbers", "editions")  # and name runs (_with_runs)


class Undated(NamedTuple):
    """An undated story's profile, read once (as of any date), the numbers it states and the
    day it states as its own without a year (version_days.own_day)."""

    profile: Profile
    numbers: frozenset[int]
    own: OwnDay | None


def undated(story: Story) -> Undated | None:
    """An undated story's features, compared as of each candidate's date (None without a
    language)."""
    base = profile(story._replace(date=_ANY_DATE))
    return None if base is None else Undated(base, numbers_and_editions(story.text, None)[0],
                                             own_day(story.title, story.text))


_ANY_DATE = "2000-01-01"


def search_keys(kind: str, surname: str | None, name: str, code: str | None) -> frozenset[str]:
    """The keys an undated story's candidates are looked up by across scripts, for an entity
    of `kind` named `name` (one of the forms it is stored under): a person's surname skeleton
    ("skeleton:brk": "البراك", "Al-Barrak") and the whole name's ("name:mhmdlbs": "محمد
    العبسي", "Mohamed Al-Absi"), ICESCO's leaders left out (named in most stories); a partner's
    keys in any language ("partner:national commission TCD", "partner:LAS":
    across.partner_keys). What versions.shared compares them by, so two entities sharing a key
    may be one person or partner in two scripts."""
    if kind == "person":
        if not surname or is_leader(surname):
            return frozenset()
        return frozenset(f"{label}:{skeleton}" for label, skeleton in (
            ("skeleton", script_skeleton(surname)), ("name", name_skeleton(name))) if skeleton)
    if kind == "partner":
        return frozenset(f"partner:{key}" for key in partner_keys(name, code))
    return frozenset()


def undated_score(story: Undated, dated: Profile) -> tuple[float, int]:
    """How strongly an undated story looks like a dated one of another language, its day left
    out, and how many strong things (people, partners, numbers, editions) they share: (0, 0)
    when they cannot be one item. A story stating its own day without a year (own_day) is not a
    version of one dated another day; when that is the other's date, the day counts as for a
    dated pair and, its weekday stated too (another year's story of the same partner is on
    another weekday), stands for the strong things: MIN_STRONG at least."""
    found = undated_evidence(story, dated)
    if isinstance(found, str):
        return 0.0, 0
    mine, evidence = found
    value, strong = _with_runs(evidence, mine, dated)
    if evidence["same day"] and story.own is not None and story.own.weekday is not None:
        strong = max(strong, MIN_STRONG)
    return value, strong


def undated_evidence(story: Undated, dated: Profile) -> tuple[Profile, dict[str, list]] | str:
    """An undated story's profile as of a dated story's date and what the two share
    (versions.shared, "same day" the date when the day the undated one states is that one); or
    why they cannot be one item."""
    if story.profile.language == dated.language:
        return "one language"
    fits = None if story.own is None else fits_own_day(story.own, dated.day)
    if fits is False:
        return "the day it states is not the other's"
    date = dated.story.date or _ANY_DATE
    numbers = story.numbers - {int(date[:4]), int(date[8:])}  # as of its date (profile())
    mine = story.profile._replace(story=story.profile.story._replace(date=date), day=dated.day,
                                  numbers=numbers, dated=Dated(dated.day, numbers,
                                                               story.profile.story.text))
    apart = conflict(mine, dated)
    if apart:
        return apart
    evidence = shared(mine, dated)
    evidence["same day"] = [date] if fits else []
    return mine, evidence


def both_undated_score(a: Undated, b: Undated) -> tuple[float, int]:
    """How strongly two undated stories of different languages look like one item, and how many
    strong things they share: as undated_score, no day counted, and the numbers each states
    compared whole (neither has a day or year of its own to leave out: a year both state is
    evidence that another year's story of the same partner does not share)."""
    found = both_undated_evidence(a, b)
    if isinstance(found, str):
        return 0.0, 0
    mine, theirs, evidence = found
    return _with_runs(evidence, mine, theirs)


def both_undated_evidence(a: Undated, b: Undated) -> tuple[Profile, Profile, dict[str, list]] | str:
    """Two undated stories' profiles with the numbers each states whole and what they share
    (versions.shared, no day); or why they cannot be one item."""
    if a.profile.language == b.profile.language:
        return "one language"
    mine, theirs = a.profile._replace(numbers=a.numbers), b.profile._replace(numbers=b.numbers)
    apart = conflict(mine, theirs)
    if apart:
        return apart
    evidence = shared(mine, theirs)
    evidence["same day"] = []
    return mine, theirs, evidence


def _with_runs(evidence: dict[str, list], mine: Profile, theirs: Profile) -> tuple[float, int]:
    """The score and strong things of `evidence`, with the names both write in two scripts
    (versions.runs) when they could make the pair reach UNDATED_MIN and MIN_STRONG (read for
    those alone: they are the dearest evidence to read)."""
    value = sum(LINK_WEIGHTS[kind] * len(values) for kind, values in evidence.items())
    strong = sum(len(evidence[kind]) for kind in _STRONG)
    if value + LINK_WEIGHTS["runs"] >= UNDATED_MIN and strong + 1 >= MIN_STRONG:
        found = runs(mine, theirs, evidence["people"] + evidence["heads"])
        value, strong = value + LINK_WEIGHTS["runs"] * len(found), strong + len(found)
    return value, strong


def _clear_best(scores: Mapping[int, tuple[float, int]]) -> int | None:
    """The candidate scoring UNDATED_MIN or more with MIN_STRONG strong things shared, ahead
    of every other by UNDATED_MARGIN; None otherwise."""
    ranked = sorted(scores.items(), key=lambda item: -item[1][0])
    if not ranked or ranked[0][1][0] < UNDATED_MIN or ranked[0][1][1] < MIN_STRONG:
        return None
    if len(ranked) > 1 and ranked[0][1][0] - ranked[1][1][0] < UNDATED_MARGIN:
        return None
    return ranked[0][0]


class Scores:
    """The scores of undated stories with their candidates, each story read and each pair
    scored once: the undated and the dated stories by id (`add` takes more)."""

    def __init__(self, undated_stories: Mapping[int, Story], dated: Mapping[int, Story]) -> None:
        self.undated: dict[int, Story] = dict(undated_stories)
        self.dated: dict[int, Story] = dict(dated)
        self._read: dict[int, Undated | None] = {}
        self._profiles: dict[int, Profile | None] = {}
        self._cache: dict[tuple[int, int], tuple[float, int]] = {}

    def add(self, stories: Iterable[Story]) -> None:
        """More stories to score (those without a language cannot have versions)."""
        for story in stories:
            if story.language:
                (self.dated if story.date else self.undated)[story.id] = story

    def features(self, story: int) -> Undated | None:
        """An undated story's features (undated())."""
        if story not in self._read:
            self._read[story] = undated(self.undated[story])
        return self._read[story]

    def profile(self, story: int) -> Profile | None:
        """A dated story's profile (None for another story)."""
        if story not in self._profiles:
            self._profiles[story] = profile(self.dated[story]) if story in self.dated else None
        return self._profiles[story]

    def score(self, story: int, other: int) -> tuple[float, int]:
        """An undated story's score and strong things with a dated or an undated story."""
        if (story, other) not in self._cache:
            mine = self.features(story)
            if other in self.undated:
                theirs = self.features(other)
                value = (0.0, 0) if mine is None or theirs is None else both_undated_score(mine, theirs)
            else:
                dated = self.profile(other)
                value = (0.0, 0) if mine is None or dated is None else undated_score(mine, dated)
            self._cache[story, other] = value
        return self._cache[story, other]


def undated_links(decide: Collection[int], scores: Scores, pools: Mapping[int, Collection[int]],
                  item_of: Mapping[int, frozenset[int]]
                  ) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """The links of the undated stories `decide` (ids of `scores.undated`, which holds every
    undated story that has a candidate in the items their candidates are in) to the dated
    stories: `pools` gives each undated story's candidates, `item_of` each dated story's item
    (its dated versions and itself). With them, the dated links they undo: those of a dated
    story of the undated one's language that it displaces from its item (displaces). Both as
    (smaller id, larger id) pairs."""
    score, dated_profile, dated = scores.score, scores.profile, scores.dated

    def item_score(story: int, item: frozenset[int]) -> tuple[float, int]:
        return max((score(story, member) for member in item
                    if member in pools.get(story, ())), default=(0.0, 0))

    def member_score(member: int, item: frozenset[int]) -> tuple[float, int]:
        mine = dated_profile(member)
        return max((dated_score(mine, theirs) for other in item if other != member
                    if mine is not None and (theirs := dated_profile(other)) is not None),
                   default=(0.0, 0))

    chosen: dict[int, tuple[list[int], frozenset[int], set[int]]] = {}
    for story in decide:
        by_language: dict[str, dict[int, tuple[float, int]]] = {}
        for other in pools.get(story, ()):
            if (value := score(story, other))[0] > 0:
                by_language.setdefault(dated[other].language or "", {})[other] = value
        best = [pick for scores_of in by_language.values()
                if (pick := _clear_best(scores_of)) is not None]
        chosen_items = {item_of.get(other, frozenset({other})) for other in best}
        if len(chosen_items) != 1:
            continue
        [item] = chosen_items
        language = scores.undated[story].language
        same = {member for member in item
                if member in dated and dated[member].language == language}
        if same and not all(displaces(item_score(story, item), member_score(member, item))
                            for member in same):
            continue
        rivals = {other: item_score(other, item) for other, theirs in scores.undated.items()
                  if other != story and theirs.language == language
                  and item & set(pools.get(other, ()))}
        mine = item_score(story, item)[0]
        if any(mine - value < UNDATED_MARGIN for value, strong in rivals.values()
               if value > 0 and strong >= MIN_STRONG):
            continue
        chosen[story] = (best, item, same)
    displaced = {member for _, _, same in chosen.values() for member in same}
    found: set[tuple[int, int]] = set()
    undone: set[tuple[int, int]] = set()
    for story, (best, item, same) in chosen.items():
        if displaced & set(best):
            continue  # its best candidate of a language is displaced by another undated story
        found |= {(min(story, other), max(story, other)) for other in best}
        undone |= {(min(member, other), max(member, other)) for member in same
                   for other in item if other != member}
    return found, undone


def undated_choices(ids: Collection[int], scores: Scores, pools: Mapping[int, Collection[int]],
                    undated_pools: Mapping[int, Collection[int]]) -> dict[int, int | None]:
    """Each undated story's clear best undated candidate (_clear_best among all its candidates,
    dated ones in `pools` and undated ones in `undated_pools`, of every language), None when
    that is a dated story or none, or when it has a clear best dated candidate of some language
    (it is a version of a dated item, or of none)."""
    choices: dict[int, int | None] = {}
    for story in ids:
        everything: dict[int, tuple[float, int]] = {}
        by_language: dict[str, dict[int, tuple[float, int]]] = {}
        for other in pools.get(story, ()):
            if (value := scores.score(story, other))[0] > 0:
                everything[other] = by_language.setdefault(
                    scores.dated[other].language or "", {})[other] = value
        if any(_clear_best(scores_of) is not None for scores_of in by_language.values()):
            choices[story] = None
            continue
        for other in undated_pools.get(story, ()):
            if (value := scores.score(story, other))[0] > 0:
                everything[other] = value
        pick = _clear_best(everything)
        choices[story] = pick if pick in scores.undated else None
    return choices


def undated_pairs(choices: Mapping[int, int | None]) -> set[tuple[int, int]]:
    """Two undated stories each the other's choice (undated_choices), as (smaller id, larger id)."""
    return {(min(story, other), max(story, other)) for story, other in choices.items()
            if other is not None and choices.get(other) == story}


def dated_score(a: Profile, b: Profile) -> tuple[float, int]:
    """How strongly two dated stories look like one item (versions.score) and how many strong
    things they share."""
    value = pair_score(a, b)
    return value, sum(len(shared(a, b)[kind]) for kind in _STRONG) if value else 0


def displaces(mine: tuple[float, int], member: tuple[float, int]) -> bool:
    """Whether an undated story scoring `mine` with an item (its best score and strong things
    with a member) takes the place of the item's dated member of its language, which scores
    `member` with the rest: ahead by UNDATED_MARGIN, its day left out and the member's counted,
    and sharing more strong things (an Arabic page without a date of a conference's procedural
    session, 15.0 with five strong things, in place of the Arabic closing session the same
    day, 7.5 with three, that the French page was linked to for want of it)."""
    return mine[0] - member[0] >= UNDATED_MARGIN and mine[1] > member[1]


def all_links(stories: Iterable[Story]) -> set[tuple[int, int]]:
    """The version links among `stories`, dated and undated, every dated story of another
    language a candidate of each undated one (a few stories; the store finds candidates by
    its index of mentions)."""
    stories = list(stories)
    dated = {story.id: story for story in stories if story.date and story.language}
    undated = {story.id: story for story in stories if not story.date and story.language}
    pairs = links(dated.values())
    groups: dict[int, set[int]] = {}
    for story, item in items(pairs).items():
        groups.setdefault(item, set()).add(story)
    item_of = {story: frozenset(groups[item]) for story, item in items(pairs).items()}
    pools = {story: [other for other, theirs in dated.items() if theirs.language != u.language]
             for story, u in undated.items()}
    scores = Scores(undated, dated)
    found, undone = undated_links(list(undated), scores, pools, item_of)
    undated_pools = {story: [other for other, theirs in undated.items()
                             if theirs.language != u.language] for story, u in undated.items()}
    return (pairs - undone) | found | undated_pairs(
        undated_choices(list(undated), scores, pools, undated_pools))
