"""Why two saved pages are or are not versions of one item, as the linker reads them: each
page's articles (a page read as several shows each), then the closest pairs of their articles
with the linker's score, the strong things an undated one needs, and what they share or what
keeps them apart (`python -m bench.versions --pages DIR --gold FILE --why`)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from icli.extract.undated_versions import (
    MIN_STRONG,
    UNDATED_MIN,
    both_undated_evidence,
    both_undated_score,
    undated,
    undated_evidence,
    undated_score,
)
from icli.extract.versions import MIN_SCORE, Story, conflict, profile, score, shared
from icli.store.version_stories import stories

CLOSEST = 2  # the pairs of articles shown for two pages


def explain(conn: sqlite3.Connection, first: str, second: str) -> list[str]:
    """Lines saying how the articles of two pages (dump names without `.txt`) compare."""
    pages: dict[str, list[tuple[int, str, str | None, str]]] = {first: [], second: []}
    for article_id, source, language, date, title in conn.execute(
            "SELECT id, source, language, date, title FROM articles ORDER BY id"):
        if Path(source).stem in pages:
            pages[Path(source).stem].append((article_id, language or "?", date, title))
    read = {story.id: story for story in stories(
        conn, [row[0] for rows in pages.values() for row in rows])}
    lines = [f"{page}: " + ("; ".join(f"#{article_id} {language} {date or 'undated'} "
                                       f"«{title[:60]}»" for article_id, language, date, title
                                       in rows) or "no article")
             for page, rows in pages.items()]
    compared = sorted((compare(read[a], read[b]) for a, *_ in pages[first]
                       for b, *_ in pages[second] if a in read and b in read
                       and read[a].language != read[b].language), key=lambda found: -found[0])
    return lines + [line for _, line in compared[:CLOSEST]]


def compare(a: Story, b: Story) -> tuple[float, str]:
    """The linker's score of two stories and a line saying what it rests on."""
    pair = f"#{a.id}-#{b.id}"
    pa, pb = profile(a), profile(b)
    if pa is not None and pb is not None:
        apart = conflict(pa, pb)
        if apart:
            return 0.0, f"{pair} dated: apart: {apart}"
        value = score(pa, pb)
        if not value:
            return 0.0, f"{pair} dated: {abs(pa.day - pb.day)} days apart"
        return value, f"{pair} dated: {value:.1f} ({MIN_SCORE} needed): {_shared(shared(pa, pb))}"
    ua, ub = undated(a), undated(b)
    if pa is None and pb is None:
        if ua is None or ub is None:
            return 0.0, f"{pair}: no language"
        label, (value, strong) = "both undated", both_undated_score(ua, ub)
        both = both_undated_evidence(ua, ub)
        found = both if isinstance(both, str) else both[-1]
    else:
        story, dated = (ua, pb) if pa is None else (ub, pa)
        if story is None or dated is None:
            return 0.0, f"{pair}: no language"
        label, (value, strong) = f"#{story.profile.story.id} undated", undated_score(story, dated)
        one = undated_evidence(story, dated)
        found = one if isinstance(one, str) else one[-1]
    if isinstance(found, str):
        return 0.0, f"{pair} {label}: apart: {found}"
    return value, (f"{pair} {label}: {value:.1f}, {strong} strong ({UNDATED_MIN} and "
                   f"{MIN_STRONG} needed): {_shared(found)}")


def _shared(evidence: dict[str, list]) -> str:
    """What two stories share, kind by kind."""
    return "; ".join(f"{kind} {', '.join(map(str, values))}"
                     for kind, values in evidence.items() if values) or "nothing"
