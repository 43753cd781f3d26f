"""Identity rules tested directly, and the archive's entities independent of ingest order."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from icli.extract import identity, offices
from icli.store.connection import open_for_reading, open_for_writing
from icli.store.ingest import ingest
from icli.store.queries import Filters, list_articles
from tests.conftest import DUMPS, FIXTURES, Cli


def test_person_keys_ignore_honorifics_spelling_and_middle_names() -> None:
    keys = {identity.person_key(name) for name in
            ("Dr. Salim M. AlMalik", "Salim Al-Malik", "H.E. Salim Mohammed AlMalik")}
    assert len(keys) == 1
    key = keys.pop()
    assert not identity.is_surname_only(key)
    alone = identity.person_key("Mr. Al-Malik")
    assert identity.is_surname_only(alone)
    assert identity.key_surname(alone) == identity.key_surname(key)


def test_a_surname_alone_belongs_to_the_only_person_with_that_surname() -> None:
    people = [(1, identity.person_key("Anvar Rustamov")), (2, identity.person_key("Mr. Rustamov")),
              (3, identity.person_key("Lina Haddad")), (4, identity.person_key("Omar Haddad")),
              (5, identity.person_key("Ms. Haddad"))]
    owners = identity.surname_owners(people)
    assert owners[identity.key_surname(people[1][1])] == 1
    assert identity.key_surname(people[4][1]) not in owners  # two Haddads: cannot tell


def test_a_surname_alone_in_an_office_is_keyed_with_it() -> None:
    alone = identity.person_key("Mr. Al-Malek")
    head, minister = (identity.in_office(alone, offices.office_key(role))
                      for role in ("Director-General of ICESCO", "Minister of Youth of Tunisia"))
    assert len({alone, head, minister}) == 3
    assert {identity.key_surname(key) for key in (alone, head, minister)} == {"almalek"}
    assert all(map(identity.is_surname_only, (alone, head, minister)))
    assert identity.is_bare_surname(alone) and not identity.is_bare_surname(head)
    assert identity.in_office(alone, None) == alone
    full = identity.person_key("Salim Almalek")
    assert identity.in_office(full, offices.HEAD) == full and not identity.is_bare_surname(full)
    assert identity.display_name("person", head, None, ["Salim Almalek", "Almalek"]) == "Almalek"


def test_the_role_holder_is_the_head_whose_term_holds_the_date() -> None:
    terms = {7: ("1991-01-01", "2019-04-30"), 9: ("2019-05-01", None)}
    assert identity.role_holder("2016-03-01", terms) == 7
    assert identity.role_holder("2019-04-30", terms) == 7
    assert identity.role_holder("2019-05-01", terms) == 9
    assert identity.role_holder("2030-01-01", terms) == 9
    assert identity.role_holder("1985-06-01", terms) is None  # never outside a term
    assert identity.role_holder(None, terms) is None
    assert identity.role_holder("2020-01-01", {7: terms[7]}) is None
    keys = {identity.person_key("Salim M. AlMalik"): 9}
    assert identity.head_terms(keys.get) == {9: ("2019-05-01", None)}


def test_own_head_roles_in_their_written_forms() -> None:
    role: str | None
    for role in ("Director-General of ICESCO", "ISESCO Director General", "Director General",
                 "ICESCO’s Director-General", "Director-General of the Islamic World Organization "
                 "for Education, Science and Culture (ICESCO)"):
        assert offices.is_own_head_role(role), role
    for role in ("Deputy Director-General of ICESCO", "Director-General of UNESCO",
                 "Director General of the National Library", None, ""):
        assert not offices.is_own_head_role(role), role


def test_the_shown_name_is_the_fullest_form_whatever_the_order() -> None:
    key = identity.person_key("Salim AlMalik")
    forms = ["Salim AlMalik", "AlMalik", "Salim M. AlMalik", "Salim Al-Malik"]
    for order in (forms, forms[::-1]):
        assert identity.display_name("person", key, None, order) == "Salim M. AlMalik"
    assert identity.display_name("partner", "aou", "AOU", ["AOU", "Arab Open University"]) == (
        "Arab Open University")


def test_a_partner_written_in_two_spellings_is_shown_in_the_commonest() -> None:
    """Spellings of one name (British/American, with or without "the") are counted; the
    commonest wins, whatever the order; a fuller name is not traded for a commoner short one."""
    forms = ["Lake Chad Fisheries Centre", "Lake Chad Fisheries Center", "LCFC"]
    for order in (forms, forms[::-1]):
        counts = {"Lake Chad Fisheries Centre": 1, "Lake Chad Fisheries Center": 3}
        assert identity.display_name("partner", "k", "LCFC", order, counts) == (
            "Lake Chad Fisheries Center")
        counts = {"Lake Chad Fisheries Centre": 2, "Lake Chad Fisheries Center": 1}
        assert identity.display_name("partner", "k", "LCFC", order, counts) == (
            "Lake Chad Fisheries Centre")
    fuller = ["Union of the Andean Weavers", "Union of Andean Weavers", "Andean Weavers"]
    counts = {"Union of Andean Weavers": 4, "Union of the Andean Weavers": 1, "Andean Weavers": 9}
    assert identity.display_name("partner", "k", None, fuller, counts) == "Union of Andean Weavers"


def test_a_role_has_one_signature_in_the_three_languages() -> None:
    role: str | None
    culture = ("minister", frozenset({"culture"}), "JOR")
    for role in ("Jordanian Minister of Culture", "Minister of Culture of Jordan",
                 "وزيرة الثقافة الأردنية", "وزيرة الثقافة في المملكة الأردنية الهاشمية",
                 "ministre de la Culture du Royaume hachémite de Jordanie"):
        assert offices.role_signature(role) == culture, role
    ambassador = offices.role_signature("سفير جمهورية مالي لدى المملكة المغربية")
    assert ambassador == offices.role_signature("Ambassador of Mali to Morocco")
    assert ambassador != offices.role_signature("Ambassador of Mali to Egypt")
    assert offices.role_signature("رئيس الحكومة التونسية") == offices.role_signature(
        "Tunisian Prime Minister")
    # short vowels written on a word, an English possessive, a portfolio in three languages
    labour = ("minister", frozenset({"labour"}), "OMN")
    for role in ("وزير العمل العُماني", "Oman’s Minister of Labour", "Omani Minister of Labor",
                 "ministre omanais du Travail"):
        assert offices.role_signature(role) == labour, role
    # a minister of state is another office than the minister's
    of_state = offices.role_signature("Minister of State for Culture of Egypt")
    assert of_state == offices.role_signature("وزير الدولة للثقافة المصري")
    assert of_state != offices.role_signature("Minister of Culture of Egypt")
    # Not one holder per country, or not said, or no longer held: no signature.
    for role in ("Deputy Minister of Culture of Jordan", "نائب وزير الثقافة الأردني",
                 "وزير الثقافة المصري السابق", "Egypt's former Minister of Culture",
                 "Minister of State of Egypt", "ancien ministre de la Culture de Jordanie",
                 "Minister of Culture", "وزير الشؤون المالية", "Director-General of ICESCO",
                 "Adviser to the Minister of Culture of Jordan", None):
        assert offices.role_signature(role) is None, role


def test_a_person_joins_across_scripts_only_by_one_holder_of_the_role_nearby() -> None:
    english: list[tuple[int, int, str, str | None, str]] = [
               (1, 10, "en", "2024-05-14", "Minister of Culture of Jordan"),
               (2, 11, "en", "2024-06-30", "Minister of Culture of Jordan"),
               (3, 12, "en", "2024-05-14", "Minister of Education of Jordan")]
    arabic = [(4, 20, "ar", "2024-05-16", "وزيرة الثقافة الأردنية"),  # 2 days after 10
              (5, 21, "ar", "2024-06-10", "وزيرة الثقافة الأردنية"),  # 20 days from 11
              (6, 22, "fr", "2024-05-13", "ministre de l’Éducation de Jordanie"),
              (7, 23, "ar", "2024-05-15", "مستشار وزيرة الثقافة الأردنية"),
              (8, 24, "ar", None, "وزيرة الثقافة الأردنية")]
    assert identity.script_links(english + arabic) == {4: 10, 6: 12}
    # Two people in that role within the days: the text cannot tell which.
    rival = (9, 13, "en", "2024-05-17", "Jordanian Minister of Culture")
    assert identity.script_links(english + arabic + [rival]) == {6: 12}
    assert identity.script_links(list(reversed(english + arabic))) == {4: 10, 6: 12}


def test_a_regnal_number_is_no_name_on_its_own() -> None:
    assert all(map(identity.is_regnal_number, ("السادس", "الخامس", "VI", "II")))
    assert not any(map(identity.is_regnal_number, ("المالك", "علي", "Vi", "AlMalik")))


def test_the_same_minister_in_english_and_arabic_is_one_person(cli: Cli, tmp_path: Path) -> None:
    pages = [path for path in _files(tmp_path / "files") if path.name.startswith("page_")]
    arabic, english = pages[-1], pages[-2]
    cli.json("ingest", str(arabic))  # the Arabic article alone: its own person
    assert [p["name"] for p in cli.json("people", "--limit", "0")] == ["لمياء القضاة"]
    cli.json("ingest", str(english))
    (person,) = cli.json("people", "--limit", "0")
    assert person["name"] == "Lamia Qudah" and person["articles"] == 2
    assert "لمياء القضاة" in person["aliases"]
    assert {a["language"] for a in cli.json("who", "لمياء القضاة", "--limit", "0")} == {"en", "ar"}


# Pages written for these tests: a role named alone before and after its holder is named, a
# surname alone before and after the full name.
PAGES = [
    "Director-General Opens A Photography Exhibition In Fez\n"
    "The Director-General opened a photography exhibition in Fez on 12 March 2024.\n",
    "ICESCO Chief Meets Teachers In Nouakchott\n"
    "Dr. Salim M. AlMalik, Director-General of ICESCO, met teachers in Nouakchott on 2 March 2024.\n",
    "Minister Oblakulov Tours The Manuscript Library\n"
    "Mr. Oblakulov toured the manuscript library on 5 May 2024 with a group of researchers.\n",
    "Heritage Week Opens With A Speech On Silk Road Cities\n"
    "Mr. Rustam Oblakulov, Minister of Heritage of Uzbekistan, opened the week on 7 May 2024.\n",
    "Former Head Of The Organization Lectures In Tunis\n"
    "Dr. Abdulaziz Othman Altwaijri, Director-General of ISESCO, lectured in Tunis on 4 April 2012.\n",
    "Director-General Receives A Delegation From Chad\n"
    "The Director-General received a delegation from Chad on 9 September 2013.\n",
    # One deputy under two spellings in the same office weeks apart (one person), and a
    # similar name in another office (another person).
    "Deputy Director-General Opens A Workshop On Archives\n"
    "Dr. Karim Benyoussef, Deputy Director-General of ICESCO, opened a workshop on archives in "
    "Rabat on 3 March 2024.\n",
    "Session On Museum Education Chaired In Rabat\n"
    "Dr. Karim Benyousef, ICESCO Deputy Director General, chaired a session on museum education "
    "in Rabat on 20 May 2024.\n",
    "National Library Hosts Manuscript Experts\n"
    "Mr. Karim Benyoussif, Director of the National Library of Tunisia, hosted manuscript "
    "experts in Tunis on 2 April 2024.\n",
    "Director-General Receives Poets From Senegal\n"
    "Dr. Salim M. AlMalik, Director-General of ICESCO, received poets from Senegal on 6 March "
    "2024.\n",
    "Director-General Addresses A Forum On Water\n"
    "Dr. Salim AlMalik, Director-General of ICESCO, addressed a forum on water in Rabat on "
    "18 March 2024.\n",
    # The Director-General misspelt, in his office, then named without it beside his role alone.
    "Library Of Young Readers Opens In Rabat\n"
    "Dr. Salim Almalek, Director-General of ICESCO, opened a library for young readers in Rabat "
    "on 11 March 2024.\n",
    "Youth Delegates Present Their Projects\n"
    "Dr. Salim Almalek met youth delegates in Rabat on 14 March 2024. The Director-General "
    "praised their projects.\n",
    # The same minister in English and, two days later, in Arabic: one person by role and date.
    "Minister Of Culture Opens A Calligraphy Exhibition\n"
    "Dr. Lamia Qudah, Minister of Culture of the Hashemite Kingdom of Jordan, opened a "
    "calligraphy exhibition in Amman on 14 May 2024.\n",
    "وزيرة الثقافة الأردنية تزور معرض المخطوطات\n"
    "زارت الدكتورة لمياء القضاة، وزيرة الثقافة في المملكة الأردنية الهاشمية، معرض المخطوطات "
    "في عمّان يوم 16 مايو 2024.\n",
]


# Spelling variants in the three languages, a surname alone in its office, and look-alikes.
SPELLINGS = FIXTURES / "identities" / "spelling_joins.txt"


def fixture_articles(path: Path) -> list[str]:
    """The articles of a fixture dump (an indented title, a blank line, its body), one text each."""
    blocks = [block for block in path.read_text(encoding="utf-8").split("\n\n") if block.strip()]
    return [f"{blocks[i]}\n\n{blocks[i + 1]}\n" for i in range(0, len(blocks), 2)]


def _files(folder: Path) -> list[Path]:
    """The sample dumps, one file per page above and one per article of SPELLINGS, in a fixed
    order."""
    folder.mkdir()
    shutil.copytree(DUMPS, folder / "dumps")
    for number, page in enumerate(PAGES):
        (folder / f"page_{number:02d}.txt").write_text(page, encoding="utf-8")
    for number, article in enumerate(fixture_articles(SPELLINGS)):
        (folder / f"spelling_{number:02d}.txt").write_text(article, encoding="utf-8")
    return (sorted(folder.glob("dumps/*.txt")) + sorted(folder.glob("page_*.txt"))
            + sorted(folder.glob("spelling_*.txt")))


def _entities_per_article(db: Path) -> dict[str, Any]:
    """Each article's entities, a person's identity by its name (ids follow ingest order)."""
    conn = open_for_reading(db)
    try:
        return {a["title"]: ([{**p, "person": p["person"]["name"]} for p in a["persons"]],
                             a["countries"], a["partners"])
                for a in list_articles(conn, Filters(limit=None))}
    finally:
        conn.close()


def _ingest_in_runs(db: Path, files: list[Path], runs: list[list[Path]]) -> None:
    for run in runs:
        conn = open_for_writing(db)
        try:
            report = ingest(conn, [str(path) for path in run], workers=0)
        finally:
            conn.close()
        assert not report.failed


def test_a_role_named_alone_is_linked_and_flagged_inferred(cli: Cli, tmp_path: Path) -> None:
    files = _files(tmp_path / "files")
    pages = [path for path in files if path.name.startswith("page_")]
    cli.json("ingest", str(pages[0]))  # the role alone, before anyone is known in it
    assert cli.json("list", "--limit", "0")[0]["persons"] == []
    cli.json("ingest", *map(str, pages[1:]))
    by_title = {a["title"]: a["persons"] for a in cli.json("list", "--limit", "0")}
    people = {p["name"]: p["id"] for p in cli.json("people", "--limit", "0")}
    almalik = {"id": people["Salim M. AlMalik"], "name": "Salim M. AlMalik"}
    assert by_title[PAGES[0].split("\n")[0]] == [
        {"name": "Salim M. AlMalik", "role": "Director-General", "person": almalik,
         "inferred": True}]  # the role as the article states it: "the Director-General"
    assert by_title[PAGES[1].split("\n")[0]] == [
        {"name": "Salim M. AlMalik", "role": "Director-General of ICESCO", "person": almalik}]
    assert by_title[PAGES[5].split("\n")[0]][0]["name"] == "Abdulaziz Othman Altwaijri"  # 2013
    assert by_title[PAGES[2].split("\n")[0]] == [  # the surname alone, as written
        {"name": "Oblakulov", "role": None,
         "person": {"id": people["Rustam Oblakulov"], "name": "Rustam Oblakulov"}}]
    people = {p["name"]: p["articles"] for p in cli.json("people", "--limit", "0")}
    assert people["Rustam Oblakulov"] == 2
    assert not any(name.startswith("Oblakulov") for name in people)


@pytest.mark.slow
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), runs=st.integers(1, 4))
def test_entities_do_not_depend_on_the_order_of_ingestion(tmp_path_factory: Any, seed: int,
                                                          runs: int) -> None:
    """The same files ingested in any order, in one run or several, give every article the
    same people (roles, inferred links), countries and partners."""
    folder = tmp_path_factory.mktemp("order")
    files = _files(folder / "files")
    _ingest_in_runs(folder / "reference.db", files, [files])
    shuffled = files[:]
    random.Random(seed).shuffle(shuffled)
    cuts = sorted(random.Random(seed + 1).sample(range(1, len(shuffled)), runs - 1))
    parts = [shuffled[start:end] for start, end in zip([0, *cuts], [*cuts, len(shuffled)])]
    _ingest_in_runs(folder / "shuffled.db", files, parts)
    assert _entities_per_article(folder / "shuffled.db") == _entities_per_article(
        folder / "reference.db")


def test_links_wait_for_the_next_ingest_when_one_stops_before_them(cli: Cli, tmp_path: Path) -> None:
    """An ingest stopped after writing its batches (before linking) leaves the links to the
    next one, even if that one has nothing new to write; a run with nothing written since the
    last links touches no mention."""
    import hashlib

    from icli.extract.article import EXTRACTOR_VERSION
    from icli.store.articles import Batches
    from icli.store.ingest import prepare_dump

    pages = [path for path in _files(tmp_path / "files") if path.name.startswith("page_")][:2]
    conn = open_for_writing(cli.db)
    with Batches(conn) as batches:  # what an ingest writes before its end
        for path in pages:
            data = path.read_bytes()
            prepared = prepare_dump(data)
            batches.write(os.path.realpath(path), hashlib.sha256(data).hexdigest(),
                          prepared.articles, EXTRACTOR_VERSION, prepared.mentions)
    conn.close()
    title = PAGES[0].split("\n")[0]  # names ICESCO's role alone
    assert {a["title"]: a["persons"] for a in cli.json("list", "--limit", "0")}[title] == []
    assert cli.json("ingest", *map(str, pages))["articles_unchanged"] == 2
    linked = {a["title"]: a["persons"] for a in cli.json("list", "--limit", "0")}
    assert [{**p, "person": p["person"]["name"]} for p in linked[title]] == [
        {"name": "Salim M. AlMalik", "role": "Director-General",
         "person": "Salim M. AlMalik", "inferred": True}]
    conn = open_for_writing(cli.db)
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    assert ingest(conn, [str(path) for path in pages], workers=0).articles_unchanged == 2
    conn.close()
    assert statements and not [sql for sql in statements if "mentions" in sql], statements


def test_a_partner_named_with_its_country_has_one_key_however_the_country_is_written() -> None:
    def key(name: str, country: str, code: str) -> str:
        start = name.index(country)
        return identity.partner_country_key(name, start, start + len(country), code)

    assert key("Azerbaijani Ministry of Science and Education", "Azerbaijani", "AZE") == key(
        "Ministry of Science and Education of the Republic of Azerbaijan", "Republic of Azerbaijan",
        "AZE") == "ministryofscienceandeducation@AZE"
    assert key("UAE Embassy", "UAE", "ARE") == key(
        "Embassy of the United Arab Emirates", "United Arab Emirates", "ARE")
    assert key("UAE Embassy", "UAE", "ARE") != key("Omani Embassy", "Omani", "OMN")


def test_a_regnal_number_is_no_name() -> None:
    assert identity.is_regnal_number("VI") and identity.is_regnal_number("II")
    assert not identity.is_regnal_number("Vi") and not identity.is_regnal_number("Malik")
