"""Property-based tests: any text parses, every line is accounted for, any query is safe."""

from __future__ import annotations

import pickle
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from icli.extract import person_names
from icli.extract.mention import Mention
from icli.store.connection import open_for_reading
from icli.store.fulltext import search_articles
from icli.store.queries import Filters, QueryError
from icli.text.parse import PAGE_BREAK, ParsedArticle, clean_lines, parse_dump, segment

pytestmark = pytest.mark.slow  # hundreds of random inputs each

WORDS = st.sampled_from(["ICESCO", "Holds", "forum", "Rabat", "on", "the", "Dr.", "AlMalik",
                         "Kazakhstan", "Al-Malik", "(AOU)", "culture", "2026", "17", "May",
                         "Tuesday,", "et", "le", "الثقافة", "“quoted”", "•", "-", "0"])
SENTENCE = st.lists(WORDS, min_size=1, max_size=14).map(" ".join)
LINE = st.one_of(
    SENTENCE,
    SENTENCE.map(lambda s: s + "."),
    SENTENCE.map(lambda s: s.title()),
    st.sampled_from(["", "   ", "your opinion", "User Feedback", "12 May 2020", "June 19, 2022 0",
                     "Rabat: 17/05/2019", "    Extremely Dissatisfied Extremely Satisfied",
                     "• a bullet point", "Key Dates:", "https://icesco.org/en/", "Latest articles",
                     "Skip to content", "Alem AI assistant", "May 20, 2019 0",
                     "Kuala Lumpur/Putrajaya: 12/05/2019", "** highlight", "Is It Ready for AI?"]),
    st.text(max_size=60).map(lambda s: s.replace("\n", " ").replace("\r", " ")),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE, max_size=40))
@example(["ICESCO ICESCO ICESCO.", "12 May 2020", "ICESCO"])  # a title with a full stop, dated
@example(["ICESCO ICESCO ICESCO", " ".join(["ICESCO"] * 14), "ICESCO", " ".join(["Icesco"] * 14),
          "ICESCO"])  # a random run's find: a headline's two copies differing in case
def test_every_content_line_lands_in_exactly_one_place(lines: list[str]) -> None:
    cleaned = [line for line in clean_lines("\n".join(lines)) if line]
    dump = segment(cleaned)
    placed: list[str] = list(dump.orphan_lines) + list(dump.metadata_lines)
    for article in dump.articles:
        placed.extend([] if article.title_from_text else [article.title])  # (its first sentence)
        placed.extend([article.subtitle] if article.subtitle else [])
        placed.extend(article.body)
    # (by casefold: a headline printed twice may differ in case between its copies, which
    # same_title reads as one line; which copy lands where is not told apart)
    assert Counter(map(str.casefold, placed)) == Counter(
        line.casefold() for line in cleaned if line != PAGE_BREAK)


def _reads_as_alone(first: list[str], second: list[str]) -> None:
    header = "Disclaimer: You are using Google Translate. It is not responsible."
    page = "\n".join([header, *second])
    appended = parse_dump("\n".join([*first, "Latest articles", page])).articles
    alone = parse_dump(page).articles
    assert [(a.title, a.body) for a in appended[len(appended) - len(alone):]] == \
        [(a.title, a.body) for a in alone]


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE, max_size=30), st.lists(LINE, max_size=30))
def test_a_page_after_a_page_end_reads_as_it_does_alone(first: list[str],
                                                        second: list[str]) -> None:
    """Whatever a page holds above its text, a page after "Latest articles" starting with its
    header is read as if it were alone in its file. (Its text: a paragraph closes the generated
    lines; a page of short lines only, with no text, gives no article: the test below.)"""
    _reads_as_alone(first, [*second, "ICESCO held a forum on education and culture in Rabat today."])


def test_a_masthead_line_over_a_title_wrapped_short_after_a_page_end() -> None:
    """(A random run's find: alone, the page's first line is a masthead over a title wrapped on
    three short lines; after another page, it was joined to that title. Either way the page is
    short lines with no text: no article.)"""
    lines = ["ICESCO ICESCO", "ICESCO ICESCO ICESCO", "forum", "et"]
    _reads_as_alone(["Latest articles", "", ""], lines)
    assert parse_dump("\n".join(lines)).articles == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_parses(text: str) -> None:
    dump = parse_dump(text)
    for article in dump.articles:
        assert article.title and article.language in ("en", "fr", "ar")
        assert article.date is None or len(article.date) == 10


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(max_size=200), st.lists(WORDS).map(" ".join),
                 st.sampled_from(['"', "*", "NEAR(", "title:", "a OR", "-x", "^", "AND AND"])))
def test_any_search_query_is_answered_or_refused_cleanly(loaded_db: Path, query: str) -> None:
    conn = open_for_reading(loaded_db)
    try:
        results = list(search_articles(conn, query, Filters(limit=5)))
        assert len(results) <= 5 and all(isinstance(r["id"], int) for r in results)
    except QueryError:
        pass
    finally:
        conn.close()


@settings(max_examples=100, deadline=None)
@given(st.builds(ParsedArticle, title=st.text(), subtitle=st.none() | st.text(),
                 body=st.lists(st.text()), position=st.integers(), date=st.none() | st.text(),
                 date_source=st.sampled_from([None, "dateline", "text", "inferred"]),
                 language=st.text(max_size=3)),
       st.builds(Mention, kind=st.text(), key=st.text(), name=st.text(), code=st.none() | st.text(),
                 role=st.none() | st.text(), alias=st.text(), start=st.integers(),
                 end=st.integers(), variants=st.sets(st.text())))
def test_what_workers_send_arrives_whole(article: ParsedArticle, mention: Mention) -> None:
    """Articles and mentions pickle field for field (they cross from workers to the writer)."""
    assert pickle.loads(pickle.dumps(article)) == article
    assert pickle.loads(pickle.dumps(mention)) == mention


NAME_WORDS = st.sampled_from(["Salim", "M.", "AlMalik", "bin", "al", "Abu", "(Ahmed", "Dr.",
                              "the", "Minister", "of", "Culture", "Abd", "O’Neil", "“Amal"])


@settings(max_examples=300, deadline=None)
@given(st.lists(NAME_WORDS, max_size=16), st.sampled_from([" ", "  ", "\n", " \t "]),
       st.integers(min_value=0, max_value=30))
def test_names_before_a_role_are_found_from_the_last_six_words(
        words: list[str], space: str, cut: int) -> None:
    """The narrowed search (person_names.last_words) finds what the whole window would."""
    text = "x" * cut + space.join(words) + ", Director of the Centre"
    comma = text.rindex(",")
    start = max(0, comma - 90)
    narrowed = person_names.last_words(text, start, comma)
    assert start <= narrowed <= comma
    whole = person_names._NAME_BEFORE.search(text, start, comma)
    found = person_names._NAME_BEFORE.search(text, narrowed, comma)
    assert (found and found.span(1)) == (whole and whole.span(1))
