"""People (with roles), countries and partner organizations named in an article.

Fast rules and word lists (icli.gazetteer), no statistical model: honorific- and role-anchored
name patterns (people.py), a phrase lookup for countries (countries.py), and organization-name
patterns with acronym resolution (partners.py). Each language has its own extractor in
`EXTRACTORS`; articles in a language without one get no entities rather than wrong ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from icli.extract.countries import extract_countries
from icli.extract.mention import Mention
from icli.extract.partners import extract_partners
from icli.extract.patterns import CAPITAL
from icli.extract.people import extract_people, head_by_role
from icli.parse import ParsedArticle

__all__ = ["EXTRACTOR_VERSION", "Mention", "extract"]

# Bump when extraction changes: a plain `icli ingest` then re-extracts stored articles.
EXTRACTOR_VERSION = 2

_OWN_LONG_NAME = re.compile(  # starts with a literal word, so the engine scans fast
    r"Islamic\s+(?:World\s+)?Educational,?\s+Scientific,?\s+and\s+Cultural\s+"
    r"Organi[sz]ation(?:\s*\((ICESCO|ISESCO)\))?"
)
_PARTICLE_GAP = re.compile(rf"\b(Al|El|al|el)-\s+(?={CAPITAL})")  # "Al- Malik"
_HYPHEN_GAP = re.compile(rf"(\w) -(?={CAPITAL}\w)")  # "Director -General"


def _own_acronym(match: re.Match[str]) -> str:
    """ICESCO, or ISESCO for the old name ("Islamic Educational, ...") without an acronym."""
    return match.group(1) or ("ICESCO" if "World" in match.group() else "ISESCO")


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


def extract_english(article: ParsedArticle) -> list[Mention]:
    """All entity mentions of an English article."""
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
    return people + head_by_role(body + "\n" + heading, people) + countries + partners


# The extractor of each language (ISO 639-1 code).
EXTRACTORS: dict[str, Callable[[ParsedArticle], list[Mention]]] = {"en": extract_english}


def extract(article: ParsedArticle) -> list[Mention]:
    """All entity mentions of an article (none in a language without an extractor)."""
    extractor = EXTRACTORS.get(article.language)
    return extractor(article) if extractor else []
