"""Which articles in different languages report the same news item: pure rules, no storage.

An article is described by a `Story`: its language, event date, title, the start of its text
(title, subtitle and first paragraphs) and the entities it names (people by surname, so a
surname alone and the full name agree, and a person linked across scripts counts as the
English one; countries by ISO code; partners by the keys that name them in any language:
across.partner_keys), with those its title names. People named in different scripts also
agree by the consonants of their surname (across.script_skeleton: "البراك" and "Al-Barrak")
or of their whole name as written (across.name_skeleton: "محمد العبسي" and "Mohamed
Al-Absi"), and an Arabic and a Latin-script title by the consonants of a name both write
(across.title_sounds: "موندياكولت" and "Mondiacult").
`versions(stories)` links stories of different languages:

- a pair is a candidate only when both are dated, in two languages, two days apart at most,
  or up to a week apart when the later one's text names the event day the other is dated by
  or states (version_days: a version published days after the event); an undated story is
  linked afterwards, to the dated ones, by stronger evidence (undated_versions);
- a pair is never linked when the two disagree on something that tells stories apart: their
  titles name different countries or people, they give different edition numbers (15th and
  16th; stated_numbers.py), their titles state different years ("Mondiacult 2025",
  "Mondiacult 2029"), name different kinds of document (a statement and a declaration) or
  different acts (acts.py: a medal given, a participation in the congress), or they name
  countries and share none;
- otherwise its score adds what the two share (people, countries, partners, numbers other
  than the date, edition numbers, what both titles name, names both Latin-script titles
  hold, names an Arabic and a Latin-script lead both write, days, events and bodies named in
  any language (known_names), the kind of document and the act both titles name, the same
  day, the other's date stated or the event day both name);
- story A links story B of language L when B is A's best candidate in L and A is B's best in
  A's language, each by a margin, and the score reaches MIN_SCORE; two links of a story agree
  on the third language, so an item never holds two articles of one language.

Every decision reads only the stories within a few days of the pair (`REACH_DAYS`), never an
id or an order, so linking the stories near what changed gives what linking all would.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache
from typing import NamedTuple

from icli.choices import LANGUAGES
from icli.extract import gazetteer
from icli.extract.across import (
    lead_sounds,
    lead_words,
    name_runs,
    name_skeleton,
    script_skeleton,
    shared_runs,
)
from icli.extract.acts import story_acts, title_tokens
from icli.extract.identity import key_surname, person_key
from icli.extract.known_names import SECTOR
from icli.extract.stated_numbers import numbers_and_editions, title_years
from icli.extract.version_days import LATE_DAYS, MAX_DAYS, Dated, earlier_days, event_day, states
from icli.text.normalize import ARABIC_LETTER, plain

# Bumped by every change to what the end-of-ingest linker (store.links.finish) decides: the
# links this module gives, the people and partners joined across versions (version_joins), surname-only
# owners and script links (identity), spelling variants and surnames in an office
# (name_variants), the role named alone (identity, role_links). An archive linked by another
# version has all of them made anew at its next ingest or `icli migrate`, whatever the dumps
# written.
LINKER_VERSION = 24
MIN_SCORE = 3.5
MARGIN = 1.0  # the best candidate must beat the next one by this much
THIRD_MIN = 2.5  # the least score of a story with each version of an item it joins (_third_versions)
# A link depends on the stories within LATE_DAYS of each end (version_days), and on their
# links' other ends: what changes at one date can change links up to REACH_DAYS away.
REACH_DAYS = 3 * LATE_DAYS
LINK_WEIGHTS = {"people": 2.0, "heads": 0.5, "countries": 1.5, "partners": 2.0, "numbers": 1.0,
                "small numbers": 0.5, "editions": 2.0, "title": 2.0, "names": 1.0, "things": 1.5,
                "sectors": 0.5, "kinds": 1.0, "acts": 1.0, "same day": 0.5, "runs": 2.0}
MAX_NAMES = 2  # the names both leads write across scripts counted at most (a few are enough)
NAMES_CHARS = 600  # where those names are read: the title and the first paragraph


class Story(NamedTuple):
    """What versions are told apart by: `people` as surname keys, `names` the people as
    written ((surname key, name) pairs), `countries` as ISO codes, `partners` each as the keys
    naming it (across.partner_keys) and the consonants of its name's words ("sound:…",
    across.lead_sounds; compared across scripts only); `title_names` the people ("person:…") and countries
    ("country:…") the title names, the other names it writes ("word:…", across.title_words),
    their consonants ("sound:…", across.title_sounds) and the days, events and bodies it
    names ("thing:…"); `things` the days, events and bodies its title and lead name in any
    language (known_names: "day:arabic-language")."""

    id: int
    language: str | None
    date: str | None
    title: str
    text: str
    people: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    partners: frozenset[frozenset[str]] = frozenset()
    title_names: frozenset[str] = frozenset()
    names: frozenset[tuple[str, str]] = frozenset()
    things: frozenset[str] = frozenset()


class Profile(NamedTuple):
    """A story's comparable features (profile())."""

    story: Story
    language: str  # the story's (a story without one has no profile)
    day: int
    numbers: frozenset[int]
    editions: frozenset[int]
    kinds: frozenset[str]
    years: frozenset[int]  # the years the title states
    title_countries: frozenset[str]
    title_people: frozenset[str]
    sounds: Mapping[str, set[tuple[bool, str]]]  # person → (in Arabic script, skeleton)
    heard: Mapping[tuple[bool, str], set[str]]  # (in Arabic script, skeleton) → people
    arabic: bool  # an Arabic story (its title's sounds compare with a Latin-script title's)
    acts: frozenset[str]  # the acts the title names (story_acts)
    portfolios: frozenset[str]  # the ministers' portfolios the title names (title_portfolios)
    dated: Dated  # what its days are read from (version_days)


@lru_cache(maxsize=1)
def _leader_skeletons() -> frozenset[str]:
    """The consonant skeletons of ICESCO's leaders' surnames (the Arabic ones agree)."""
    return frozenset(filter(None, map(script_skeleton, leaders())))


@lru_cache(maxsize=1)
def leaders() -> frozenset[str]:
    """The surname keys of ICESCO's own leaders (gazetteer.LEADERSHIP_ARABIC), named in most
    stories: sharing one is weak evidence ("heads")."""
    return frozenset(key_surname(person_key(name)) for name in gazetteer.LEADERSHIP_ARABIC.values())


def is_leader(person: str) -> bool:
    """Whether a surname key is one of ICESCO's own leaders', in either script."""
    return person in leaders() or script_skeleton(person) in _leader_skeletons()


# --- kinds of document a title names --------------------------------------------------------

_KINDS = {
    "statement": ("statement", "communiqué", "communique", "بيان"),
    "declaration": ("declaration", "déclaration", "اعلان"),
    "recommendations": ("recommendations", "recommandations", "توصيات"),
    "report": ("report", "rapport", "تقرير"),
    "charter": ("charter", "charte", "ميثاق"),
}
_KIND_WORDS = {word: kind for kind, words in _KINDS.items() for word in words}
_ARABIC_ARTICLE = re.compile("^[وفبل]?(ال|لل)")


def title_kinds(title: str) -> frozenset[str]:
    """The kinds of document a title names ("statement", "declaration", ...), in any of the
    three languages (an Arabic word also with its article and a glued preposition)."""
    kinds = set()
    for word in title_tokens(title):
        kind = _KIND_WORDS.get(word) or (_KIND_WORDS.get(_ARABIC_ARTICLE.sub("", word))
                                         if ARABIC_LETTER.match(word) else None)
        if kind:
            kinds.add(kind)
    return frozenset(kinds)


# A minister's or ministry's word in a title (folded, an Arabic one with its article or a glued
# preposition), and the words around it that hold the portfolio ("Minister of Transport",
# "Culture Minister", "ministre de la Justice", "وزير العدل").
_MINISTER_WORDS = frozenset({"minister", "ministers", "ministry", "ministre", "ministres", "ministère",
                             "وزير", "وزيره", "وزراء", "وزاره"})
_ARABIC_PREPOSITION = re.compile("^[وفبل]")


@lru_cache(maxsize=1)
def _portfolio_words() -> dict[tuple[str, ...], str]:
    """Each portfolio's phrases as folded title words (gazetteer.PORTFOLIOS) → the portfolio."""
    return {tuple(title_tokens(phrase)): key for key, phrases in gazetteer.PORTFOLIOS.items()
            for phrase in phrases}


def title_portfolios(title: str) -> frozenset[str]:
    """The ministers' portfolios a title names next to a minister's word, in any of the three
    languages ("Minister of Transport and Logistics" → transport; "وزير العدل" → justice)."""
    words = title_tokens(title)
    found = set()
    for at, word in enumerate(words):
        if word not in _MINISTER_WORDS and _ARABIC_PREPOSITION.sub("", word) not in _MINISTER_WORDS:
            continue
        window = words[max(0, at - 3) : at + 8]
        for phrase, key in _portfolio_words().items():
            if any(tuple(window[i : i + len(phrase)]) == phrase for i in range(len(window))):
                found.add(key)
    return frozenset(found)


# --- what two stories share -------------------------------------------------------------------


def _shared_partners(a: Story, b: Story, across: bool) -> list[str]:
    """The partners two stories share, one key each: as many as the partners of either story
    that share a key with the other's. The consonants of a partner's name ("sound:…") count
    only `across` scripts: an Arabic and a Latin-script name of one partner outside the
    tables ("مؤسسة كينارد", "the Kinard Foundation": "sound:knrd"); within one
    script its name as written decides."""
    partners_a, partners_b = (story.partners if across else
                              [frozenset(key for key in keys if not key.startswith("sound:"))
                               for keys in story.partners] for story in (a, b))
    keys_a = {key for keys in partners_a for key in keys}
    keys_b = {key for keys in partners_b for key in keys}
    hits_a = sorted(min(keys & keys_b) for keys in partners_a if keys & keys_b)
    hits_b = [keys for keys in partners_b if keys & keys_a]
    return hits_a[:len(hits_b)]


def _partner_sounds(story: Story) -> set[str]:
    """The consonants of a story's partners' names ("sound:…" keys)."""
    return {key for keys in story.partners for key in keys if key.startswith("sound:")}


def _sounds(story: Story) -> tuple[dict[str, set[tuple[bool, str]]],
                                  dict[tuple[bool, str], set[str]]]:
    """Each person's skeletons, each with its script (True: Arabic): the surname's
    (across.script_skeleton) and each written name's (across.name_skeleton); and the people by
    each skeleton."""
    sounds: dict[str, set[tuple[bool, str]]] = {}
    heard: dict[tuple[bool, str], set[str]] = {}
    for person, skeleton, written in (
            *((person, script_skeleton(person), person) for person in story.people),
            *((person, name_skeleton(name), name) for person, name in story.names)):
        if skeleton:
            entry = (bool(ARABIC_LETTER.search(written)), skeleton)
            sounds.setdefault(person, set()).add(entry)
            heard.setdefault(entry, set()).add(person)
    return sounds, heard


def _across_scripts(a: Profile, person: str, b: Profile) -> set[str]:
    """The people of story b who are a's `person` by a skeleton written in the other script."""
    return {other for script, skeleton in a.sounds.get(person, ())
            for other in b.heard.get((not script, skeleton), ())}


def _shared_people(a: Profile, b: Profile) -> set[str]:
    """The people two stories share: the same surname key, or, written in different scripts,
    the same consonant skeleton of the surname or of the whole name, as the first story's
    key."""
    people = set(a.story.people & b.story.people)
    rest_b = set(b.story.people - people)
    for person in sorted(a.story.people - people):
        matches = _across_scripts(a, person, b) & rest_b
        if matches:
            people.add(person)
            rest_b.discard(min(matches))
    return people


def _title_people_differ(a: Profile, b: Profile) -> bool:
    """Whether both titles name people and none of one is one of the other's, when some two of
    them can be compared: written in one script (the keys decide), or across scripts with a
    skeleton each (a name too short for one says nothing)."""
    if not (a.title_people and b.title_people):
        return False
    pairs = [(x.removeprefix("person:"), y.removeprefix("person:"))
             for x in sorted(a.title_people) for y in sorted(b.title_people)]
    if any(x == y or y in _across_scripts(a, x, b) for x, y in pairs):
        return False
    return any(bool(ARABIC_LETTER.search(x)) == bool(ARABIC_LETTER.search(y))
               or (a.sounds.get(x) and b.sounds.get(y)) for x, y in pairs)


# --- linking --------------------------------------------------------------------------------


def profile(story: Story) -> Profile | None:
    """A story's features; None when it cannot have versions (undated or no language)."""
    if not story.date or not story.language:
        return None
    numbers, editions = numbers_and_editions(story.text, story.date)
    sounds, heard = _sounds(story)
    day = dt.date.fromisoformat(story.date).toordinal()
    return Profile(story, story.language, day, numbers,
                   editions, title_kinds(story.title), title_years(story.title),
                   frozenset(n for n in story.title_names if n.startswith("country:")),
                   frozenset(n for n in story.title_names if n.startswith("person:")),
                   sounds, heard, story.language == "ar", story_acts(story.title, story.text),
                   title_portfolios(story.title), Dated(day, numbers, story.text))


def conflict(a: Profile, b: Profile) -> str | None:
    """Why two stories cannot be one item (None when nothing tells them apart)."""
    if a.title_countries and b.title_countries and not a.title_countries & b.title_countries:
        return "their titles name different countries"
    if _title_people_differ(a, b):
        return "their titles name different people"
    if a.editions and b.editions and not a.editions & b.editions:
        return "different edition numbers"
    if a.years and b.years and not a.years & b.years:
        return "their titles name different years"
    if a.kinds and b.kinds and not a.kinds & b.kinds:
        return "their titles name different kinds of document"
    if a.acts and b.acts and not a.acts & b.acts:
        return "their titles name different acts"
    if a.portfolios and b.portfolios and not a.portfolios & b.portfolios:
        return "their titles name different ministers' portfolios"
    if a.story.countries and b.story.countries and not a.story.countries & b.story.countries:
        return "no country in common"
    return None


def shared(a: Profile, b: Profile) -> dict[str, list]:
    """What two stories share, by kind of evidence (LINK_WEIGHTS' keys but "runs": runs())."""
    people = _shared_people(a, b)
    heads = {person for person in people if is_leader(person)}
    numbers = (a.numbers & b.numbers) - (a.editions & b.editions)
    title = frozenset(name for name in a.story.title_names & b.story.title_names
                      if not name.startswith(f"thing:{SECTOR}"))  # counted as sectors
    if a.arabic == b.arabic:  # one script: the names themselves, not their consonants
        title = frozenset(name for name in title if not name.startswith("sound:"))
    things = a.story.things & b.story.things
    return {
        "people": sorted(people - heads),
        "heads": sorted(heads),
        "countries": sorted(a.story.countries & b.story.countries),
        "partners": _shared_partners(a.story, b.story, a.arabic != b.arabic),
        "numbers": sorted(n for n in numbers if n >= 10),
        "small numbers": sorted(n for n in numbers if n < 10),
        "editions": sorted(a.editions & b.editions),
        "title": sorted(title),
        "names": _shared_names(a, b, title),
        "things": sorted(thing for thing in things if not thing.startswith(SECTOR)
                         and f"thing:{thing}" not in title),  # both titles': counted there
        "sectors": sorted(thing for thing in things if thing.startswith(SECTOR)),
        "kinds": sorted(a.kinds & b.kinds),
        "acts": sorted(a.acts & b.acts),
        "same day": _same_day(a, b),
    }


def runs(a: Profile, b: Profile, people: Collection[str]) -> list[str]:
    """The names an Arabic and a Latin-script story both write one after the other
    (across.name_runs), other than those of the people they share (`people`, shared()'s): what
    an undated story is also linked by (read for every dated pair, they made linking a third
    slower)."""
    if a.arabic == b.arabic:
        return []
    return shared_runs(name_runs(a.story.text), name_runs(b.story.text), (
        name for story in (a, b) for person, name in story.story.names
        if person in people or _across_scripts(b, person, a) & set(people)))


def _same_day(a: Profile, b: Profile) -> list[str]:
    """The day two stories are both of: their date; the date of one that the other's title or
    lead states (a page dated by its publication line whose text gives the event's date, which
    the other version is dated by); for stories further apart, the event day both name."""
    if a.day == b.day:
        return [a.story.date or ""]
    if abs(a.day - b.day) > MAX_DAYS:
        day = event_day(a.dated, b.dated)
        return [] if day is None else [dt.date.fromordinal(day).isoformat()]
    return ([b.story.date or ""] if states(a.dated, b.day)
            else [a.story.date or ""] if states(b.dated, a.day) else [])


def _shared_names(a: Profile, b: Profile, title: Iterable[str]) -> list[str]:
    """The names two stories both write in their title or lead, other than their people's and
    what both titles already share, MAX_NAMES at most: an Arabic and a Latin-script story's by
    their consonants ("Manahile" and "مناهل": "sound:mnhl"), an English and a French story's
    as written ("the Space Foundation" and "l'American Space Foundation": "word:foundation",
    "word:space")."""
    if a.arabic == b.arabic:
        words = lead_words(a.story.text[:NAMES_CHARS]) & lead_words(b.story.text[:NAMES_CHARS])
        if words:
            words -= {name.removeprefix("word:") for name in title} | _person_words(a, b)
        return [f"word:{word}" for word in sorted(words)[:MAX_NAMES]]
    counted = {name.removeprefix("sound:") for name in title if name.startswith("sound:")}
    names = lead_sounds(a.story.text[:NAMES_CHARS]) & lead_sounds(b.story.text[:NAMES_CHARS])
    if names:  # the partners' names both write are partners (2), not names again
        partners = _partner_sounds(a.story) & _partner_sounds(b.story)
        names -= (counted | _person_sounds(a) | _person_sounds(b)
                  | {sound.removeprefix("sound:") for sound in partners})
    return [f"sound:{name}" for name in sorted(names)[:MAX_NAMES]]


def _person_words(*stories: Profile) -> set[str]:
    """The words of the stories' people's names as written, without accents or case."""
    return {part for story in stories for _, name in story.story.names
            for part in plain(name).replace("’", "'").replace("-", " ").split()}


def _person_sounds(story: Profile) -> set[str]:
    """The consonants of a story's people's names (its `sounds`) and of their every word."""
    return ({skeleton for entries in story.sounds.values() for _, skeleton in entries}
            | {script_skeleton(word) for _, name in story.story.names for word in name.split()})


def score(a: Profile, b: Profile) -> float:
    """How strongly two stories look like one item: 0 when they cannot be."""
    gap = abs(a.day - b.day)
    if (a.language == b.language or gap > LATE_DAYS
            or gap > MAX_DAYS and event_day(a.dated, b.dated) is None or conflict(a, b)):
        return 0.0
    return sum(LINK_WEIGHTS[kind] * len(values) for kind, values in shared(a, b).items())


def _best(scores: Mapping[int, float], least: float = MIN_SCORE) -> int | None:
    """The candidate with the highest score when it reaches `least` and beats the next by
    MARGIN; None otherwise."""
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < least:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < MARGIN:
        return None
    return ranked[0][0]


def links(stories: Iterable[Story]) -> set[tuple[int, int]]:
    """The version links among `stories`, as (smaller id, larger id) pairs."""
    profiles = {p.story.id: p for p in map(profile, stories) if p is not None}
    by_day: dict[int, list[Profile]] = {}
    for p in profiles.values():
        by_day.setdefault(p.day, []).append(p)
    scores: dict[int, dict[str, dict[int, float]]] = {}  # story → language → candidate → score

    def add(a: Profile, b: Profile) -> None:
        value = score(a, b) if a.language != b.language else 0.0
        if value > 0:
            scores.setdefault(a.story.id, {}).setdefault(b.language, {})[b.story.id] = value

    for p in profiles.values():
        for day in range(p.day - MAX_DAYS, p.day + MAX_DAYS + 1):
            for near in by_day.get(day, ()):
                add(p, near)
        # p published days after an event its text dates: the stories from that day on
        for day in range(min(earlier_days(p.dated), default=p.day), p.day - MAX_DAYS):
            for early in by_day.get(day, ()):
                add(p, early)
                add(early, p)
    best = {(story, language): _best(candidates)
            for story, languages in scores.items() for language, candidates in languages.items()}
    mutual: dict[int, dict[str, int]] = {}
    for (story, _), other in best.items():
        if other is not None and best.get((other, profiles[story].language)) == story:
            mutual.setdefault(story, {})[profiles[other].language] = other
    kept: set[tuple[int, int]] = set()
    for story, partners in mutual.items():
        for language, other in partners.items():
            theirs = mutual.get(other, {})
            agree = all(theirs.get(third) in (None, mine) for third, mine in partners.items()
                        if third not in (language, profiles[other].language)) and all(
                partners.get(third) in (None, mine) for third, mine in theirs.items()
                if third not in (language, profiles[story].language))
            if agree:
                kept.add((min(story, other), max(story, other)))
    return kept | _third_versions(kept, scores, profiles)


def _third_versions(kept: set[tuple[int, int]], scores: Mapping[int, Mapping[str, Mapping[int, float]]],
                    profiles: Mapping[int, Profile]) -> set[tuple[int, int]]:
    """The links of a story to an item of linked versions in other languages when every member
    is its best candidate in the member's language and it is every member's best in its own,
    each by MARGIN with a score of at least THIRD_MIN (below MIN_SCORE: a version whose title
    line is only a date line, "Bakou, 11 novembre, AZERTAC", shares little with each, but the
    two agree on it). A story already linked joins no other item."""
    linked = {story for pair in kept for story in pair}
    members: dict[int, set[int]] = {}
    for story, item in items(kept).items():
        members.setdefault(item, set()).add(story)
    found: dict[int, list[set[int]]] = {}
    for group in members.values():
        languages = {profiles[member].language for member in group}
        for language in set(LANGUAGES) - languages:
            picks = {_best(scores.get(member, {}).get(language, {}), THIRD_MIN) for member in group}
            third = picks.pop() if len(picks) == 1 else None
            if third is not None and third not in linked and all(
                    _best(scores.get(third, {}).get(profiles[member].language, {}), THIRD_MIN)
                    == member for member in group):
                found.setdefault(third, []).append(group)
    return {(min(third, member), max(third, member)) for third, groups in found.items()
            if len(groups) == 1 for member in groups[0]}


def items(pairs: Iterable[tuple[int, int]]) -> dict[int, int]:
    """Each linked story's item: the smallest id among the stories its links join."""
    parent: dict[int, int] = {}

    def root(node: int) -> int:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {node: root(node) for node in parent}
