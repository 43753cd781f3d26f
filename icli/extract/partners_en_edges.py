"""Where an English partner's name starts and ends at its edges: a state body's country after
"in", a name opening "Word the …", a demonym that describes a body (rule partner.en.name);
a centre that is ICESCO's own kind (rule partner.en.own-kind); an owner before its part
("X University’s Faculty"), a unit's name that says whose it is; a known name holding a list,
and a name that is part of another's."""

from __future__ import annotations

import re
from functools import lru_cache

from icli.extract import country_tables, gazetteer
from icli.extract.mention import Mention
from icli.extract.patterns import CAPITALS, is_acronym


def joined_name(words: list[str]) -> str:
    """The words of a name as one string, commas against the word before them."""
    return " ".join(words).replace(" , ", ", ")


# The words a complement of a known body's name opens with ("… Organization of the United
# Nations", "… Refugees in the Near East").
_COMPLEMENT_OPENERS = frozenset({"of", "for", "in", "on"})


def fuller_known_name(words: list[str], known: str) -> str:
    """The name of a known acronym's body as the text writes it before the acronym, when that
    is the known name and a complement after it ("Food and Agriculture Organization of the
    United Nations (FAO)": the fullest form the article uses); the known name otherwise."""
    written = joined_name(words)
    rest = written[len(known) :].split(maxsplit=1)
    fuller = written.startswith(known + " ") and len(rest) == 2 and rest[0] in _COMPLEMENT_OPENERS
    return written if fuller else known


def written_alias(words: list[str], name: str) -> str:
    """The form the text used for a body named before its acronym in brackets: the words
    written, when they hold an organization's head ("Organization of the Islamic Conference
    (OIC)", whose known name is another); else `name` (a run cut at the comma of "United Nations
    Educational, Scientific and …", a place after the name: "… University in the State of
    Kuwait (AOU)")."""
    written = joined_name(words)
    if name.endswith(written) or not any(w in gazetteer.ORG_HEADS for w in words):
        return name
    return written


def spelled(words: list[str], acronym: str) -> bool:
    """Whether an acronym is the initials of the capitalized words of a name."""
    return bool(words) and "".join(w[0] for w in words if w[:1] in CAPITALS) == acronym.upper()


def spelled_out_after(tokens: list[tuple[str, int, int]], i: int) -> tuple[int, int] | None:
    """The first and last token of an acronym's name spelt out in brackets right after it
    ("UNESCO (United Nations Educational, Scientific and Cultural Organization)"): the
    acronym's body, no other (the words after its comma are no body of their own); None when
    tokens[i] opens no such brackets."""
    if not i or tokens[i][0] != "(" or not is_acronym(tokens[i - 1][0]):
        return None
    close = next((n for n in range(i + 2, min(len(tokens), i + 16)) if tokens[n][0] == ")"), None)
    if close is None or not spelled([t[0] for t in tokens[i + 1 : close]], tokens[i - 1][0]):
        return None
    return i + 1, close - 1


# The lowercase words after which a capitalized word opens a body's name, not a sentence.
_BEFORE_BODY = frozenset({"with", "by", "and", "from"})


def opens_with_verb_the(tokens: list[tuple[str, int, int]], first: int, the: int) -> bool:
    """Whether the "the" at tokens[the] is inside a name: after a connector ("Ministry of the
    Interior"), or in a name that opens "Word the …" ("in
    partnership with Save the Children Foundation"): one plain capitalized word, neither an
    acronym nor a country or demonym, first in the run, right after a lowercase "with", "by",
    "and" or "from" (a word opening a sentence, "Later the Desert Center", is no name's):
    rule partner.en.name."""
    word = tokens[the - 1][0]
    if word in gazetteer.NAME_CONNECTORS:
        return True  # "Ministry of the Interior": "the" inside the name
    return (the - 1 == first and first > 0 and tokens[first - 1][0] in _BEFORE_BODY
            and word.isalpha() and word[:1].isupper() and word[1:].islower()
            and word not in gazetteer.LEADING_NOISE and word not in gazetteer.TITLES_BEFORE_BODIES
            and word not in gazetteer.DEMONYMS and word not in country_tables.country_names())


def in_country_end(tokens: list[tuple[str, int, int]], head: int, first: int, last: int) -> int:
    """The last token of the name whose head is tokens[head], when that is a state body's
    name that goes on with "in" and its country's name ("Ministry of Education in the Republic of South Korea"): that country's last token;
    `last` when no country's name (a city's, "in Rabat") follows, or when the name already
    says whose body it is ("Embassy of India in the Kingdom of Morocco": the host country is
    no part of the name)."""
    if tokens[head][0] not in gazetteer.STATE_WORDS or last + 2 >= len(tokens) or tokens[last + 1][0] != "in":
        return last
    from icli.extract.countries import extract_countries  # (countries imports no partners)

    if extract_countries(joined_name([t[0] for t in tokens[first : last + 1]]), []):
        return last
    end = last + 2
    while end < len(tokens) and (tokens[end][0][:1] in CAPITALS or tokens[end][0] in ("of", "the")):
        end += 1
        if tokens[end - 1][0].endswith("."):
            break  # the sentence ends
    if end == last + 2 or tokens[end - 1][0] in ("of", "the"):
        return last
    words = [t[0] for t in tokens[last + 2 : end]]
    phrase = " ".join(words).rstrip(".")
    named = [m for m in extract_countries(phrase, []) if m.end == len(phrase)]
    if named and all(w in _STATE_FORMS for w in phrase[: named[0].start].split()):
        return end - 1
    return last


# The words of a country's formal name before the country's own name ("the Republic of").
_STATE_FORMS = frozenset({"the", "of", "Republic", "Kingdom", "Sultanate", "State", "Emirate",
                          "Federal", "Federation", "Islamic", "Arab", "Democratic", "United"})


def described_by_demonym(words: list[str]) -> bool:
    """Whether a name opens with a demonym that describes a body with a proper name of its
    own, two capitalized words that are no head, generic, field or state word ("German Konrad
    Adenauer Foundation"); a demonym before such words is the body's name ("Azerbaijani
    Ministry of Culture", "Omani National Commission", "Turkish Red Crescent"): rule partner.en.name."""
    return len(words) >= 4 and words[0] in gazetteer.DEMONYMS and all(
        w[:1] in CAPITALS and w not in gazetteer.ORG_HEADS and w not in gazetteer.GENERIC_ORG_WORDS
        and w not in gazetteer.FIELD_WORDS and w not in gazetteer.STATE_WORDS for w in words[1:3])


# After a centre's name: a place ("in Cairo") or an owner (", which belongs to …", "of the
# Ministry") that says it is someone else's.
_WHOSE_AFTER = re.compile(r"\s*(?:in|at|of|under)\s+(?:the\s+)?[A-Z]|,?\s*(?:which|that)\s+(?:belongs|is\s+part)")


# ICESCO named right after a unit as its place ("the Manuscripts Centre at ICESCO"); not the
# venue of an event held there ("… at ICESCO headquarters").
_AT_ICESCO = re.compile(r"\s+(?:at|within)\s+(?:the\s+)?(?:ICESCO|ISESCO)\b"
                        r"(?!\s*(?:’s|'s)?\s*(?:headquarters|HQ|premises|seat))")


def unit_at_icesco(head: str, text: str, end: int) -> bool:
    """Whether a unit (a centre, sector, department … : its head word `head`, ending at `end`)
    is named as ICESCO's by "at ICESCO" right after it: one of ICESCO's own (rule
    partner.en.own-kind)."""
    return (head in gazetteer.UNIT_HEADS or head in gazetteer.OWN_KIND_HEADS) and bool(_AT_ICESCO.match(text, end))


def own_kind(words: list[str], head: str, text: str, end: int) -> bool:
    """Whether a "… Center" (its head word `head`, ending at `end`) is ICESCO's: in an article naming ICESCO, its
    other words all name fields ("Translation and Publishing Center"), no proper name ("Oxford
    Center …"), country or acronym says whose it is, and no place or owner follows it ("… Center
    in Riyadh", "…, which belongs to …"): rule partner.en.own-kind."""
    return all(w == head or w in gazetteer.FIELD_WORDS or w in ("and", "&", "of", "for", "the")
               for w in words) and not _WHOSE_AFTER.match(text, end) and gazetteer.mentions_icesco(text)


def owner_head(token: str) -> bool:
    """Whether a token is a head with a possessive, the end of an owner's name ("Kestrel Hill
    University’s Faculty of Education": the university is the body, its faculty folds into it)."""
    return token.endswith(("’s", "'s")) and token[:-2] in gazetteer.ORG_HEADS


def owned_part(word: str) -> bool:
    """Whether a word (one of the three after an owner's possessive) names a part of the owner
    that takes part for it: a unit or a body's head, a faculty, a programme, a delegation ("the
    Foundation’s youth programme"); other things it owns ("the Bank’s annual report") do not
    make the owner a partner."""
    return (word in gazetteer.UNIT_HEADS or word in gazetteer.ORG_HEADS
            or word.casefold() in _OWNED_PARTS)


# Parts of a body that take part for it, after its possessive (lower-case words as written).
_OWNED_PARTS = frozenset({"faculty", "school", "programme", "program", "delegation",
                          "team", "project", "initiative", "experts", "representatives"})


def says_whose(words: list[str]) -> bool:
    """Whether a unit's name says whose unit it is: a country ("Kuwait’s Department of
    Antiquities") or a well-known organization's name ("Office of the United Nations High
    Commissioner for Human Rights"); an acronym in it is its organization, named on its own
    instead."""
    if any(is_acronym(w) for w in words):
        return False
    known = gazetteer.acronyms_by_name()
    if any(gazetteer.org_norm(" ".join(words[i:j])) in known
           for i in range(1, len(words)) if words[i][:1] in CAPITALS for j in range(i + 2, len(words) + 1)):
        return True
    from icli.extract.countries import extract_countries  # (countries imports no partners)

    return bool(extract_countries(joined_name(words), []))


def place_of_first(words: list[str]) -> bool:
    """Whether a name opens with a place named "X of Y" and ends with its head ("Gulf of Guinea
    Commission", "Horn of Africa Development Institute"): one capitalized word that is no
    role, title or head (not "Speaker of …", "Director of …"), then "of" without "the"; the
    head is the last word, the whole is the body's name."""
    return (len(words) >= 4 and words[1] == "of" and words[2] != "the" and words[0][:1].isupper()
            and "of" not in words[2:] and not words[0].endswith("s")
            and words[-1] in gazetteer.ORG_HEADS and words[0] not in gazetteer.ORG_HEADS
            and not title_word(words[0]))


def title_word(word: str) -> bool:
    """Whether a word is a person's title or role word, alone or after a capitalized prefix and
    a hyphen ("Director", "Vice-President", "Vice-Chairperson", "Co-Chair")."""
    prefix, hyphen, rest = word.partition("-")
    return any(w in gazetteer.ROLE_WORDS or w in gazetteer.TITLES_BEFORE_BODIES
               for w in ((word, rest) if hyphen and prefix.istitle() else (word,)))


# Organs named before the body they are of ("Board of Trustees of …").
_ORGANS_BEFORE_BODIES = frozenset({"Trustees", "Directors", "Governors"})


def organ_before_body(words: list[str]) -> tuple[int, bool]:
    """How many words at a name's start name an organ of the body named after them ("Board of
    Trustees of the X Foundation", "Board of the X Agency", "… of the Islamic University of
    Technology"): an office of a body folds into it (docs/contract.md), so X is the partner
    (0 when no organ opens the name); and whether the organ is named ("Board of Directors of"):
    such an organ is a body's, so X is a body whatever its head ("Board of Directors of the X
    Forum": the Forum), where "Board of the" gives X only when it has an organization's head."""
    if len(words) < 4 or words[:2] != ["Board", "of"]:
        return 0, False
    named = words[2] in _ORGANS_BEFORE_BODIES and words[3] == "of"  # "Board of Trustees of"
    if not named and words[2] != "the":
        return 0, False  # "Board of Education": a body's own name
    cut = 4 + (words[4:5] == ["the"]) if named else 3
    if len(words) - cut >= 2 and (named or any(w in gazetteer.ORG_HEADS for w in words[cut:])):
        return cut, named
    return 0, False


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def listed_full_names() -> tuple[tuple[str, str], ...]:
    """The known bodies whose full names hold a list with a comma (name, acronym)."""
    return tuple((full, acronym) for acronym, full in gazetteer.PARTNER_ACRONYMS.items() if ", " in full)


def without_parts(mentions: list[Mention]) -> list[Mention]:
    """The mentions less a name without acronym that is part of another's name, found in
    whatever order ("Scientific and Cultural Organization" of "United Nations Educational,
    Scientific and Cultural Organization"): one body named once is one partner."""
    names = [" " + " ".join(_WORD.findall(m.alias.casefold())) + " " for m in mentions]
    return [m for m, own in zip(mentions, names) if m.code or not any(
        own != other and own in other for other in names)]


_AND_ICESCO = re.compile(r"\s+and\s+(?:the\s+)?I[CS]ESCO\b")


def serves_with_icesco(text: str, start: int, end: int) -> bool:
    """Whether the acronym at text[start:end] is whom a body serves with ICESCO, "for UNESCO
    and ICESCO" ("the Ugandan National Commission conducted for UNESCO and ICESCO", "the
    Malian and Ugandan National Commissions for UNESCO and ICESCO"): no partner by that mention."""
    return text[max(0, start - 4) : start] == "for " and _AND_ICESCO.match(text, end) is not None
