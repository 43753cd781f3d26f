"""Two articles with one title are one article only when they are: a recurring title on two
dates, or over clearly different texts, stays two; an edit, a teaser or a fuller copy is one,
and an updated article takes its date from its own text."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Cli

TITLE = "ICESCO Weekly News Roundup"


def article(title: str, *paragraphs: str) -> str:
    return f"    {title}\n\n" + "".join(f"    {p}\n\n" for p in paragraphs)


FIRST_WEEK = article(
    TITLE,
    "On Monday, 3 March 2025, the Organization opened a training course for young librarians "
    "from Senegal and Mali in Rabat, covering the care of old manuscripts.",
    "The course ran for five days and closed with a visit to the national library.")
SECOND_WEEK = article(
    TITLE,
    "On Monday, 10 March 2025, a delegation from Jordan met the heads of the culture sector to "
    "prepare an exhibition of calligraphy planned for the autumn.",
    "The exhibition will travel to three member states next year.")
OTHER_NEWS = article(
    "ICESCO Receives the Ambassador of Chile",
    "On Tuesday, 4 March 2025, the Director-General received the Ambassador of Chile to Morocco "
    "to discuss exchanges of students.")


def roundups(cli: Cli) -> list[tuple[str, str]]:
    return sorted((a["date"], a["body"][0][:30]) for a in cli.json("list", "-n", "0")
                  if a["title"] == TITLE)


def test_a_recurring_title_on_two_dates_is_two_articles(cli: Cli, tmp_path: Path) -> None:
    listing = tmp_path / "listing.txt"
    listing.write_text(SECOND_WEEK + OTHER_NEWS + FIRST_WEEK, encoding="utf-8")
    assert cli.json("ingest", str(listing))["articles_new"] == 3
    assert [date for date, _ in roundups(cli)] == ["2025-03-03", "2025-03-10"]
    again = tmp_path / "again.txt"  # the same two in another file: nothing new
    again.write_text(FIRST_WEEK + SECOND_WEEK, encoding="utf-8")
    report = cli.json("ingest", str(again))
    assert (report["articles_new"], report["articles_unchanged"]) == (0, 2)
    assert all(len(a["sources"]) == 2 for a in cli.json("list", "-n", "0") if a["title"] == TITLE)


def test_the_second_week_in_its_own_file_is_not_dropped_nor_merged(cli: Cli, tmp_path: Path) -> None:
    for name, text in (("week1.txt", FIRST_WEEK), ("week2.txt", SECOND_WEEK)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert cli.json("ingest", str(tmp_path / name))["articles_new"] == 1
    assert roundups(cli) == [("2025-03-03", "On Monday, 3 March 2025, the O"),
                             ("2025-03-10", "On Monday, 10 March 2025, a de")]


def test_one_title_over_clearly_different_texts_is_two_articles(cli: Cli, tmp_path: Path) -> None:
    undated = [article(TITLE, "Young librarians from Senegal and Mali learned to care for old "
                              "manuscripts during a course in Rabat."),
               article(TITLE, "A delegation from Jordan prepared an exhibition of calligraphy "
                              "that will travel to three member states.")]
    for index, text in enumerate(undated):
        (tmp_path / f"{index}.txt").write_text(text, encoding="utf-8")
    assert cli.json("ingest", str(tmp_path))["articles_new"] == 2


def test_an_edited_article_is_updated_not_duplicated(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text(FIRST_WEEK + OTHER_NEWS, encoding="utf-8")
    cli.json("ingest", str(path))
    path.write_text(FIRST_WEEK.replace("five days", "six days") + OTHER_NEWS, encoding="utf-8")
    report = cli.json("ingest", str(path))
    assert (report["articles_new"], report["articles_updated"]) == (0, 1)
    (stored,) = [a for a in cli.json("list", "-n", "0") if a["title"] == TITLE]
    assert "six days" in stored["body"][1] and stored["date"] == "2025-03-03"


def test_an_updated_article_takes_its_date_from_its_own_text(cli: Cli, tmp_path: Path) -> None:
    """Stored with a date taken from its neighbour (inferred), then given one in its own text."""
    path = tmp_path / "news.txt"
    teaser = article(TITLE, "Young librarians from Senegal and Mali opened a course in Rabat on "
                            "the care of old manuscripts.")
    path.write_text(OTHER_NEWS + teaser, encoding="utf-8")
    cli.json("ingest", str(path))
    (stored,) = [a for a in cli.json("list", "-n", "0") if a["title"] == TITLE]
    assert (stored["date"], stored["date_source"]) == ("2025-03-04", "inferred")
    fuller = article(TITLE, "On 6 March 2025, young librarians from Senegal and Mali opened a "
                            "course in Rabat on the care of old manuscripts.",
                     "The course ran for five days.")
    copy = tmp_path / "copy.txt"  # another file, with the fuller text and a date of its own
    copy.write_text(fuller, encoding="utf-8")
    assert cli.json("ingest", str(copy))["articles_updated"] == 1
    (stored,) = [a for a in cli.json("list", "-n", "0") if a["title"] == TITLE]
    assert (stored["date"], stored["date_source"]) == ("2025-03-06", "text")
    assert len(stored["body"]) == 2 and len(stored["sources"]) == 2


def test_a_teaser_with_an_inferred_date_stays_the_full_article(cli: Cli, tmp_path: Path) -> None:
    full = tmp_path / "full.txt"
    full.write_text(FIRST_WEEK, encoding="utf-8")
    teaser = tmp_path / "teaser.txt"  # the first words, dated from its neighbour
    teaser.write_text(OTHER_NEWS + article(TITLE, "On Monday, the Organization opened a training "
                                                  "course for young librarians from Senegal..."),
                      encoding="utf-8")
    cli.json("ingest", str(full))
    report = cli.json("ingest", str(teaser))
    assert (report["articles_new"], report["articles_unchanged"]) == (1, 1)
    assert roundups(cli) == [("2025-03-03", "On Monday, 3 March 2025, the O")]


def test_a_corrected_stated_date_makes_a_new_article_and_the_old_one_goes(
        cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text(FIRST_WEEK + OTHER_NEWS, encoding="utf-8")
    cli.json("ingest", str(path))
    path.write_text(FIRST_WEEK.replace("3 March 2025", "4 March 2025") + OTHER_NEWS,
                    encoding="utf-8")
    report = cli.json("ingest", str(path))
    assert (report["articles_new"], report["articles_removed"], report["articles_unchanged"]) \
        == (1, 1, 1)
    assert roundups(cli) == [("2025-03-04", "On Monday, 4 March 2025, the O")]
