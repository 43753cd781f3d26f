"""Two articles with one title are one article only when they are: a recurring title on two
dates, or over clearly different texts, stays two; an edit, a teaser or a fuller copy is one,
and an updated article takes its date from its own text."""

from __future__ import annotations

from pathlib import Path

import pytest

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


AUDIENCE = {
    "en": ("ICESCO Director-General Receives Ambassador", "Rabat, 3 February 2026",
           "Dr. Salim M. AlMalik, Director-General of ICESCO, received {guest}, Ambassador of "
           "{country} to Morocco, at the headquarters to discuss cooperation in heritage.",
           [("Mrs. Laila Haddad", "Jordan"), ("Mr. Tomas Ferreira", "Mozambique")]),
    "fr": ("Le Directeur général de l'ICESCO reçoit un ambassadeur", "Rabat, 3 février 2026",
           "Le Dr Salim M. AlMalik, Directeur général de l'ICESCO, a reçu {guest}, ambassadeur "
           "{country} au Maroc, au siège de l'Organisation pour discuter de la coopération "
           "éducative.",
           [("M. Karim Benali", "d'Algérie"), ("M. Moussa Traoré", "du Mali")]),
    "ar": ("المدير العام للإيسيسكو يستقبل سفيرا", "الرباط، 3 فبراير 2026",
           "استقبل الدكتور سالم بن محمد المالك، المدير العام لمنظمة العالم الإسلامي للتربية "
           "والعلوم والثقافة (إيسيسكو)، {guest}، سفير {country} لدى المملكة المغربية، في مقر "
           "المنظمة لبحث التعاون في مجال التراث.",
           [("السيد أحمد الزعبي", "الأردن"), ("السيد عمر الكبيسي", "العراق")]),
}


@pytest.mark.parametrize("language", sorted(AUDIENCE))
def test_two_audiences_the_same_day_under_one_title_are_two_articles(
        cli: Cli, tmp_path: Path, language: str) -> None:
    """Short bodies that differ only in the guest: most word pairs shared, but each names a
    person and a country the other does not."""
    title, dateline, text, guests = AUDIENCE[language]
    for index, (guest, country) in enumerate(guests):
        (tmp_path / f"{index}.txt").write_text(
            article(title, dateline, text.format(guest=guest, country=country)), encoding="utf-8")
    assert cli.json("ingest", str(tmp_path))["articles_new"] == 2
    stored = cli.json("list", "-n", "0")
    assert len({tuple(c["code"] for c in a["countries"]) for a in stored}) == 2
    assert all(len(a["sources"]) == 1 for a in stored)


LONG_LEAD = {
    "en": ("ICESCO Director-General Receives Ambassador", "Rabat, 9 April 2026",
           "Dr. Salim M. AlMalik, Director-General of the Islamic World Educational, Scientific "
           "and Cultural Organization (ICESCO), received at the headquarters of the Organization "
           "in Rabat {guest}, Ambassador of the {country} to the Kingdom of Morocco, and the two "
           "sides reviewed ways of strengthening cooperation in Education, Science, Culture and "
           "Communication.",
           "The meeting was attended by Dr. Anar Karimov, Head of the Sector of Partnerships and "
           "International Cooperation at ICESCO, and Mr. Omar Hilale, Adviser to the "
           "Director-General.",
           [("Mr. Pablo Romero Ortiz", "Kingdom of Spain"),
            ("Mr. Georgi Dimov", "Republic of Bulgaria")]),
    "fr": ("Le Directeur général de l'ICESCO reçoit un ambassadeur", "Rabat, 9 avril 2026",
           "Le Dr Salim M. AlMalik, Directeur général de l'Organisation du monde islamique pour "
           "l'éducation, les sciences et la culture (ICESCO), a reçu au siège de l'Organisation "
           "à Rabat {guest}, ambassadeur {country} auprès du Royaume du Maroc, et les deux "
           "parties ont examiné les moyens de renforcer la coopération dans les domaines de "
           "l'Éducation, des Sciences, de la Culture et de la Communication.",
           "La réunion s'est déroulée en présence du Dr Anar Karimov, chef du Secteur des "
           "Partenariats et de la Coopération internationale à l'ICESCO, et de M. Omar Hilale, "
           "conseiller du Directeur général.",
           [("M. Pablo Romero Ortiz", "du Royaume d'Espagne"),
            ("M. Georgi Dimov", "de la République de Bulgarie")]),
    "ar": ("المدير العام للإيسيسكو يستقبل سفيرا", "الرباط، 9 أبريل 2026",
           "استقبل الدكتور سالم بن محمد المالك، المدير العام لمنظمة العالم الإسلامي للتربية "
           "والعلوم والثقافة (إيسيسكو)، في مقر المنظمة بالرباط {guest}، سفير {country} لدى "
           "المملكة المغربية، وبحث الجانبان سبل تعزيز التعاون في مجالات التربية والعلوم "
           "والثقافة والاتصال.",
           "وحضر اللقاء الدكتور أنار كريموف، رئيس قطاع الشراكات والتعاون الدولي في الإيسيسكو، "
           "والسيد عمر هلال، مستشار المدير العام.",
           [("السيد بابلو روميرو", "مملكة إسبانيا"), ("السيد غيورغي ديموف", "جمهورية بلغاريا")]),
}


@pytest.mark.parametrize("language", sorted(LONG_LEAD))
def test_two_audiences_with_a_long_shared_lead_are_two_articles(
        cli: Cli, tmp_path: Path, language: str) -> None:
    """Only the guest and the guest's country differ: few of the names, but each text names a
    person and a country the other lacks, so neither is dropped as a re-save of the other."""
    title, dateline, lead, attended, guests = LONG_LEAD[language]
    for index, (guest, country) in enumerate(guests):
        (tmp_path / f"{index}.txt").write_text(article(
            title, dateline, lead.format(guest=guest, country=country), attended),
            encoding="utf-8")
    assert cli.json("ingest", str(tmp_path))["articles_new"] == 2
    stored = cli.json("list", "-n", "0")
    assert len({tuple(sorted(c["code"] for c in a["countries"])) for a in stored}) == 2
    assert all(len(a["sources"]) == 1 for a in stored)
    guest = guests[1][0].split()[-1]
    assert len(cli.json("who", guest)) == 1  # the second guest's article, found by name


@pytest.mark.parametrize("first, second", [
    ("open until 15 March", "open until 30 April"),
    ("course for 40 young archivists", "course for 25 young archivists"),
])
def test_two_short_notices_differing_by_a_number_or_a_date_are_two(
        cli: Cli, tmp_path: Path, first: str, second: str) -> None:
    for index, detail in enumerate((first, second)):
        (tmp_path / f"{index}.txt").write_text(article(
            "Call for Applications: ICESCO Training Course",
            f"Applications for the ICESCO training {detail} are accepted online."),
            encoding="utf-8")
    assert cli.json("ingest", str(tmp_path))["articles_new"] == 2


RESAVED = [
    "On Thursday, 5 February 2026, the Islamic World Educational, Scientific and Cultural "
    "Organization (ICESCO) opened in Rabat a workshop on the digitization of manuscripts, "
    "attended by librarians from Senegal, Mali, Niger and Mauritania.",
    "Mr. Idrissa Kane, head of the manuscripts unit, presented the methods used to restore "
    "fragile bindings, and Ms. Aminata Sow described the catalogue planned for 2027.",
]
RESAVED_TITLE = "ICESCO Opens Workshop on Digitizing Manuscripts"


def wrapped(paragraph: str, width: int = 76) -> str:
    """A paragraph hard-wrapped at `width` columns, as some saves have it."""
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


@pytest.mark.parametrize("shape", ["wrapped", "typo fixed", "name typo fixed",
                                   "paragraph added", "title edited"])
def test_every_re_save_of_one_article_stays_one(cli: Cli, tmp_path: Path, shape: str) -> None:
    """A re-save keeps its names, or adds names only on one side, or fixes one letter of one."""
    first, second = RESAVED
    title = RESAVED_TITLE
    if shape == "typo fixed":
        first = first.replace("digitization", "digitisation")
    elif shape == "name typo fixed":
        second = second.replace("Aminata", "Aminatta")
    elif shape == "title edited":
        title = "ICESCO opens workshop on digitizing manuscripts!"
    paragraphs = [first, second]
    if shape == "paragraph added":
        paragraphs.append("The participants will meet again in Dakar in October 2026 to "
                          "review the first catalogue entries with experts from Morocco.")
    (tmp_path / "a.txt").write_text(article(RESAVED_TITLE, *RESAVED), encoding="utf-8")
    copy = article(title, *paragraphs)
    if shape == "wrapped":  # flat, unindented, each paragraph hard-wrapped
        copy = "\n\n".join([title, *map(wrapped, paragraphs)]) + "\n"
    (tmp_path / "b.txt").write_text(copy, encoding="utf-8")
    report = cli.json("ingest", str(tmp_path))
    assert report["articles_new"] == 1
    (stored,) = cli.json("list", "-n", "0")
    assert len(stored["sources"]) == 2 and stored["date"] == "2026-02-05"
