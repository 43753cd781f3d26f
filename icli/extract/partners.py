"""Partner organizations named in an article's text, acronyms and full names as one."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from icli import gazetteer
from icli.extract.mention import Mention
from icli.extract.patterns import CAPITAL, CAPITALS, MAX_MENTIONS, trie_pattern, word_starts
from icli.identity import name_norm

_PART = re.compile(r"[\w’'&.\-]+|[^\s\w]")  # a token of a run of characters that are not spaces
_ACRONYM = re.compile(rf"^{CAPITAL}[A-Za-z0-9À-ÿİı&\-]{{1,11}}$")


def _is_acronym(token: str) -> bool:
    return token[:1].isupper() and bool(_ACRONYM.match(token)) and sum(
        c.isupper() for c in token) >= 2


MAX_NAME_TOKENS = 24  # on each side of its anchor: a longer run of capitals is not one name


def _run(tokens: list[tuple[str, int, int]], index: int) -> tuple[int, int]:
    """The capitalized phrase around tokens[index]: [first, last] token indexes, at most
    MAX_NAME_TOKENS on each side (so a paragraph of capitals costs linear time)."""

    def fits(i: int) -> bool:
        word = tokens[i][0].rstrip(".")
        if word == "and" and i + 1 < len(tokens) and tokens[i + 1][0] == "the":
            return False
        return word[:1] in CAPITALS or word in gazetteer.NAME_CONNECTORS or word[:1].isdigit()

    first = index
    while (first > max(0, index - MAX_NAME_TOKENS) and fits(first - 1)
           and not tokens[first - 1][0].endswith(".")):
        first -= 1
    last = index
    while (last + 1 < min(len(tokens), index + MAX_NAME_TOKENS + 1) and fits(last + 1)
           and not tokens[last][0].endswith(".")):
        last += 1
    for j in range(first + 1, index):  # "Later the Desert Center": the name starts after "the"
        if tokens[j][0] == "the" and tokens[j - 1][0] not in gazetteer.NAME_CONNECTORS:
            first = j + 1
    while first < index and (tokens[first][0] in gazetteer.NAME_CONNECTORS
                             or tokens[first][0] in gazetteer.LEADING_NOISE
                             or tokens[first][0].endswith("ing")
                             and tokens[first][0] not in gazetteer.NOT_GERUNDS):
        first += 1
    while last > index and tokens[last][0].rstrip(".") in gazetteer.NAME_CONNECTORS:
        last -= 1
    return first, last


def _trim_to_acronym(words: list[str], acronym: str) -> list[str]:
    """The end of a capitalized phrase that an acronym abbreviates; [] when none fits."""
    initial = acronym[0].casefold()
    capitals = sum(c.isupper() for c in acronym)
    for j in range(len(words) - 1, -1, -1):
        caps = sum(1 for w in words[j:] if w[:1] in CAPITALS)
        if words[j][:1].casefold() == initial and caps >= capitals - 1:
            return words[j:]
    return []


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


def _inside_quotes(text: str, position: int) -> bool:
    """Whether `position` is inside “curly quotes” opened earlier in its paragraph."""
    start = text.rfind("\n", 0, position) + 1
    before = text[start:position]
    return before.count("“") > before.count("”")


def _head(words: list[str]) -> str:
    """The head noun of an organization's name: the word before its first of/for/on/in/to."""
    for i, word in enumerate(words):
        if word in gazetteer.HEAD_STOPPERS and i:
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
    anchors = sorted([m.start() for m in word_starts(_partner_anchor(), text)]
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
    return re.compile(trie_pattern(gazetteer.ORG_HEADS | set(gazetteer.PARTNER_ACRONYMS)) + r"\b")


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
        if key in gazetteer.OWN_NAMES or len(found) >= MAX_MENTIONS:
            return
        found.setdefault(key, Mention("partner", key, name, acronym, None, name, start, end))

    for i in anchors:
        if len(defined) >= MAX_MENTIONS:
            break
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
                spelled = "".join(w[0] for w in words if w[:1] in CAPITALS) == acronym.upper()
                if head not in gazetteer.ORG_HEADS and (head in gazetteer.EVENT_HEADS or not spelled):
                    continue
            name = known or " ".join(words)
            defined[acronym] = name
            add(name, acronym, tokens[first][1], tokens[last][2])
    for i in anchors:
        if tokens[i][0].rstrip(".") in gazetteer.ORG_HEADS and not acronyms_only:
            first, last = _run(tokens, i)
            words = [t[0].rstrip(".") if n == last else t[0]
                     for n, t in enumerate(tokens[first : last + 1], start=first)]
            if len(words) < 2 or words[0] in gazetteer.ORG_HEADS and len(words) < 3:
                continue
            if _inside_quotes(text, tokens[first][1]):
                continue  # “Smart Agriculture: IoT Technologies” names a project
            if _head(words) not in gazetteer.ORG_HEADS:
                continue
            owned = (_is_own(words) or words[0] in gazetteer.OWNER_WORDS
                     or bool(first) and _owned_by_icesco(text, tokens, first))
            candidates.append((words, first, last, owned))
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
        if not any(norm in name_norm(m.alias) or name_norm(m.alias) in norm
                   for m in found.values()):
            add(" ".join(words), None, tokens[first][1], tokens[last][2])
    for i in anchors:  # well-known or defined acronyms used on their own
        if len(found) >= MAX_MENTIONS:
            break
        token, start, end = tokens[i]
        word = token.rstrip(".")
        if ((word in defined or word in gazetteer.PARTNER_ACRONYMS) and _is_acronym(word)
                and not any(m.code == word for m in found.values())):
            add(defined.get(word) or gazetteer.PARTNER_ACRONYMS[word], word, start, end)
    return list(found.values())
