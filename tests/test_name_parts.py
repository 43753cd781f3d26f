"""Part of a name is a part as the person is written (issue 21): a given name, a surname word,
or a patronymic whole ("Ould Salem", "Mint Ahmed", "بن سالم"), never the father's name after
the particle alone, nor the particle ("Salem" is no part of "Mahmoud Ould Salem": it is his
father's name); the same rule in both scripts and across them (extract/name_parts.py)."""

from __future__ import annotations

import json

import pytest

from icli.extract.identity import split_name
from icli.extract.name_parts import holds_parts
from tests.conftest import Cli, ingested

ITEMS = (
    "    ICESCO Receives a Delegation from Mauritania\n\n    3 February 2026\n\n"
    "    Mr. Mahmoud Ould Salem, Minister of Culture of Mauritania, visited ICESCO's headquarters "
    "in Rabat with Ms. Fatimetou Mint Ahmed, Director of Libraries.\n\n"
    "    Mint Ahmed presented the national plan for school libraries.\n\n"
    "    الإيسيسكو تستقبل وفدا موريتانيا\n\n    4 فبراير 2026\n\n"
    "    زار السيد محمود ولد سالم، وزير الثقافة الموريتاني، مقر الإيسيسكو في الرباط.\n\n"
    "    ICESCO Hosts a Workshop on Heritage\n\n    2 April 2026\n\n"
    "    Dr. Salim Haddad, Director of the National Library of Jordan, and Mr. Ahmed Karimi, Head "
    "of Programmes at the Ministry of Culture of Tunisia, took part in a workshop held in Rabat.\n\n"
    "    ندوة حول المخطوطات في عمان\n\n    5 مايو 2026\n\n"
    "    شارك الدكتور خالد بن سالم العمري، مدير مركز المخطوطات، في ندوة نظمت في عمان.\n\n"
)


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    return ingested(tmp_path_factory.mktemp("name-parts"), ITEMS)


def _named(cli: Cli, typed: str) -> tuple[set[str], str]:
    """The archive-wide names of the people the articles `who typed` answers with name, and
    its stderr (exit 0: an answer, or none with suggestions)."""
    result = cli("who", typed, "--json")
    assert result.exit_code == 0, result.stderr
    return {p["person"]["name"] for a in json.loads(result.stdout) for p in a["persons"]}, result.stderr


@pytest.mark.parametrize(("typed", "person"), [
    ("Ould Salem", "Mahmoud Ould Salem"), ("ولد سالم", "Mahmoud Ould Salem"),
    ("Mahmoud", "Mahmoud Ould Salem"), ("Mint Ahmed", "Fatimetou Mint Ahmed"),
    ("Fatimetou", "Fatimetou Mint Ahmed"), ("بن سالم", "خالد بن سالم العمري"),
    ("العمري", "خالد بن سالم العمري"), ("خالد", "خالد بن سالم العمري"),
])
def test_a_name_part_as_written_is_that_person(cli: Cli, typed: str, person: str) -> None:
    for args in (["who", typed], ["list", "--person", typed]):
        result = cli(*args, "--json")
        assert result.exit_code == 0, (args, result.stderr)
        names = {p["person"]["name"] for a in json.loads(result.stdout) for p in a["persons"]}
        assert person in names, (args, names)
    assert _named(cli, typed)[1] in ("", f"icli: {typed!r}: {person}\n")  # a name, or part of one


@pytest.mark.parametrize(("typed", "listed"), [
    ("Salim", {"Salim Haddad", "Mahmoud Ould Salem", "خالد بن سالم العمري"}),  # سالم: fathers
    ("سالم", {"Salim Haddad", "Mahmoud Ould Salem", "خالد بن سالم العمري"}),  # Salim Haddad's
    ("Ahmed", {"Ahmed Karimi", "Fatimetou Mint Ahmed"}),
])
def test_a_word_that_answers_someone_lists_its_fathers_name_holders_too(
        cli: Cli, typed: str, listed: set[str]) -> None:
    result = cli("who", typed, "--json")
    assert result.exit_code == 1 and result.stdout == ""
    assert {c["name"] for c in json.loads(result.stderr)["candidates"]} == listed
    every = cli("who", typed, "--all", "--json")
    assert every.exit_code == 0, every.stderr
    assert listed <= {p["person"]["name"] for a in json.loads(every.stdout) for p in a["persons"]}


@pytest.mark.parametrize(("typed", "suggested"), [
    ("Salem", "Mahmoud Ould Salem"), ("Ould", "Mahmoud Ould Salem"),
    ("بن", "خالد بن سالم العمري"),
])
def test_a_fathers_name_or_a_particle_alone_only_suggests(cli: Cli, typed: str,
                                                          suggested: str) -> None:
    names, said = _named(cli, typed)
    assert names == set() and "did you mean" in said and suggested in said, said


def test_a_daughters_surname_keeps_its_particle(cli: Cli) -> None:
    assert split_name("Fatimetou Mint Ahmed") == ("Fatimetou", "Mint Ahmed")
    [fatimetou] = [p for p in cli.json("people") if p["name"] == "Fatimetou Mint Ahmed"]
    assert "Mint Ahmed" in fatimetou["aliases"] and "Ahmed" not in fatimetou["aliases"]


@pytest.mark.parametrize(("name", "typed", "held"), [
    ("Mahmoud Ould Salem", "Salem", False), ("Mahmoud Ould Salem", "Ould Salem", True),
    ("Mahmoud Ould Salem", "Ould", False), ("Mahmoud Ould Salem", "Mahm", False),
    ("Mohammed bin Rashid Al Maktoum", "Rashid", False),
    ("Mohammed bin Rashid Al Maktoum", "Maktoum", True),
    ("Mohammed bin Rashid Al Maktoum", "bin Rashid", True),
    ("سالم بن محمد المالك", "محمد", False), ("سالم بن محمد المالك", "بن محمد", True),
    ("سالم بن محمد المالك", "مالك", True), ("Salim M. Al-Malik", "AlMalik", True),
    ("Souad Ben Ahmed", "Ahmed", True), ("Souad Ben Ahmed", "Ben Ahmed", True),
])
def test_the_parts_of_a_name(name: str, typed: str, held: bool) -> None:
    assert holds_parts(name, typed) is held


# One person known by the surname "Ali" alone, another whose first name is Ali, and eight
# more mentioned people whose first names only start with "Ali": the whole word is looked for
# among all of them, not among the first few the index gives (which held only the eight).
STARTS = ["Alibek Nurlanov", "Alimjan Karimov", "Alisher Usmanov", "Alima Diallo",
          "Alioune Ndiaye", "Alinta Brown", "Alireza Tehrani", "Aliya Bekova"]


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    folder = tmp_path_factory.mktemp("word-starts")
    text = "".join(
        f"    ICESCO Receives a Delegation on Heritage {number} {day}\n\n    {day} March 2026\n\n"
        f"    Dr. {name}, Director of the National Heritage Centre, visited ICESCO's headquarters "
        "in Rabat on a working visit.\n\n"
        for day in (3, 4) for number, name in enumerate(STARTS))
    text += ("    ICESCO Hosts a Workshop on Manuscripts\n\n    9 March 2026\n\n"
             "    Dr. Karim Ali, Director of the National Library, took part in a workshop held "
             "in Rabat.\n\n    Ali presented the library's plan.\n\n"
             "    ICESCO Hosts a Seminar on Education\n\n    10 March 2026\n\n"
             "    Mr. Ali Rezaei, Head of Curricula at the Ministry of Education, took part in a "
             "seminar held in Rabat.\n\n")
    return ingested(folder, text, {"Karim Ali", "Ali Rezaei", *STARTS})


def test_a_surname_that_is_anothers_first_name_lists_both_past_names_it_only_starts(
        many: Cli) -> None:
    result = many("who", "Ali", "--json")
    assert result.exit_code == 1 and result.stdout == ""
    assert {c["name"] for c in json.loads(result.stderr)["candidates"]} == {"Karim Ali",
                                                                             "Ali Rezaei"}


# A word that is one man's own name and another's father's name, in each script: "Khaled" is
# Khaled Al-Omari's given name and Mohamed Ould Khaled's father's; "سالم" is سالم الكعبي's given
# name (and Salim Al-Habsi's, across scripts) and أحمد ولد سالم's father's.
FATHERS = (
    "    ICESCO Hosts a Forum on Youth\n\n    6 June 2026\n\n"
    "    Dr. Khaled Al-Omari, Director of Youth Programmes, and Mr. Mohamed Ould Khaled, Adviser "
    "to the Minister of Youth of Mauritania, took part in a forum held in Rabat.\n\n"
    "    Mr. Salim Al-Habsi, Head of the National Commission of Oman, attended the forum.\n\n"
    "    الإيسيسكو تنظم منتدى للشباب\n\n    7 يونيو 2026\n\n"
    "    شارك السيد أحمد ولد سالم، مستشار وزير الشباب، والدكتور سالم الكعبي، مدير البرامج، "
    "في منتدى نظم في الرباط.\n\n"
)


@pytest.fixture(scope="module")
def fathers(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    cli = ingested(tmp_path_factory.mktemp("fathers"), FATHERS)
    assert {"Khaled Al-Omari", "Mohamed Ould Khaled", "Salim Al-Habsi",
            "أحمد ولد سالم", "سالم الكعبي"} <= {p["name"] for p in cli.json("people")}
    return cli


@pytest.mark.parametrize(("typed", "listed"), [
    ("Khaled", {"Khaled Al-Omari", "Mohamed Ould Khaled"}),
    ("سالم", {"سالم الكعبي", "Salim Al-Habsi", "أحمد ولد سالم"}),
])
def test_a_given_name_that_is_anothers_fathers_name_lists_both(fathers: Cli, typed: str,
                                                               listed: set[str]) -> None:
    for args in (["who", typed], ["list", "--person", typed]):
        result = fathers(*args, "--json")
        assert result.exit_code == 1 and result.stdout == "", args
        assert {c["name"] for c in json.loads(result.stderr)["candidates"]} == listed, args


# In the Maghreb "Ben" and the capitalized word that ends a name is the family name ("Leila Ben
# Youssef" is Ms. Ben Youssef, "Youssef" is part of her name); "bin" there, and "ben" in lower
# case, between two names stay the father's ("Omar bin Khalifa Al-Harthy": "Khalifa" is his
# father).
BEN = (
    "    ICESCO Hosts a Meeting on Heritage\n\n    8 June 2026\n\n"
    "    Ms. Leila Ben Youssef, Director of Heritage at the Ministry of Culture of Tunisia, and "
    "Mr. Omar bin Khalifa Al-Harthy, Adviser to the Minister of Education of Oman, took part in a meeting "
    "held in Rabat.\n\n"
    "    Mr. Karim Benali, Head of Programmes at the Ministry of Youth of Tunisia, attended the "
    "meeting.\n\n"
)


@pytest.fixture(scope="module")
def ben(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    return ingested(tmp_path_factory.mktemp("ben"), BEN, {"Leila Ben Youssef",
                                                            "Omar bin Khalifa Al-Harthy",
                                                            "Karim Benali"})


@pytest.mark.parametrize("typed", ["Youssef", "Ben Youssef", "ben youssef", "Leila"])
def test_ben_and_the_last_word_is_a_family_name_that_answers(ben: Cli, typed: str) -> None:
    names, said = _named(ben, typed)
    assert "Leila Ben Youssef" in names, said
    assert said in ("", f"icli: {typed!r}: Leila Ben Youssef\n")


def test_bin_and_the_last_word_is_still_the_fathers_name(ben: Cli) -> None:
    names, said = _named(ben, "Khalifa")
    assert names == set() and "did you mean" in said and "Omar bin Khalifa Al-Harthy" in said, said
    assert "Omar bin Khalifa Al-Harthy" in _named(ben, "bin Khalifa")[0]


@pytest.mark.parametrize("typed", ["Ben", "ben"])
def test_a_particle_alone_suggests_the_names_with_a_word_starting_with_it(ben: Cli,
                                                                          typed: str) -> None:
    names, said = _named(ben, typed)
    assert names == set() and "did you mean" in said, said
    assert "Karim Benali" in said and "Leila Ben Youssef" in said, said


@pytest.mark.parametrize(("name", "typed", "held"), [
    ("Leila Ben Youssef", "Youssef", True), ("Leila Ben Youssef", "Ben Youssef", True),
    ("Leila Ben Youssef", "Ben", False), ("Hatem Ben-Ali", "Ali", True),
    ("Abdallah ben Abdelaziz", "Abdelaziz", False),
    ("Mohamed Ben Youssef Trabelsi", "Youssef", False),
    ("Mohamed Ben Youssef Trabelsi", "Ben Youssef", True), ("سعاد بن أحمد", "أحمد", False),
])
def test_ben_ends_a_name_as_its_family_name(name: str, typed: str, held: bool) -> None:
    assert holds_parts(name, typed) is held


@pytest.mark.parametrize(("name", "typed", "held"), [
    ("Aminata Sa’adia Traore", "Sa", False), ("Aminata Sa’adia Traore", "Sa'adia", True),
    ("Aminata Sa’adia Traore", "Saʼadia", True), ("Aminata Sa’adia Traore", "adia", False),
    ("Yusuf Ka'ab Hamdan", "Ka", False), ("Yusuf Ka'ab Hamdan", "Ka’ab", True),
    ("Hassan Jaʼfar Mutawa", "Ja", False), ("Hassan Jaʼfar Mutawa", "Ja'far", True),
    ("Pierre d’Almeida", "Almeida", True), ("Pierre d'Almeida", "d’Almeida", True),
    ("Claire l’Hostis", "Hostis", True),
])
def test_an_apostrophe_inside_a_word_keeps_it_one_word(name: str, typed: str, held: bool) -> None:
    """A letter, an apostrophe (' ’ ʼ) and letters are one word ("Sa’adia", "Jaʼfar"); an
    elided article before one ("d’", "l’") is a word of its own."""
    assert holds_parts(name, typed) is held


def test_a_word_cut_at_its_apostrophe_reaches_no_one(tmp_path_factory: pytest.TempPathFactory
                                                     ) -> None:
    cli = ingested(tmp_path_factory.mktemp("apostrophes"),
                   "    ICESCO Receives a Delegation from Niger\n\n    3 February 2026\n\n"
                   "    Ms. Aminata Sa’adia Traore, Director of Libraries of Niger, visited "
                   "ICESCO's headquarters in Rabat.\n\n", ["Aminata Sa’adia Traore"])
    assert _named(cli, "Sa")[0] == set()
    for typed in ("Sa’adia", "Sa'adia"):
        assert _named(cli, typed)[0] == {"Aminata Sa’adia Traore"}, typed
