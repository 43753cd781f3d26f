"""Lookups (who, country, partner and their filters): one rule, never a different entity.

The archive here is a dump written for these tests: two people share a first name, two share
a surname, Turkmenistan and Guinea-Bissau are named but Türkiye, Guinea and Germany are not,
and a partner's name holds ICESCO's.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from icli.extract.country_tables import real_country
from icli.extract.typed_across import spelled_across
from icli.store import lookup
from icli.store.connection import open_for_reading
from icli.store.migrations import MIGRATIONS_TABLE
from tests.conftest import ROOT, Cli, Result

DUMP = "\n\n".join("    " + line for line in (
    "Delegation From Turkmenistan Visits The Headquarters In Rabat",
    "On Monday, March 2, 2026, Dr. Salim M. AlMalik, Director-General of ICESCO, received a "
    "delegation from Turkmenistan led by Mr. Berdy Orazov, Deputy Minister of Culture of "
    "Turkmenistan, to discuss heritage training.",
    "Workshop On Manuscripts Held In Bissau",
    "On Tuesday, March 10, 2026, ICESCO and the Arab Open University (AOU) held a workshop in "
    "Bissau, Guinea-Bissau, opened by Mr. Salim Al Habsi, Expert at ICESCO, and Ms. Aminata "
    "Doukouré, Director of Libraries of Guinea-Bissau.",
    "Two Ministers Named Aliyev Attend A Forum On Science",
    "On Friday, March 13, 2026, Mr. Ilham Aliyev, Minister of Science, and Mr. Murad Aliyev, "
    "Rector of the Baku Academy of Arts, spoke at a forum attended by experts from Azerbaijan.",
    "Three Bodies Sign An Agreement On Food Heritage",
    "On Wednesday, March 18, 2026, the Islamic Organization for Food Security, the Heritage "
    "Research Centre and the Kazakh National Commission for UNESCO and ICESCO signed an "
    "agreement in Astana.",
    "الإيسيسكو تستقبل وفدا من جامعة فاس",
    "استقبل الدكتور خالد الفاسي، رئيس جامعة فاس، وفدا من الخبراء يوم الاثنين 16 مارس 2026.",
)) + "\n"


def ingested(tmp_path: Path, name: str, text: str) -> Cli:
    """An archive `name`.db holding the dump `text`."""
    dump = tmp_path / f"{name}.txt"
    dump.write_text(text, encoding="utf-8")
    cli = Cli(tmp_path / f"{name}.db")
    assert cli("ingest", str(dump)).exit_code == 0
    return cli


@pytest.fixture
def archive(tmp_path: Path) -> Cli:
    return ingested(tmp_path, "lookups", DUMP)


def titles(result: Result) -> list[str]:
    return [article["title"] for article in json.loads(result.stdout)]


def test_a_real_country_is_that_country_in_the_archive_or_not(archive: Cli) -> None:
    turkmen = archive.json("country", "Turkmenistan")
    assert turkmen and all("Turkmenistan" in a["title"] for a in turkmen)
    for absent, shown in (("TUR", "Türkiye (TUR)"), ("Turkey", "Türkiye (TUR)"),
                          ("Germany", "Germany (DEU)"), ("DE", "Germany (DEU)"),
                          ("Guinea", "Guinea (GIN)"), ("Guinée", "Guinea (GIN)"),
                          ("ألمانيا", "Germany (DEU)"), ("Allemagne", "Germany (DEU)")):
        result = archive("country", absent, "--json")
        assert (result.exit_code, result.stdout) == (0, "[]\n"), absent
        assert result.stderr == f"icli: {shown}: no articles\n", absent
    # Guinea-Bissau is in the archive, and is what its own names give
    assert titles(archive("country", "GNB", "--json")) == [
        "Workshop On Manuscripts Held In Bissau"]
    assert archive.json("country", "Guinea-Bissau") == archive.json("country", "GW")
    # the same rule for --country
    result = archive("list", "--country", "TUR", "--json")
    assert result.stdout == "[]\n" and "Türkiye (TUR): no articles" in result.stderr


def test_a_country_named_in_another_language_or_by_kosovo_s_code_is_that_country(
        archive: Cli) -> None:
    """A real country's name in another language pycountry's locales know, and Kosovo's
    user-assigned code, are that country, said on stderr; a name icli does not read is said
    to be none, never another country."""
    bissau = titles(archive("country", "Guinea-Bissau", "--json"))
    for typed, answer in (("Gine-Bissau", bissau), ("Guinea-Bisáu", bissau)):
        result = archive("country", typed, "--json")
        assert result.exit_code == 0 and titles(result) == answer, typed
        assert result.stderr == f"icli: {typed!r}: Guinea-Bissau\n", typed
    for typed, said in (("Deutschland", "Germany (DEU)"), ("Alemania", "Germany (DEU)"),
                        ("Türkei", "Türkiye (TUR)"), ("Turquía", "Türkiye (TUR)"),
                        ("Marruecos", "Morocco (MAR)"), ("XK", "Kosovo (XKX)"),
                        ("x.k.", "Kosovo (XKX)"), ("XKX", "Kosovo (XKX)")):
        result = archive("country", typed, "--json")
        assert (result.exit_code, result.stdout) == (0, "[]\n"), typed
        assert result.stderr == f"icli: {typed!r}: {said}: no articles\n", typed
        assert archive("list", "--country", typed, "--json").stderr == result.stderr, typed
    russian = archive("country", "Россия", "--json")  # no name pycountry's locales read (Russian:
    assert (russian.exit_code, russian.stdout) == (0, "[]\n")  # its formal name only)
    assert russian.stderr == "icli: no country matches 'Россия'; see `icli countries`\n"
    kosova = archive("country", "Kosova", "--json")  # one letter from Kosovo: only suggested
    assert (kosova.exit_code, kosova.stdout) == (0, "[]\n")
    assert kosova.stderr == "icli: no country named 'Kosova'; did you mean Kosovo?\n"


def test_every_code_and_short_form_is_its_country() -> None:
    import pycountry

    for country in pycountry.countries:
        assert real_country(country.alpha_3) == country.alpha_3
        assert real_country(country.alpha_2.lower()) == country.alpha_3
    for short, code in (("US", "USA"), ("UK", "GBR"), ("UAE", "ARE"), ("Turkey", "TUR"),
                        ("Türkiye", "TUR"), ("Iran", "IRN"), ("guinee", "GIN"),
                        ("the Gambia", "GMB"), ("Maroc", "MAR"), ("مغرب", "MAR")):
        assert real_country(short) == code, short
    assert real_country("Bissau") is None and real_country("Salim") is None
    # pycountry's French catalogue forms as a text writes them, and everyday spellings
    written_forms: dict[str, str | None] = {
        "République de Corée": "KOR", "Fédération de Russie": "RUS", "Corée, République de": None,
        "République islamique d’Iran": "IRN", "État plurinational de Bolivie": "BOL",
        "Îles Salomon": "SLB", "كوريا الجنوبية": "KOR", "بوركينا فاسو": "BFA", "بنغلاديش": "BGD",
        "الاتحاد الروسي": "RUS", "Holy See": "VAT", "Saint-Siège": "VAT", "East Timor": "TLS",
        "Suriname": "SUR"}
    for written, expected in written_forms.items():
        assert real_country(written) == expected, written


def test_part_of_one_name_is_that_entity_said_on_stderr(archive: Cli) -> None:
    full = archive.json("who", "Salim M. AlMalik")
    assert full
    for part in ("Malik", "AlMalik", "Al-Malik", "almalik", "dr. salim m. almalik",
                 "Salim Malik"):
        result = archive("who", part, "--json")
        if part in ("Salim Malik", "AlMalik", "Al-Malik", "almalik"):  # names it exactly
            assert json.loads(result.stdout) == full and result.exit_code == 0, part
            continue
        assert json.loads(result.stdout) == full, part
        assert result.stderr == f"icli: {part!r}: Salim M. AlMalik\n", part
    fassi = archive.json("who", "خالد الفاسي")
    assert fassi and archive.json("who", "فاسي") == fassi == archive.json("who", "الفاسى")
    doukoure = archive("who", "Doukoure", "--json")  # accents optional
    assert titles(doukoure) == ["Workshop On Manuscripts Held In Bissau"]
    assert "Aminata Doukouré" in doukoure.stderr
    decomposed = archive("who", "Doukoure\u0301", "--json")  # é typed as e + combining accent
    assert titles(decomposed) == titles(doukoure)
    assert titles(archive("country", "Bissau", "--json")) == [
        "Workshop On Manuscripts Held In Bissau"]
    assert titles(archive("partner", "Open University", "--json")) == titles(
        archive("partner", "AOU", "--json"))


def test_a_whole_name_that_is_also_part_of_others_says_so(tmp_path: Path) -> None:
    """"Aliyev" alone is a person's whole name here: no more of it to give."""
    dump = tmp_path / "two.txt"
    dump.write_text(
        "    Aliyev Opens A Library In Baku\n\n"
        "    On Friday, March 6, 2026, Mr. Aliyev opened a library in Baku with ICESCO experts.\n\n"
        "    Minister Aliyev Visits Rabat\n\n"
        "    On Monday, March 9, 2026, Mr. Ilham Aliyev, Minister of Science, visited "
        "Rabat, and so did Mr. Murad Aliyev, Rector of the Baku Academy of Arts.\n", encoding="utf-8")
    cli = Cli(tmp_path / "archive.db")
    assert cli("ingest", str(dump)).exit_code == 0
    assert [p["name"] for p in cli.json("people")] == ["Aliyev", "Ilham Aliyev", "Murad Aliyev"]
    ids = {p["name"]: p["id"] for p in cli.json("people")}
    result = cli("who", "Aliyev", "--json")
    assert (result.exit_code, result.stdout) == (1, "")
    assert json.loads(result.stderr)["error"] == (
        "'Aliyev' is the whole name of one and part of the names of others: "
        f"Aliyev (#{ids['Aliyev']}; 1 article, 2026-03-06), Ilham Aliyev (#{ids['Ilham Aliyev']}; "
        "Minister of Science; 1 article, 2026-03-09), Murad Aliyev "
        f"(#{ids['Murad Aliyev']}; Rector of the Baku Academy of Arts; 1 article, 2026-03-09); "
        "'#ID' for one of them, or --all for all of them")
    both = cli.json("who", "Aliyev", "--all")  # each article says which of them it names
    assert [(a["title"], [m["name"] for m in a["matched"]]) for a in both] == [
        ("Minister Aliyev Visits Rabat", ["Ilham Aliyev", "Murad Aliyev"]),
        ("Aliyev Opens A Library In Baku", ["Aliyev"])]
    table = cli("who", "Aliyev", "--all", "--table", terminal=True).stdout
    alone = both[1]["matched"][0]["id"]
    assert "┃ matched" in table and f"│ Aliyev #{alone} " in table, table
    csv = cli("who", "Aliyev", "--all", "--csv", "--fields", "id,matched").stdout
    assert csv.splitlines()[0] == "id,matched" and "Ilham Aliyev; Murad Aliyev" in csv


def test_a_country_given_as_a_partner_is_pointed_to_country(archive: Cli) -> None:
    result = archive("partner", "Kazakh", "--json")
    assert titles(result) == ["Three Bodies Sign An Agreement On Food Heritage"]
    assert result.stderr == ("icli: 'Kazakh': Kazakh National Commission for UNESCO and ICESCO; "
                             "the country: `icli country Kazakh`\n")


def test_part_of_several_names_is_none_of_them_unless_all(archive: Cli) -> None:
    for command, name in (("who", "Salim"), ("who", "Aliyev"), ("list", "--person")):
        args = [command, name] if command == "who" else [command, name, "Aliyev"]
        result = archive(*args, "--json")
        assert result.exit_code == 1 and result.stdout == "", args
        assert "several" in result.stderr and "--all" in result.stderr, args
    aliyevs = archive("who", "Aliyev", "--json").stderr
    assert "Ilham Aliyev" in aliyevs and "Murad Aliyev" in aliyevs
    both = archive("who", "Aliyev", "--all", "--json")
    assert both.exit_code == 0 and titles(both) == [
        "Two Ministers Named Aliyev Attend A Forum On Science"]
    assert archive.json("list", "--person", "Salim", "--all", "-n", "0") == archive.json(
        "list", "-n", "0", "--person", "Salim M. AlMalik", "--person", "Salim Al Habsi")


def test_a_name_without_letters_is_part_of_no_name(archive: Cli) -> None:
    """"_" and "%" are no word of any name: no answer and no list of everyone."""
    for command, name in (("who", "_"), ("who", "%"), ("partner", "_"), ("who", "__")):
        result = archive(command, name, "--json")
        assert (result.exit_code, result.stdout) == (0, "[]\n"), name
        assert "several" not in result.stderr, name


def test_a_misspelling_only_suggests(archive: Cli) -> None:
    for command, typo, meant in (("who", "Salimm", "Salim M. AlMalik"),
                                 ("who", "Doukoore", "Aminata Doukouré"),
                                 ("country", "Turkmenstan", "Turkmenistan")):
        result = archive(command, typo, "--json")
        assert (result.exit_code, result.stdout) == (0, "[]\n"), typo
        assert "did you mean" in result.stderr and meant in result.stderr, typo
        listed = archive("list", f"--{ {'who': 'person'}.get(command, command)}", typo, "--json")
        assert listed.stdout == "[]\n" and listed.stderr == result.stderr, typo


def test_a_misspelling_of_a_name_written_in_both_scripts_only_suggests(tmp_path: Path) -> None:
    """On the demo's inputs (the samples and the item in three languages) AlMalik is written in
    Latin letters and in Arabic: "Salimm" misspells his Latin name; that the Arabic one holds
    its consonants (سالم) makes no answer of it."""
    cli = Cli(tmp_path / "demo.db")
    assert cli("ingest", str(ROOT / "data" / "dumps"), str(ROOT / "data" / "examples")).exit_code == 0
    assert any(re.search("[ء-ي]", alias) for person in cli.json("people", "-n", "0")
               if person["name"] == "Salim M. AlMalik" for alias in person["aliases"])
    for args in (["who", "Salimm"], ["list", "--person", "Salimm"]):
        result = cli(*args, "--json")
        assert (result.exit_code, result.stdout) == (0, "[]\n"), args
        assert "did you mean" in result.stderr and "Salim M. AlMalik" in result.stderr, args
    assert cli.json("who", "Salim M. AlMalik")


def test_a_misspelt_value_of_a_repeated_filter_fails_with_its_suggestions(archive: Cli) -> None:
    """A repeated filter means any of its values: a misspelt one among them would leave the
    answer to the others alone, so it fails (exit 1) with the suggestions, for each filter."""
    for option, good, typo, meant in (("--person", "Orazov", "Doukoore", "Aminata Doukouré"),
                                      ("--country", "Turkmenistan", "Guinea-Bisso",
                                       "Guinea-Bissau"),
                                      ("--partner", "AOU", "Arab Open Universty",
                                       "Arab Open University")):
        assert archive.json("list", option, good), option
        for values in ((good, typo), (typo, good)):
            result = archive("list", option, values[0], option, values[1], "--json")
            assert (result.exit_code, result.stdout) == (1, ""), values
            assert "did you mean" in result.stderr and meant in result.stderr, values
    germany = archive("list", "--country", "Turkmenistan", "--country", "Germany", "--json")
    assert germany.exit_code == 0 and "Germany (DEU): no articles" in germany.stderr
    assert titles(germany) == titles(archive("list", "--country", "Turkmenistan", "--json"))


def test_an_id_of_another_kind_or_a_title_names_none_and_says_so(archive: Cli) -> None:
    """`who '#5'` where #5 is a country names no person: said, with the command that takes it;
    as one of a repeated filter's values (like a title typed alone) it fails, exit 1."""
    country = archive.json("countries", "-n", "1")[0]
    person = archive.json("people", "-n", "1")[0]
    result = archive("who", f"#{country['id']}", "--json")
    assert (result.exit_code, result.stdout) == (0, "[]\n")
    assert result.stderr == (f"icli: #{country['id']} is the country {country['name']}, no "
                             f"person: `icli country '#{country['id']}'`\n")
    assert titles(archive("country", f"#{country['id']}", "--json"))
    for other in (f"#{country['id']}", "H.E."):
        repeated = archive("list", "--person", f"#{person['id']}", "--person", other, "--json")
        assert (repeated.exit_code, repeated.stdout) == (1, ""), other
        assert "one of several --person values" in repeated.stderr, other


def test_a_partner_s_name_translated_from_the_other_script_is_no_partner(archive: Cli) -> None:
    """A partner the archive writes only in Arabic ("جامعة فاس"), typed translated ("University
    of Fes"): no partner of that name, said, never another partner whose name holds a word
    of it (the Arab Open University: a suggestion at most)."""
    for typed in ("University of Fes", "Fes University"):
        result = archive("partner", typed, "--json")
        assert (result.exit_code, result.stdout) == (0, "[]\n"), typed
        assert result.stderr.startswith(f"icli: no partner named {typed!r}"), typed


def test_a_name_the_archive_writes_only_in_the_other_script_is_that_person(archive: Cli) -> None:
    """The contract's `who` finds a name in any script: a name the archive writes only in the
    other script, each word held by one person's name by its consonants and vowels
    (typed_across.held_across), is that person, said on stderr as a part of a name is; a name
    of another person with the same surname is not; a name spelled otherwise is only
    suggested (typed_across.spelled_across)."""
    for command, typed, meant in (("who", "Khaled El Fassi", "خالد الفاسي"),
                                  ("who", "Dr. Khalid Al-Fassi", "خالد الفاسي"),
                                  ("who", "إلهام علييف", "Ilham Aliyev")):
        result = archive(command, typed, "--json")
        assert result.exit_code == 0 and result.stderr == f"icli: {typed!r}: {meant}\n", typed
        assert result.stdout == archive("who", meant, "--json").stdout != "[]\n", typed
    other = archive("who", "مراد علييف", "--json")  # Murad Aliyev: not Ilham
    assert "Ilham Aliyev" not in other.stderr and "Murad Aliyev" in other.stderr
    assert "خالد الفاسي" not in archive("who", "Khaled Fassir", "--json").stderr
    assert spelled_across("Al-Azhar", "جامعة الأزهر الشريف", "partner")
    assert not spelled_across("Al-Azhar", "جامعة القاهرة", "partner")
    assert not spelled_across("Al-Azhar", "Al-Azhar University", "partner")  # one script


def test_part_of_a_name_is_read_from_an_index(archive: Cli) -> None:
    conn = open_for_reading(archive.db)
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    assert lookup.lookup(conn, "person", "Doukoure").ids
    conn.set_trace_callback(None)
    parts = [sql for sql in statements if "entity_words MATCH" in sql]
    assert parts  # the name's parts, then the fathers' names (lookup._with_fathers)
    for part in parts:
        plan = " | ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + part))
        assert "entity_words VIRTUAL TABLE INDEX 0:M" in plan, plan
        assert plan.startswith("SEARCH e USING INTEGER PRIMARY KEY (rowid=?)"), plan
        assert "entity_aliases" not in plan and "idx_entities_kind" not in plan, plan
    conn.close()


def test_a_partner_in_british_or_american_spelling_and_icesco_never_a_partner(archive: Cli) -> None:
    """"Organisation" finds an "Organization", "Center" a "Centre"; ICESCO (ISESCO, الإيسيسكو)
    is the archive's publisher: no partner, not the one whose name holds ICESCO's."""
    food = titles(archive("partner", "Islamic Organisation for Food", "--json"))
    assert food == ["Three Bodies Sign An Agreement On Food Heritage"]
    assert titles(archive("partner", "Heritage Research Center", "--json")) == food
    one = archive("partner", "Organisation", "--json")  # the one name holding the word
    assert one.stderr == "icli: 'Organisation': Islamic Organization for Food Security\n"
    for own in ("ICESCO", "isesco", "الإيسيسكو"):
        for args in (("partner", own), ("list", "--partner", own)):
            result = archive(*args, "--json")
            assert (result.exit_code, result.stdout) == (0, "[]\n"), args
            assert "ICESCO itself" in result.stderr and "Kazakh" not in result.stderr, args
    assert titles(archive("partner", "Kazakh National Commission", "--json")) == food


@pytest.mark.parametrize("order", ["fewer first", "more first"])
def test_a_partner_is_shown_in_the_spelling_most_articles_use(tmp_path: Path, order: str) -> None:
    """One body written "Centre" in one article and "Center" in two is one partner, shown as
    "Center" whichever file is ingested first; each article keeps its own spelling."""
    def page(day: int, spelling: str) -> str:
        return (f"Oasis Seed {spelling} Joins a Programme {day}\n\nMay {day}, 2025\n\n"
                f"ICESCO and the Oasis Seed {spelling} for Arid Lands agreed on a plan on day "
                f"{day}. The Oasis Seed {spelling} for Arid Lands trains farmers.\n")
    fewer, more = tmp_path / "fewer.txt", tmp_path / "more.txt"
    fewer.write_text(page(3, "Centre"), encoding="utf-8")
    more.write_text(page(4, "Center") + "\n\n" + page(5, "Center"), encoding="utf-8")
    cli = Cli(tmp_path / "archive.db")
    for dump in ((fewer, more) if order == "fewer first" else (more, fewer)):
        assert cli("ingest", str(dump)).exit_code == 0
    (partner,) = cli.json("partners")
    assert (partner["name"], partner["articles"]) == ("Oasis Seed Center for Arid Lands", 3)
    named = [a["partners"][0]["name"] for a in cli.json("list", "--sort", "date")]
    assert named == ["Oasis Seed Centre for Arid Lands", "Oasis Seed Center for Arid Lands",
                     "Oasis Seed Center for Arid Lands"]


WELL_KNOWN = "\n\n".join("    " + line for line in (
    "News Agencies Meet In Jeddah",
    "On Monday, April 6, 2026, the Union of News Agencies of the Organization of Islamic "
    "Cooperation and the Arab League Educational, Cultural and Scientific Organization held a "
    "forum on media literacy in Jeddah.",
    "الإيسيسكو ومنظمة التعاون الإسلامي تبحثان برنامجا للشباب",
    "بحثت الإيسيسكو ومنظمة التعاون الإسلامي يوم الثلاثاء 7 أبريل 2026 برنامجا مشتركا للشباب.",
    "L’ICESCO et l’Organisation de la coopération islamique préparent un forum",
    "Le mercredi 8 avril 2026, l’ICESCO et l’Organisation de la coopération islamique ont "
    "préparé un forum de la jeunesse à Rabat.",
)) + "\n"


@pytest.mark.parametrize("order", ["as written", "reversed"])
def test_a_well_known_partner_is_one_body_in_three_languages_and_never_another(
        tmp_path: Path, order: str) -> None:
    """A well-known partner (the table of partners across languages) named in Arabic and in
    French without an acronym is one partner, found by its English name or acronym whatever
    the order of ingest; a well-known body's name never answers with a body whose name holds
    it ("Arab League" is not ALECSO; "Organization of Islamic Cooperation" not its news
    agencies' union)."""
    pages = WELL_KNOWN.split("\n\n    ")
    pieces = [pages[0] + "\n\n    " + pages[1], *("    " + "\n\n    ".join(pages[i : i + 2])
                                                  for i in (2, 4))]
    cli = Cli(tmp_path / "archive.db")
    for index, piece in enumerate(pieces if order == "as written" else pieces[::-1]):
        dump = tmp_path / f"{index}.txt"
        dump.write_text(piece.rstrip("\n") + "\n", encoding="utf-8")
        assert cli("ingest", str(dump)).exit_code == 0
    oic = ["الإيسيسكو ومنظمة التعاون الإسلامي تبحثان برنامجا للشباب",
           "L’ICESCO et l’Organisation de la coopération islamique préparent un forum"]
    for named in ("OIC", "OCI", "Organization of Islamic Cooperation", "منظمة التعاون الإسلامي"):
        result = cli("partner", named, "--json", "--sort", "date")
        assert (titles(result), result.stderr) == (oic, ""), named
    listed = cli.json("list", "--partner", "OIC", "--sort", "date")
    assert [a["title"] for a in listed] == oic
    # each article names the partner as it writes it, whatever the other files say
    assert [a["partners"] for a in listed] == [
        [{"name": "منظمة التعاون الإسلامي", "acronym": "OIC"}],
        [{"name": "Organisation de la coopération islamique", "acronym": "OIC"}]]
    for other in ("Arab League", "League of Arab States", "جامعة الدول العربية"):
        result = cli("partner", other, "--json")
        assert (result.exit_code, result.stdout) == (0, "[]\n"), other
        assert result.stderr == "icli: League of Arab States (LAS): no articles\n", other
    alecso = cli("partner", "ALECSO", "--json")
    assert titles(alecso) == ["News Agencies Meet In Jeddah"]
    # part of its names in any of the three languages reaches it too, shown by its English name
    part = cli("partner", "Islamic Cooperation", "--json")
    assert part.exit_code == 1 and "Organization of Islamic Cooperation (OIC; 2 articles" in (
        _without_ids(part.stderr))
    assert "Union of News Agencies" in part.stderr
    assert titles(cli("partner", "coopération islamique", "--json", "--sort", "date")) == oic
    # an acronym written with lower-case letters is the table's too
    for typed in ("IsDB", "isdb"):
        bank = cli("partner", typed, "--json")
        assert bank.stderr == "icli: Islamic Development Bank (IsDB): no articles\n", typed


# --- an adversarial check list: the name a user types, and the one answer it must get --------

ATLAS = "\n".join(f"    {title}\n\n    {date}\n\n    {text}\n" for title, date, text in (
    ("School Kits Reach Juba", "March 3, 2025",
     "ICESCO delivered school kits to pupils in Juba, South Sudan, with local teachers."),
    ("A Literacy Workshop In Niamey", "March 10, 2025",
     "Teachers from Niger met in Niamey for a literacy workshop run by ICESCO."),
    ("A Heritage Network Grows", "March 17, 2025",
     "The Dominican Republic joined a network of heritage museums, ICESCO said in Rabat."),
    ("Girls' Education Forum In Kinshasa", "March 24, 2025",
     "The Democratic Republic of the Congo hosted a forum on girls' education with ICESCO."),
    ("Arabic Course Ends In Bissau", "March 31, 2025",
     "Teachers from Guinea-Bissau completed a course in Arabic in Bissau, ICESCO said."),
    ("Calligraphy Shown In Seoul", "April 7, 2025",
     "The Republic of Korea hosted an exhibition of calligraphy in Seoul with ICESCO."),
    ("Young Scientists Meet In Ankara", "April 14, 2025",
     "Türkiye hosted young scientists in Ankara with ICESCO. Dr. Ömer Çelik, Minister of "
     "Education of Türkiye, opened the meeting."),
    ("Manuscript Experts Meet In Cairo", "April 21, 2025",
     "Dr. Hélène Al-Fassi, Director of the Manuscripts Centre of Egypt, met experts in Cairo. "
     "Mr. Khalid El Amrani, Ambassador of Morocco to Egypt, attended."),
))


@pytest.fixture
def atlas(tmp_path: Path) -> Cli:
    return ingested(tmp_path, "atlas", ATLAS)


def _without_ids(text: str) -> str:
    """An error line without the candidates' ids ("#12; "), which follow the ingest order."""
    return re.sub(r"#\d+; ", "", text)


@pytest.mark.parametrize(("command", "typed", "answer"), [
    # a real country's code or name is that country, in the archive or not; never a neighbour
    ("country", "TUR", "Young Scientists Meet In Ankara"),
    ("country", "turquie", "Young Scientists Meet In Ankara"),
    ("country", "تركيا", "Young Scientists Meet In Ankara"),
    ("country", "GNB", "Arabic Course Ends In Bissau"),
    ("country", "GIN", "Guinea (GIN): no articles"),
    ("country", "Guinea", "Guinea (GIN): no articles"),
    ("country", "NER", "A Literacy Workshop In Niamey"),
    ("country", "Niger", "A Literacy Workshop In Niamey"),
    ("country", "NGA", "Nigeria (NGA): no articles"),
    ("country", "Nigeria", "Nigeria (NGA): no articles"),
    ("country", "Sudan", "Sudan (SDN): no articles"),
    ("country", "South Sudan", "School Kits Reach Juba"),
    ("country", "Congo", "Congo (COG): no articles"),
    ("country", "COD", "Girls' Education Forum In Kinshasa"),
    ("country", "DR Congo", "Girls' Education Forum In Kinshasa"),
    ("country", "RDC", "Girls' Education Forum In Kinshasa"),
    ("country", "Congo-Brazzaville", "Congo (COG): no articles"),
    ("country", "Dominica", "Dominica (DMA): no articles"),
    ("country", "Dominican Republic", "A Heritage Network Grows"),
    ("country", "North Korea", "North Korea (PRK): no articles"),
    # a short name pycountry's catalogue files two countries under is a name of both
    ("country", "Korea", "names: South Korea (1 article, 2025-04-07), North Korea (PRK): no articles"),
    ("country", "Corée", "names: South Korea (1 article, 2025-04-07), North Korea (PRK): no articles"),
    ("country", "كوريا", "names: South Korea (1 article, 2025-04-07), North Korea (PRK): no articles"),
    ("country", "Republic of Korea", "Calligraphy Shown In Seoul"),
    ("country", "South Korea", "Calligraphy Shown In Seoul"),
    # part of a name is whole words: a word's start is no part, and a typo only suggests
    ("country", "South", "several: South Korea (1 article, 2025-04-07), South Sudan (1 article, "
                         "2025-03-03)"),
    ("country", "Lanka", "'Lanka': Sri Lanka (LKA): no articles"),
    ("country", "Guin", "no country named 'Guin'; did you mean Guinea-Bissau, Equatorial Guinea, "
                        "Guinea, Papua New Guinea?"),
    ("country", "Maurit", "no country named 'Maurit'; did you mean Mauritania, Mauritius?"),
    ("country", "Dominic", "did you mean Dominica, Dominican Republic?"),
    ("country", "Rusia", "no country named 'Rusia'; did you mean Russia?"),
    ("country", "Atlantis", "no country matches 'Atlantis'"),
    # fewer than four letters: a code (letters alone, or each with a dot) or a whole name
    ("country", "EU", "no country matches 'EU'"),
    ("country", "St.", "no country matches 'St.'"),
    ("country", "lan", "no country matches 'lan'"),
    ("country", "U.S.", "United States (USA): no articles"),
    ("country", "kor", "Calligraphy Shown In Seoul"),
    ("country", "Bissau", "Arabic Course Ends In Bissau"),
    ("country", "Sout Sudan", "did you mean South Sudan?"),
    ("country", "Nigerr", "did you mean Niger?"),
    # a person: any case, accents, Al-/El- optional, honorifics ignored; a typo only suggests
    ("who", "helene al fassi", "Manuscript Experts Meet In Cairo"),
    ("who", "El-Fassi", "Manuscript Experts Meet In Cairo"),
    ("who", "Alfassi", "Manuscript Experts Meet In Cairo"),
    ("who", "dr. omer celik", "Young Scientists Meet In Ankara"),
    ("who", "CELIK", "Young Scientists Meet In Ankara"),
    ("who", "Al-Amrani", "Manuscript Experts Meet In Cairo"),
    ("who", "H.E. Khalid El Amrani", "Manuscript Experts Meet In Cairo"),
    ("who", "Amrany", "did you mean Khalid El Amrani?"),
    ("who", "Celikk", "did you mean Ömer Çelik?"),
    ("who", "Dr.", "'Dr.' is a title, not a name"),
])
def test_a_check_list_of_what_users_type(atlas: Cli, command: str, typed: str, answer: str) -> None:
    """An answer is the one article of the entity meant; "several: …" the candidates of a part
    of several names, "names: …" those of a name several countries share (exit 1, nothing on
    stdout); anything else a line on stderr with no articles (exit 0)."""
    result = atlas(command, typed, "--json")
    if answer.startswith("several: "):
        assert (result.exit_code, result.stdout) == (1, ""), result.stderr
        assert f"several countries: {answer.removeprefix('several: ')}; give more" in (
            _without_ids(result.stderr))
    elif answer.startswith("names: "):
        assert (result.exit_code, result.stdout) == (1, ""), result.stderr
        assert f"is a name of several countries: {answer.removeprefix('names: ')}; '#ID'" in (
            _without_ids(result.stderr))
    elif result.stdout != "[]\n":
        assert (result.exit_code, titles(result)) == (0, [answer]), result.stderr
    else:
        assert result.exit_code == 0 and answer in result.stderr, result.stderr
    listed = atlas("list", f"--{ {'who': 'person'}.get(command, command)}", typed, "--json")
    assert (listed.exit_code, listed.stdout, listed.stderr) == (
        result.exit_code, result.stdout, result.stderr), typed


def test_a_name_of_several_countries_none_in_the_archive_is_an_error_listing_them(
        atlas: Cli, tmp_path: Path) -> None:
    """Ambiguous is exit 1 with the candidates whether or not the archive has any of them."""
    bare = ingested(tmp_path, "bare", ATLAS.split("    Calligraphy")[0])
    korea = bare("country", "Korea")
    assert (korea.exit_code, korea.stdout) == (1, "")
    assert ("is a name of several countries: North Korea (PRK): no articles, South Korea (KOR): "
            "no articles; the archive has none of them") in korea.stderr
    saint = atlas("country", "Saint", "--json")
    assert (saint.exit_code, saint.stdout) == (1, "")
    candidates = json.loads(saint.stderr)["candidates"]
    assert {"LCA", "KNA"} <= {c["code"] for c in candidates}
    assert all(c["id"] is None for c in candidates)
    assert atlas("country", "Saint", "--all", "--json").stdout == "[]\n"


def test_all_of_a_part_of_several_countries_says_which_each_article_names(atlas: Cli) -> None:
    south = atlas("country", "South", "--all", "--json")
    juba, seoul = sorted(json.loads(south.stdout), key=lambda article: article["date"])
    assert south.stderr.startswith(
        f"icli: 'South': all of South Korea (#{seoul['matched'][0]['id']}; 1 article")
    assert [m["name"] for m in juba["matched"]] == ["South Sudan"]
    assert [m["name"] for m in seoul["matched"]] == ["South Korea"]


def test_with_json_an_ambiguous_name_s_candidates_are_one_json_line(archive: Cli) -> None:
    """--json or --jsonl: the error of a name that is part of several names is one JSON object
    on stderr, {"error", "candidates"}, for jq; stdout stays empty, exit 1. Otherwise the line
    is text."""
    for fmt in ("--json", "--jsonl"):
        result = archive("who", "Aliyev", fmt)
        assert (result.exit_code, result.stdout, result.stderr.count("\n")) == (1, "", 1)
        error = json.loads(result.stderr)
        assert "part of the names of several people" in error["error"]
        assert {c["name"] for c in error["candidates"]} == {"Ilham Aliyev", "Murad Aliyev"}
        assert {c["role"] for c in error["candidates"]} == {
            "Minister of Science", "Rector of the Baku Academy of Arts"}
        assert all(c["articles"] == 1 and c["first"] == c["last"] for c in error["candidates"])
    country = json.loads(archive("country", "Saint", "--json").stderr)
    assert any(c.get("code") == "LCA" and c["id"] is None and c["articles"] == 0
               for c in country["candidates"])  # a real country the archive does not name
    for command in (("export", "--person", "Aliyev", "--format", "jsonl"),
                    ("network", "--person", "Aliyev", "--format", "json")):
        result = archive(*command)  # JSON asked for by --format: the error is JSON too
        assert result.exit_code == 1 and json.loads(result.stderr)["candidates"]
    text = archive("who", "Aliyev", "--csv")
    assert text.exit_code == 1 and text.stderr.startswith("icli: error: 'Aliyev' is part of")


def test_a_name_several_bodies_are_known_by_says_so_and_an_id_picks_one(
        cli: Cli, tmp_path: Path) -> None:
    """Two ministries of education both written "وزارة التربية الوطنية" (one joined with its
    English and French versions, data/examples): the name is a whole name of both, so the
    error says so and offers #ID; "#ID" is that one entity, of that kind only."""
    dump = tmp_path / "morocco.txt"
    dump.write_text("    الإيسيسكو تنظم ورشة للمعلمين في الرباط\n\n    20 مارس 2026\n\n"
                    "    نظمت منظمة العالم الإسلامي للتربية والعلوم والثقافة (إيسيسكو) ورشة عمل "
                    "لفائدة معلمي اللغة العربية في المملكة المغربية، بالتعاون مع وزارة التربية "
                    "الوطنية.\n", encoding="utf-8")
    assert cli("ingest", str(ROOT / "data" / "examples"), str(dump)).exit_code == 0
    ministries = [p for p in cli.json("partners") if "وزارة التربية الوطنية" in p["aliases"]]
    assert len(ministries) == 2
    result = cli("partner", "وزارة التربية الوطنية")
    assert result.exit_code == 1 and "is a name of several partners" in result.stderr
    for ministry in ministries:
        assert f"#{ministry['id']};" in result.stderr
        picked = cli("partner", f"#{ministry['id']}", "--json")
        assert len(json.loads(picked.stdout)) == ministry["articles"], picked.stderr
        assert f"#{ministry['id']}: {ministry['name']}" in picked.stderr
    person = cli.json("people")[0]["id"]
    assert cli("partner", f"#{person}", "--json").stdout == "[]\n"  # not a partner's id


def test_an_archive_that_stored_korea_as_south_korea_s_alias_lists_both_once_migrated(
        atlas: Cli) -> None:
    """m017_country_aliases_again: aliases stored before a short name was several ("Korea" for
    South Korea) leave the country, its words too; the lookup then lists both."""
    conn = sqlite3.connect(atlas.db, isolation_level=None)
    (south,) = conn.execute("SELECT id FROM entities WHERE key = 'KOR'").fetchone()
    conn.execute("INSERT INTO entity_aliases (entity_id, norm, alias) VALUES (?, 'korea', 'Korea')",
                 (south,))
    conn.execute(f"DELETE FROM {MIGRATIONS_TABLE} WHERE name = 'm017_country_aliases_again'")
    conn.close()
    assert "m017_country_aliases_again" in atlas("migrate").stdout
    conn = sqlite3.connect(atlas.db)
    assert conn.execute("SELECT count(*) FROM entity_aliases WHERE alias = 'Korea'").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM entity_words WHERE entity_words MATCH 'korea' "
                        "AND rowid NOT IN (SELECT rowid FROM entity_aliases)").fetchone() == (0,)
    conn.close()
    result = atlas("country", "Korea", "--json")
    assert (result.exit_code, result.stdout) == (1, "")
    assert "is a name of several countries" in result.stderr
