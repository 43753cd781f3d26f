"""Where the next saved page starts in the navigation after a page's end: a dump's pages are
appended one after another, and the links and menus after "Latest articles" or "Skip to
content" are skipped up to the next page's header, date lines or title (`parse`); and where a
block of links to other articles ("Read also:") whose headlines stand apart ends."""

from __future__ import annotations

from icli.text.furniture import furniture, normalized
from icli.text.lines import BULLET, date_line, ends_sentence, looks_like_title, title_shaped
from icli.text.untitled import PROSE_WORDS, prose


def starts_page(raw_lines: list[str], at: int) -> bool:
    """Whether the line at `at`, in a page's navigation, starts the next page.

    A page starts with date lines and a title (repeated or not), or a title, one publication
    line and a subtitle, then prose; or at its header. A page saved without its title starts
    with date lines and a paragraph. A list of links is titles and date lines without prose.
    In hard-wrapped text prose can look like a title line by line: a long one that goes on,
    right below it, in a line that is not a date is prose; a short line right below a title
    is the title's end.
    """
    titles: set[str] = set()
    dates_before_title = dates_after_title = publications_after_title = 0
    dated = subtitle = False  # dated: a date line above, no title yet
    title_at = -1  # where the last title line stands
    for k, raw in enumerate(raw_lines[at : at + 12], start=at):
        line = " ".join(raw.split())
        kind = furniture(line) if line else None
        if kind in ("end", "header"):
            return False  # (a header starts the next page itself)
        if not line or kind:
            continue
        dated_line = date_line(line)
        if dated_line:
            dated = not titles
            if titles:  # a place line there never comes before a subtitle: count it twice
                dates_after_title += 1 if dated_line[0] == 2 else 2
            elif dated_line[0] == 2:
                dates_before_title += 1
            publications_after_title += bool(titles) and dated_line[0] == 2
            if subtitle or (titles and dates_before_title) or dates_before_title > 1 \
                    or publications_after_title > 1:
                return False  # a link's date: title, date, title, date or date, date, title,
                # or title, date and the next page's date
            continue
        if title_shaped(line):
            key = normalized(line).casefold()
            if key in titles:
                continue
            if titles:
                if len(line.split()) >= 8 and _goes_on(raw_lines, k + 1) \
                        and not _headline(raw_lines[k + 1]):
                    return True  # the first line of a wrapped paragraph
                if subtitle or dates_after_title != 1:
                    return False  # a second title: a list of links
                subtitle = True
            titles.add(key)
            title_at = k
            continue
        if k == title_at + 1 and len(line.split()) < 6:
            continue  # a wrapped title's last words
        if dated and len(line.split(None, PROSE_WORDS)) >= PROSE_WORDS:
            return True  # a page saved without its title: its date line, then a paragraph
        return bool(titles) and len(line.split()) >= 6
    return False


def _headline(raw: str) -> bool:
    """Whether a line reads as one more headline of a list of links, not a wrapped paragraph's
    next line: title-shaped and opening with a capital (a wrapped sentence goes on in lower
    case but for a name; in a script without case this tells nothing)."""
    line = raw.strip()
    return title_shaped(line) and line[:1].isupper()


def _goes_on(raw_lines: list[str], at: int) -> bool:
    """Whether the line at `at` carries on the text right above it: content, not a date."""
    if at >= len(raw_lines):
        return False
    line = " ".join(raw_lines[at].split())
    return bool(line) and furniture(line) is None and date_line(line) is None


def continues_links(raw_lines: list[str], at: int) -> bool:
    """Whether the line at `at`, after a blank line in a block of links to other articles (a
    "Read also:" heading and headlines), is one more of them: a headline (title_shaped, or a
    bullet that ends no sentence) or a link's date line; not a headline with a paragraph
    right after it, or with its date line right below that starts a page (starts_page): the
    next article of a dump, its title and prose, dated or not; nor a headline with its own
    head between it and a paragraph (`_heads_article`). A paragraph ends the block."""
    line = " ".join(raw_lines[at].split())
    if date_line(line) or (BULLET.match(line) and not ends_sentence(line)):
        return True
    if not title_shaped(line):
        return False
    if prose(_next_line(raw_lines, at + 1)):
        return False
    if date_line(_next_line(raw_lines, at + 1)) and starts_page(raw_lines, at):
        return False
    return not _heads_article(raw_lines, at)


_HEAD_LINES = 3  # a title's head, between it and its paragraph: at most this many lines


def _heads_article(raw_lines: list[str], at: int) -> bool:
    """Whether the headline at `at` is the next article's title: between it and a paragraph
    stand only lines that are no headline of the block: a subtitle (right below it, or apart
    and not cased as a heading: `looks_like_title`), a date line, a label and its date ("Next
    session: 12 September 2026"). A line right below it that starts in lower case is its end."""
    head = 0
    apart = False  # a blank line above the line looked at
    for raw in raw_lines[at + 1 : at + 4 * _HEAD_LINES]:
        line = " ".join(raw.split())
        if not line:
            apart = True
            continue
        if prose(line):
            return head > 0
        if furniture(line) or head == _HEAD_LINES:
            return False
        if not apart and not head and line[0].islower():
            continue  # a wrapped headline's last words
        if apart and looks_like_title(line) and not _dated(line):
            return False  # the next headline of the block
        head += 1
        apart = False
    return False


def _dated(line: str) -> bool:
    """Whether a line is a date line, or a label and a date after its colon ("Next session:
    12 September 2026", "Prochaine session : 12 septembre 2026")."""
    if date_line(line):
        return True
    label, colon, value = line.partition(":")
    return bool(colon and label) and date_line(value.strip()) is not None


def _next_line(raw_lines: list[str], at: int) -> str:
    """The first line from `at` on (within four) that is not blank, its spaces collapsed."""
    return next((" ".join(raw.split()) for raw in raw_lines[at : at + 4] if raw.strip()), "")

