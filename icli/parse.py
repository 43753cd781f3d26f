"""Split a plain-text dump of ICESCO news pages into articles.

Pure functions, no database and no CLI: `parse_dump(text)` returns the articles of one dump with
page furniture removed, hard-wrapped lines joined, datelines read and an event date per article.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

from icli.dates import PLACE_DATELINE_RE, find_event_date, parse_dateline


class DumpError(ValueError):
    """A file that cannot be read as a text dump (binary, HTML, undecodable)."""


@dataclass
class ParsedArticle:
    """One article as read from a dump."""

    title: str
    subtitle: str | None = None
    body: list[str] = field(default_factory=list)
    position: int = 0
    date: str | None = None
    date_source: str | None = None
    language: str = "en"

    def __reduce__(self) -> tuple[type, tuple]:
        """Pickle as a plain tuple: workers send every article to the writer, and a dataclass's
        default pickling (its __dict__) costs twice as much."""
        return (ParsedArticle, (self.title, self.subtitle, self.body, self.position, self.date,
                                self.date_source, self.language))


@dataclass
class ParsedDump:
    """The articles of one dump, body lines that came before any title, and the lines read as
    article metadata (datelines, "Rabat: 17/05/2019", a title repeated under its dateline)."""

    articles: list[ParsedArticle]
    orphan_lines: list[str] = field(default_factory=list)
    metadata_lines: list[str] = field(default_factory=list)


# --- decoding --------------------------------------------------------------------------------

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a zip archive",
    b"%PDF": "a PDF document",
    b"\x1f\x8b": "a gzip archive",
    b"SQLite format 3": "an SQLite database",
}


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]{1,3}")


def decode_dump(data: bytes) -> tuple[str, str | None]:
    """Decode a dump's bytes; return the text and a warning (or None).

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as such; a UTF-8 file with a
    few invalid bytes is read with replacement characters; anything else is read as Windows-1252.
    Raises DumpError for binary files and HTML pages.
    """
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError as error:
                raise DumpError(f"invalid {encoding} text at byte {error.start}") from None
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise DumpError(f"not a text dump: looks like {kind}")
    if b"\x00" in data[:65536]:
        raise DumpError("not a text dump: binary content (NUL bytes)")
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        raise DumpError("an HTML page, not a text dump: save the page as plain text")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if _UTF8_MULTIBYTE.search(data) and bad <= max(3, len(data) // 1000):
        return text, f"{bad} invalid UTF-8 byte sequence(s) replaced"
    return data.decode("cp1252", errors="replace"), "not UTF-8: read as Windows-1252/Latin-1"


# --- page furniture --------------------------------------------------------------------------

_BOILERPLATE = re.compile(
    r"^(?:"
    r"disclaimer\s*:.*google translate.*"
    r"|your opinion|user feedback|votre avis|commentaires des utilisateurs|رأيك|تعليقات المستخدمين"
    r"|overall,? how satisfied are you (?:about|with) the website\s*\??"
    r"|dans l'ensemble,? dans quelle mesure êtes-vous satisfait du site web\s*\??"
    r"|(?:extremely|très|extrêmement) (?:dissatisfied|insatisfait) (?:extremely|très|extrêmement) "
    r"(?:satisfied|satisfait)"
    r"|.{0,30}(?:مدى رضاك|راض[ٍي]? (?:للغاية|جدا|تماما)).{0,60}"
    r"|by messaging icesco,? you agree to our terms.*"
    r"|alem ai assistant|read more|lire la suite|اقرأ المزيد|share|partager"
    r")$",
    re.IGNORECASE,
)
_LONG_FURNITURE = ("disclaimer", "by messaging icesco")  # the patterns with no length bound
_LONGEST_SHORT_FURNITURE = 160  # what the other patterns can match is shorter

# Lines after which a page carries only navigation.
_END_MARKERS = re.compile(
    r"^(?:latest articles|skip to content|derniers articles|آخر المقالات|أحدث المقالات)$",
    re.IGNORECASE,
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def _normalized(line: str) -> str:
    """A line as compared against the boilerplate patterns."""
    return " ".join(line.translate(_APOSTROPHES).split())


def is_boilerplate(line: str) -> bool:
    """True for page furniture: translation disclaimer, feedback widget, chat assistant."""
    return bool(_BOILERPLATE.match(_normalized(line)))


def clean_lines(text: str) -> list[str]:
    """Stripped content lines, '' for blank lines, without page furniture or trailing navigation."""
    lines = []
    for raw in text.replace("\ufeff", "").splitlines():
        line = " ".join(raw.split()) if "\t" in raw or "  " in raw.strip() else raw.strip()
        line = line.replace("\u00a0", " ").strip()
        if not line:
            lines.append("")
            continue
        if len(line) > 300 or (len(line) > _LONGEST_SHORT_FURNITURE
                               and not line[:20].lower().startswith(_LONG_FURNITURE)):
            lines.append(line)  # page furniture is short, but for two notices
            continue
        normalized = _normalized(line)
        if _END_MARKERS.match(normalized):
            break
        if not _BOILERPLATE.match(normalized):
            lines.append(line)
    return lines


# --- hard-wrapped text -----------------------------------------------------------------------


def _wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped dump was wrapped at, or None when lines are not wrapped.

    Wrapped text has no long lines and many lines that stop mid-sentence with the sentence
    going on, in lower case, on the next line.
    """
    content = [line for line in lines if line]
    if len(content) < 3:
        return None
    width = max(len(line) for line in content)
    if width > 120:
        return None
    breaks = sum(
        1 for line, following in zip(lines, lines[1:])
        if line and following and not _TERMINAL.search(line) and following[0].islower()
    )
    return width if breaks >= max(2, len(content) * 0.1) else None


_BULLET = re.compile(r"^(?:[•·▪◦●\-\*–—]\s|\d{1,2}[.)]\s)")


def reflow(lines: list[str]) -> list[str]:
    """Join the continuation lines of hard-wrapped text back into whole lines.

    A line continues on the next when the next line's first word would have fitted on it had
    the line been a paragraph's end: that is what a wrapping editor or browser leaves behind.
    """
    width = _wrap_width(lines)
    if width is None:
        return lines
    joined: list[str] = []
    previous = ""
    for line in lines:
        next_word = line.split(" ", 1)[0] if line else ""
        continues = (
            previous
            and line
            and len(previous) + 1 + len(next_word) > width
            and not _BULLET.match(line)
            and parse_dateline(line) is None
            and parse_dateline(previous) is None
        )
        if continues:
            joined[-1] += " " + line
        else:
            joined.append(line)
        previous = line
    return joined


# --- segmentation ----------------------------------------------------------------------------

_TERMINAL = re.compile(r"[.!?:;…,؟،]['\"”’»)\]]*$")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


def looks_like_title(line: str) -> bool:
    """A heading: no closing punctuation, not a bullet or URL, a few words, starts upper-case."""
    if not line or len(line) > 300 or len(line) < 12:
        return False
    if _TERMINAL.search(line) or _BULLET.match(line) or _URL.match(line):
        return False
    if len(line.split()) < 3:
        return False
    first = next((c for c in line if c.isalnum()), "")
    return bool(first) and not first.islower()


_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LETTERS = re.compile(r"[^\W\d_]")


def _cased(words: str) -> frozenset[str]:
    """Each word as written in lower case, Capitalized and in CAPITALS (no lower() per text)."""
    return frozenset(form for word in words.split()
                     for form in (word, word.capitalize(), word.upper()))


_FRENCH_WORDS = _cased("le la les des du une et est pour dans avec sur au aux à été cette qui")
_ENGLISH_WORDS = _cased("the and of to in for with on is was that this by its from")


def detect_language(text: str) -> str:
    """'ar', 'fr' or 'en' by script and common function words."""
    sample = text[:1500]
    if not sample.isascii() and ("ا" in sample or "ل" in sample):  # alef, lam: in any Arabic
        if len(_ARABIC.findall(sample)) > len(_LETTERS.findall(sample)) * 0.3:
            return "ar"
    words = sample.split()
    french = sum(map(_FRENCH_WORDS.__contains__, words))
    english = sum(map(_ENGLISH_WORDS.__contains__, words))
    return "fr" if french > english else "en"


def _same_title(a: str, b: str) -> bool:
    return _normalized(a).casefold() == _normalized(b).casefold()


def segment(lines: list[str]) -> ParsedDump:
    """Group content lines into articles: title, optional dateline or subtitle, paragraphs."""
    articles: list[ParsedArticle] = []
    orphans: list[str] = []
    metadata: list[str] = []
    current: ParsedArticle | None = None
    dateline_seen = False
    for line in lines:
        if not line:
            continue
        if current is not None and not current.body:
            date = parse_dateline(line)
            if date is not None and not dateline_seen:
                current.date, current.date_source = date.isoformat(), "dateline"
                dateline_seen = True
                metadata.append(line)
                continue
            if dateline_seen and (PLACE_DATELINE_RE.match(line) or _same_title(line, current.title)):
                metadata.append(line)
                continue
            if not dateline_seen and current.subtitle is None and looks_like_title(line):
                current.subtitle = line
                continue
        if looks_like_title(line) and parse_dateline(line) is None:
            current = ParsedArticle(title=line, position=len(articles))
            articles.append(current)
            dateline_seen = False
        elif current is None:
            orphans.append(line)
        else:
            current.body.append(line)
    last = articles[-1] if articles else None
    if last and len(articles) > 1 and not (last.body or last.subtitle or last.date):
        articles.pop()  # a dump cut mid-paragraph: the fragment is not a title
        articles[-1].body.append(last.title)
    return ParsedDump(articles=articles, orphan_lines=orphans, metadata_lines=metadata)


def _assign_dates(articles: list[ParsedArticle]) -> None:
    """Event dates from the text; undated articles take the nearest dated neighbour's date.

    Listings run newest first, so the neighbour above is the closest later date and the one
    below the closest earlier one; the nearer one wins, ties going to the one above.
    """
    for article in articles:
        if article.date is None:
            date = find_event_date(article.body)
            if date is not None:
                article.date, article.date_source = date.isoformat(), "text"
    stated = [i for i, a in enumerate(articles) if a.date_source in ("dateline", "text")]
    if not stated:
        return
    for i, article in enumerate(articles):
        if article.date is None:
            at = bisect.bisect_left(stated, i)
            neighbours = stated[max(0, at - 1) : at + 1]
            nearest = min(neighbours, key=lambda j: (abs(j - i), j > i))
            article.date, article.date_source = articles[nearest].date, "inferred"


def parse_dump(text: str) -> ParsedDump:
    """Parse one dump's text into articles with language and event dates."""
    text = unicodedata.normalize("NFC", text)
    dump = segment(reflow(clean_lines(text)))
    for article in dump.articles:
        article.language = detect_language(" ".join([article.title, *article.body[:3]]))
    _assign_dates(dump.articles)
    return dump
