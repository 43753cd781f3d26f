"""A person in an article is named as that article writes it; the archive-wide identity beside
it (`person`) is the only thing another file can change. Fixtures: tests/fixtures/identities,
pages written for these tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from icli.extract import name_variants, offices
from tests.conftest import FIXTURES, Cli

PAGES = FIXTURES / "identities"
FORUM = PAGES / "youth_forum.txt"  # "Mr. Harun Yilmazer", then "Mr. Yilmazer"
CHARTER = PAGES / "sports_charter.txt"  # "Dr. Harun Kemal Yilmazer", another article


def _article(cli: Cli, title_word: str) -> dict:
    (found,) = [a for a in cli.json("list", "--limit", "0") if title_word in a["title"]]
    return cli.json("show", str(found["id"]))


def test_an_article_keeps_its_names_when_another_file_names_the_person_more_fully(
        cli: Cli) -> None:
    cli.json("ingest", str(FORUM))
    before = _article(cli, "Forum")
    (person,) = before["persons"]
    assert person["name"] == "Harun Yilmazer"  # the fullest form this article uses
    assert person["person"]["name"] == "Harun Yilmazer"
    cli.json("ingest", str(CHARTER))
    after = _article(cli, "Forum")
    identity = {"id": person["person"]["id"], "name": "Harun Kemal Yilmazer"}
    assert after["persons"][0]["person"] == identity
    charter = _article(cli, "Charter")
    assert [p["name"] for p in charter["persons"]] == ["Harun Kemal Yilmazer"]
    assert charter["persons"][0]["person"] == identity
    after["persons"][0]["person"] = person["person"]
    assert after == before  # nothing else about the article changed


def test_the_order_of_ingestion_does_not_change_an_article_s_names(cli: Cli, tmp_path: Path,
                                                                    ) -> None:
    cli.json("ingest", str(CHARTER), str(FORUM))
    other = Cli(tmp_path / "other.db")
    other.json("ingest", str(FORUM))
    other.json("ingest", str(CHARTER))
    for archive in (cli, other):
        assert _article(archive, "Forum")["persons"][0]["name"] == "Harun Yilmazer"
        assert _article(archive, "Forum")["persons"][0]["person"]["name"] == "Harun Kemal Yilmazer"


def test_a_surname_alone_is_named_as_written_and_linked_to_its_person(cli: Cli,
                                                                       tmp_path: Path) -> None:
    page = tmp_path / "surname.txt"
    page.write_text("Minister Visits A Vocational School\n"
                    "Mr. Yilmazer visited a vocational school in Izmir on 20 February 2025 and "
                    "spoke with its teachers.\n", encoding="utf-8")
    cli.json("ingest", str(FORUM), str(page))
    (person,) = _article(cli, "Vocational")["persons"]
    assert person["name"] == "Yilmazer"
    assert person["person"] == _article(cli, "Forum")["persons"][0]["person"]


def test_tables_and_markdown_show_the_name_as_written_and_the_person(cli: Cli) -> None:
    cli.json("ingest", str(FORUM), str(CHARTER))
    forum = _article(cli, "Forum")
    table = cli("show", str(forum["id"]), "--table", terminal=True)
    assert "People: Harun Yilmazer [= Harun Kemal Yilmazer] (Minister of Youth" in " ".join(
        table.stdout.split())
    markdown = cli("export", "--format", "markdown").stdout
    # (markdown escapes the brackets, which render as written)
    assert "- **People:** Harun Yilmazer \\[= Harun Kemal Yilmazer\\] (Minister of Youth" in markdown
    assert "- **People:** Harun Kemal Yilmazer (Minister of Youth" in markdown
    csv = cli("list", "--csv").stdout
    assert "Harun Yilmazer" in csv and "Harun Kemal Yilmazer" in csv


# --- ICESCO's head named by role alone: the holder on the article's date, within the term -----

LEADERSHIP = PAGES / "leadership.txt"  # 2018 ISESCO articles, 2020-2021 ICESCO ones, 1987


def test_a_role_alone_links_to_the_holder_of_its_date_and_never_outside_a_term(cli: Cli) -> None:
    cli.json("ingest", str(LEADERSHIP))
    people = {a["title"]: a["persons"] for a in cli.json("list", "--limit", "0")}
    naming = people["ISESCO Opens A Regional Seminar On Literacy In Niamey"]  # 2018, names him
    assert [(p["name"], p.get("inferred")) for p in naming] == [
        ("Abdulaziz Othman Altwaijri", None)]
    assert offices.is_own_head_role(naming[0]["role"]) and "ISESCO" in naming[0]["role"]
    alone_2018 = people["ISESCO Experts Meet To Plan A Teacher Training Programme"]
    assert [(p["person"]["name"], p.get("inferred")) for p in alone_2018] == [
        ("Abdulaziz Othman Altwaijri", True)]
    alone_2021 = people["ICESCO Launches A Prize For Young Poets"]
    assert [(p["person"]["name"], p.get("inferred")) for p in alone_2021] == [
        ("Salim M. AlMalik", True)]
    assert people["A Symposium On Early Schooling Held In 1987"] == []  # before every term
    almalik = cli.json("who", "AlMalik", "--limit", "0")
    assert min(a["date"] for a in almalik) >= "2019-05-01"
    assert {a["title"] for a in almalik} == {
        "Director-General Visits A Science Centre In Kuala Lumpur",
        "ICESCO Launches A Prize For Young Poets"}


# --- spelling variants: one person only with the same office at the same time ------------------

VARIANTS = PAGES / "variants.txt"
SPELLINGS = PAGES / "spelling_joins.txt"


def test_spelling_variants_join_only_with_the_same_office_at_the_same_time(cli: Cli) -> None:
    cli.json("ingest", str(VARIANTS))
    people = {p["name"]: p for p in cli.json("people", "--limit", "0")}
    # Benyoussef (twice) and Benyousef, both Deputy Director-General in 2024: one person,
    # shown as the spelling most articles use
    assert people["Karim Benyoussef"]["articles"] == 3
    assert "Karim Benyousef" not in people
    # a similar name in another office, and the same office twelve years before: not him
    assert people["Karim Benyoussif"]["articles"] == 1
    assert people["Karim Benyusef"]["articles"] == 1
    assert people["Leila Benyoussef"]["articles"] == 1
    by_title = {a["title"]: a["persons"] for a in cli.json("list", "--limit", "0")}
    (variant,) = by_title["Session On Museum Education Chaired In Rabat"]
    assert variant["name"] == "Karim Benyousef"  # as that article writes it
    assert variant["person"] == {"id": people["Karim Benyoussef"]["id"], "name": "Karim Benyoussef"}
    assert by_title["National Library Hosts Manuscript Experts"][0]["person"]["name"] == (
        "Karim Benyoussif")
    assert len(cli.json("who", "Karim Benyousef", "--limit", "0")) == 3


def test_the_same_office_joins_within_variant_days_of_any_of_a_person_s_mentions() -> None:
    """At most VARIANT_DAYS from one of a person's many dated mentions of the office joins
    (before or after it), a day more does not, nor another office on the very day."""
    minister = "Minister of Culture of Morocco"
    people = {1: ("abdelilah|benarafa", 7), 2: ("abdelillah|benarafa", 1)}
    terms = [(1, minister, f"{year}-01-01") for year in range(2000, 2020, 3)]  # 2000 … 2018

    def day(delta: int) -> str:
        return (dt.date(2009, 1, 1) + dt.timedelta(days=delta)).isoformat()

    def joined(role: str, date: str) -> dict[int, int]:
        return name_variants.spelling_variants(people, [*terms, (2, role, date)])

    def surname_joins(date: str) -> int | None:
        return name_variants.SurnameVariants(people, terms, {}).person("|benarafa", minister, date)

    days = name_variants.VARIANT_DAYS
    for near in (day(days), day(-days), day(0)):
        assert joined(minister, near) == {2: 1}
        assert surname_joins(near) == 1
    for far in (day(days + 1), day(-days - 1)):
        assert joined(minister, far) == {}
        assert surname_joins(far) is None
    assert joined("Director of Culture", day(0)) == {}


def test_spelling_variants_do_not_depend_on_the_order_of_ingestion(cli: Cli, tmp_path: Path) -> None:
    text = VARIANTS.read_text(encoding="utf-8")
    pages = ["    " + "\n\n".join(chunk.strip().split("\n\n"))
             for chunk in text.split("\n\n    ") if chunk.strip()]
    articles = [pages[i] + "\n\n    " + pages[i + 1] + "\n" for i in range(0, len(pages), 2)]
    paths = []
    for number, article in enumerate(articles):
        paths.append(tmp_path / f"{number}.txt")
        paths[-1].write_text(article, encoding="utf-8")
    cli.json("ingest", *map(str, paths))
    other = Cli(tmp_path / "other.db")
    for path in reversed(paths):  # one run each, the variant first
        other.json("ingest", str(path))

    def persons(archive: Cli) -> dict[str, list]:
        return {a["title"]: [(p["name"], p["person"]["name"]) for p in a["persons"]]
                for a in archive.json("list", "--limit", "0")}

    assert persons(other) == persons(cli)
    assert len(persons(cli)) == 6


def test_part_of_two_people_s_names_is_neither_of_them(cli: Cli) -> None:
    cli.json("ingest", str(VARIANTS))
    result = cli("who", "Benyoussef", "--json")
    assert (result.exit_code, result.stdout) == (1, "")
    assert "Karim Benyoussef" in result.stderr and "Leila Benyoussef" in result.stderr
    assert len(cli.json("who", "Leila Benyoussef")) == 1


# --- spelling joins in three languages, a surname alone in its office, look-alikes -------------

def _people_of(cli: Cli) -> dict[str, list[tuple[str, str]]]:
    """Each article's people as (name as written, the identity's name), by the article's title."""
    return {a["title"]: [(p["name"], p["person"]["name"]) for p in a["persons"]]
            for a in cli.json("list", "--limit", "0")}


def test_a_surname_alone_joins_the_holder_of_the_office_it_gives_at_that_date(cli: Cli) -> None:
    cli.json("ingest", str(SPELLINGS))
    people = _people_of(cli)
    # "Mr. Almalek, Director-General of ICESCO" in March 2024: the holder then
    assert people["Director-General Meets Students From Dakar"] == [
        ("Almalek", "Salim M. AlMalik")]
    # the same surname in another office, or in that office outside his term: not him
    assert people["Young Poets Honoured In Tunis"] == [("Almalek", "Almalek")]
    assert people["A Library Award Given In Amman"] == [("Almalek", "Almalek")]
    (almalik,) = [p for p in cli.json("people", "--limit", "0") if p["name"] == "Salim M. AlMalik"]
    assert almalik["articles"] == 2 and almalik["first"] == "2024-03-03"


def test_a_surname_in_two_offices_is_two_people_and_joins_only_the_office_s_holder(
        cli: Cli) -> None:
    """The fixture's bare "Almalek" is a Tunisian minister in 2024 and ICESCO's head in 2018
    (Altwaijri's term): two people, neither of them AlMalik."""
    cli.json("ingest", str(SPELLINGS))
    by_title = {a["title"]: a["persons"] for a in cli.json("list", "--limit", "0")}
    (minister,) = by_title["Young Poets Honoured In Tunis"]
    (old_head,) = by_title["A Library Award Given In Amman"]
    (head,) = by_title["Director-General Meets Students From Dakar"]
    assert len({minister["person"]["id"], old_head["person"]["id"], head["person"]["id"]}) == 3
    result = cli("who", "Almalek", "--json")
    assert (result.exit_code, result.stdout) == (1, "")


def _pages(tmp_path: Path, pages: list[tuple[str, str, str]]) -> list[str]:
    """Each (title, date line, text) written as a one-article dump; their paths."""
    paths = []
    for number, (title, date, text) in enumerate(pages):
        path = tmp_path / f"page_{number}.txt"
        path.write_text(f"    {title}\n\n    {date}\n\n    {text}\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def test_the_same_surname_alone_joins_only_who_held_its_office_then(cli: Cli,
                                                                    tmp_path: Path) -> None:
    """A surname written exactly as a person's joins that person only in the office that person
    held at about that date; in no office it is the only person named in full with it."""
    paths = _pages(tmp_path, [
        ("Minister Opens A Youth House In Sfax", "4 March 2024",
         "Dr. Karim Haddouchi, Minister of Youth of Tunisia, opened a youth house in Sfax."),
        ("Youth Minister Thanks Volunteers", "6 May 2024",
         "Mr. Haddouchi, Minister of Youth of Tunisia, thanked two hundred volunteers in Gabes."),
        ("Ambassador Presents His Credentials", "11 June 2024",
         "Mr. Haddouchi, Ambassador of Tunisia to Morocco, presented his credentials in Rabat."),
        ("A Sports Hall Inaugurated In Bizerte", "20 April 2009",
         "Mr. Haddouchi, Minister of Youth of Tunisia, inaugurated a sports hall in Bizerte."),
        ("Young Chess Players Meet In Sousse", "2 May 2024",
         "Mr. Haddouchi greeted young chess players in Sousse and played a first game."),
    ])
    cli.json("ingest", *paths)
    people = _people_of(cli)
    assert people["Youth Minister Thanks Volunteers"] == [("Haddouchi", "Karim Haddouchi")]
    assert people["Young Chess Players Meet In Sousse"] == [("Haddouchi", "Karim Haddouchi")]
    # another office, or the office fifteen years before: not him, and not one another
    assert people["Ambassador Presents His Credentials"] == [("Haddouchi", "Haddouchi")]
    assert people["A Sports Hall Inaugurated In Bizerte"] == [("Haddouchi", "Haddouchi")]
    ids = {a["title"]: a["persons"][0]["person"]["id"] for a in cli.json("list", "--limit", "0")}
    assert ids["Ambassador Presents His Credentials"] != ids["A Sports Hall Inaugurated In Bizerte"]
    assert len(cli.json("who", "Karim Haddouchi")) == 3


def test_a_surname_in_an_office_nobody_holds_joins_nobody(cli: Cli, tmp_path: Path) -> None:
    """A surname alone in an office is evidence of that office only: named in full with no
    office elsewhere, the one person with that surname is not joined by it (the minister may be
    another man of that name); in one article the surname and the full name are one person."""
    paths = _pages(tmp_path, [
        ("A Cricket Legend Visits A School", "12 January 2026",
         "Mr. Imran Khan visited a school for girls in Lahore with a group of teachers."),
        ("Curricula Discussed In Islamabad", "20 January 2026",
         "Mr. Khan, Federal Minister for Education of Pakistan, discussed curricula in Islamabad."),
        ("A Library Opens In Karachi", "25 January 2026",
         "Mr. Tariq Qureshi opened a library in Karachi. Mr. Qureshi, Director of the Sindh "
         "Archives, thanked the donors."),
    ])
    cli.json("ingest", *paths)
    people = _people_of(cli)
    assert people["Curricula Discussed In Islamabad"] == [("Khan", "Khan")]
    assert people["A Library Opens In Karachi"] == [("Tariq Qureshi", "Tariq Qureshi")]
    assert len(cli.json("who", "Imran Khan")) == 1
    result = cli("who", "Khan", "--json")  # two people: the one named in full and the minister
    assert result.exit_code == 1 and "Imran Khan" in result.stderr and "Federal Minister" in result.stderr


def test_icesco_s_head_before_a_term_is_not_the_next_holder(cli: Cli, tmp_path: Path) -> None:
    """"Mr. Almalek, Director-General" a month before AlMalik's term (Altwaijri's, who is named
    nowhere) is not AlMalik, though AlMalik is named in that office weeks later; the role named
    alone goes to the holder of its date only."""
    paths = _pages(tmp_path, [
        ("A Reading Contest For Pupils", "2 April 2019",
         "Mr. Almalek, Director-General of ICESCO, announced a reading contest for pupils."),
        ("A Workshop On School Libraries", "20 June 2019",
         "Dr. Salim M. AlMalik, Director-General of ICESCO, opened a workshop on school "
         "libraries in Rabat."),
        ("A Prize For Young Scientists", "9 July 2019",
         "The Director-General of ICESCO handed a prize to three young scientists in Rabat."),
        ("Teachers Trained In Bamako", "3 March 2019",
         "The Director-General of ICESCO sent a message to forty teachers trained in Bamako."),
    ])
    cli.json("ingest", *paths)
    people = _people_of(cli)
    assert people["A Reading Contest For Pupils"] == [("Almalek", "Almalek")]
    assert people["A Prize For Young Scientists"] == [("Salim M. AlMalik", "Salim M. AlMalik")]
    assert people["Teachers Trained In Bamako"] == []  # Altwaijri's term, and he is named nowhere
    assert {a["title"] for a in cli.json("who", "Salim M. AlMalik")} == {
        "A Workshop On School Libraries", "A Prize For Young Scientists"}


def test_look_alikes_stay_apart(cli: Cli) -> None:
    cli.json("ingest", str(SPELLINGS))
    people = _people_of(cli)
    # two ministers named Aliyev: a surname alone goes to the one whose office it gives
    assert people["Volunteers Thanked In Ganja"] == [("Aliyev", "Emin Aliyev")]
    assert people["Theatre Festival Closes In Baku"] == [("Aliev", "Anar Aliyev")]
    # the office twelve years before is nobody's of them
    assert people["A Museum Reopens In Sheki"] == [("Aliyev", "Aliyev")]
    result = cli("who", "Aliyev", "--json")
    assert (result.exit_code, result.stdout) == (1, "")
    assert "Anar Aliyev" in result.stderr and "Emin Aliyev" in result.stderr
    # Arabic: the same name but for the article, in two different offices
    assert people["مديرة المكتبة الوطنية تستقبل الباحثين"] == [("سعاد رامي", "سعاد رامي")]
    assert people["وزيرة الثقافة تفتتح مهرجان المسرح"] == [("سعاد الرامي", "سعاد الرامي")]


def test_spelling_variants_join_in_french_and_arabic_with_the_same_office(cli: Cli) -> None:
    cli.json("ingest", str(SPELLINGS))
    people = _people_of(cli)
    # Abdelilah/Abdelillah, Deputy Director-General in French and in English, weeks apart
    assert people["L'ICESCO organise un atelier sur les manuscrits"] == [
        ("Abdelilah Benarafa", "Abdelillah Benarafa")]
    assert len(cli.json("who", "Abdelilah Benarafa", "--limit", "0")) == 3
    # Mohamed/Mohammed, the same ministry; accents
    assert people["Une exposition de calligraphie à Nouakchott"] == [
        ("Mohammed Ould Salem", "Mohamed Ould Salem")]
    assert {person for persons in (people["Une ambassadrice visite la bibliothèque de l’ICESCO"],
                                   people["L'ambassadrice de France remet des livres"])
            for _, person in persons} == {"Helene Moreau"}
    # Arabic: the article before the surname, the same office
    assert people["وزير الثقافة يفتتح معرض الكتاب"] == [("خالد فاسي", "خالد الفاسي")]


def test_roles_are_kept_as_written_and_a_profile_counts_one_office_once(cli: Cli) -> None:
    cli.json("ingest", str(VARIANTS))
    by_title = {a["title"]: a["persons"] for a in cli.json("list", "--limit", "0")}
    (session,) = by_title["Session On Museum Education Chaired In Rabat"]
    assert session["role"] == "ICESCO Deputy Director General"  # as the article writes it
    people = {p["name"]: p for p in cli.json("people", "--limit", "0")}
    assert people["Karim Benyoussef"]["roles"] == [
        {"role": "Deputy Director-General of ICESCO", "articles": 3, "first": "2024-03-03",
         "last": "2024-05-20"}]


def test_a_profile_shows_an_office_in_the_script_of_the_name_asked(cli: Cli, tmp_path: Path) -> None:
    """One office written in English once and in Arabic twice: `who` asked in Latin letters
    shows the English spelling, asked in Arabic the Arabic one; with no name asked (`people`)
    the script most of the person's role mentions are in, ties to Latin."""
    pages = {
        "en": ("ICESCO Opens a Calligraphy Workshop for Young Artists", "3 March 2025",
               "Dr. Salim M. AlMalik, Director-General of ICESCO, opened on Monday a calligraphy "
               "workshop for forty young artists at the Organization's headquarters."),
        "ar1": ("الإيسيسكو تطلق مسابقة للقصة القصيرة", "10 مارس 2025",
                "أطلق الدكتور سالم بن محمد المالك، المدير العام للإيسيسكو، يوم الاثنين مسابقة "
                "للقصة القصيرة موجهة إلى الكتاب الشباب في الدول الأعضاء."),
        "ar2": ("الإيسيسكو تكرم معلمي اللغة العربية", "17 مارس 2025",
                "كرم الدكتور سالم بن محمد المالك، المدير العام للإيسيسكو، يوم الاثنين عشرين "
                "معلما للغة العربية من ثماني دول."),
    }
    for key, (title, date, text) in pages.items():
        (tmp_path / f"{key}.txt").write_text(f"    {title}\n\n    {date}\n\n    {text}\n",
                                             encoding="utf-8")
    cli.json("ingest", *(str(tmp_path / f"{key}.txt") for key in ("en", "ar1")))

    def shown(*args: str) -> str:
        result = cli(*args, "--table")
        return next(line for line in result.stdout.splitlines() if "role:" in line)

    def listed() -> str:
        (person,) = cli.json("people")
        return person["roles"][0]["role"]

    # One mention in each script: Latin for a Latin name or none, Arabic for an Arabic name.
    assert "role: Director-General of ICESCO (2×" in shown("who", "AlMalik")
    assert "role: المدير العام للإيسيسكو (2×" in shown("who", "المالك")
    assert listed() == "Director-General of ICESCO"
    cli.json("ingest", str(tmp_path / "ar2.txt"))
    assert "role: Director-General of ICESCO (3×" in shown("who", "AlMalik")
    assert "role: المدير العام للإيسيسكو (3×" in shown("who", "سالم المالك")
    assert listed() == "المدير العام للإيسيسكو"


def test_an_archive_linked_by_another_linker_version_has_its_identities_linked_anew(
        cli: Cli, tmp_path: Path) -> None:
    """LINKER_VERSION covers every rule of the linker, the identities too: an archive left by
    another version has its surname and spelling-variant links made anew at the next ingest,
    though every dump is current and nothing is written."""
    from icli.store.connection import open_for_writing

    paths = _pages(tmp_path, [
        ("Minister Opens A Youth House In Sfax", "4 March 2024",
         "Dr. Karim Haddouchi, Minister of Youth of Tunisia, opened a youth house in Sfax."),
        ("Youth Minister Thanks Volunteers", "6 May 2024",
         "Mr. Haddouchi, Minister of Youth of Tunisia, thanked two hundred volunteers in Gabes."),
    ])
    cli.json("ingest", *paths)
    joined = _people_of(cli)
    assert joined["Youth Minister Thanks Volunteers"] == [("Haddouchi", "Karim Haddouchi")]
    conn = open_for_writing(cli.db)
    try:  # the archive as a linker that did not join them left it
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE mentions SET entity_id = via, link = 'surname' WHERE link = 'variant'")
        conn.execute("UPDATE icli_meta SET value = '1' WHERE key = 'linker_version'")
        conn.execute("COMMIT")
    finally:
        conn.close()
    assert _people_of(cli)["Youth Minister Thanks Volunteers"] == [("Haddouchi", "Haddouchi")]
    cli.json("ingest", *paths)
    assert _people_of(cli) == joined
    assert len(cli.json("who", "Karim Haddouchi")) == 2


def test_a_stray_role_given_to_a_surname_does_not_make_its_owner_ambiguous(
        cli: Cli, tmp_path: Path) -> None:
    """One article gives the surname alone a role its owner never held: the linker keeps that
    mention apart (facts, not counts), and a lookup of the surname still answers the one person
    named in full with it, who is named in twenty times as many articles, saying what it left
    out; with fewer articles, or a second person named in full, the name is ambiguous."""
    towns = ["Fes", "Tunis", "Dakar", "Amman", "Doha", "Muscat", "Baku", "Niamey", "Bamako",
             "Cairo", "Tripoli", "Algiers", "Nouakchott", "Conakry", "Dushanbe", "Tashkent",
             "Almaty", "Bishkek", "Lome", "Cotonou"]
    pages = [(f"Teachers Honoured In {town}", f"{day + 1} March 2026",
              f"Mr. Farid Oueslati, Director of Education at ICESCO, honoured teachers in {town}.")
             for day, town in enumerate(towns)]
    pages.append(("Delegates Meet In Rabat", "28 March 2026",
                  "Mr. Oueslati, Permanent Delegate of Chad to ICESCO, met delegates in Rabat."))
    paths = _pages(tmp_path, pages)
    cli.json("ingest", *paths[:-1])
    cli.json("ingest", paths[-1])
    assert _people_of(cli)["Delegates Meet In Rabat"] == [("Oueslati", "Oueslati")]
    result = cli("who", "Oueslati", "--json", "--limit", "0")
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 20
    assert result.stderr == ("icli: 'Oueslati': Farid Oueslati; named by that surname alone in "
                             "another office: Oueslati (1 article); `icli who Oueslati --all` "
                             "for all of them\n")
    every = cli("who", "Oueslati", "--all", "--json", "--limit", "0")
    assert len(json.loads(every.stdout)) == 21 and "--all" not in every.stderr
    assert "all of Farid Oueslati" in every.stderr and "; Permanent Delegate of Chad" in every.stderr
    assert len(cli.json("list", "--person", "Oueslati", "--limit", "0")) == 20
    assert len(cli.json("list", "--person", "Oueslati", "--all", "--limit", "0")) == 21  # as who
    # a second person named in full with the surname: ambiguous again
    (tmp_path / "more").mkdir()
    cli.json("ingest", *_pages(tmp_path / "more", [(
        "A Reading Club Opens", "29 March 2026",
        "Ms. Amira Oueslati opened a reading club for children in Sousse.")]))
    assert cli("who", "Oueslati", "--json").exit_code == 1
