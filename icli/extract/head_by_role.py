"""ICESCO's Director-General mentioned by role alone, with no name ("the Director-General",
"le Directeur général", "المدير العام"), in the three languages: the linker links such a mention
to whoever held the office on the article's date (docs/entities.md). A bare title counts only
when it is ICESCO's head and not part of another person's role phrase ("Mr. X, Director General
(Acting) of the library", "M. X, conseiller du Directeur général")."""

from __future__ import annotations

import re

from icli.extract import gazetteer
from icli.extract.identity import head_by_role_key, head_office
from icli.extract.mention import Mention
from icli.extract.offices import is_own_head_ar, is_own_head_role
from icli.text.normalize import ARABIC_WORD, arabic_word_key

# A short parenthesis between a head's title and the body it heads ("Director General (Acting)
# of the library").
_ASIDE = r"(?:\s+\([^()\n]{1,24}\))?"
_BARE_HEAD = re.compile(  # look-behinds after the first word: a literal start scans fast
    r"Director(?<!Deputy Director)(?<!Assistant Director)(?<!cting Director)(?<!ormer Director)(?<!to the Director)[\s-]+General\b"
    rf"(?!{_ASIDE}\s+of\s+(?!ICESCO|ISESCO|the Organi[sz]ation))|DG(?<!\wDG)\b"
)
# Another body's acronym right before a head's title ("UNESCO Director General").
_OTHER_OWNER_BEFORE = re.compile(r"\b(?!ICESCO\b|ISESCO\b)[A-Z]{2,}(?:’s|'s)?\s+$")
_BARE_HEAD_FR = re.compile(
    r"Directeur(?<!conseiller du Directeur)(?<!conseillère du Directeur) général(?! adjoint)"
    rf"(?!{_ASIDE}\s+d[eu’']\s*(?!l’ICESCO|l’ISESCO|l’Organisation)\S)", re.IGNORECASE)
_OWN_HEAD_ROLE_FR = re.compile(r"^Directeur général de l’(?:ICESCO|ISESCO|Organisation)\b",
                               re.IGNORECASE)
# Words before "المدير العام" that make it another person's role: a deputy's, an adviser's.
_NOT_THE_HEAD_BEFORE_AR = frozenset({"نايب", "مستشار", "مستشاره"})


def _role_spans(text: str, people: list[Mention]) -> list[tuple[int, int]]:
    """Where the roles stated beside named people stand in `text`: each role found next to its
    name, after it ("X, conseiller du Directeur général") or before it."""
    spans = []
    for mention in people:
        if mention.name and mention.role:
            width = len(mention.role)
            at = text.find(mention.role, max(0, mention.start - width - 4), mention.end + width + 8)
            if at >= 0:
                spans.append((at, at + width))
    return spans


def _bare(starts: list[int], text: str, people: list[Mention]) -> bool:
    """Whether one of the titles at `starts` stands outside every named person's role."""
    spans = _role_spans(text, people)
    return any(not any(start <= at < end for start, end in spans) for at in starts)


def _mention(role: str, rule: str) -> list[Mention]:
    """The one role-alone mention of ICESCO's head, with its role as written."""
    return [Mention("person", head_by_role_key(), "", None, role, role, rule=rule,
                    office=head_office())]


def head_by_role(text: str, people: list[Mention]) -> list[Mention]:
    """A mention of ICESCO's Director-General by role alone in English, when the article names
    nobody in that role (offices.is_own_head_role: "ISESCO Director General" too)."""
    if any(is_own_head_role(m.office) for m in people):
        return []
    starts = [head.start() for head in _BARE_HEAD.finditer(text)
              if not _OTHER_OWNER_BEFORE.search(text, max(0, head.start() - 20), head.start())]
    return _mention("Director-General", "person.en.role-alone") if _bare(starts, text, people) else []


def head_by_role_fr(text: str, people: list[Mention]) -> list[Mention]:
    """ICESCO's Director-General by role alone in French ("le Directeur général de l’ICESCO"),
    when the article names nobody in that role."""
    if any(m.office and _OWN_HEAD_ROLE_FR.match(m.office) for m in people):
        return []
    starts = [head.start() for head in _BARE_HEAD_FR.finditer(text)]
    return _mention("Directeur général", "person.fr.role-alone") if _bare(starts, text, people) else []


def _other_body_after_ar(word: str, next_word: str) -> bool:
    """Whether the word after "المدير العام" names a body other than ICESCO ("للمكتبة"; not
    "للإيسيسكو", "للمنظمة", "لمنظمة العالم الإسلامي")."""
    if not word.startswith("ل"):
        return False
    body = word[2:] if word.startswith("لل") else word[1:]
    if gazetteer.names_icesco(body):
        return False
    return not (arabic_word_key(body) == "منظمه"
                and (word.startswith("لل") or arabic_word_key(next_word) == "عالم"))


def head_by_role_ar(text: str, people: list[Mention]) -> list[Mention]:
    """ICESCO's Director-General by role alone in Arabic ("المدير العام للإيسيسكو", not
    "نائب المدير العام" nor "المدير العام للمكتبة"), when the article names nobody in that
    role."""
    if any(is_own_head_ar(m.office) for m in people):
        return []
    found = list(ARABIC_WORD.finditer(text))
    words = [arabic_word_key(w.group()) for w in found]
    head = list(gazetteer.OWN_HEAD_AR)
    starts = [found[i].start() for i in range(len(found) - 1) if words[i : i + 2] == head
              and (i == 0 or words[i - 1] not in _NOT_THE_HEAD_BEFORE_AR)
              and not _other_body_after_ar(found[i + 2].group() if i + 2 < len(found) else "",
                                           found[i + 3].group() if i + 3 < len(found) else "")]
    return _mention("المدير العام", "person.ar.role-alone") if _bare(starts, text, people) else []
