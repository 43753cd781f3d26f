"""Partner organizations named in an article's text, acronyms and full names as one."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache

from icli.extract import gazetteer
from icli.extract.identity import partner_country_key
from icli.extract.mention import Mention
from icli.extract.patterns import (
    CAPITAL,
    CAPITALS,
    MAX_MENTIONS,
    Spans,
    trie_pattern,
    word_starts,
)
from icli.text.normalize import ARABIC_WORD, arabic_fold, arabic_word_key, name_norm

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
    lowest = max(0, index - MAX_NAME_TOKENS)
    while first > lowest and fits(first - 1) and not tokens[first - 1][0].endswith("."):
        first -= 1
    last = index
    end = min(len(tokens), index + MAX_NAME_TOKENS + 1)
    while last + 1 < end and not tokens[last][0].endswith("."):
        if not fits(last + 1) and not (tokens[last + 1][0] == ","
                                       and _list_closes(tokens, last + 1)):
            break
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


def _list_closes(tokens: list[tuple[str, int, int]], comma: int) -> bool:
    """Whether the comma at tokens[comma] is inside a list of capitalized words closed by "and"
    ("for Education, Science and Culture"; "Educational, Scientific and Cultural"), none of
    them a country ("University of Jordan, Egypt and Iraq" is no name)."""
    j = comma + 1
    while j < min(len(tokens), comma + 4) and tokens[j][0][:1] in CAPITALS:
        if tokens[j][0] in gazetteer.country_names():
            return False
        j += 1
    return (j > comma + 1 and j + 1 < len(tokens) and tokens[j][0] == "and"
            and tokens[j + 1][0][:1] in CAPITALS
            and tokens[j + 1][0] not in gazetteer.country_names())


def _joined(words: list[str]) -> str:
    """The words of a name as one string, commas against the word before them."""
    return " ".join(words).replace(" , ", ", ")


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


class _Quotes:
    """Where a text's curly quotes and line breaks are, found once, so that asking whether a
    position is inside quotes costs a few binary searches, not a scan from the line's start
    (which made a long paragraph quadratic)."""

    def __init__(self, text: str) -> None:
        self.opening = _positions(text, "“")
        self.closing = _positions(text, "”") if self.opening else []
        self.breaks = _positions(text, "\n") if self.opening else []

    def inside(self, position: int) -> bool:
        """Whether `position` is inside “curly quotes” opened earlier in its line."""
        if not self.opening:
            return False
        line = bisect.bisect_left(self.breaks, position)
        start = self.breaks[line - 1] + 1 if line else 0
        return _between(self.opening, start, position) > _between(self.closing, start, position)


def _positions(text: str, char: str) -> list[int]:
    """The positions of `char` in `text`, in order."""
    found, at = [], text.find(char)
    while at >= 0:
        found.append(at)
        at = text.find(char, at + 1)
    return found


def _between(positions: list[int], start: int, end: int) -> int:
    """How many of the sorted `positions` are in [start, end)."""
    return bisect.bisect_left(positions, end) - bisect.bisect_left(positions, start)


def _head(words: list[str]) -> str:
    """The head noun of an organization's name: the word before its first of/for/on/in/to."""
    for i, word in enumerate(words):
        if word in gazetteer.HEAD_STOPPERS and i:
            return words[i - 1]
    return words[-1]


_OWN_PREFIXES = tuple(sorted(gazetteer.OWN_NAMES))


def _is_own(words: list[str]) -> bool:
    """Whether a name is ICESCO's own, a word of it starting with ICESCO or ISESCO in any case
    ("ICESCO Chair", "Executive Council of ICESCO", "ISESCO’s Centre"); ICESCO after "for"
    names whom a body serves ("National Commission for UNESCO and ICESCO")."""
    words = words[: words.index("for")] if "for" in words else words
    return any(w.casefold().startswith(_OWN_PREFIXES) for w in words)


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
        if after and after.group() == "," and text[after.end() + 1 : after.end() + 2] in CAPITALS:
            after = _PUNCTUATION.search(text, after.end(), end)  # "for Education, Science and …"
        window_end = after.end() if after else end
        if windows and position <= windows[-1][1]:  # inside the last window: that one grows
            windows[-1][1] = max(windows[-1][1], window_end)
            continue
        start = max(text.rfind("\n", max(0, position - _REACH), position) + 1,
                    position - _REACH)
        before = _PUNCTUATION.search(text[start:position][::-1])  # the nearest one before
        window = [position - 1 - before.start() if before else start, window_end, bool(before)]
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
        i = bisect.bisect_left(tokens, position, key=lambda token: token[1])
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

    def add(name: str, acronym: str | None, start: int, end: int) -> None:
        norm = gazetteer.org_norm(name)
        if acronym is None:
            acronym = next((a for a, full in defined.items() if gazetteer.org_norm(full) == norm),
                           gazetteer.acronyms_by_name().get(norm))
        key = name_norm(acronym) if acronym else norm
        if key in gazetteer.OWN_NAMES or norm in own_bodies() or len(found) >= MAX_MENTIONS:
            return
        found.setdefault(key, Mention("partner", key, name, acronym, None, name, start, end, rule="partner.en.name"))

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
            if _is_own(words) and "and" in words:  # "ICESCO and X University (XU)": X's name
                after = len(words) - words[::-1].index("and")
                first, words = first + after, words[after:]
            if len(words) < 2 or _is_own(words):
                continue
            known = gazetteer.PARTNER_ACRONYMS.get(acronym)
            if known is None:  # the words the acronym abbreviates, or a whole organization's name
                words = _trim_to_acronym(words, acronym) or (
                    words if words[-1] in gazetteer.ORG_HEADS else [])
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
            if quotes.inside(tokens[first][1]):
                continue  # “Smart Agriculture: IoT Technologies” names a project
            while _head(words) not in gazetteer.ORG_HEADS and "of" in words[:-1]:
                cut = words.index("of") + 1  # "Speaker of the National Assembly of Senegal"
                cut += words[cut] == "the"
                first, words = first + cut, words[cut:]
            if len(words) < 2:
                continue
            if _head(words) not in gazetteer.ORG_HEADS or _generic_or_venue(words):
                continue
            joined = _joined(words)
            if joined.startswith(gazetteer.OWN_ORGANS) or joined in gazetteer.country_names():
                continue  # "Executive Council", "Russian Federation"
            owned = (_is_own(words) or words[0] in gazetteer.OWNER_WORDS
                     or bool(first) and _owned_by_icesco(text, tokens, first))
            for part_first, part_last in _two_bodies(words, first, last):
                candidates.append((words[part_first - first : part_last - first + 1],
                                   part_first, part_last, owned))
    # ICESCO's units, named once as "ICESCO’s X" or "its X", are not partners anywhere after.
    own_units = {name_norm(" ".join(w for w in words
                                    if not _is_own([w]) and w not in gazetteer.OWNER_WORDS))
                 for words, _, _, owned in candidates if owned}
    named: list[tuple[int, int]] = []  # where the names taken stand
    for words, first, last, owned in candidates:
        if len(found) >= MAX_MENTIONS:
            break
        norm = name_norm(" ".join(words))
        if owned or norm in own_units:
            continue
        named.append((tokens[first][1], tokens[last][2]))
        if not any(norm in name_norm(m.alias) or name_norm(m.alias) in norm
                   for m in found.values()):
            add(_joined(words), None, tokens[first][1], tokens[last][2])
    for i in anchors:  # well-known or defined acronyms used on their own
        if len(found) >= MAX_MENTIONS:
            break
        token, start, end = tokens[i]
        word = token.rstrip(".")
        if ((word in defined or word in gazetteer.PARTNER_ACRONYMS) and _is_acronym(word)
                and not any(m.code == word for m in found.values())
                and not any(a <= start < b for a, b in named)):  # "… for UNESCO and ICESCO"
            add(defined.get(word) or gazetteer.PARTNER_ACRONYMS[word], word, start, end)
    return list(found.values())


def _generic_or_venue(words: list[str]) -> bool:
    """A head with generic words only ("National Commission", "Executive Council"), a head
    that needs its complement without one, or a venue ("Expo Center"): not a partner."""
    head = _head(words)
    before = words[: words.index(head)]
    if head in gazetteer.HEADS_WITH_COMPLEMENT and head == words[-1]:
        return True  # "House of Representatives", not "Russian House"
    if not before and head == words[-1] or before and all(
            w in gazetteer.GENERIC_ORG_WORDS for w in before) and head == words[-1]:
        return True
    return bool(before) and before[-1] in gazetteer.VENUE_WORDS


def _two_bodies(words: list[str], first: int, last: int) -> list[tuple[int, int]]:
    """The token spans of the bodies a name joined by "and" stands for: two when the words
    before "and" end with an organization's head and those after have one of their own
    ("Kuwait Airways and Bukhamseen Holding Group"); one otherwise ("Food and Agriculture
    Organization", "Ministry of Culture and Youth")."""
    if "and" not in words or "," in words:
        return [(first, last)]
    for n, word in enumerate(words[1:-1], start=1):
        if (word == "and" and words[n - 1] in gazetteer.ORG_HEADS and n >= 2
                and _head(words[n + 1 :]) in gazetteer.ORG_HEADS and len(words) - n - 1 >= 2):
            return [(first, first + n - 1), (first + n + 1, last)]
    return [(first, last)]


def join_short_forms(partners: list[Mention]) -> list[Mention]:
    """One mention per body called by its owner's name and its head in one article:
    "Oracle Center" is "Oracle’s Research and Development Center" when both appear."""
    kept: list[Mention] = []
    for mention in partners:
        words = mention.name.split()
        longer = None
        if len(words) == 2 and not mention.code:
            owner, head = words
            longer = next((m for m in partners if m is not mention and m.name.split()[-1] == head
                           and m.name.split()[0] in (owner, owner + "’s", owner + "'s")
                           and len(m.name.split()) > 2), None)
        if longer is None:
            kept.append(mention)
        else:
            longer.variants |= {mention.name} | mention.variants
    return kept


# --- French ------------------------------------------------------------------------------------

# A French word with its elided article or preposition ("l’Éducation", "d’Irak"), or punctuation.
_FR_TOKEN = re.compile(r"(?:[ldLD][’'])?[\w\-]+|[^\s\w]")
_FR_ELISION = re.compile(r"^[ldLD][’']")
_FR_ACRONYM_AFTER = re.compile(r"\s*\(([^\s()]{2,12})\)")


def _fr_word(token: str) -> str:
    """A French token without its elided article: "l’Éducation" → "Éducation"."""
    return _FR_ELISION.sub("", token)


def _fr_fits(token: str, after_connector: bool = False) -> bool:
    """Whether a word (not a connector) continues a French organization's name after its head:
    a capital, a known name word or demonym, an adjective ("turciques", "éducative"), or after
    a connector any lower-case noun ("du partenariat", "des échanges")."""
    word = _fr_word(token)
    lowered = word.casefold()
    return (word[:1] in CAPITALS or lowered in gazetteer.ORG_NAME_WORDS_FR
            or lowered in gazetteer.demonyms_fr_ar()["fr"] or word[:1].isdigit()
            or word[:1].islower() and len(word) > 3 and word.isalpha()
            and lowered not in gazetteer.NOT_ORG_NAME_WORDS_FR
            and (after_connector or lowered.endswith(gazetteer.ADJECTIVE_ENDINGS_FR)))


def _fr_connector(token: str) -> bool:
    return token.casefold() in gazetteer.ORG_CONNECTORS_FR or (
        _fr_word(token) != token and token[:1] in "dl" and not _fr_fits(token))


def _fr_name_end(text: str, tokens: list[re.Match[str]], head: int) -> int:
    """The index of the last token of the French name whose head is tokens[head]: words that
    fit a name, connectors between them ("de l’", "pour", "et"), and a comma only inside a
    list closed by "et" ("de la culture, des arts et des lettres"); never across a line."""
    last = head
    i = head + 1
    connector = False
    while i < len(tokens) and "\n" not in text[tokens[i - 1].end() : tokens[i].start()]:
        token = tokens[i].group()
        if token == ",":
            closing = next((j for j in range(i + 1, min(len(tokens), i + 8))
                            if tokens[j].group() in (",", ".", ";", "(", ")", "et")), None)
            if (closing is None or tokens[closing].group() not in (",", "et")
                    or i + 1 == closing or not _fr_connector(tokens[i + 1].group())
                    or not all(_fr_fits(t.group(), True) or _fr_connector(t.group())
                               for t in tokens[i + 1 : closing])):
                break  # a list of domains goes on with "des …", "la …"; a person's name not
            i += 1
            continue
        if _fr_connector(token):
            i, connector = i + 1, True
            continue
        if not _fr_fits(token, connector):
            break
        last, connector = i, False
        i += 1
    return last


def _fr_acronym_key(acronym: str) -> str:
    """A French acronym's partner key: its English counterpart's where the two differ (PNUD is
    UNDP), so a body is one partner in both languages."""
    return name_norm(gazetteer.english_acronym(acronym))


def extract_partners_fr(text: str) -> list[Mention]:
    """Organizations a French text names: a head noun (ministère, Université, Commission,
    Chambre, …) followed by its name, with its acronym in parentheses, and known or defined
    acronyms alone; not ICESCO's own organs, events and prizes, nor a head with no name."""
    tokens = list(_FR_TOKEN.finditer(text))
    found: dict[str, Mention] = {}
    defined: dict[str, str] = {}
    i = 0
    while i < len(tokens):
        word = _fr_word(tokens[i].group())
        if word.casefold() not in gazetteer.ORG_HEADS_FR or i and tokens[i - 1].group() == "-":
            i += 1
            continue
        last = _fr_name_end(text, tokens, i)
        start, end = tokens[i].start(), tokens[last].end()
        name = _FR_ELISION.sub("", text[start:end]) if tokens[i].group() != word else text[start:end]
        before = [_fr_word(t.group()).casefold() for t in tokens[max(0, i - 3) : i]]
        head, i = i, last + 1
        if last == head or last == head + 1 and name[:1].islower() and (
                tokens[last].group().casefold() in gazetteer.demonyms_fr_ar()["fr"]):
            continue  # a head alone, or with a demonym: "le ministère", "l’université marocaine"
        if any(b in gazetteer.NOT_PARTNER_HEADS_FR for b in before[-2:]):
            continue  # "Forum de l’Union des universités …": inside an event's name
        complement = next((t for t in tokens[head + 1 : last + 1]
                           if not _fr_connector(t.group())), None)
        if complement and (
                _fr_word(complement.group()).casefold() in gazetteer.NOT_PARTNER_HEADS_FR
                or _fr_word(text[complement.start() : end]).startswith(gazetteer.OWN_ORGANS_FR)):
            continue  # "bureau de la Conférence générale": an organ of an event or of ICESCO
        if any(own in name_norm(name) for own in gazetteer.OWN_NAMES) or name.startswith(
                gazetteer.OWN_ORGANS_FR):
            continue
        acronym_match = _FR_ACRONYM_AFTER.match(text, end)
        acronym = acronym_match.group(1) if acronym_match and _is_acronym(
            acronym_match.group(1)) else None
        if acronym:
            defined[acronym] = name
        key = _fr_acronym_key(acronym) if acronym else name_norm(name)
        if acronym:
            found.pop(name_norm(name), None)  # the same name without its acronym (a title)
        elif any(m.code and name_norm(m.name) == key for m in found.values()):
            continue
        found.setdefault(key, Mention("partner", key, name, acronym, None, name, start, end, rule="partner.fr.name"))
    for match in re.finditer(r"(?<![\w-])([A-Z][A-Za-z0-9]{1,11})(?![\w-])", text):
        acronym = match.group(1)
        full = (defined.get(acronym) or gazetteer.PARTNER_ACRONYMS_FR.get(acronym, ("", ""))[1]
                or gazetteer.PARTNER_ACRONYMS.get(acronym))
        key = _fr_acronym_key(acronym)
        if full and key not in found:
            found[key] = Mention("partner", key, full, acronym, None, acronym, *match.span(), rule="partner.fr.acronym")
    return list(found.values())


# --- Arabic ------------------------------------------------------------------------------------

_AR_NAME_LIMIT = 10  # words after an Arabic organization's head
_AR_GAP = re.compile(r"[ \u00a0]+|-")  # between two words of a name ("كوريا-آسيا")


def _ar_glued_to_head(word: str, key: str) -> tuple[int, str] | None:
    """How many letters glued before an Arabic organization's head word are not part of its
    name ("و" of "واللجنة", "ب" of "بوزارة"), and what the name starts with instead (the
    article's letters that ل swallowed: "للمنظمة" → "المنظمة", "للجنة" → "اللجنة"); None when
    the word is no head."""
    if key in gazetteer.ORG_HEADS_AR:
        if word[:1] in "وفب" and word[1:3] == "ال":
            return 1, ""
        return (1, "ا") if word[:2] == "لل" else (0, "")
    if word[:1] in "وفبل" and arabic_word_key(word[1:]) in gazetteer.ORG_HEADS_AR:
        return 1, "ال" if word[:2] == "لل" else ""
    return None


def _ar_complement(raw: str, following: str | None) -> bool:
    """Whether a word glued to ل or ب (without the article) continues a name as the start of
    its complement: followed by a word with the article ("لرعاية المواهب", "لرفاه المجتمع")
    or a state word or head itself ("بجمهورية الكاميرون")."""
    if raw[:1] not in "لب" or len(raw) < 4:
        return False
    rest = arabic_word_key(raw[1:])
    if rest in gazetteer.STATE_WORDS_AR or rest in gazetteer.ORG_HEADS_AR:
        return True
    return following is not None and arabic_word_key(following) != arabic_fold(following)


def _ar_own(keys: list[str]) -> bool:
    """Whether words (folded keys) are ICESCO's name, current or former ("المنظمة الإسلامية
    للتربية والعلوم والثقافة"), or name it ("… للإيسيسكو")."""
    if any(k in ("ايسيسكو", "اسيسكو") or k.endswith("ايسيسكو") for k in keys):
        return True
    bare = tuple(k.removeprefix("و") if k[:1] == "و" and k[1:] in ("علوم", "ثقافه") else k
                 for k in keys)
    return any(bare[: len(own)] == own for own in gazetteer.OWN_NAMES_AR)


def _ar_strip_proclitic(word: str) -> str:
    """A word as its own name, without a glued conjunction or preposition: "لليونسكو" →
    "اليونسكو", "والألكسو" → "الألكسو"."""
    if word.startswith("لل"):
        return "ال" + word[2:]
    if word[:1] in "وفبل" and word[1:3] == "ال":
        return word[1:]
    return word


def extract_partners_ar(text: str) -> list[Mention]:
    """Organizations an Arabic text names: a head noun (وزارة، جامعة، اللجنة، مجلس، سفارة،
    المصرف …) and the words of its name, which end at punctuation, a preposition, "و" + another
    head (two bodies), or an indefinite word after definite ones (a verb: "… التونسية ستعمل"),
    and run through hyphens ("كوريا-آسيا") and complements glued to ل or ب ("لرفاه المجتمع",
    "بجمهورية الكاميرون"); "في" + a state word stays in the name ("… في جمهورية أذربيجان").
    Also bodies Arabic pages name by acronym ("اليونسكو والألكسو"). Not ICESCO (under its
    current or former name) nor its organs, not an organ of another body ("الجمعية العامة
    للجنة …": that body), not a body inside an event's or a prize's name, not a head alone."""
    words = list(ARABIC_WORD.finditer(text))
    keys = [arabic_word_key(m.group()) for m in words]
    found: dict[str, Mention] = {}
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(words) and len(found) < MAX_MENTIONS:
        head_word = _ar_glued_to_head(words[i].group(), keys[i])
        if head_word is None or i and keys[i - 1] in gazetteer.NOT_PARTNER_BEFORE_AR:
            i += 1
            continue
        glued, restored = head_word
        if (i + 2 < len(words) and f"{keys[i]} {keys[i + 1]}" in gazetteer.ORGAN_WORDS_AR
                and _ar_glued_to_head(words[i + 2].group(), keys[i + 2])):
            i += 2  # "الجمعية العامة للجنة الوطنية …": the body is the committee
            continue
        last = i
        definite = False
        unglued = restored + words[i].group()[glued:]
        head_definite = arabic_word_key(unglued) != arabic_fold(unglued)
        j = i + 1
        while j < len(words) and j - i <= _AR_NAME_LIMIT:
            if not _AR_GAP.fullmatch(text[words[j - 1].end() : words[j].start()]):
                break
            raw = arabic_fold(words[j].group())
            if raw in gazetteer.NAME_STOPS_AR or keys[j] in gazetteer.NAME_STOPS_AR:
                if raw == "في" and j + 1 < len(words) and keys[j + 1] in gazetteer.STATE_WORDS_AR:
                    j, definite = j + 1, False
                    continue
                break
            if raw.startswith("و") and arabic_word_key(raw[1:]) in gazetteer.ORG_HEADS_AR:
                break  # "… ومؤسسة …": a second body
            article = keys[j] != raw  # the article (and a proclitic) was glued to it
            if j == i + 1 and (raw.startswith(("لل", "بال", "كال")) or head_definite and not article):
                break  # "المنظمة لدولها", "الجامعة ستخصص": the body named elsewhere
            following = words[j + 1].group() if j + 1 < len(words) else None
            if not article and _ar_complement(raw, following):
                definite = False  # "لرعاية المواهب": the complement's own definite words follow
                last, j = j, j + 1
                continue
            if definite and not article:
                break  # an indefinite word after definite ones ends the name
            definite = definite or article
            last = j
            j += 1
        start, end = words[i].start() + glued, words[last].end()
        name = restored + text[start:end]
        head, i = i, last + 1
        if last == head or _ar_own(keys[head : last + 1]):
            continue  # a head alone; ICESCO itself, its organs and centres
        spans.append((start, end))
        found.setdefault(name_norm(name), Mention("partner", name_norm(name), name, None, None,
                                                  text[start:end], start, end, rule="partner.ar.name"))
    for index, key in enumerate(keys):  # "منظمتي اليونسكو والألكسو"
        acronym = gazetteer.ACRONYMS_AR.get(key)
        if acronym is None or any(a <= words[index].start() < b for a, b in spans):
            continue
        if name_norm(acronym) not in found and len(found) < MAX_MENTIONS:
            name = _ar_strip_proclitic(words[index].group())
            found[name_norm(acronym)] = Mention("partner", name_norm(acronym), name, acronym,
                                                None, name, *words[index].span(), rule="partner.ar.acronym")
    return join_back_references_ar(list(found.values()))


def _ar_country_codes(keys: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """The words of a name that are not countries or demonyms, and the countries they name."""
    names, demonyms = gazetteer.country_names_ar(), gazetteer.demonyms_fr_ar()["ar"]
    rest, codes = [], set()
    for key in keys:
        code = names.get((gazetteer.country_word_key_ar(key),)) or demonyms.get(key)
        if code:
            codes.add(code)
        else:
            rest.append(key)
    return tuple(rest), frozenset(codes)


def join_back_references_ar(partners: list[Mention]) -> list[Mention]:
    """One partner per body an Arabic article names again in short: without its country
    ("اللجنة الوطنية للتربية …" after "اللجنة الوطنية الموريتانية للتربية …"), or as its head
    and demonym ("المؤسسة الكورية" after "مؤسسة كوريا-آسيا …"). The short form becomes a
    variant of the full name."""
    full: dict[tuple[str, ...], Mention] = {}
    by_head: dict[tuple[str, str], Mention] = {}
    parsed = []
    for mention in partners:
        keys = tuple(arabic_word_key(w) for w in ARABIC_WORD.findall(mention.name))
        rest, codes = _ar_country_codes(keys)
        parsed.append((mention, keys, rest, codes))
        if codes and mention.code is None:
            full.setdefault(rest, mention)
            for code in codes:
                by_head.setdefault((keys[0], code), mention)
    kept = []
    for mention, keys, rest, codes in parsed:
        target = None
        if not codes and len(keys) > 1:
            target = full.get(rest)
        elif len(keys) == 2 and len(rest) == 1 and len(codes) == 1:
            other = by_head.get((keys[0], next(iter(codes))))
            target = other if other is not mention else None
        if target is None or mention.code:
            kept.append(mention)
        else:
            target.variants |= {mention.name} | mention.variants
    return kept


def outside_roles_ar(text: str, partners: list[Mention], roles: list[str]) -> list[Mention]:
    """The partners of an Arabic text less the national bodies (naming a country) named only
    inside people's roles ("مديرة التعليم العربي بوزارة التربية الوطنية الإيفوارية"): the
    person's affiliation, not a partner. An international body there stays one ("… بمنظمة
    التعاون الإسلامي")."""
    spans = Spans(match.span() for role in set(roles) if role
                  for match in re.finditer(re.escape(role), text))

    def outside(name: str) -> bool:
        return any(not spans.covers(*m.span()) for m in re.finditer(re.escape(name), text))

    def national(mention: Mention) -> bool:
        keys = tuple(arabic_word_key(w) for w in ARABIC_WORD.findall(mention.name))
        return bool(_ar_country_codes(keys)[1])

    return [m for m in partners
            if not national(m) or any(outside(n) for n in {m.name, *m.variants})]


# --- one body under two names ------------------------------------------------------------------

def join_country_variants(partners: list[Mention],
                          countries: Callable[[str], list[Mention]]) -> list[Mention]:
    """One mention per body named with its country in two ways in one article: "ministère
    tunisien de l’Éducation" = "ministère de l’Éducation de la République tunisienne",
    "UAE Embassy" = "Embassy of the United Arab Emirates", "السفارة الإماراتية" = "سفارة دولة
    الإمارات العربية المتحدة". The name kept is the longest; the others become its variants.
    `countries` finds the countries in a name (the article language's extractor)."""
    kept: dict[tuple[str, str], Mention] = {}
    joined: list[Mention] = []
    for mention in partners:
        named = countries(mention.name)
        if len(named) != 1:
            joined.append(mention)
            continue
        country = named[0]
        rest = partner_country_key(mention.name, country.start, country.end, country.code or "")
        if not mention.code:
            mention.key = rest  # the same body in another article, named the other way
        other = kept.get((rest, country.code or ""))
        if other is None:
            kept[(rest, country.code or "")] = mention
            joined.append(mention)
            continue
        longer, shorter = (other, mention) if len(other.name) >= len(mention.name) else (mention, other)
        longer.variants |= {shorter.name} | shorter.variants
        if longer is mention:
            joined[joined.index(other)] = mention
            kept[(rest, country.code or "")] = mention
    return joined


def join_prefixes(partners: list[Mention]) -> list[Mention]:
    """A name that begins another name of the same article is that body ("جامعة محمد الخامس",
    "جامعة محمد الخامس بالرباط"; "Assemblée nationale", "Assemblée nationale du Niger")."""
    norms = [(name_norm(m.name), m) for m in partners]
    kept: list[Mention] = []
    for norm, mention in norms:
        longer = next((m for n, m in norms if n != norm and n.startswith(norm)), None)
        if longer is None or mention.code and mention.code != longer.code:
            kept.append(mention)
        else:
            longer.variants |= {mention.name} | mention.variants
    return kept
