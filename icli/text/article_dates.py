"""An article's event date when no date line gave one: a date its text states, else the date of
its nearest dated neighbour in the dump (`assign_dates`, run by `parse.parse_dump`)."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from icli.text.dates import (
    earliest_possible_date,
    find_event_date,
    find_yearless_event_date,
    yearless_event_weekday,
)


class DatedArticle(Protocol):
    """What is read and set here of `parse.ParsedArticle` (parse imports this module)."""

    title: str
    body: list[str]
    date: str | None
    date_source: str | None
    page: int
    title_from_text: bool


def assign_dates(articles: Sequence[DatedArticle]) -> None:
    """Event dates from the text; other articles take a date from their nearest dated neighbour.

    The neighbour is looked for on the article's own page first, then in the whole dump.
    Listings run newest first, so the neighbour above is the closest later date and the one
    below the closest earlier one; the nearer one wins, ties going to the one above. An event
    day written without a year ("on 11-12 November") takes the year that puts it nearest the
    neighbour's date; an article without one takes the neighbour's date. Both are `inferred`,
    and never earlier than the article's own words allow (`earliest_possible_date`: a text on
    COVID-19 is from 2020 on), nor on another weekday than the one it names ("today, Tuesday,
    February 22": the nearest year where it is a Tuesday); with no day left, it has no date.
    The lead of a page copied below its title (`_above_a_title`) is no other article's
    neighbour: its date is its own.
    """
    for article in articles:
        if article.date is None:
            date = find_event_date(article.body, article.title)
            if date is not None:
                article.date, article.date_source = date.isoformat(), "text"
    stated = [i for i, a in enumerate(articles)
              if a.date_source in ("dateline", "text") and not _above_a_title(articles, i)]
    if not stated:
        return
    for i, article in enumerate(articles):
        if article.date is not None:
            continue
        same_page = [j for j in stated if articles[j].page == article.page]
        candidates = same_page or stated
        at = bisect.bisect_left(candidates, i)
        neighbours = candidates[max(0, at - 1) : at + 1]
        nearest = min(neighbours, key=lambda j: (abs(j - i), j > i))
        reference = dt.date.fromisoformat(articles[nearest].date or "")
        floor = earliest_possible_date(article.body) or dt.date.min
        date = reference if reference >= floor else None
        day = find_yearless_event_date(article.body[:3])  # where the event is told
        if day is not None:
            weekday = yearless_event_weekday(article.body[:3])
            reach = 1 if weekday is None else 6  # a weekday recurs on a date within 6 years
            options = []
            for year in range(max(reference.year - reach, floor.year),
                              max(reference.year, floor.year) + reach + 1):
                try:
                    options.append(dt.date(year, *day))
                except ValueError:
                    continue
            fitting = [d for d in options if d >= floor]
            date = min([d for d in fitting if weekday in (None, d.weekday())] or fitting,
                       key=lambda d: abs(d - reference), default=date)
        if date is not None:  # never a day the article's own words rule out
            article.date, article.date_source = date.isoformat(), "inferred"


def _above_a_title(articles: Sequence[DatedArticle], i: int) -> bool:
    """Whether articles[i] is text read above its page's first title (`parse._lead_before_title`):
    saved without a title, and followed on its page by a titled article."""
    return (articles[i].title_from_text and i + 1 < len(articles)
            and articles[i + 1].page == articles[i].page and not articles[i + 1].title_from_text)
