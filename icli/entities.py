"""People (with roles), countries and partner organizations in an article, and storing them.

Fast rules and gazetteers, no statistical model: honorific- and role-anchored name patterns,
a phrase lookup for countries, and organization-name patterns with acronym resolution.
Only English articles are processed; other languages get no entities rather than wrong ones.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from icli import gazetteer
from icli.names import (
    HONORIFIC_WORDS,
    NAME_PARTICLES,
    OWN_HEAD_KEY,
    OWN_HEAD_ROLES,
    name_norm,
    person_key,
)
from icli.parse import ParsedArticle

# Bump when extraction changes: a plain `icli ingest` then re-extracts stored articles.
EXTRACTOR_VERSION = 1


@dataclass(slots=True)
class Mention:
    """One entity named in one article."""

    kind: str  # "person" | "country" | "partner"
    key: str
    name: str
    code: str | None = None  # ISO alpha-3 for countries, acronym for partners
    role: str | None = None
    alias: str = ""  # the form the text used
    start: int = 0
    end: int = 0
    variants: set[str] = field(default_factory=set)  # other forms in the same article

    def __reduce__(self) -> tuple[type, tuple]:
        """Pickle as a plain tuple (mentions cross from the workers to the writer)."""
        return (Mention, (self.kind, self.key, self.name, self.code, self.role, self.alias,
                          self.start, self.end, self.variants))


_OWN_LONG_NAME = re.compile(  # starts with a literal word, so the engine scans fast
    r"Islamic\s+(?:World\s+)?Educational,?\s+Scientific,?\s+and\s+Cultural\s+"
    r"Organi[sz]ation(?:\s*\((ICESCO|ISESCO)\))?"
)


def _own_acronym(match: re.Match[str]) -> str:
    """ICESCO, or ISESCO for the old name ("Islamic Educational, ...") without an acronym."""
    return match.group(1) or ("ICESCO" if "World" in match.group() else "ISESCO")


def _word_starts(pattern: re.Pattern[str], text: str, not_after: str = "") -> Iterator[re.Match[str]]:
    """Like pattern.finditer(text), keeping only matches that do not start inside a word (nor
    right after a character of `not_after`).

    The check is made here rather than by a leading look-behind in the pattern: SRE then scans
    for the pattern's possible first characters, several times faster.
    """
    position = 0
    while match := pattern.search(text, position):
        start = match.start()
        if _inside_word(text, start) or start and text[start - 1] in not_after:
            position = start + 1
            continue
        yield match
        position = max(match.end(), start + 1)


def _inside_word(text: str, position: int) -> bool:
    """Whether the character before `position` is a word character (as regex \\w)."""
    return position > 0 and (text[position - 1].isalnum() or text[position - 1] == "_")


def _trie_pattern(words: set[str]) -> str:
    """A regex alternation of `words` factored by common prefixes (far faster than a|b|c)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return "(?:" + build(trie) + ")"


_PARTICLE_GAP = re.compile(r"\b(Al|El|al|el)-\s+(?=[A-Z])")  # "Al- Malik"
_HYPHEN_GAP = re.compile(r"(\w) -(?=[A-Z]\w)")  # "Director -General"


def prepare(text: str) -> str:
    """Text as the extractors read it: ICESCO's long name shortened, copy artefacts mended."""
    if "Educational" in text:
        text = _OWN_LONG_NAME.sub(_own_acronym, text)
        for article in ("the ", "The "):
            text = text.replace(article + "ICESCO", "ICESCO").replace(article + "ISESCO", "ISESCO")
    if "- " in text:
        text = _PARTICLE_GAP.sub(r"\1-", text)
    if " -" in text:
        text = _HYPHEN_GAP.sub(r"\1-", text)
    return text


# --- people ----------------------------------------------------------------------------------


def _by_first_letter(alternatives: list[str]) -> str:
    """An alternation of regexes that each start with a literal letter, grouped by that letter:
    the same matches (alternatives that start differently never compete), but the engine
    tries one group at a position instead of every alternative."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()) + ")"


_HONORIFIC = _by_first_letter(HONORIFIC_WORDS) + r"\s+"
# An honorific that starts a word (checked by _word_starts: not after a letter or a dot).
_HONORIFIC_CHAIN = re.compile(_HONORIFIC + f"(?:{_HONORIFIC})*" + r"(?=[A-ZÀ-ÞĀ-Ž]|al-|el-)")
ROLE_WORDS = (
    "Director|Director-General|Deputy|Head|Minister|Ambassador|President|Vice|Secretary|"
    "Secretary-General|Chairman|Chairwoman|Chairperson|Chair|Chief|CEO|Founder|Co-founder|Rector|"
    "Dean|Professor|Advisor|Adviser|Expert|Governor|Mayor|Member|Permanent|Representative|"
    "Consul|Coordinator|Manager|Executive|Assistant|Undersecretary|Under-Secretary|Speaker|"
    "Prime|First|Crown|Emir|King|Commissioner|Researcher|Specialist|Officer|Counsellor|"
    "Counselor|Spokesperson|Rais|Editor|Lecturer|Delegate|Envoy|Mufti|Imam|Senior|Acting|"
    "Honorary|Former|Grand|Supervisor|Consultant|Leader|Partner|Programme|Program|Project|Strategy"
)
_ROLE_WORD = _trie_pattern(set(ROLE_WORDS.split("|")))  # the same words, tried as a trie
_ROLE_START = re.compile(rf"^(?:(?:the|a|an|former|ICESCO|ICESCO’s|ICESCO's)\s+)*{_ROLE_WORD}\b")
_ROLE_END = re.compile(
    r",\s+(?=[a-z])|,\s+(?:and|who|which)\b|,\s+(?=(?:Dr|Mr|Ms|Mrs|Prof|Eng|Amb|H\.\s?E|HH)\b)"
    r"|;|\.\s|\.$|\s\((?![A-Z]{2,}\))|$"
)
_NOT_NAME_WORDS = {
    "The", "In", "On", "At", "And", "Of", "For", "During", "With", "From", "By", "This", "ICESCO",
    "ISESCO", "Organization", "University", "Ministry", "Kingdom", "Republic", "State", "Member",
    "States", "Islamic", "World", "Meanwhile", "Moreover", "Furthermore", "Also", "Both", "His",
    "Her", "Their", "Its", "Under", "Following", "After", "Before", "Besides", "Additionally",
    "Center", "Centre", "Council", "Sector", "Department", "General", "Secretariat",
}
_TOKEN = re.compile(r"\S+")
# Characters a name's word starts with (a set lookup: these tests run for every token).
_CAPITALS = frozenset(
    chr(c) for low, high in (("A", "Z"), ("À", "Ö"), ("Ø", "Þ"), ("Ā", "Ž"))
    for c in range(ord(low), ord(high) + 1)
)


def _is_initial(token: str) -> bool:
    """'M.', as in 'Salim M. AlMalik'."""
    return len(token) == 2 and token[1] == "." and "A" <= token[0] <= "Z"


# "Leyla Hasanova, Head of ...": found from the role backwards (roles are rarer than capitals).
_COMMA_ROLE = re.compile(
    r",\s+(?=(?:(?:the|a|an|former|ICESCO|ICESCO’s)\s+)?" + _ROLE_WORD + r"\b)"
)
_NAME_BEFORE = re.compile(
    r"(?<![\w.’'-])((?:[A-ZÀ-ÖØ-Þ][\w’'\-]+|[A-Z]\.)(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w’'\-]+|[A-Z]\.|"
    r"bin|bint|ibn|al|el|Al|El|Ould|ould|de|van|Abu|Abd)){1,5})$"
)


_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")


def _name_at(text: str, start: int) -> tuple[str, int]:
    """The person's name that starts at `start` and where it ends; '' when none does."""
    words: list[str] = []
    end = start
    for match in _TOKEN.finditer(text, start, min(len(text), start + 160)):
        token = match.group()
        if _is_initial(token):
            words.append(token)
            end = match.end()
            continue
        core = token.rstrip(",.;:)”\"!?")
        stop = core != token
        for suffix in ("’s", "'s"):
            if core.endswith(suffix):
                core, stop = core[: -len(suffix)], True
        lowered = core.casefold()
        if lowered in NAME_PARTICLES or core[:3] in ("al-", "el-") and "A" <= core[3:4] <= "Z":
            words.append(core)
        elif core[:1] in _CAPITALS and core not in _NOT_NAME_WORDS and not core.isupper():
            words.append(core)
        elif core[:1] in _CAPITALS and core.isupper() and len(core) <= 2 and core not in ("HE",):
            words.append(core)  # "Mohammed VI", a short capital in a name
        else:
            break
        end = match.start() + len(core)
        if stop:
            break
    while words and words[-1].casefold() in NAME_PARTICLES:
        words.pop()
    while words and words[0].casefold() in {"bin", "bint", "ibn", "binti"}:
        words.pop(0)
    name = " ".join(words)
    return (name, end) if _TWO_LETTERS.search(name) else ("", start)


def _role_after(text: str, end: int) -> str | None:
    """The role given right after a name: 'Dr. X, Director-General of ICESCO, met ...'."""
    rest = text[end : end + 300]
    if not rest.startswith(", "):
        return None
    rest = rest[2:]
    if not _ROLE_START.match(rest):
        return None
    stop = _ROLE_END.search(rest)
    role = rest[: stop.start() if stop else len(rest)].strip(" ,")
    return normalize_role(role) if 3 <= len(role) <= 160 else None


@lru_cache(maxsize=8192)
def normalize_role(role: str) -> str:
    """One spelling per role: 'ICESCO’s Director General' → 'Director-General of ICESCO'."""
    role = re.sub(r"^(?:the|a|an)\s+", "", role)
    role = re.sub(r"\b(Director|Secretary)[ -]General\b", r"\1-General", role)
    owner = re.match(r"^([A-Z]{2,}[A-Za-z]*)(?:’s|'s)?\s+(.+)$", role)
    if owner and _ROLE_START.match(owner.group(2)) and " of " not in owner.group(2):
        role = f"{owner.group(2)} of {owner.group(1)}"
    return role[0].upper() + role[1:]


@lru_cache(maxsize=1024)
def _honorific_role(chain: str) -> str | None:
    """A role implied by the honorific itself ('President Tokayev', 'Minister Bourita')."""
    words = re.findall(r"Prime Minister|Vice[- ]President|President|Minister|Ambassador|Rais|"
                       r"King|Emir|Governor|Mayor|Secretary-General|Director-General", chain)
    return words[-1] if words else None


def extract_people(text: str, skip: list[tuple[int, int]]) -> list[Mention]:
    """Named people with the role the text gives them, one mention per identity.

    Names inside the `skip` spans (organizations such as "King Salman ... Center") are ignored.
    """
    found: list[Mention] = []
    taken = list(skip)
    for match in _word_starts(_HONORIFIC_CHAIN, text, "."):
        if any(s <= match.start() < e for s, e in skip):
            continue
        name, end = _name_at(text, match.end())
        if not name:
            continue
        role = _role_after(text, end) or _honorific_role(match.group())
        found.append(Mention("person", person_key(name), name, None, role, name, match.start(), end))
        taken.append((match.start(), end))
    for comma in _COMMA_ROLE.finditer(text):
        match = _NAME_BEFORE.search(text, _last_words(text, max(0, comma.start() - 90),
                                                      comma.start()), comma.start())
        if match is None or any(s <= match.start(1) < e for s, e in taken):
            continue
        words = match.group(1).split()
        while words and words[0] in _NOT_NAME_WORDS:
            words.pop(0)
        if len(words) < 2 or any(w in _NOT_NAME_WORDS or w.isupper() and len(w) > 2 for w in words):
            continue
        name = " ".join(words)
        if name in gazetteer.country_names():
            continue
        role = _role_after(text, match.end(1))
        found.append(Mention("person", person_key(name), name, None, role, name,
                             match.end(1) - len(name), match.end(1)))
    return _resolve_people(sorted(found, key=lambda m: m.start))


def _last_words(text: str, start: int, end: int) -> int:
    """Where the last six words of text[start:end] begin (words as split by whitespace).

    A _NAME_BEFORE match is at most six words separated by spaces, so it starts there or
    later: searching from there finds the same match, with fewer positions tried.
    """
    window = text[start:end]
    before = window.rsplit(None, 6)
    if len(before) < 7:
        return start
    rest = window[len(before[0]) :]
    return end - len(rest.lstrip())


def _resolve_people(mentions: list[Mention]) -> list[Mention]:
    """Surname-only mentions join the full name given in the same article; one per identity."""
    by_surname: dict[str, set[str]] = {}
    for mention in mentions:
        first, surname = mention.key.split("|")
        if first:
            by_surname.setdefault(surname, set()).add(mention.key)
    merged: dict[str, Mention] = {}
    for mention in mentions:
        first, surname = mention.key.split("|")
        if not first:
            candidates = by_surname.get(surname, set())
            if len(candidates) > 1:
                continue  # "Mr. Karimov" with two Karimovs in the article: cannot tell
            if candidates:
                mention.key = next(iter(candidates))
        kept = merged.get(mention.key)
        if kept is None:
            merged[mention.key] = mention
        else:
            kept.variants.add(mention.alias)
            if kept.role is None and mention.role:
                kept.role = mention.role
    for mention in merged.values():
        if not mention.key.split("|")[0]:
            continue
        full = [m for m in mentions if m.key == mention.key and m.key.split("|")[0]]
        mention.name = max((m.name for m in full), key=lambda n: len(n.split()), default=mention.name)
    return list(merged.values())


# --- countries -------------------------------------------------------------------------------

_WORD = re.compile(r"[\w'’]+")


@lru_cache(maxsize=1)
def _country_phrase() -> re.Pattern[str]:
    """Matches a whole country name or demonym, longest first, its words separated as _WORD
    separates them ("Saudi Arabia", "Republic of Korea", "Emirati").

    A character trie (as _trie_pattern) so the engine never tries names one by one; "\\0"
    stands for the break between two words.
    """
    phrases = gazetteer.country_phrases()
    trie: dict[str, dict] = {}
    for words in phrases:
        node = trie
        for char in "\0".join(words):
            node = node.setdefault(char, {})
        node[""] = {}
    pieces = {"\0": r"[^\w'’]+", "'": "['’]"}

    def build(node: dict[str, dict]) -> str:
        branches = [pieces.get(char, re.escape(char)) + build(child)
                    for char, child in sorted(node.items()) if char]
        if "" in node:
            branches.append(r"(?![\w'’])")  # a phrase ends only where a word does
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(build(trie))


def extract_countries(text: str, skip: list[tuple[int, int]]) -> list[Mention]:
    """Countries named (name, formal name, demonym), not inside people's or companies' names.

    One regex matches every phrase, longest first; a phrase followed by a word such as
    "Airlines" or "University" names something else.
    """
    found: dict[str, Mention] = {}
    for match in _word_starts(_country_phrase(), text, "'’"):
        words, code = _phrase_code(match.group())
        start, end = match.span()
        following = _WORD.search(text, end)
        if code in found or any(s <= start < e for s, e in skip) or (
                following and following.group().casefold() in gazetteer.NOT_COUNTRY_AFTER):
            continue
        found[code] = Mention(
            "country", code, gazetteer.country_display_names().get(code, words[0]), code, None,
            " ".join(words), start, end)
    return list(found.values())


@lru_cache(maxsize=4096)
def _phrase_code(matched: str) -> tuple[tuple[str, ...], str]:
    """The words of a phrase _country_phrase matched, as the gazetteer spells them, and its
    country's code."""
    words = tuple(word.replace("’", "'") for word in _WORD.findall(matched))
    return words, gazetteer.country_phrases()[words]


# --- partners --------------------------------------------------------------------------------

ORG_HEADS = {
    "University", "Ministry", "Foundation", "Organization", "Organisation", "Center", "Centre",
    "Institute", "Academy", "Council", "Bank", "Fund", "Agency", "Authority", "Commission",
    "Company", "Corporation", "Association", "Federation", "Union", "League", "Embassy",
    "Museum", "Library", "Society", "Network", "Alliance", "Chamber", "Committee", "Bureau",
    "Airways", "Airlines", "Group", "School", "College", "Observatory", "Parliament", "Court",
    "Board", "Trust", "Administration", "Innovations", "Technologies", "Directorate", "Coalition",
}
# Named things that are not organizations: events, programmes, prizes.
EVENT_HEADS = {
    "Festival", "Fair", "Forum", "Conference", "Congress", "Summit", "Workshop", "Session", "Week",
    "Day", "Award", "Prize", "Contest", "Competition", "Initiative", "Project", "Programme",
    "Program", "Training", "Exhibition", "Campaign", "Course", "Index", "Report", "Strategy",
    "Plan", "Olympiad", "Biennale", "Symposium", "Seminar",
}
_CONNECTORS = {"of", "for", "and", "the", "on", "de", "des", "du", "la", "&", "al", "el", "bin",
               "bint", "ibn"}
_HEAD_STOPPERS = {"of", "for", "on", "in", "to"}
_LEADING_NOISE = {
    "The", "A", "An", "In", "At", "During", "On", "With", "And", "Both", "This", "Its", "Their",
    "His", "Her", "Our", "Meanwhile", "Moreover", "Furthermore", "Also", "Under", "By", "From",
    "For", "To", "As", "Following", "Prior", "Through", "Between", "Among", "While", "Within",
}
_NOT_GERUNDS = {"King", "Beijing", "Spring", "Wing", "Ring"}
_PART = re.compile(r"[\w’'&.\-]+|[^\s\w]")  # a token of a run of characters that are not spaces
_ACRONYM = re.compile(r"^[A-ZÀ-Þİ][A-Za-z0-9À-ÿİı&\-]{1,11}$")


def _is_acronym(token: str) -> bool:
    return token[:1].isupper() and bool(_ACRONYM.match(token)) and sum(
        c.isupper() for c in token) >= 2


def _run(tokens: list[tuple[str, int, int]], index: int) -> tuple[int, int]:
    """The capitalized phrase around tokens[index]: [first, last] token indexes."""

    def fits(i: int) -> bool:
        word = tokens[i][0].rstrip(".")
        if word == "and" and i + 1 < len(tokens) and tokens[i + 1][0] == "the":
            return False
        return word[:1] in _CAPITALS or word in _CONNECTORS or word[:1].isdigit()

    first = index
    while first > 0 and fits(first - 1) and not tokens[first - 1][0].endswith("."):
        first -= 1
    last = index
    while last + 1 < len(tokens) and fits(last + 1) and not tokens[last][0].endswith("."):
        last += 1
    for j in range(first + 1, index):  # "Later the Desert Center": the name starts after "the"
        if tokens[j][0] == "the" and tokens[j - 1][0] not in _CONNECTORS:
            first = j + 1
    while first < index and (tokens[first][0] in _CONNECTORS or tokens[first][0] in _LEADING_NOISE
                             or tokens[first][0].endswith("ing")
                             and tokens[first][0] not in _NOT_GERUNDS):
        first += 1
    while last > index and tokens[last][0].rstrip(".") in _CONNECTORS:
        last -= 1
    return first, last


def _trim_to_acronym(words: list[str], acronym: str) -> list[str]:
    """The end of a capitalized phrase that an acronym abbreviates; [] when none fits."""
    initial = acronym[0].casefold()
    capitals = sum(c.isupper() for c in acronym)
    for j in range(len(words) - 1, -1, -1):
        caps = sum(1 for w in words[j:] if w[:1] in _CAPITALS)
        if words[j][:1].casefold() == initial and caps >= capitals - 1:
            return words[j:]
    return []


_OWNER_WORDS = {"ICESCO’s", "ICESCO's", "Organization’s", "Organization's", "ISESCO’s", "ISESCO's"}


def _owned_by_icesco(text: str, tokens: list[tuple[str, int, int]], first: int) -> bool:
    """Whether the name starting at tokens[first] is ICESCO's own unit: "ICESCO’s X",
    "the Organization’s X", or "its X" with ICESCO or the Organization just before."""
    before = tokens[first - 1][0]
    if before in _OWNER_WORDS:
        return True
    if before == "its":
        context = text[max(0, tokens[first - 1][1] - 100) : tokens[first - 1][1]]
        return "ICESCO" in context or "Organization" in context
    return False


def _inside_quotes(text: str, position: int) -> bool:
    """Whether `position` is inside “curly quotes” opened earlier in its paragraph."""
    start = text.rfind("\n", 0, position) + 1
    before = text[start:position]
    return before.count("“") > before.count("”")


def _head(words: list[str]) -> str:
    """The head noun of an organization's name: the word before its first of/for/on/in/to."""
    for i, word in enumerate(words):
        if word in _HEAD_STOPPERS and i:
            return words[i - 1]
    return words[-1]


def _is_own(words: list[str]) -> bool:
    return any(w.casefold().rstrip("’'s").rstrip("’'") in gazetteer.OWN_NAMES
               or w.casefold().startswith(("icesco", "isesco")) for w in words)


def _tokens_near_anchors(text: str) -> tuple[list[tuple[str, int, int]], list[int]]:
    """Tokens of the stretches of text around what can mark an organization's name, and the
    indexes of the anchor tokens themselves.

    A name never runs across a paragraph, nor across punctuation such as a comma or a
    parenthesis (a token that never fits a name, see _run), and in practice not beyond
    _REACH characters from its anchor: only those windows, punctuation included, are
    tokenized; "\n" tokens separate the windows.
    """
    anchors = sorted([m.start() for m in _word_starts(_partner_anchor(), text)]
                     + [m.start() for m in _OPEN_PARENTHESIS.finditer(text)])
    windows: list[list[int]] = []  # [start, end, whether start is a token's start]
    for position in anchors:
        start = max(text.rfind("\n", 0, position) + 1, position - _REACH)
        before = _PUNCTUATION.search(text[start:position][::-1])  # the nearest one before
        end = text.find("\n", position)
        end = min(len(text) if end < 0 else end, position + _REACH)
        after = _PUNCTUATION.search(text, position + 1, end)
        window = [position - 1 - before.start() if before else start,
                  after.end() if after else end, bool(before)]
        if windows and window[0] <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], window[1])
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
    starts = [token[1] for token in tokens]
    indexes = []
    for position in anchors:
        i = bisect.bisect_left(starts, position)
        if i < len(tokens) and tokens[i][1] == position:
            indexes.append(i)
    return tokens, indexes


_REACH = 120
_PUNCTUATION = re.compile(r"[^\s\w’'&.\-]")  # a token of its own, never part of a name
_OPEN_PARENTHESIS = re.compile(r"\(")


@lru_cache(maxsize=1)
def _partner_anchor() -> re.Pattern[str]:
    """Matches a word that can mark an organization's name: a head noun or a known acronym.
    (Opening parentheses, the other mark, are found by a separate literal scan.)"""
    return re.compile(_trie_pattern(ORG_HEADS | set(gazetteer.PARTNER_ACRONYMS)) + r"\b")


def extract_partners(text: str, acronyms_only: bool = False) -> list[Mention]:
    """Organizations named, ICESCO's own units excepted, acronyms and full names as one.

    With `acronyms_only` (for Title Case headings) only known acronyms are taken.
    """
    tokens, anchors = _tokens_near_anchors(text)
    defined: dict[str, str] = {}  # acronym → full name, from "Full Name (ACR)"
    found: dict[str, Mention] = {}
    candidates: list[tuple[list[str], int, int, bool]] = []  # words, first, last, ICESCO's?

    def add(name: str, acronym: str | None, start: int, end: int) -> None:
        if acronym is None:
            norm = name_norm(name)
            acronym = next((a for a, full in defined.items() if name_norm(full) == norm),
                           gazetteer.acronyms_by_name().get(norm))
        key = name_norm(acronym) if acronym else name_norm(name)
        if key in gazetteer.OWN_NAMES:
            return
        found.setdefault(key, Mention("partner", key, name, acronym, None, name, start, end))

    for i in anchors:
        # "Full Name (ACR)"
        if not acronyms_only and tokens[i][0] == "(" and i + 2 < len(tokens) and tokens[i + 2][0] == ")":
            acronym = tokens[i + 1][0]
            if not _is_acronym(acronym) or acronym.casefold() in gazetteer.OWN_NAMES:
                continue
            if acronym in gazetteer.country_names():
                continue
            first, last = _run(tokens, i - 1) if i else (0, -1)
            words = [t[0] for t in tokens[first : last + 1]]
            if len(words) < 2 or _is_own(words):
                continue
            known = gazetteer.PARTNER_ACRONYMS.get(acronym)
            if known is None:
                words = _trim_to_acronym(words, acronym)
                head = _head(words) if words else ""
                spelled = "".join(w[0] for w in words if w[:1] in _CAPITALS) == acronym.upper()
                if head not in ORG_HEADS and (head in EVENT_HEADS or not spelled):
                    continue
            name = known or " ".join(words)
            defined[acronym] = name
            add(name, acronym, tokens[first][1], tokens[last][2])
    for i in anchors:
        if tokens[i][0].rstrip(".") in ORG_HEADS and not acronyms_only:
            first, last = _run(tokens, i)
            words = [t[0].rstrip(".") if n == last else t[0]
                     for n, t in enumerate(tokens[first : last + 1], start=first)]
            if len(words) < 2 or words[0] in ORG_HEADS and len(words) < 3:
                continue
            if _inside_quotes(text, tokens[first][1]):
                continue  # “Smart Agriculture: IoT Technologies” names a project
            if _head(words) not in ORG_HEADS:
                continue
            owned = (_is_own(words) or words[0] in _OWNER_WORDS
                     or bool(first) and _owned_by_icesco(text, tokens, first))
            candidates.append((words, first, last, owned))
    # ICESCO's units, named once as "ICESCO’s X" or "its X", are not partners anywhere after.
    own_units = {name_norm(" ".join(w for w in words if not _is_own([w]) and w not in _OWNER_WORDS))
                 for words, _, _, owned in candidates if owned}
    for words, first, last, owned in candidates:
        norm = name_norm(" ".join(words))
        if owned or norm in own_units:
            continue
        if not any(norm in name_norm(m.alias) or name_norm(m.alias) in norm
                   for m in found.values()):
            add(" ".join(words), None, tokens[first][1], tokens[last][2])
    for i in anchors:  # well-known or defined acronyms used on their own
        token, start, end = tokens[i]
        word = token.rstrip(".")
        if ((word in defined or word in gazetteer.PARTNER_ACRONYMS) and _is_acronym(word)
                and not any(m.code == word for m in found.values())):
            add(defined.get(word) or gazetteer.PARTNER_ACRONYMS[word], word, start, end)
    return list(found.values())


def extract(article: ParsedArticle) -> list[Mention]:
    """All entity mentions of an English article (none for other languages)."""
    if article.language != "en":
        return []
    body = prepare("\n".join(article.body))
    heading = prepare("\n".join(filter(None, [article.title, article.subtitle])))
    partners = extract_partners(body)
    known = {m.key for m in partners}
    partners += [m for m in extract_partners(heading, acronyms_only=True) if m.key not in known]
    org_spans = [(m.start, m.end) for m in partners if m.alias != m.code]
    people = extract_people(body, org_spans)
    countries = extract_countries(body, org_spans + [(m.start, m.end) for m in people])
    seen = {m.key for m in countries}
    countries += [m for m in extract_countries(heading, []) if m.key not in seen]
    return people + _director_general(body + "\n" + heading, people) + countries + partners


# "the Director-General", "ICESCO Director General", "DG": ICESCO's head, named or not.
_BARE_HEAD = re.compile(  # look-behinds after the first word: a literal start scans fast
    r"Director(?<!Deputy Director)(?<!Assistant Director)(?<!to the Director)[\s-]+General\b"
    r"(?!\s+of\s+(?!ICESCO|ISESCO|the Organi[sz]ation))|DG(?<!\wDG)\b"
)


def _director_general(text: str, people: list[Mention]) -> list[Mention]:
    """A mention of ICESCO's Director-General by role alone, when the article names nobody in
    that role; the store resolves it to whoever held the role nearest the article's date."""
    if any(m.role in OWN_HEAD_ROLES for m in people) or not _BARE_HEAD.search(text):
        return []
    return [Mention("person", OWN_HEAD_KEY, "", None, OWN_HEAD_ROLES[0], "Director-General")]
