"""Split a plain-text dump of ICESCO news pages into articles.

Pure functions, no database and no CLI: `parse_dump(text)` reads one dump as a sequence of saved
pages and returns their articles with page furniture and navigation removed, hard-wrapped lines
joined, datelines read (before or after the title) and an event date per article. Bytes become
text in `decode`; what a single line is (a title's shape, a sentence end, a dateline, the
language) is read by `lines`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from icli.text.article_dates import assign_dates
from icli.text.date_cues import opens_in_future
from icli.text.framed_datelines import date_field
from icli.text.furniture import cut_button, page_furniture, rest_of_disclaimer, starts_disclaimer
from icli.text.heads import dated_field, field_line, join_heads, same_title
from icli.text.lines import (
    URL,
    date_line,
    detect_language,
    ends_sentence,
    looks_like_title,
    opens_with_date,
    reflow,
    removed_widths,
    short_heading,
    split_lines,
    title_shaped,
)
from icli.text.normalize import normalize_text
from icli.text.page_starts import continues_links, starts_page
from icli.text.untitled import (
    TITLE_LENGTH,
    news_lead,
    prose,
    title_from_text,
    untitled_start,
)
from icli.text.yearless_datelines import yearless_dateline_day


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
    page: int = 0  # which saved page of the dump the article was read from
    title_from_text: bool = False  # saved without a title line: titled by its first sentence

    def __reduce__(self) -> tuple[type, tuple]:
        """Pickle as a plain tuple: workers send every article to the writer, and a dataclass's
        default pickling (its __dict__) costs twice as much."""
        return (ParsedArticle, (self.title, self.subtitle, self.body, self.position, self.date,
                                self.date_source, self.language, self.page,
                                self.title_from_text))


@dataclass
class ParsedDump:
    """The articles of one dump, body lines that came before any title, and the lines read as
    article metadata (datelines, "Rabat: 17/05/2019", a title repeated under its dateline)."""

    articles: list[ParsedArticle]
    orphan_lines: list[str] = field(default_factory=list)
    metadata_lines: list[str] = field(default_factory=list)


PAGE_BREAK = "\f"  # what clean_lines puts where a page ends


def clean_lines(text: str) -> list[str]:
    """Stripped content lines, '' for blank lines, PAGE_BREAK where a page ends (see
    _clean_lines)."""
    return _clean_lines(text)[0]


def _clean_lines(text: str, removed: list[tuple[int, int]] | None = None
                 ) -> tuple[list[str], list[int], list[int]]:
    """Stripped content lines, '' for blank lines, PAGE_BREAK where a page ends; for each
    line the printed width of the last line of the file it was read from (its indentation
    counted, and the characters normalization `removed` from it: see `removed_widths`; 0 for
    blank lines and page breaks), which tells wrapped lines apart; and how many characters
    were removed from each line's first word.

    Furniture is removed (and a teaser's "... Read More" button: `cut_button`), and the links
    below a "Read also:" heading: the lines right below it,
    and past a blank line the headlines and date lines up to a paragraph or the next article
    (page_starts.continues_links);
    the navigation after a page's end ("Latest articles" and its links, "Skip to content" and
    the menu) is skipped up to the next page's header, date line or title.
    The translation disclaimer, wrapped or not, starts a page: a page appended after a listing,
    which has no end line, starts there. A line indented deeper than the line it follows, when
    that one stops mid-sentence, is the rest of that line (hard-wrapped text with a hanging
    indent).
    """
    raw_lines = split_lines(text)
    lines: list[str] = []
    widths: list[int] = []
    firsts: list[int] = []
    navigation = False
    page_has_content = False  # a content line since the last PAGE_BREAK
    in_disclaimer = False  # the line above was (a piece of) the disclaimer
    links = False  # in the lines below a "Read also:" heading (links: page_starts.continues_links)
    gap = False  # the line above is blank
    previous_indent: int | None = None  # of the content line just above, None after a gap
    wrap_indent: int | None = None  # of the wrapped lines being joined
    for i, raw in enumerate(raw_lines):
        if i:  # the line above is done: only lines from here on are looked at again
            raw_lines[i - 1] = ""
        unindented = raw.lstrip()
        stripped = unindented.rstrip()
        line = cut_button(" ".join(raw.split()) if "\t" in raw or "  " in stripped else stripped)
        kind = page_furniture(line, raw_lines, i, page_has_content) if line else None
        if in_disclaimer and line and not kind and rest_of_disclaimer(line):
            continue
        in_disclaimer = kind == "header" and starts_disclaimer(line)
        if not line or kind:
            previous_indent = wrap_indent = None
            links = kind == "links" or (links and not line)  # headlines may stand apart
            gap = not line
            if not line:
                lines.append("")
            elif kind == "header":
                navigation = False
                if in_disclaimer and page_has_content:
                    lines.append(PAGE_BREAK)
                    page_has_content = False
            elif kind == "end":
                if not navigation:
                    lines.append(PAGE_BREAK)
                    page_has_content = False
                navigation = True
            if len(widths) < len(lines):  # a blank line or a page break, added just now
                widths.append(0)
                firsts.append(0)
            continue
        if links and (not gap or continues_links(raw_lines, i)):
            gap = False
            continue
        links = gap = False
        if navigation:
            if not starts_page(raw_lines, i):
                continue
            navigation = False
        indent = len(raw) - len(unindented)
        width = indent + len(stripped) + (removed[i][0] if removed else 0)
        if previous_indent is not None and (
                (indent == wrap_indent and not ends_sentence(lines[-1]))
                or (wrap_indent is None and indent > previous_indent
                    and _continues(lines[-1], line))):
            lines[-1] += " " + line
            widths[-1] = width
            wrap_indent = indent
            continue
        lines.append(line)
        widths.append(width)
        firsts.append(removed[i][1] if removed else 0)
        page_has_content = True
        previous_indent, wrap_indent = indent, None
    return lines, widths, firsts


_CONNECTOR_END = re.compile(
    r"(?:,|\b(?:the|of|and|or|a|an|to|in|for|with|on|by|from|at|as|its|their|his|her"
    r"|de|du|des|la|le|les|et|à|en))$",
    re.IGNORECASE,
)


def _continues(previous: str, line: str) -> bool:
    """Whether `line`, indented deeper, carries on the sentence or title `previous` stopped in
    the middle of: it starts in lower case, follows a connecting word, or stops unfinished too
    (a deeper line that ends a sentence is a paragraph of its own, as on legacy pages)."""
    return not ends_sentence(previous) and (
        line[0].islower() or bool(_CONNECTOR_END.search(previous)) or not ends_sentence(line))


def segment(lines: list[str]) -> ParsedDump:
    """Group content lines into articles, page by page (pages end at PAGE_BREAK).

    An article is its date lines (before or after the title), its title, an optional subtitle
    and its paragraphs. Date lines right before a title are that title's (of the highest rank,
    the one nearest the title: a site prints the day the page was viewed above the article's),
    and a date line right under the title wins over them (the contract's date line) unless a
    title follows it (then it is the next item's, in a listing of titles). Under a date line
    above the title, a dateline without a year opening the text ("Rabat, May 03 - …") is the
    day the news was filed, in the year of that date line (`yearless_dateline_day`); the first
    line of a page and the line after date lines are titles by position, whatever their case. The line
    after an article's first paragraph, when it ends with a colon, is what it announces. Under
    a dated title and its subtitle, a heading-shaped line is a second quote or kicker of the
    same article unless a date line follows it (then it is the next item of a listing). Inside
    a page, a line opening with a date that is no date line (a programme's item) is no title.
    """
    articles: list[ParsedArticle] = []
    orphans: list[str] = []
    metadata: list[str] = []
    current: ParsedArticle | None = None
    rank = 0  # of the date line current.date was read from
    # whether that line was a date field, and whether it stood above the title
    fielded: dict[int, tuple[ParsedArticle, bool, bool]] = {}
    above = False  # whether that line stood above current's title (not right under it)
    pending: list[tuple[str, tuple[int, str]]] = []  # date lines waiting for their title
    page = 0
    page_orphans = 0  # where this page's lines start in orphans
    for at, line in enumerate(lines):
        if not line:
            continue
        if line == PAGE_BREAK:
            (orphans if current is None else current.body).extend(text for text, _ in pending)
            _end_page(articles, page)
            join_heads(articles, orphans, metadata, page, page_orphans)
            _title_by_position(articles, orphans, metadata, page_orphans, page)
            _lead_before_title(articles, orphans, metadata, page_orphans, page)
            pending, current, page_orphans = [], None, len(orphans)
            page += 1
            continue
        dated = date_line(line)
        if dated is not None:
            if current is not None and not current.body and not pending:
                if dated[0] > rank or (above and dated[0] == rank > 0
                                       and not title_shaped(_next_line(lines, at))):
                    current.date, current.date_source = dated[1], "dateline"
                    rank, above = dated[0], False
                    fielded[id(current)] = (current, date_field(line), False)
                metadata.append(line)
            else:
                pending.append((line, dated))
            continue
        if pending:
            if title_shaped(line):
                _finish(current)
                current = ParsedArticle(title=line, position=len(articles), page=page)
                articles.append(current)
                written, best = max(reversed(pending), key=lambda item: item[1][0])
                rank, above = best[0], True
                if rank:
                    current.date, current.date_source = best[1], "dateline"
                    fielded[id(current)] = (current, date_field(written), True)
                metadata.extend(text for text, _ in pending)
                pending = []
                continue
            target = orphans if current is None else current.body
            target.extend(text for text, _ in pending)
            pending = []
        if current is not None and not current.body:
            if same_title(line, current.title):
                metadata.append(line)
                continue
            if current.subtitle is None and title_shaped(line):
                current.subtitle = line
                continue
            if current.subtitle is not None and current.date_source == "dateline" \
                    and not _dated_next(lines, at):
                current.body.append(line)  # a second line under the subtitle: a quote, a kicker
                continue
        if ((current is None and title_shaped(line)) or (
                looks_like_title(line) and not _announces(current, lines, at)
                and not opens_with_date(line))) \
                and not (current is None and field_line(line)) \
                and not (current is not None and dated_field(line)):  # a field line is no title
            _finish(current)
            current = ParsedArticle(title=line, position=len(articles), page=page)
            articles.append(current)
            rank, above = 0, False
        elif current is None:
            orphans.append(line)
        else:
            current.body.append(line)
    (orphans if current is None else current.body).extend(text for text, _ in pending)
    _end_page(articles, page)
    join_heads(articles, orphans, metadata, page, page_orphans)
    _title_by_position(articles, orphans, metadata, page_orphans, page)
    _lead_before_title(articles, orphans, metadata, page_orphans, page)
    for article, field_dated, over in fielded.values():
        if article.date_source != "dateline":
            continue
        if field_dated and opens_in_future(article.body):  # "Date: …" / "ICESCO will hold …"
            article.date = article.date_source = None
        elif over and article.body and article.date:  # "Rabat, May 03 - …" under the title
            day = yearless_dateline_day(article.body[0], dt.date.fromisoformat(article.date))
            article.date = article.date if day is None else day.isoformat()
    return ParsedDump(articles=articles, orphan_lines=orphans, metadata_lines=metadata)


def _dated_next(lines: list[str], at: int) -> bool:
    """Whether the next content line after `at` is a date line: what follows a title in a
    list of links or a listing page, where the line at `at` is the next item's title."""
    return date_line(_next_line(lines, at)) is not None


def _next_line(lines: list[str], at: int) -> str:
    """The content line after `at` on the same page ('' at the page's end)."""
    for line in lines[at + 1:]:
        if line:
            return "" if line == PAGE_BREAK else line
    return ""


_PARAGRAPH_END = frozenset(".!?؟…:")


def _announces(article: ParsedArticle | None, lines: list[str], at: int) -> bool:
    """Whether a paragraph of the article ending with a colon announces the line at `at`, not
    a new title: its only paragraph so far (a statement's or a call's opening, "… a publié un
    communiqué intitulé :", then the heading it announces), or a later one ("… including:")
    with only the list's items (lines that are no paragraph) after it, when the line at `at`
    is an item too: no paragraph or date line follows it (a listing's teaser may end on
    "please visit:", before the next article's title, date line and text)."""
    if article is None or not article.body:
        return False
    body = article.body
    if len(body) == 1:
        return body[0].endswith(":")
    last = len(body) - 1
    while last and body[last][-1] not in _PARAGRAPH_END:
        last -= 1  # an item of the list (a paragraph ends with a sentence, or with the colon)
    if not body[last].endswith(":"):
        return False
    following = _next_line(lines, at)
    return not prose(following) and date_line(following) is None


def _title_by_position(articles: list[ParsedArticle], orphans: list[str], metadata: list[str],
                       start: int, page: int) -> None:
    """A page with no title but a short heading over paragraphs ("Isesco Prizes"), or a line of
    a title's shape but for its final full stop over a date line ("Le Directeur général reçoit
    …." / "12 mars 2025"): its first line (orphans[start]) heads the rest, rather than the
    page giving no article at all. Any other page with prose is an article saved without its
    title (`_untitled`)."""
    if articles and articles[-1].page == page:
        return
    rest = orphans[start + 1:]
    first = orphans[start] if rest else ""
    if not rest or date_line(first) is not None:
        _untitled(articles, orphans, metadata, start, page)
        return
    dated = date_line(rest[0]) if len(rest) > 1 and first.endswith(".") \
        and title_shaped(first[:-1]) else None
    if dated is not None:  # the date line under it is its own (kept with the metadata)
        article = ParsedArticle(title=first, body=rest[1:], position=len(articles), page=page)
        metadata.append(rest[0])
        if dated[0]:
            article.date, article.date_source = dated[1], "dateline"
        articles.append(article)
        del orphans[start:]
    elif short_heading(first) and not field_line(first):
        articles.append(ParsedArticle(title=first, body=rest, position=len(articles), page=page))
        del orphans[start:]
    else:
        _untitled(articles, orphans, metadata, start, page)


def _lead_before_title(articles: list[ParsedArticle], orphans: list[str], metadata: list[str],
                       start: int, page: int) -> None:
    """Paragraphs above a page's first title that read as a news lead (`news_lead` of
    orphans[start:]: a copy that starts below the real title, before a subheading) are an
    article saved without its title (`_untitled`), placed before the page's titled articles;
    any other text there (a notice, a caption, the site's words) stays orphan lines. When the
    first 'title' below the lead is the lead's own text (`_lead_s`), the page is one article:
    that line and its text are the lead's, dated by it when the lead states no date."""
    first = len(articles)
    while first and articles[first - 1].page == page:
        first -= 1
    if first == len(articles) or not news_lead(orphans[start:], field_line):
        return
    below = articles.pop(first) if _lead_s(articles, first) else None
    if below is not None:
        orphans.extend([below.title, *filter(None, [below.subtitle]), *below.body])
    _untitled(articles, orphans, metadata, start, page)
    if below is not None and articles[-1].date is None:
        articles[-1].date, articles[-1].date_source = below.date, below.date_source
    articles.insert(first, articles.pop())
    for position in range(first, len(articles)):
        articles[position].position = position


def _lead_s(articles: list[ParsedArticle], first: int) -> bool:
    """Whether the first title found below a news lead (articles[first]) heads the lead's own
    text. It does when it reads as one of the lead's paragraphs: it holds a finished sentence
    of PROSE_WORDS words or more (`prose`), is longer than the titles `title_from_text` makes
    (TITLE_LENGTH), or has nothing under it (no date, no text: the lead's last line above the
    page's furniture); and when it is the page's only title and has no date line of its own
    (a subheading, a list's item, a sentence broken across a blank line: one saved page is one
    article). A title with its own date line is the next page's, several are a listing's."""
    article = articles[first]
    return prose(article.title) or len(article.title) > TITLE_LENGTH \
        or not (article.body or article.date) \
        or (first == len(articles) - 1 and article.date_source != "dateline")


def _untitled(articles: list[ParsedArticle], orphans: list[str], metadata: list[str],
              start: int, page: int) -> None:
    """A page with prose and no title (orphans[start:]) is one article saved without its title
    line: its text from where `untitled_start` says, titled by `title_from_text`, dated by the
    date lines above the text (kept with the metadata, as are its field lines). The short lines
    above it stay orphans."""
    lines = orphans[start:]
    at = untitled_start(lines, field_line)
    if at is None:
        return
    article = ParsedArticle(title=title_from_text(lines[at]), body=lines[at:],
                            position=len(articles), page=page, title_from_text=True)
    dated = [(line, date_line(line)) for line in lines[:at]]
    best = max((found for _, found in dated if found is not None), default=None)
    if best is not None and best[0]:
        article.date, article.date_source = best[1], "dateline"
    metadata.extend(line for line, found in dated if found is not None or field_line(line))
    orphans[start:] = [line for line, found in dated if found is None and not field_line(line)]
    articles.append(article)


def _finish(article: ParsedArticle | None) -> None:
    """A subtitle needs paragraphs after it: with none, it is the article's first paragraph (a
    page saved, or cut, in the middle of it)."""
    if article is not None and article.subtitle is not None and not article.body:
        article.body.append(article.subtitle)
        article.subtitle = None


def _end_page(articles: list[ParsedArticle], page: int) -> None:
    """Finish the last article of a page. A title with nothing after it (no subtitle, date or
    paragraph) below another article of the same page is the end of that article's text."""
    last = articles[-1] if articles else None
    if last is None or last.page != page:
        return
    _finish(last)
    if not (last.body or last.date) and len(articles) > 1 and articles[-2].page == page:
        articles.pop()
        articles[-1].body.append(last.title)


def _join_broken_lines(lines: list[str]) -> list[str]:
    """Join a line that goes on in lower case to the unfinished line right above it: one
    sentence broken in two where the page had a line break ("... by email to x@y.org" /
    "using the official forms ...")."""
    joined: list[str] = []
    for line in lines:
        if (line[:1].islower() and joined and joined[-1] not in ("", PAGE_BREAK)
                and not ends_sentence(joined[-1]) and not URL.match(line)
                and date_line(joined[-1]) is None):
            joined[-1] += " " + line
        else:
            joined.append(line)
    return joined


def _reflow_pages(lines: list[str], widths: list[int], firsts: list[int]) -> list[str]:
    """reflow() page by page: each saved page is wrapped (or not) at its own width."""
    reflowed: list[str] = []
    start = 0
    for end, line in enumerate(lines):
        if line == PAGE_BREAK:
            reflowed.extend(reflow(lines[start:end], widths[start:end], firsts[start:end]))
            reflowed.append(PAGE_BREAK)
            start = end + 1
    reflowed.extend(reflow(lines[start:], widths[start:], firsts[start:]))
    return reflowed


def _title_alone(dump: ParsedDump) -> None:
    """A page whose one article is a title with nothing under it (no subtitle, date line or
    text: "Translate this page", a headline alone, a headline under a menu or over "Latest
    articles" and its links, short lines wrapped into one) is no saved page, which always has
    text under its title: that title is an orphan line."""
    pages = Counter(article.page for article in dump.articles)
    alone = [article for article in dump.articles if pages[article.page] == 1
             and not article.body and article.subtitle is None and article.date is None]
    if not alone:
        return
    dump.orphan_lines.extend(article.title for article in alone)
    removed = {id(article) for article in alone}
    dump.articles[:] = [article for article in dump.articles if id(article) not in removed]
    for position, article in enumerate(dump.articles):
        article.position = position


def parse_dump(text: str) -> ParsedDump:
    """Parse one dump's text into articles with language and event dates. A page that is a
    title with nothing under it (furniture aside) gives no article (its title is an orphan)."""
    normal = normalize_text(text)  # (text with nothing to change as it is, after quick checks)
    saved = _clean_lines(normal, removed_widths(text, normal))
    dump = segment(_join_broken_lines(_reflow_pages(*saved)))
    _title_alone(dump)
    for article in dump.articles:
        article.language = detect_language(" ".join([article.title, *article.body[:3]]))
    assign_dates(dump.articles)
    return dump
