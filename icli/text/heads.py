"""An article's head: the short lines a page puts between a title and its first paragraph
(a place and date, "Venue: …", a section and a time stamp, photo captions) and the masthead a
print page puts above its title. `segment` reads such lines one by one and can take one of
them for a new title; `join_heads` puts a page's articles back together once the page is read.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol, TypeVar

from icli.text.date_cues import opens_in_future
from icli.text.dates import parse_dateline
from icli.text.framed_datelines import DATE_LABELS
from icli.text.furniture import normalized
from icli.text.lines import date_line, ends_sentence, opens_with_date, title_shaped
from icli.text.place_datelines import PLACE_DATELINE_RE
from icli.text.untitled import TITLE_LENGTH, prose


class ParsedArticle(Protocol):
    """What is read here of `parse.ParsedArticle` (parse imports this module)."""

    title: str
    subtitle: str | None
    body: list[str]
    position: int
    date: str | None
    date_source: str | None
    page: int


Article = TypeVar("Article", bound=ParsedArticle)

HEAD_WORDS = 5  # a head line (a byline, a caption, a place and date) has at most this many words
_SEPARATORS = frozenset("|/·•-–—")  # between a head line's items
# The labels of an event's fields under its title ("Venue: Rabat", "Lieu : Tunis", "المكان: جدة")
# and of a news site's source credit ("Source: …", "المصدر: …").
_FIELD = re.compile(
    r"^(?P<label>date|venue|place|location|time|lieu|heure|source|التاريخ|المكان|الزمان|المصدر)"
    r"\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
# A section's name run into its date and a time: the article's own stamp ("World 5-3-2020 |
# 09:40"); the date is written day first, as on the pages that have it.
_STAMP = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>(?:19|20)\d{2})\s*\|?\s*\d{1,2}:\d{2}$")
# A place and a numeric date with no colon or comma between them ("Paris 09/11/2015").
_PLACE_DATE = re.compile(r"^[^\W\d][\w .’'\-]{0,40}?\s+(?P<date>\d{1,2}/\d{1,2}/(?:19|20)\d{2})$")
_TAG_SEPARATOR = re.compile(r"\s*[,،|]\s*")  # between the tags of a line
_STAMP_RANK = 3  # above a date line's (2): the article's own stamp beats a site's date header


def same_title(a: str, b: str) -> bool:
    """The same title, spacing, apostrophes and case aside."""
    if abs(len(a) - len(b)) > 10:  # (most lines are paragraphs: skip normalizing them)
        return False
    return normalized(a).casefold() == normalized(b).casefold()


def head_line(line: str) -> bool:
    """A line of an article's head: HEAD_WORDS words or fewer (a separator standing alone is no
    word: "Culture | Education | ICESCO | Morocco", a line of tags), no sentence's end."""
    words = [w for w in line.split(None, 2 * HEAD_WORDS) if w not in _SEPARATORS]
    return len(words) <= HEAD_WORDS and not ends_sentence(line)


def tag_line(line: str) -> bool:
    """A line of tags: three items or more between commas or "|", none longer than three words
    ("Heritage, Culture, Africa, Workshops", "تراث، ثقافة، أفريقيا", "Culture | Education | …")."""
    items = _TAG_SEPARATOR.split(line)
    return len(items) >= 3 and all(0 < len(item.split()) <= 3 for item in items)


def field_line(line: str) -> bool:
    """An event's field under its title ("Venue: Rabat - Morocco", "Date : 1 octobre 2019")."""
    return len(line) <= 100 and _FIELD.match(line) is not None


def dated_field(line: str) -> bool:
    """A label, a colon and a date alone ("Founded: 12 May 1982", "Deadline: 30 May 2025",
    "Fondée : 12 mai 1982"): an information field, never a title, dated or not."""
    if len(line) > 100:
        return False
    match = PLACE_DATELINE_RE.match(line)
    return match is not None and (match["written"] is None
                                  or parse_dateline(match["written"]) is not None)


def head_date(line: str) -> tuple[int, str] | None:
    """(rank, ISO date) of a head line that dates its article: a section and a time stamp
    ("World 5-3-2020 | 09:40", rank 3), a date field ("Date: 1 October 2019") or a place and a
    numeric date ("Paris 09/11/2015"), rank 1; None for any other line."""
    if len(line) > 60:
        return None
    stamp = _STAMP.search(line)
    if stamp is not None and len(line[:stamp.start()].split()) <= 3:
        return _iso(_STAMP_RANK, stamp["d"], stamp["m"], stamp["y"])
    field = _FIELD.match(line)
    if field is not None and field["label"].casefold() in DATE_LABELS:
        date = parse_dateline(field["value"])
        return (1, date.isoformat()) if date is not None else None
    place = _PLACE_DATE.match(line)
    if place is not None:
        return _iso(1, *place["date"].split("/"))
    return None


def _iso(rank: int, day: str, month: str, year: str) -> tuple[int, str] | None:
    try:
        return rank, dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def join_heads(articles: list[Article], orphans: list[str], metadata: list[str],
               page: int, page_orphans: int) -> None:
    """Put the articles of a page (the last ones of `articles`) back together where `segment`
    took a head line for a title, and take a print page's masthead out.

    A field line ("Venue: …") is never a title nor a subtitle; a date field in the subtitle's
    place ("Date: 3 March 2026") dates an undated article, unless its first sentence tells a
    coming event ("ICESCO will hold …": the field is that event's day, no event date). Under a title with only head
    lines below it, the title again or a section and time stamp ends that title's head: the
    head goes to the metadata and the text below is the title's. A title that is the subtitle
    of the article above printed again (a news agency's headline, under a line of tags with a
    standfirst and again over its text) joins it (`_join_headline`). Above a page's first
    paragraph, the lines of articles with no paragraph and no date (a newspaper's name, its
    editors: short lines, none of them text) are lines before the first title (`_page_head`). A page's one title, with nothing
    under it, below paragraphs with no title (orphans[page_orphans:]) is their last line (a
    signature, in a hard-wrapped copy saved without its title). A line of the page's frame in
    a title's place (`_frame_line`: tags, a header bar opening with the day's date) over a
    subtitle goes to the metadata, the subtitle becoming the title.
    """
    start = len(articles)
    while start and articles[start - 1].page == page:
        start -= 1
    _join_page(articles, orphans, metadata, start, page_orphans)
    for article in articles[start:]:
        if article.subtitle is not None and _frame_line(article.title) \
                and not _frame_line(article.subtitle):
            metadata.append(article.title)  # over the title, which took the subtitle's place
            article.title, article.subtitle = article.subtitle, None


def _frame_line(line: str) -> bool:
    """A line of the page's frame that is never a title: a line of tags, a site's header bar
    opening with the day's date ("Monday, 7 December 2026 | Rabat 18°C") that is no date line."""
    return tag_line(line) or (opens_with_date(line) and date_line(line) is None)


def _join_page(articles: list[Article], orphans: list[str], metadata: list[str], start: int,
               page_orphans: int) -> None:
    """The joins and the masthead of `join_heads`, on the page's articles (articles[start:])."""
    last = articles[-1] if len(articles) - start == 1 else None
    if last is not None and not last.body and last.subtitle is None and last.date is None \
            and any(map(_prose, orphans[page_orphans:])):
        orphans.append(articles.pop().title)
        return
    for article in articles[start:]:
        if article.subtitle is not None and field_line(article.subtitle):
            dated = head_date(article.subtitle)  # "Date: 3 March 2026" under the title
            if article.date is None and dated is not None and not opens_in_future(article.body):
                article.date, article.date_source = dated[1], "dateline"
            metadata.append(article.subtitle)
            article.subtitle = None
    if len(articles) - start < 2:
        return
    joined = [articles[start]]
    for article in articles[start + 1:]:
        if _joins(joined[-1], article):
            _join(joined[-1], article, metadata)
        else:
            joined.append(article)
    joined = _page_head(joined, orphans, metadata)
    if len(joined) < len(articles) - start:
        articles[start:] = joined
        for position in range(start, len(articles)):
            articles[position].position = position


def _prose(line: str) -> bool:
    """A paragraph's line: a finished sentence of more than HEAD_WORDS words, or a line holding
    a longer one and cut off after it (`untitled.prose`: a page saved as one line, cut)."""
    return (ends_sentence(line) and len(line.split(None, HEAD_WORDS)) > HEAD_WORDS) \
        or prose(line)


def _text(line: str) -> bool:
    """A line of an article's text, never of a masthead: it ends with a stop (a sentence, a
    list's lead ending with a colon), is longer than a site's title (TITLE_LENGTH
    characters), or is a clause of more than HEAD_WORDS words with a comma in it."""
    return (ends_sentence(line) or len(line) > TITLE_LENGTH
            or (("," in line or "،" in line) and len(line.split(None, HEAD_WORDS)) > HEAD_WORDS))


def _masthead(article: ParsedArticle) -> bool:
    """Whether an article above a page's first paragraph can be masthead: undated, and no
    line under its title is text (`_text`); or dated by the day over a paper's masthead
    ("الثلاثاء 7 يناير 2025" / "رئيس مجلس الإدارة" / a name: the day the page was viewed), its
    title and the lines under it all head lines (`head_line`)."""
    under = [*([article.subtitle] if article.subtitle else []), *article.body]
    if article.date is not None:
        return bool(under) and head_line(article.title) and all(map(head_line, under))
    return not any(map(_text, under))


def _page_head(joined: list[Article], orphans: list[str],
               metadata: list[str]) -> list[Article]:
    """The page's articles from its first one with a paragraph, when the articles above it
    are all masthead (`_masthead`: short lines, no text); they become orphans. When that
    article's title is a short line (a photo caption, HEAD_WORDS words or fewer), the last
    longer title-shaped line above it is the title and the captions below that line are
    metadata. A longer title-shaped line printed twice above it (a news site's headline, over
    the page and again over the text; `_printed_twice`) is the title, when that article's title
    is another line (a font-size toolbar, a photo caption with its source): that title, the
    lines below the headline's last copy and the short lines opening the text (a toolbar's
    links) are metadata. An article with a line of text above the first paragraph keeps the
    page whole."""
    first = next((i for i, a in enumerate(joined) if any(map(_prose, a.body))), 0)
    if not first or not all(map(_masthead, joined[:first])):
        return joined
    text = joined[first]
    above = [line for article in joined[:first]
             for line in (article.title, *([article.subtitle] if article.subtitle else []),
                          *article.body)]
    twice = _printed_twice(above, text.title)
    if twice is not None:  # the headline, over the page and over the text: the title
        metadata.extend([*above[twice:], text.title])
        text.title = above[twice]
        del above[twice:]
        while len(text.body) > 1 and head_line(text.body[0]) and not _prose(text.body[0]):
            metadata.append(text.body.pop(0))  # a toolbar's links ("Print", "Send")
    elif len(text.title.split()) <= HEAD_WORDS:
        at = next((i for i in range(len(above) - 1, -1, -1)
                   if len(above[i].split(None, HEAD_WORDS)) > HEAD_WORDS
                   and title_shaped(above[i])), None)
        if at is None:
            return joined
        captions = [*above[at + 1:], text.title]
        if text.subtitle is not None and head_line(text.subtitle):
            captions.append(text.subtitle)
            text.subtitle = None
        metadata.extend(captions)
        text.title = above[at]
        del above[at:]
    orphans.extend(above)
    return joined[first:]


def _printed_twice(lines: list[str], title: str) -> int | None:
    """Where the last copy stands of the first line of `lines` that is title-shaped, longer than
    a head line, printed again further down and is not `title`; None when there is none."""
    for i, line in enumerate(lines):
        if len(line.split(None, HEAD_WORDS)) > HEAD_WORDS and title_shaped(line) \
                and not same_title(line, title):
            copies = [j for j in range(i + 1, len(lines)) if same_title(lines[j], line)]
            if copies:
                return copies[-1]
    return None


def _headline_again(above: ParsedArticle, article: ParsedArticle) -> bool:
    """Whether `article`'s title is the subtitle of the article above it: a page's headline
    printed again, over its text (the first copy under a line of tags, with a standfirst) or
    as a heading inside it. (The title again under text is the same article twice, not
    joined.)"""
    return above.subtitle is not None and same_title(article.title, above.subtitle)


def _join_headline(above: ParsedArticle, article: ParsedArticle, rest: list[str],
                   metadata: list[str]) -> None:
    """`article`, headed by the subtitle of the article above printed again (its headline),
    is that article's text: the copy goes to the metadata, and so do the head lines opening
    its text (a place, an agency's name) and, when the title above is a head line (a line of
    tags, a section), that line, the headline becoming the title. A date line under the copy
    dates the article unless its own does."""
    if head_line(above.title):
        metadata.append(above.title)
        above.title, above.subtitle = article.title, None
    if _head_only(above):
        metadata.extend(above.body)
        above.body = []
    metadata.append(article.title)
    lead = 0
    while lead < len(rest) - 1 and head_line(rest[lead]):
        lead += 1
    metadata.extend(rest[:lead])
    above.body.extend(rest[lead:])
    if article.date is not None and above.date_source != "dateline":
        above.date, above.date_source = article.date, article.date_source


def _head_only(article: ParsedArticle) -> bool:
    """Whether an article has only head lines (or nothing) under its title."""
    return all(map(head_line, article.body))


def _joins(above: ParsedArticle, article: ParsedArticle) -> bool:
    """Whether `article`'s title is a line of the article above it: a field line, its
    subtitle again (`_headline_again`), or under a head the title again or a section and time
    stamp."""
    if field_line(article.title) or _headline_again(above, article):
        return True
    if not _head_only(above):
        return False
    if same_title(article.title, above.title):
        return True
    dated = head_date(article.title)
    return dated is not None and dated[0] == _STAMP_RANK


def _join(above: ParsedArticle, article: ParsedArticle, metadata: list[str]) -> None:
    """`article`'s title ends the head of the article above, or is its headline again
    (`_join_headline`); its text is that article's. A field line below paragraphs is one of
    them."""
    rest = [*([article.subtitle] if article.subtitle else []), *article.body]
    if _headline_again(above, article):
        _join_headline(above, article, rest, metadata)  # the headline again: one article
        return
    if not _head_only(above):
        above.body.extend([article.title, *rest])
        return
    head = [*above.body, article.title]
    if above.subtitle is None and article.subtitle is not None:
        above.subtitle = rest.pop(0)
    lead = 0  # head lines at the top of the text (a source under a stamp), when text follows
    while lead < len(rest) - 1 and head_line(rest[lead]):
        lead += 1
    if lead < len(rest) and not head_line(rest[lead]):
        head.extend(rest[:lead])
        rest = rest[lead:]
    metadata.extend(head)
    above.body = rest
    dates = [found for found in map(head_date, head) if found is not None]
    best = max(dates, default=None)
    if best is not None and best[0] == _STAMP_RANK:
        above.date = best[1]
    elif above.date is None:
        above.date = article.date or (best[1] if best is not None else None)
    if above.date is not None:
        above.date_source = "dateline"
