"""A page saved without its title line (a copy starting at the date line, the subtitle, the
first paragraph or the page's breadcrumb) is read as one article titled from its own text;
breadcrumb trails and menu lines are furniture, never a title. Fixtures in
tests/fixtures/untitled, written for the tests."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path
from typing import Any

import pytest

from icli.text.furniture import furniture
from icli.text.parse import parse_dump
from icli.text.untitled import TITLE_LENGTH, title_from_text
from tests.conftest import FIXTURES, Cli

UNTITLED = FIXTURES / "untitled"
# A page of navigation alone: menu lines and breadcrumbs in the three languages, no prose (not
# a fixture file: every fixture is ingested for the command snapshot).
NO_PROSE = ("Home > News\nHome\nNews\nMedia Center\nContact Us\nAccueil / Actualités\n"
            "الرئيسية > الأخبار\n")

# file → (title, title_from_text, date, date_source, paragraph count, language)
EXPECTED: dict[str, tuple[Any, ...]] = {
    # date line first, then paragraphs and the page's end: titled by the first sentence, cut at
    # a word boundary under TITLE_LENGTH; the date line still dates it
    "en_dateline_first.txt": (
        "The Islamic World Educational, Scientific and Cultural Organization (ICESCO) opened in "
        "Dakar a five-day course on the care of museum collections for…",
        True, "2025-01-28", "dateline", 3, "en"),
    # a breadcrumb trail and menu lines over a real title: the title is the title
    "en_breadcrumb_then_title.txt": (
        "ICESCO Trains Primary School Teachers on Reading Methods in Banjul",
        False, "2024-03-03", "dateline", 2, "en"),
    # a breadcrumb, an old-site place line, paragraphs: cut at the last comma
    "en_breadcrumb_first.txt": (
        "The Director General of ISESCO received on Thursday at the headquarters of the "
        "Organization a delegation of young inventors from Kuala Lumpur…",
        True, "2019-05-17", "dateline", 2, "en"),
    # the first paragraph first, hard-wrapped: rejoined, dated by its text
    "en_paragraph_first_wrapped.txt": (
        "ICESCO took part on Monday, 14 October 2024, in a regional meeting on adult literacy "
        "held in Nouakchott…",
        True, "2024-10-14", "text", 3, "en"),
    # a French breadcrumb, then a subtitle with a title's shape (no full stop), flat: the
    # subtitle heads the article, as any title-shaped first line does
    "fr_subtitle_first_flat.txt": (
        "Des artisans de neuf pays exposent leurs oeuvres au siège de l'Organisation",
        False, "2024-06-05", "text", 3, "fr"),
    "fr_dateline_first.txt": (
        "L’ICESCO a organisé à Niamey un atelier sur l’enseignement des sciences au collège…",
        True, "2024-03-12", "dateline", 2, "fr"),
    # an Arabic breadcrumb and a date line with its weekday: the whole first sentence
    "ar_dateline_first.txt": (
        "نظمت منظمة العالم الإسلامي للتربية والعلوم والثقافة (إيسيسكو) في مدينة فاس ندوة عن صون "
        "المخطوطات القديمة، بمشاركة خبراء من عدة دول أعضاء.",
        True, "2024-03-12", "dateline", 3, "ar"),
    # a breadcrumb copied right to left (home last), flat, no date anywhere
    "ar_paragraph_first_flat.txt": (
        "استقبل المدير العام للإيسيسكو في مقر المنظمة بالرباط وفدا من طلاب الجامعات الإفريقية، "
        "واطلعوا على برامج المنظمة في مجال المنح الدراسية.",
        True, None, None, 2, "ar"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_page_without_its_title_is_one_article(name: str) -> None:
    dump = parse_dump((UNTITLED / name).read_text(encoding="utf-8"))
    (article,) = dump.articles
    assert (article.title, article.title_from_text, article.date, article.date_source,
            len(article.body), article.language) == EXPECTED[name]
    assert article.subtitle is None and dump.orphan_lines == []
    if article.title_from_text:  # its first sentence, still the start of its first paragraph
        assert article.body[0].startswith(article.title.removesuffix("…"))
        assert len(article.title) <= TITLE_LENGTH + 1


def test_every_fixture_is_expected() -> None:
    assert sorted(p.name for p in UNTITLED.glob("*.txt")) == sorted(EXPECTED)


def test_a_page_of_navigation_alone_gives_no_article() -> None:
    assert parse_dump(NO_PROSE).articles == []
    # lines without a finished sentence of eight words are no prose either
    assert parse_dump("word " * 500).articles == []
    assert parse_dump("Home\n12 May 2020\nPhotos: ICESCO.\nSee the programme here.\n").articles == []


def test_a_page_saved_without_its_title_after_a_full_page() -> None:
    """Appended after a page whose end and the next page's header are there, the untitled page
    is read as it is alone."""
    full = (FIXTURES / "layouts" / "single_article_page.txt").read_text(encoding="utf-8")
    untitled = (UNTITLED / "fr_dateline_first.txt").read_text(encoding="utf-8")
    header = "Disclaimer: You are using Google Translate. The ICESCO is not responsible."
    first, second = parse_dump(f"{full}\n{header}\n{untitled}").articles
    assert not first.title_from_text and first.title == parse_dump(full).articles[0].title
    assert (second.title, second.date, len(second.body), second.title_from_text) == (
        EXPECTED["fr_dateline_first.txt"][0], "2024-03-12", 2, True)


@pytest.mark.parametrize("line", [
    "Home > News > Culture", "Home › News › ICESCO Holds Forum on Heritage in Rabat",
    "Home / Uncategorized / A title that ends the trail", "Accueil / Actualités / Éducation",
    "Accueil » Actualités", "الرئيسية > الأخبار", "الخبر < الأخبار < الرئيسية",
    "Home", "News", "Media Center", "About ICESCO", "Contact Us", "Accueil", "Actualités",
    "الرئيسية", "المركز الإعلامي", "Home | About Us | News | Contact Us",
])
def test_breadcrumbs_and_menu_lines_are_furniture(line: str) -> None:
    assert furniture(line) == "navigation"


@pytest.mark.parametrize("line", [
    "Rabat: 17/05/2019", "https://icesco.org/en/news/", "www.icesco.org/news",
    "ICESCO/UNESCO joint forum on the news media", "News from the forum on heritage in Rabat",
    "Home schooling in rural areas discussed at ICESCO", "Heritage > Culture > Rabat",
    "Le programme « Actualités » de la radio scolaire",
])
def test_lines_with_navigation_words_or_slashes_are_content(line: str) -> None:
    assert furniture(line) is None


def test_a_title_from_the_text() -> None:
    # an abbreviation's full stop does not end the sentence
    assert title_from_text("Dr. A. Rahman, the expert, met H.E. Mr. Bello in Abuja. They spoke.") \
        == "Dr. A. Rahman, the expert, met H.E. Mr. Bello in Abuja."
    # a question ends one too; a short paragraph without a stop is its own title
    assert title_from_text("Is reading in decline? Teachers think not.") == "Is reading in decline?"
    assert title_from_text("A line with no stop at all") == "A line with no stop at all"
    long_words = " ".join(["word"] * 60) + "."
    cut = title_from_text(long_words)
    assert cut.endswith("word…") and len(cut) <= TITLE_LENGTH + 1
    clause = "x" * 90 + ", " + " ".join(["word"] * 30) + "."
    assert title_from_text(clause) == "x" * 90 + "…"


def test_an_untitled_page_is_ingested_with_a_warning(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    shutil.copytree(UNTITLED, folder)
    result = cli("ingest", str(folder), "--json")
    assert result.exit_code == 0, result.stderr
    assert "en_dateline_first.txt: 1 article(s) with no title line: titled by their first " \
        "sentence" in result.stderr
    titles = {a["title"]: a for a in cli.json("list", "--limit", "0")}
    assert set(titles) == {expected[0] for expected in EXPECTED.values()}
    dated = titles[EXPECTED["en_dateline_first.txt"][0]]
    assert (dated["date"], dated["date_source"], len(dated["body"])) == (
        "2025-01-28", "dateline", 3)
    found = cli.json("search", "museum collections")
    assert [a["title"] for a in found] == [EXPECTED["en_dateline_first.txt"][0]]


def test_a_page_saved_without_its_title_after_a_page_end_and_its_links() -> None:
    """After "Latest articles" and its links (each with its date), date lines and a paragraph
    start the next page, hard-wrapped too, as a title and its date line do."""
    full = (FIXTURES / "layouts" / "single_article_page.txt").read_text(encoding="utf-8")
    full = full[:full.index("Latest articles")] + (
        "Latest articles\nICESCO Holds Workshop on Oral Heritage\n12 January 2025\n"
        "ICESCO Receives a Delegation of Librarians\n9 January 2025\n")
    for name in ("en_dateline_first.txt", "fr_dateline_first.txt"):
        untitled = (UNTITLED / name).read_text(encoding="utf-8")
        wrapped = "\n".join(textwrap.fill(line, 60) for line in untitled.splitlines())
        for text in (untitled, wrapped):
            first, second = parse_dump(f"{full}\n{text}").articles
            assert not first.title_from_text and len(first.body) == 3
            assert (second.title, second.date) == (EXPECTED[name][0], EXPECTED[name][2])


@pytest.mark.parametrize("head", ["Venue: Casablanca", "Lieu : Dakar - Sénégal", "المكان: الدوحة"])
def test_a_field_line_over_an_untitled_page_is_not_its_title(head: str) -> None:
    text = "The meeting brought together experts in heritage from twelve Member States.\n"
    dump = parse_dump(f"{head}\n\n{text}")
    assert [a.title for a in dump.articles] == [text.strip()]
    assert head in dump.metadata_lines


def test_a_row_of_separators_is_not_the_text() -> None:
    text = "The meeting brought together experts in heritage from twelve Member States.\n"
    dump = parse_dump(f"> > >\n\n| | |\n\n{text}")
    assert [a.title for a in dump.articles] == [text.strip()]
    assert dump.orphan_lines == ["> > >", "| | |"]
