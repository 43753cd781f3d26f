"""Every page layout and text shape people save, each from a fixture written for the tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from icli.parse import parse_dump
from tests.conftest import FIXTURES, Cli

LAYOUTS = FIXTURES / "layouts"

# file → [(title, subtitle, paragraph count, date, date_source, language)]
EXPECTED = {
    "single_article_page.txt": [
        ("ICESCO Launches Regional Programme on Water Heritage in the Sahel", None, 3,
         "2023-11-08", "dateline", "en"),
    ],
    "old_site_page.txt": [
        ("ISESCO Organizes Training Course for Manuscript Conservators in Nouakchott", None, 3,
         "2019-05-20", "dateline", "en"),
    ],
    "old_site_listing.txt": [
        ("ISESCO Participates in Conference on Education Quality in Amman", None, 1,
         "2019-03-12", "text", "en"),
        ("ISESCO Launches Competition for Young Poets in Africa", None, 1,
         "2019-03-12", "inferred", "en"),
        ("ISESCO and Arab Organization Sign Cooperation Programme in Tunis", None, 1,
         "2019-03-04", "text", "en"),
    ],
    "hybrid_2022.txt": [
        ("ICESCO Celebrates International Day of Yoga with Embassy of India in Rabat", None, 2,
         "2022-06-19", "dateline", "en"),
    ],
    "flat_copy.txt": [
        ("ICESCO and Malaysia Discuss Digital Education Cooperation", None, 2,
         "2023-03-06", "text", "en"),
        ("ICESCO Holds Forum on Youth Entrepreneurship in Dakar",
         "Young innovators from twelve countries present their projects", 3,
         "2023-03-02", "text", "en"),
    ],
    "hard_wrapped.txt": [
        ("ICESCO Director-General Receives the Minister of Higher Education and Scientific "
         "Research of the Republic of Guinea to Discuss Cooperation", None, 3,
         "2023-03-14", "text", "en"),
        ("ICESCO Opens Exhibition on Islamic Calligraphy", None, 1, "2023-03-10", "text", "en"),
    ],
    "hard_wrapped_no_blank_lines.txt": [
        ("ICESCO Director-General Receives the Minister of Higher Education and Scientific "
         "Research of the Republic of Guinea to Discuss Cooperation", None, 3,
         "2023-03-14", "text", "en"),
        ("ICESCO Opens Exhibition on Islamic Calligraphy", None, 1, "2023-03-10", "text", "en"),
    ],
    "indentation_variants.txt": [
        ("ICESCO Trains Teachers on Inclusive Education in Uzbekistan", None, 3,
         "2022-12-05", "text", "en"),
        ("ICESCO Supports Literacy Campaign in Chad", None, 1, "2022-12-01", "text", "en"),
    ],
    "french_page.txt": [
        ("L’ICESCO et le Sénégal examinent les perspectives de coopération dans le domaine "
         "de l’éducation", None, 2, "2020-11-30", "dateline", "fr"),
    ],
    "french_listing.txt": [
        ("L’ICESCO organise un atelier sur le patrimoine immatériel à Dakar", None, 2,
         "2021-10-12", "text", "fr"),
        ("L’ICESCO lance un concours de photographie pour les jeunes", None, 1,
         "2021-10-12", "inferred", "fr"),
    ],
    "arabic_page.txt": [
        ("الإيسيسكو تنظم ورشة عمل حول التعليم الرقمي في الرباط", None, 2,
         "2025-09-25", "dateline", "ar"),
    ],
    "artefacts.txt": [
        ("ICESCO Director -General Meets Jordan’s Minister of Culture", None, 2,
         "2023-02-09", "text", "en"),
    ],
}

FURNITURE = re.compile(
    r"google translate|your opinion|user feedback|satisfied|votre avis|commentaires des|"
    r"satisfait|رأيك|تعليقات المستخدمين|رضاك|read more|skip to content|latest articles|"
    r"^\S+ \d{1,2}, \d{4} 0$|^Rabat: ",
    re.IGNORECASE,
)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_layout(name: str) -> None:
    dump = parse_dump((LAYOUTS / name).read_text(encoding="utf-8"))
    got = [(a.title, a.subtitle, len(a.body), a.date, a.date_source, a.language)
           for a in dump.articles]
    assert got == EXPECTED[name]
    assert dump.orphan_lines == []
    for a in dump.articles:
        for line in [a.title, a.subtitle or "", *a.body]:
            assert not FURNITURE.search(line), line


def test_hard_wrapped_paragraphs_are_joined_whole() -> None:
    dump = parse_dump((LAYOUTS / "hard_wrapped.txt").read_text(encoding="utf-8"))
    first = dump.articles[0].body[0]
    assert first.startswith("Dr. Salim M. AlMalik, Director-General of the Islamic World")
    assert first.endswith("at the headquarters of the Organization in Rabat.")
    assert "\n" not in first


def test_crlf_bom_and_tabs(tmp_path: Path) -> None:
    text = (LAYOUTS / "flat_copy.txt").read_text(encoding="utf-8")
    variant = "\ufeff" + text.replace("\n", "\r\n").replace("ICESCO Holds", "\tICESCO Holds")
    assert ([a.title for a in parse_dump(variant).articles]
            == [a.title for a in parse_dump(text).articles])


def test_mixed_folder_gives_exactly_the_articles_a_reader_counts(cli: Cli) -> None:
    report = cli.json("ingest", str(LAYOUTS))
    titles = {e[0] for expected in EXPECTED.values() for e in expected}  # the same article twice
    assert report["articles_new"] == len(titles)  # (wrapped with and without blank lines) is one
    assert report["failed"] == []
    stored = cli.json("list", "--limit", "0")
    assert sorted(a["title"] for a in stored) == sorted(titles)


def test_languages_are_searchable_and_filterable(cli: Cli) -> None:
    cli.json("ingest", str(LAYOUTS))
    french = cli.json("list", "--language", "fr", "--limit", "0")
    assert len(french) == 3 and {a["language"] for a in french} == {"fr"}
    assert [a["language"] for a in cli.json("search", "التعليم")] == ["ar"]
    assert cli.json("search", "patrimoine", "--language", "fr")
    assert cli.json("search", "patrimoine", "--language", "en") == []
    senegal = cli.json("search", "Senegal")  # diacritics folded: finds "Sénégal"
    assert any(a["language"] == "fr" for a in senegal)


def test_no_entities_reported_for_other_languages(cli: Cli) -> None:
    cli.json("ingest", str(LAYOUTS))
    for article in cli.json("list", "--language", "fr", "--limit", "0"):
        assert article["persons"] == article["countries"] == article["partners"] == []


def test_names_across_eras_and_artefacts_resolve_to_one_identity(cli: Cli, tmp_path: Path) -> None:
    forms = ["Salim bin Mohammed AlMalik", "Salim Mohammed AlMalik", "Dr. Almalik",
             "Dr. Al Malik", "Dr. Al- Malik", "Salim M. AlMalik"]
    text = "\n".join(
        f"ICESCO Holds Meeting Number {i} on Culture\n{form}, Director-General of ICESCO, "
        f"opened meeting number {i} on {i + 1} May 2024."
        for i, form in enumerate(forms)
    )
    (tmp_path / "eras.txt").write_text(text, encoding="utf-8")
    cli.json("ingest", str(tmp_path / "eras.txt"))
    people = cli.json("people", "--limit", "0")
    assert [p["articles"] for p in people] == [len(forms)]
    assert len(cli.json("who", "Al-Malik", "--limit", "0")) == len(forms)
    by_role = ("The Director General of ICESCO opened the session on 7 May 2024.",
               "The ICESCO DG welcomed the delegates on 8 May 2024.",
               "The Director-General of the Arab League spoke on 9 May 2024.")
    (tmp_path / "roles.txt").write_text("".join(
        f"ICESCO Holds Another Meeting Number {i} on Science\n{line}\n"
        for i, line in enumerate(by_role)), encoding="utf-8")
    cli.json("ingest", str(tmp_path / "roles.txt"))
    titles = [a["title"] for a in cli.json("who", "AlMalik", "--limit", "0")]
    assert len(titles) == len(forms) + 2 and not any("Number 2 on Science" in t for t in titles)


def test_isesco_is_never_a_partner(cli: Cli) -> None:
    cli.json("ingest", str(LAYOUTS))
    names = {p["name"] for p in cli.json("partners", "--limit", "0")}
    assert not any("ISESCO" in n or "Islamic Educational" in n for n in names)
    assert "Arab League Educational, Cultural and Scientific Organization" in names


def test_same_article_with_and_without_header_or_dateline_is_one(cli: Cli, tmp_path: Path) -> None:
    page = (LAYOUTS / "single_article_page.txt").read_text(encoding="utf-8")
    bare = page.split("Extremely satisfied", 1)[1].replace("Wednesday, 8 November 2023", "")
    (tmp_path / "a_listing.txt").write_text(bare, encoding="utf-8")
    (tmp_path / "b_page.txt").write_text(page, encoding="utf-8")
    report = cli.json("ingest", str(tmp_path))
    assert report["articles_new"] == 1
    (article,) = cli.json("list")
    assert len(article["sources"]) == 2
    assert (article["date"], article["date_source"]) == ("2023-11-08", "dateline")


def test_teaser_never_overwrites_the_full_article(cli: Cli, tmp_path: Path) -> None:
    full = (LAYOUTS / "hybrid_2022.txt").read_text(encoding="utf-8")
    title, _, first, *_ = full.splitlines()
    (tmp_path / "full.txt").write_text(full, encoding="utf-8")
    (tmp_path / "teaser.txt").write_text(f"{title}\n{first[:60]}...\nRead More\n", encoding="utf-8")
    cli.json("ingest", str(tmp_path / "full.txt"))
    cli.json("ingest", str(tmp_path / "teaser.txt"))
    (article,) = cli.json("list")
    assert len(article["body"]) == 2 and len(article["sources"]) == 2
