"""Partner organizations named in an English text, acronyms and full names as one."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from operator import itemgetter

from icli.extract import country_tables, gazetteer
from icli.extract.mention import Mention
from icli.extract.partners_en_edges import (
    described_by_demonym,
    fuller_known_name,
    in_country_end,
    joined_name,
    listed_full_names,
    opens_with_verb_the,
    organ_before_body,
    own_kind,
    owned_part,
    owner_head,
    says_whose,
    serves_with_icesco,
    spelled,
    spelled_out_after,
    unit_at_icesco,
    without_parts,
    written_alias,
)
from icli.extract.partners_en_joined import name_head, two_bodies
from icli.extract.partners_en_lists import ADJECTIVES_BEFORE, LIST_ITEMS, list_closes, list_starts
from icli.extract.patterns import (
    CAPITALS,
    MAX_MENTIONS,
    is_acronym,
    positions,
    trie_pattern,
    word_starts,
)
from icli.text.dates import MONTHS
from icli.text.normalize import name_norm
from icli.text.time_phrases import may_open_time, opens_time

_PART = re.compile(r"[\w’'&.\-]+|[^\s\w]")  # a token of a run of characters that are not spaces

# Weekdays and months (written out): never a word of an organization's name.
_DAY_WORDS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                        *(m.capitalize() for m in MONTHS if len(m) > 3 and m.isascii() and m.isalpha())})
# A person's abbreviated title: never a word of an organization's name, a person's name follows.
_PERSON_TITLES = frozenset({"Dr", "Mr", "Mrs", "Ms", "Prof", "Engr", "Eng", "Amb", "Mme"})
# A style before a person's name that may also open a body's ("Sheikh Zayed Foundation"): after
# a head, the body's name has ended.
_STYLES = frozenset({"Sheikh", "Sheikha"})
MAX_NAME_TOKENS = 24  # on each side of its anchor: a longer run of capitals is not one name


def _run(tokens: list[tuple[str, int, int]], index: int) -> tuple[int, int]:
    """The capitalized phrase around tokens[index]: [first, last] token indexes, at most
    MAX_NAME_TOKENS on each side (so a paragraph of capitals costs linear time)."""

    def fits(i: int) -> bool:
        word = tokens[i][0].rstrip(".")
        if not (word[:1] in CAPITALS or word in gazetteer.NAME_CONNECTORS or word[:1].isdigit()
                or word[:2] in ("d’", "d'") and word[2:3] in CAPITALS):  # "Cote d’Ivoire"
            return False  # a word in lower case, a comma: most words a run stops at
        if word == "and" and i + 1 < len(tokens) and "the" in (token[0] for token in tokens[i + 1 : i + 3]):
            return False  # "… Group and the …", "… Group and Save the Children": a second body
        if word in _DAY_WORDS or i + 1 < len(tokens) and may_open_time(word) and opens_time(
                word, (token[0] for token in tokens[i + 1 : i + 5])):
            return False  # "the Ministry of Education on Monday", "… of Jordan on 5 May"
            # (may_open_time first: most words cannot, and their next words are not sliced)
        if word == "and" and i + 2 < len(tokens) and tokens[i + 2][0] == "of" and (
                tokens[i + 1][0] in gazetteer.TITLES_BEFORE_BODIES):
            return False  # "… for Education, Culture and Science and President of …": a next title
        if word in _PERSON_TITLES or word in _STYLES and i and tokens[i - 1][0] in gazetteer.ORG_HEADS:
            return False  # "of Quaid-i-Azam University Dr Muhammad Ali", "Foundation Sheikh X": a person
        if (word in gazetteer.TITLES_BEFORE_BODIES and 0 < i < len(tokens) - 1
                and tokens[i - 1][0][:1] in CAPITALS and tokens[i + 1][0][:1] in CAPITALS):
            return False  # "the X Fund for Rural Schools Chairman Omar …": a person's title and name
        return True

    first = index
    lowest = max(0, index - MAX_NAME_TOKENS)
    while first > lowest and fits(first - 1) and not tokens[first - 1][0].endswith("."):
        first -= 1
    first = list_starts(tokens, first, lowest) or first  # "the Economic, Social and … Council"
    last = index
    end = min(len(tokens), index + MAX_NAME_TOKENS + 1)
    while last + 1 < end and not tokens[last][0].endswith("."):
        if not fits(last + 1) and not (tokens[last + 1][0] == "," and last != index  # not right after
                                       and list_closes(tokens, last + 1)):  # the head: "X Foundation, Leyla A., and"
            break
        last += 1
    for j in range(first + 1, index):  # "Later the Desert Center": the name starts after "the"
        if tokens[j][0] == "the" and not opens_with_verb_the(tokens, first, j):
            first = j + 1
    while first < index and (tokens[first][0] in gazetteer.NAME_CONNECTORS
                             or tokens[first][0] in gazetteer.LEADING_NOISE
                             or tokens[first][0] in gazetteer.TITLES_BEFORE_BODIES
                             or tokens[first][0].endswith("ing")
                             and tokens[first][0] not in gazetteer.NOT_GERUNDS):
        first += 1
    while last > index and tokens[last][0].rstrip(".") in gazetteer.NAME_CONNECTORS:
        last -= 1
    return first, last


def _trim_to_acronym(words: list[str], acronym: str) -> list[str]:
    """The end of a capitalized phrase that an acronym abbreviates, the shortest with a
    capitalized word for each letter, else the shortest with one left out ("International
    Islamic University Malaysia (IIUM)", not "Islamic University Malaysia"); [] when none fits."""
    initial = acronym[0].casefold()
    capitals = sum(c.isupper() for c in acronym)
    short_of_one: list[str] = []
    for j in range(len(words) - 1, -1, -1):
        caps = sum(1 for w in words[j:] if w[:1] in CAPITALS)
        if words[j][:1].casefold() == initial and caps >= capitals - 1:
            if caps >= capitals:
                return words[j:]
            short_of_one = short_of_one or words[j:]
    return short_of_one


def _abbreviated(words: list[str], acronym: str) -> bool:
    """Whether an acronym abbreviates a name: its letters are the initials of the name's
    capitalized words, one of them at most left out ("Regional Center of Quality and
    Excellence in Education": RCQE)."""
    initials = iter(w[0] for w in words if w[:1] in CAPITALS)
    count = sum(1 for w in words if w[:1] in CAPITALS)
    return (bool(words) and count <= len(acronym) + 1
            and all(letter in initials for letter in acronym.upper()))


def _owned_by_icesco(text: str, tokens: list[tuple[str, int, int]], first: int) -> bool:
    """Whether the name starting at tokens[first] is ICESCO's own unit: "ICESCO’s X",
    "the Organization’s X", or "its X" with ICESCO or the Organization just before."""
    before = tokens[first - 1][0]
    if before in gazetteer.OWNER_WORDS:
        return True
    if before == "its":
        context = text[max(0, tokens[first - 1][1] - 100) : tokens[first - 1][1]]
        return "ICESCO" in context or "Organization" in context
    return False


class _Quotes:
    """Where a text's curly quotes and line breaks are, found once, so that asking whether a
    position is inside quotes costs a few binary searches, not a scan from the line's start
    (which made a long paragraph quadratic)."""

    def __init__(self, text: str) -> None:
        self.opening = positions(text, "“")
        self.closing = positions(text, "”") if self.opening else []
        self.breaks = positions(text, "\n") if self.opening else []

    def inside(self, position: int) -> bool:
        """Whether `position` is inside “curly quotes” opened earlier in its line."""
        if not self.opening:
            return False
        line = bisect.bisect_left(self.breaks, position)
        start = self.breaks[line - 1] + 1 if line else 0
        return _between(self.opening, start, position) > _between(self.closing, start, position)


def _between(positions: list[int], start: int, end: int) -> int:
    """How many of the sorted `positions` are in [start, end)."""
    return bisect.bisect_left(positions, end) - bisect.bisect_left(positions, start)


_OWN_PREFIXES = tuple(sorted(gazetteer.OWN_NAMES))


def _is_own(words: list[str]) -> bool:
    """Whether a name is ICESCO's own, a word of it starting with ICESCO or ISESCO in any case
    ("ICESCO Chair", "Executive Council of ICESCO", "ISESCO’s Centre"); ICESCO after "for"
    names whom a body serves ("National Commission for UNESCO and ICESCO"), and so does ICESCO
    before "National Commission" ("the ICESCO National Commission of Chad": the country's)."""
    words = words[: words.index("for")] if "for" in words else words
    return any(w.casefold().startswith(_OWN_PREFIXES)
               and words[n + 1 : n + 3] != ["National", "Commission"] for n, w in enumerate(words))


def _tokens_near_anchors(text: str) -> tuple[list[tuple[str, int, int]], list[int]]:
    """Tokens of the stretches of text around what can mark an organization's name, and the
    indexes of the anchor tokens themselves.

    A name never runs across a paragraph, nor across punctuation such as a comma or a
    parenthesis (a token that never fits a name, see _run), and in practice not beyond
    _REACH characters from its anchor: only those windows, punctuation included, are
    tokenized; "\n" tokens separate the windows.
    """
    anchors = sorted([m.start() for m in word_starts(_partner_anchor(), text)]
                     + [m.start() for m in _OPEN_PARENTHESIS.finditer(text)])
    windows: list[list[int]] = []  # [start, end, whether start is a token's start]
    for position in anchors:  # (line ends looked for within _REACH: linear in a long line)
        end = text.find("\n", position, position + _REACH)
        end = min(len(text), position + _REACH) if end < 0 else end
        after = _PUNCTUATION.search(text, position + 1, end)
        for _ in range(LIST_ITEMS):  # "for Education, Science and …", "…, Culture, and Science"
            if not (after and after.group() == "," and (
                    text[after.end() + 1 : after.end() + 2] in CAPITALS
                    or text.startswith(" and ", after.end()))):
                break
            after = _PUNCTUATION.search(text, after.end(), end)
        window_end = after.end() if after else end
        if windows and position <= windows[-1][1]:  # inside the last window: that one grows
            windows[-1][1] = max(windows[-1][1], window_end)
            continue
        start = max(text.rfind("\n", max(0, position - _REACH), position) + 1,
                    position - _REACH)
        before = _PUNCTUATION.search(text[start:position][::-1])  # the nearest one before
        begin = position - 1 - before.start() if before else start
        items = before and text[begin] == "," and ADJECTIVES_BEFORE.search(text, start, begin + 2)
        if items:  # "the Economic, Social and …": the list after a determiner starts the name
            before = _PUNCTUATION.search(text[start : items.start()][::-1])
            begin = items.start() - 1 - before.start() if before else start
        window = [begin, window_end, bool(before)]
        if windows and window[0] <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], window_end)
        else:
            windows.append(window)
    tokens: list[tuple[str, int, int]] = []
    for start, end, at_token in windows:
        if start and not at_token and text[start - 1] not in " \n":
            start = text.find(" ", start, end) + 1 or end  # do not begin mid-word
        position = start
        for chunk in text[start:end].split():  # str.split and \s agree on what is a space
            position = text.find(chunk, position)
            if chunk.isalnum():  # one word, the common case
                tokens.append((chunk, position, position + len(chunk)))
                position += len(chunk)
                continue
            for token in _PART.findall(chunk):
                tokens.append((token, position, position + len(token)))
                position += len(token)
        tokens.append(("\n", end, end))
    indexes = []
    for position in anchors:
        i = bisect.bisect_left(tokens, position, key=itemgetter(1))  # by start
        if i < len(tokens) and tokens[i][1] == position:
            indexes.append(i)
    return tokens, indexes


_REACH = 120
# A proper name of two words or more in curly quotes right before a head ("“Mohammed Bin Rashid
# Al Maktoum Global Initiatives” Foundation").
_QUOTED_BEFORE = re.compile(r"“([A-Z][^“”\n]{0,100}?\s[^“”\n]{1,100}?)”\s?$")
_PUNCTUATION = re.compile(r"[^\s\w’'&.\-]")  # a token of its own, never part of a name
_OPEN_PARENTHESIS = re.compile(r"\(")


@lru_cache(maxsize=1)
def _partner_anchor() -> re.Pattern[str]:
    """Matches a word that can mark an organization's name: a head noun or a known acronym
    (also in title case, gazetteer.title_case_acronyms).
    (Opening parentheses, the other mark, are found by a separate literal scan.)"""
    return re.compile(trie_pattern(gazetteer.ORG_HEADS | set(gazetteer.PARTNER_ACRONYMS)
                                   | set(gazetteer.title_case_acronyms())) + r"\b")


@lru_cache(maxsize=1)
def own_bodies() -> frozenset[str]:
    """ICESCO's own centres (gazetteer.OWN_BODIES), as org_norm compares them."""
    return frozenset(gazetteer.org_norm(name) for name in gazetteer.OWN_BODIES)


def extract_partners(text: str, acronyms_only: bool = False) -> list[Mention]:
    """Organizations named, ICESCO's own units excepted, acronyms and full names as one.

    With `acronyms_only` (for Title Case headings) only known acronyms are taken.
    """
    tokens, anchors = _tokens_near_anchors(text)
    if not anchors:
        return []  # no head noun, acronym or parenthesis: no organization
    defined: dict[str, str] = {}  # acronym → full name, from "Full Name (ACR)"
    quotes = _Quotes(text)
    found: dict[str, Mention] = {}
    candidates: list[tuple[list[str], int, int, bool]] = []  # words, first, last, ICESCO's?
    named: list[tuple[int, int]] = []  # where the names taken stand
    defined_spans: list[tuple[int, int]] = []  # where the names before an "(ACRONYM)" stand

    def add(name: str, acronym: str | None, start: int, end: int, alias: str = "") -> None:
        norm = gazetteer.org_norm(name)
        if acronym is None:
            acronym = next((a for a, full in defined.items() if gazetteer.org_norm(full) == norm),
                           gazetteer.acronyms_by_name().get(norm))
        key = name_norm(acronym) if acronym else norm
        if key in gazetteer.OWN_NAMES or norm in own_bodies() or len(found) >= MAX_MENTIONS:
            return
        found.setdefault(key, Mention("partner", key, name, acronym, None, alias or name, start, end,
                                      rule="partner.en.name"))

    for i in anchors:
        if len(defined) >= MAX_MENTIONS:
            break
        # "Full Name (ACR)"
        if not acronyms_only and tokens[i][0] == "(" and i + 2 < len(tokens) and tokens[i + 2][0] == ")":
            acronym = tokens[i + 1][0]
            if not is_acronym(acronym) or acronym.casefold() in gazetteer.OWN_NAMES:
                continue
            if acronym in country_tables.country_names():
                continue
            first, last = _run(tokens, i - 1) if i else (0, -1)
            words = [t[0] for t in tokens[first : last + 1]]
            if _is_own(words) and "and" in words:  # "ICESCO and X University (XU)": X's name
                after = len(words) - words[::-1].index("and")
                first, words = first + after, words[after:]
            known = gazetteer.PARTNER_ACRONYMS.get(acronym)
            if known is None and not _trim_to_acronym(words, acronym) and first > 1 and (
                    tokens[first - 1][0] == "in"):  # "Center of Quality … in Education (RCQE)"
                before, _ = _run(tokens, first - 2)
                longer = [t[0] for t in tokens[before : last + 1]]
                if _abbreviated(_trim_to_acronym(longer, acronym), acronym):
                    first, words = before, longer
            if len(words) < 2 or _is_own(words):
                continue
            run_start = tokens[first][1]  # (an owner's acronym before the name is inside the run)
            if known is None:  # the words the acronym abbreviates, or a whole organization's name
                trimmed = _trim_to_acronym(words, acronym)
                first += len(words) - len(trimmed) if trimmed else 0
                words = trimmed or (  # or a whole organization's name:
                    words if words[-1] in gazetteer.ORG_HEADS
                    or name_head(words) in gazetteer.ORG_HEADS else [])  # "OIC Standing Committee on …"
                head = name_head(words) if words else ""
                if head not in gazetteer.ORG_HEADS and (
                        head in gazetteer.EVENT_HEADS or not spelled(words, acronym)
                        or head in gazetteer.FIELD_WORDS):
                    continue  # (a field's name spelt out is no body: "Early Childhood Care and Education")
            name = fuller_known_name(words, known) if known else " ".join(words)
            defined[acronym] = name
            add(name, acronym, tokens[first][1], tokens[last][2], written_alias(words, name))
            named.append((run_start, tokens[last][2]))  # "OIC Standing Committee … (X)"
            defined_spans.append((tokens[first][1], tokens[last][2]))
    for i in anchors:  # "UNESCO (United Nations Educational, …)": the acronym's name spelt out
        spelled_out = spelled_out_after(tokens, i)
        if spelled_out is not None and len(found) < MAX_MENTIONS:
            first, last = spelled_out
            acronym = tokens[i - 1][0]
            name = defined.setdefault(acronym, gazetteer.PARTNER_ACRONYMS.get(acronym) or joined_name(
                [t[0] for t in tokens[first : last + 1]]))
            add(name, acronym, tokens[first][1], tokens[last][2])
            defined_spans.append((tokens[first][1], tokens[last][2]))
    for i in anchors:
        owner = owner_head(tokens[i][0]) and any(owned_part(t[0]) for t in tokens[i + 1 : i + 4])
        if (owner or tokens[i][0].rstrip(".") in gazetteer.ORG_HEADS) and not acronyms_only:
            first, last = _run(tokens, i)
            last = i if owner else in_country_end(tokens, i, first, last)  # "Ministry of Culture in Oman"
            words = [(t[0][:-2] if owner else t[0].rstrip(".")) if n == last else t[0]
                     for n, t in enumerate(tokens[first : last + 1], start=first)]
            if len(words) < 2 or words[0] in gazetteer.ORG_HEADS and len(words) < 3:
                continue
            if quotes.inside(tokens[first][1]):
                continue  # “Smart Agriculture: IoT Technologies” names a project
            joint = next((n for n, w in enumerate(words[:-1], start=first)
                          if w == "and" and n > i and _is_own(words[n - first + 1 : n - first + 2])
                          and not is_acronym(words[n - first - 1])), None)
            if joint is not None:  # "the Heydar Aliyev Foundation and ICESCO": the body before "and"
                # (not "Commission for UNESCO and ICESCO": after an acronym, whom the body serves)
                last, words = joint - 1, words[: joint - first]
            while name_head(words) not in gazetteer.ORG_HEADS and "of" in words[:-1]:
                cut = words.index("of") + 1  # "Speaker of the National Assembly of Senegal"
                cut += words[cut] == "the"
                first, words = first + cut, words[cut:]
            organ, of_organ = organ_before_body(words)  # "Board of Trustees of the X Foundation": X
            first, words = first + organ, words[organ:]
            first, words = (first + 1, words[1:]) if described_by_demonym(words) else (first, words)
            if len(words) < 2:
                continue
            if name_head(words) not in gazetteer.ORG_HEADS and not of_organ or _generic_or_venue(words):
                continue
            joined = joined_name(words)
            if joined.startswith(gazetteer.OWN_ORGANS) or joined in country_tables.country_names():
                continue  # "Executive Council", "Russian Federation"
            if words[1] == "and" and words[0].casefold() in gazetteer.OWN_NAMES:
                first, words = first + 2, words[2:]  # "ICESCO and King Saud University"
                if len(words) < 2 or name_head(words) not in gazetteer.ORG_HEADS:
                    continue
            if (name_head(words) in gazetteer.UNIT_HEADS or words[0] in ("Center", "Centre")) and not says_whose(words):
                continue  # "the Directorate of Education", "the Center of Media and Communication"
            if name_head(words) in gazetteer.OWN_KIND_HEADS and own_kind(words, name_head(words), text, tokens[last][2]) or (
                    unit_at_icesco(name_head(words), text, tokens[last][2])):
                continue  # "the Translation and Publishing Center", "the Manuscripts Centre at ICESCO": its own
            owned = (_is_own(words) or words[0] in gazetteer.OWNER_WORDS
                     or bool(first) and _owned_by_icesco(text, tokens, first))
            for part_first, part_last in two_bodies(words, first, last):
                candidates.append((words[part_first - first : part_last - first + 1],
                                   part_first, part_last, owned))
    # ICESCO's units, named once as "ICESCO’s X" or "its X", are not partners anywhere after.
    own_units = {name_norm(" ".join(w for w in words
                                    if not _is_own([w]) and w not in gazetteer.OWNER_WORDS))
                 for words, _, _, owned in candidates if owned}
    for words, first, last, owned in candidates:
        if len(found) >= MAX_MENTIONS:
            break
        norm = name_norm(" ".join(words))
        if owned or norm in own_units:
            continue
        if ((words[0] in defined or words[0] in gazetteer.PARTNER_ACRONYMS)
                and all(w in gazetteer.ORG_HEADS for w in words[1:])):
            continue  # "the IsDB Group": the body of the acronym, found by it
        if any(start < tokens[last][2] and tokens[first][1] < end for start, end in defined_spans):
            continue  # "Islamic Development Group (IsDB)", "UNESCO Regional Center of Quality and
            # Excellence in Education (RCQE)": the acronym's body, found by it
        named.append((tokens[first][1], tokens[last][2]))
        if not any(norm in name_norm(m.alias) or name_norm(m.alias) in norm
                   for m in found.values()):
            add(joined_name(words), None, tokens[first][1], tokens[last][2])
    for i in anchors:  # “Quoted Proper Name” Foundation: the quoted words and the head
        token, start, end = tokens[i]
        if len(found) >= MAX_MENTIONS or token not in gazetteer.ORG_HEADS or start < 2:
            continue
        quoted = _QUOTED_BEFORE.search(text, max(0, start - 120), start)
        if quoted and not acronyms_only and not _is_own(quoted.group(1).split()) and all(
                w[:1] in CAPITALS or w in gazetteer.NAME_CONNECTORS for w in quoted.group(1).split()):
            add(f"{quoted.group(1)} {token}", None, quoted.start(), end)
            named.append((quoted.start(), end))
    for full, acronym in () if acronyms_only else listed_full_names():
        at = text.find(full)  # "United Nations Educational, Scientific and …": runs stop at its comma
        if at >= 0 and len(found) < MAX_MENTIONS:
            add(full, acronym, at, at + len(full))
    for i in anchors:  # well-known or defined acronyms used on their own
        if len(found) >= MAX_MENTIONS:
            break
        token, start, end = tokens[i]
        word = token.rstrip(".")
        word = gazetteer.title_case_acronym(word, text[max(0, start - 40):start],
                                            text[end:end + 40]) or word  # "Unicef" is UNICEF
        if ((word in defined or word in gazetteer.PARTNER_ACRONYMS) and is_acronym(word)
                and not any(m.code == word for m in found.values())
                and not any(a <= start < b for a, b in named)  # "… for UNESCO and ICESCO"
                and not serves_with_icesco(text, start, end)):
            add(defined.get(word) or gazetteer.PARTNER_ACRONYMS[word], word, start, end)
    return without_parts(list(found.values()))


# Heads that are a body's only after one word ("Red Crescent", "Task Force").
_HEADS_AFTER = {"Crescent": "Red", "Force": "Task"}


def _generic_or_venue(words: list[str]) -> bool:
    """A head with generic words only ("National Commission", "Executive Council"), a head
    that needs its complement without one, a crescent or force that is not the Red Crescent
    or a task force, "Air" after no country's name (an airline: "Oman Air"), or a venue with no proper name ("Expo Center", "International Conference
    Center"; "Bay Harbour Expo Center" is the venue institution, a host): not a partner."""
    head = name_head(words)
    before = words[: words.index(head)]
    if head in gazetteer.HEADS_WITH_COMPLEMENT and head == words[-1]:
        return True  # "House of Representatives", not "Russian House"
    if head in _HEADS_AFTER and before[-1:] != [_HEADS_AFTER[head]]:
        return True  # "the Fertile Crescent": a region; "Egyptian Red Crescent": a society
    if head == "Air" and not (before and before[-1] in country_tables.country_names()):
        return True  # "Oman Air" is an airline; "Fresh Air" none
    if not before and head == words[-1] or before and all(
            w in gazetteer.GENERIC_ORG_WORDS for w in before) and head == words[-1]:
        return True
    return bool(before) and before[-1] in gazetteer.VENUE_WORDS and all(
        w in gazetteer.VENUE_WORDS or w in gazetteer.GENERIC_ORG_WORDS for w in before)
