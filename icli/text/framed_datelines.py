"""Date lines with a site's frame around the date (issue 21, session 20): a label before it
("Publié le lundi 25 juin 2007 à 07h16min", "تاريخ النشر: 11th, January 2024 GMT"), a press
agency's place and Hijri day before it ("الرباط 13 ذو القعدة 1442 هـ الموافق 23 يونيو 2021 م
واس"), or after it a place ("15/11/2023 , Rabat") or a time, a section and an author ("6
novembre 2021 - 17h00 - Culture - Par: A.T"), after a publication label the day of an update
("Published on … | Updated 4 March 2026", or before it: "Updated on … | Published on …"), after a
pipe a section, a place or a comment count
("03 March 2026 | News | 0 comments"), and a date field with the date alone ("Date:
04/07/2009"). `lines.date_line` reads these when the plain
shapes (`dates.parse_dateline`, `place_datelines.parse_place_dateline`) give nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from icli.text.dates import (
    CORRESPONDING,
    DATE_LINE_DATE,
    HIJRI,
    TIME,
    YEAR_HINT,
    date_from_match,
    dateline_text,
    matches_near_years,
)
from icli.text.place_datelines import place_words

_DATE = re.compile(DATE_LINE_DATE, re.IGNORECASE)
# "11th, January 2024": a comma between an ordinal day and its month.
_ORDINAL_COMMA = re.compile(r"(\d(?:st|nd|rd|th))\s*,\s*(?=[^\W\d_])", re.IGNORECASE)
# What a site writes before its publication date: "Publié le", "Mis à jour le", "Posted on",
# "Published on", "نشر في", "نشر بتاريخ", "بتاريخ", or a publication label and a colon ("تاريخ
# النشر:", "Date de publication :", "Published:", "Publié :"); any other label (a coming
# session's, a deadline's: "Prochaine session :") heads no date line.
_PUBLISHED_WORDS = r"published|publiée?|mis à jour|posted|updated|نشر(?:\s+(?:في|بتاريخ))?|بتاريخ"
_PUBLISHED = re.compile(rf"(?:{_PUBLISHED_WORDS})(?:\s+(?:le|on))?", re.IGNORECASE)
_PUBLICATION_LABEL = re.compile(
    rf"(?:(?:date\s+(?:de\s+|of\s+)?)?(?:publication|{_PUBLISHED_WORDS})"
    r"(?:\s+(?:le|on|date))?|(?:تاريخ|تم)\s+النشر)\s*:", re.IGNORECASE)
# The labels of a date field ("Date: 4 July 2009", "التاريخ: …"; `heads.head_date` reads them in
# an article's head too): alone before a date, or with a time after it, a date line.
DATE_LABELS = ("date", "التاريخ")
_DATE_FIELD = re.compile(rf"(?:{'|'.join(DATE_LABELS)})\s*:", re.IGNORECASE)
# The day the site updated the item, after its publication date ("| Updated 4 March 2026",
# "| Mis à jour le 4 mars 2026", "( آخر تحديث: 24/06/2014 الساعة: 15:50 )"): part of the frame.
_UPDATE = re.compile(
    r"\s*[|–-]?\s*\(?\s*(?:last\s+|dernière\s+)?(?:updated?|mise? à jour|(?:آخر\s+)?تحديث|محدث)"
    rf"(?:\s+(?:le|on))?\s*:?\s*(?:{DATE_LINE_DATE})(?:\s*الساعة\s*:?)?(?:{TIME})?\s*\)?",
    re.IGNORECASE)
# A comment or view count after a pipe ("| 0 comments", "| 0 commentaire", "| 12 تعليق").
_COUNT = re.compile(r"\d{1,6}\s+(?:comments?|commentaires?|views?|vues?|lectures?"
                    r"|تعليقا?|تعليقات|مشاهدات?|قراءة)", re.IGNORECASE)
# A press agency's place and Hijri day before the Gregorian one: "الرباط 13 ذو القعدة 1442 هـ
# الموافق ".
_AGENCY_HEAD = re.compile(rf"(?P<place>\S+(?:\s+\S+){{0,2}}?)\s+{HIJRI}{CORRESPONDING}")
_TAIL_TIME = re.compile(rf"{TIME}(?:min)?", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*[-–|,]\s*")
# A news agency's name or code after the date ("(APS)", "MAP", "واس", "أ ش أ"), the Gregorian
# suffix "م", a time zone.
_AGENCY = re.compile(r"\(?[A-Z]{2,6}\)?|\(?(?:واس|وام|كونا|قنا|بنا|واع|أ ش أ|و م ع)\)?|م|GMT|UTC")
_SECTION = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{2,20}")
_AUTHOR = re.compile(r"(?:par|by|بقلم)\s*:?\s*\S.{0,30}", re.IGNORECASE)
# After a pipe, the Hijri day ("| Jumada al-akhirah 26, 1447 H", "| 16 جمادى الآخرة 1448 هـ") or
# the weather ("| Rabat 18°C"): a site's header, the day the page was viewed, not the article's.
_VIEWED = re.compile(r"\s*\|\s*(?:[^|]{0,40}?\b1[34]\d\d\s*(?:A\.?H\b\.?|H\b|هـ|ه)|[^|]{0,30}?\d\s*°)",
                     re.IGNORECASE)


def _head_rank(head: str) -> int | None:
    """2 when what stands before the date is a publication label, 1 for an agency's place and
    Hijri day, 0 for nothing; None for anything else (a sentence, a deadline's or an event's
    label)."""
    head = head.strip()
    if not head:
        return 0
    if head.endswith(":"):
        return 2 if _PUBLICATION_LABEL.fullmatch(head) else None
    if "الموافق" in head:
        agency = _AGENCY_HEAD.fullmatch(head)
        return 1 if agency and place_words(agency["place"]) else None
    return 2 if _PUBLISHED.fullmatch(head) else None


def _tail_rank(tail: str, labelled: bool) -> int | None:
    """1 when what follows the date is a place after a comma, 2 for a time, the day of an update
    after a publication label (`_UPDATE`; without one, a site's header: "الخميس 14 مارس 2024 آخر
    تحديث : 03-13-2024"), a zone, an agency, a section after a time, a section, a place or a count after
    a pipe ("| News | 0 comments", "| Rabat") or an author last, 0 for nothing; None for
    anything else."""
    timed = _TAIL_TIME.match(tail)
    rest = tail[timed.end():] if timed else tail
    rest, updates = _UPDATE.subn(" | ", rest) if labelled else (rest, 0)
    if not rest.strip(" |"):
        return 2 if timed or updates else 0
    piped = "|" in rest
    parts = [part for part in _SEPARATOR.split(rest.strip()) if part]
    if not timed and len(parts) == 1 and rest.lstrip().startswith(",") and place_words(parts[0]):
        return 1  # "15/11/2023 , Rabat"
    for i, part in enumerate(parts):
        if all(_AGENCY.fullmatch(word) for word in part.split()):
            continue
        if _AUTHOR.fullmatch(part) and i == len(parts) - 1:
            continue
        if piped and (_COUNT.fullmatch(part) or place_words(part)):
            continue
        if not (timed and _SECTION.fullmatch(part)):
            return None
    return 2


def date_field(line: str) -> bool:
    """Whether a line is a date field ("Date: 15 May 2026"): an event's day as much as the
    page's, which a coming event's announcement gives (`parse.segment` then dates nothing)."""
    return _DATE_FIELD.match(line.strip()) is not None


def parse_framed_dateline(line: str) -> tuple[int, dt.date] | None:
    """(rank, date) of a date line with a frame around its date: 2 a publication line, 1 a place
    line (as `lines.date_line` ranks them), 0 a site's header (`_VIEWED`: it dates nothing);
    None when the line is anything else."""
    if len(line) > 100 or not YEAR_HINT.search(line):
        return None
    text = _ORDINAL_COMMA.sub(r"\1 ", dateline_text(line))
    update = _UPDATE.match(text)  # "Updated on 5 March 2026 | Published on 3 March 2026"
    if update is not None and YEAR_HINT.search(text, update.end()):
        text = text[update.end():].lstrip(" |–-")  # the day of publication, after the update's
    matches = matches_near_years(text, _DATE)
    if not matches:
        return None
    match = matches[0]
    head = _head_rank(text[:match.start()])
    viewed = date_from_match(match) if head == 0 and _VIEWED.match(text, match.end()) else None
    if viewed is not None:
        return 0, viewed
    if head is None and _DATE_FIELD.fullmatch(text[:match.start()].strip()):
        rest = text[match.end():]  # a date field: the date alone or with a time, nothing else
        head = 2 if not rest.strip() or _TAIL_TIME.fullmatch(rest) else None
    tail = None if head is None else _tail_rank(text[match.end():], head == 2)
    if head is None or tail is None or head == tail == 0:
        return None
    date = date_from_match(match)
    return None if date is None else (max(head, tail) if 0 in (head, tail) else min(head, tail), date)
