"""Lookups by whole words (issue 21, "Lookups"): a part of a name is whole words of it, so a
word that only starts another ("Saud" in "Saudi") lands on no entity, for who, country,
partner and their filters alike; a country typed wrong is only suggested the countries spelled
a few edits from it.

The archives here are dumps written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from icli.store.misspellings import edit_distance
from tests.conftest import Cli, ingested

SAUDI = "\n\n".join("    " + line for line in (
    "Heritage Experts Meet In Riyadh",
    "March 2, 2026",
    "ICESCO and the Saudi Heritage Commission held a workshop on mosaic restoration in Riyadh on "
    "Monday, March 2, 2026. Dr. Nasser Al-Saudi, Director of Training at the Commission, "
    "opened it.",
    "ندوة عن التراث في الرياض",
    "16 مارس 2026",
    "نظمت الإيسيسكو وهيئة التراث السعودية ندوة عن ترميم الفسيفساء في الرياض يوم الاثنين 16 "
    "مارس 2026.",
)) + "\n"

KING_SAUD = "\n\n".join("    " + line for line in (
    "A Lecture On Arabic Calligraphy",
    "March 9, 2026",
    "ICESCO and King Saud University organized a lecture on Arabic calligraphy in Riyadh on "
    "Monday, March 9, 2026, attended by Mr. Fahad Saud Al-Otaibi, Dean of Arts.",
)) + "\n"


@pytest.fixture
def saudi(tmp_path: Path) -> Cli:
    return ingested(tmp_path, SAUDI, ["Nasser Al-Saudi"])


def _said(cli: Cli, *args: str) -> tuple[list[str], str]:
    """The titles a command answers and its stderr (exit 0)."""
    result = cli(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return [article["title"] for article in json.loads(result.stdout)], result.stderr


def test_a_word_that_only_starts_a_word_of_a_name_is_no_part_of_it(saudi: Cli) -> None:
    """"Saud" starts "Saudi" and "السعودية" holds "سعود": neither is a part of those names, in
    any lookup or filter (a suggestion at most); the whole word is, Al- optional."""
    for command, option, typed in (("partner", "--partner", "Saud"),
                                   ("partner", "--partner", "Heritage Comm"),
                                   ("partner", "--partner", "سعود"),
                                   ("who", "--person", "Saud"),
                                   ("who", "--person", "Nass")):
        titles, said = _said(saudi, command, typed)
        assert titles == [] and said.startswith(("icli: no partner", "icli: no person")), typed
        assert _said(saudi, "list", option, typed) == (titles, said), typed
    assert _said(saudi, "partner", "Heritage Commission") == (
        ["Heritage Experts Meet In Riyadh"], "icli: 'Heritage Commission': Saudi Heritage Commission\n")
    assert _said(saudi, "who", "Saudi")[0] == ["Heritage Experts Meet In Riyadh"]  # Al-Saudi
    # a word's start is suggested the names holding a word that starts with it
    assert _said(saudi, "who", "Nass") == ([], "icli: no person named 'Nass'; did you mean Nasser "
                                               "Al-Saudi?\n")
    assert _said(saudi, "partner", "السعودية")[0] == ["ندوة عن التراث في الرياض"]


def test_a_whole_word_is_part_of_the_one_name_holding_it(tmp_path: Path) -> None:
    cli = ingested(tmp_path, SAUDI + "\n" + KING_SAUD, ["Fahad Saud Al-Otaibi"])
    assert _said(cli, "partner", "Saud") == (["A Lecture On Arabic Calligraphy"],
                                             "icli: 'Saud': King Saud University\n")
    assert _said(cli, "list", "--partner", "saud")[0] == ["A Lecture On Arabic Calligraphy"]
    assert _said(cli, "who", "Saud")[0] == ["A Lecture On Arabic Calligraphy"]  # a middle name


@pytest.mark.parametrize(("typed", "said"), [
    ("Rusia", "no country named 'Rusia'; did you mean Russia?"),
    ("Azerbajan", "no country named 'Azerbajan'; did you mean Azerbaijan?"),
    ("Philipines", "no country named 'Philipines'; did you mean Philippines?"),
    ("Sout Sudan", "no country named 'Sout Sudan'; did you mean South Sudan?"),
    ("Atlantis", "no country matches 'Atlantis'"),  # no Albania: a letter or two in common
    ("Europe", "'Europe' is a region, not a country"),
    ("Azerbai", "no country named 'Azerbai'; did you mean Azerbaijan?"),  # a word's start
    ("Guin", "no country named 'Guin'; did you mean Equatorial Guinea, Guinea, Guinea-Bissau, "
             "Papua New Guinea?"),
])
def test_a_country_typed_wrong_is_suggested_only_countries_a_few_edits_away(
        saudi: Cli, typed: str, said: str) -> None:
    titles, stderr = _said(saudi, "country", typed)
    assert titles == [] and stderr.startswith(f"icli: {said}"), stderr
    assert _said(saudi, "list", "--country", typed) == (titles, stderr)


def test_edit_distance_counts_letters_changed_and_swapped() -> None:
    assert edit_distance("rusia", "russia", 2) == 1
    assert edit_distance("tunisia", "tunsiia", 2) == 1  # two letters side by side swapped
    assert edit_distance("atlantis", "albania", 2) == 3  # more than `most`: most + 1
    assert edit_distance("", "abc", 5) == 3


ARABIC_ONLY = "\n\n".join("    " + line for line in (
    "وفد من جامعة الخرطوم يزور الإيسيسكو",
    "9 مارس 2026",
    "استقبل الدكتور خالد عمر، رئيس جامعة الخرطوم، وفدا من خبراء الإيسيسكو يوم الاثنين 9 مارس "
    "2026.",
    "ندوة عن المخطوطات في نواكشوط",
    "16 مارس 2026",
    "شارك الأستاذ خالد عمر الحسن، الباحث في المخطوطات، في ندوة نظمت في نواكشوط يوم الاثنين 16 "
    "مارس 2026.",
)) + "\n"


def test_a_latin_name_of_a_person_written_only_in_arabic_is_that_person(tmp_path: Path) -> None:
    """"Khalid Omar" had only been suggested "خالد عمر": a name each of whose words one
    person's Arabic name holds (by consonants and the vowels written) is that person, said, in
    a lookup or a filter; held by two, it lists both."""
    cli = ingested(tmp_path, ARABIC_ONLY, ["خالد عمر", "خالد عمر الحسن"])
    both = cli("who", "Khalid Omar", "--json")
    assert (both.exit_code, both.stdout) == (1, "")
    assert {c["name"] for c in json.loads(both.stderr)["candidates"]} == {"خالد عمر", "خالد عمر الحسن"}
    one = ("وفد من جامعة الخرطوم يزور الإيسيسكو",)
    for typed in ("Khalid Omar Al-Hassan", "Khaled Omar El Hassan"):
        titles, said = _said(cli, "who", typed)
        assert (titles, said) == (["ندوة عن المخطوطات في نواكشوط"],
                                  f"icli: {typed!r}: خالد عمر الحسن\n"), typed
        assert _said(cli, "list", "--person", typed) == (titles, said)
    (tmp_path / "alone").mkdir()
    alone = ingested(tmp_path / "alone", ARABIC_ONLY.split("    ندوة")[0])
    assert _said(alone, "who", "Khalid Omar") == (list(one), "icli: 'Khalid Omar': خالد عمر\n")
    assert _said(alone, "who", "Mahmoud Omar")[0] == []  # محمود is not محمد, nor خالد


SILAC = "\n\n".join("    " + line for line in (
    "A Course On Sahel Languages",
    "March 11, 2026",
    "ICESCO and the Sahel Institute for Languages and Cultures (SILAC) opened a course on the "
    "languages of the Sahel in Niamey on Wednesday, March 11, 2026.",
)) + "\n"


def test_an_arabic_word_for_a_latin_acronym_is_that_partner(tmp_path: Path) -> None:
    """"إرسيكا" had found nothing: an Arabic word written for a stored partner's Latin acronym
    read as a word (its consonants, a c before i an s) is that partner, said; one for a
    well-known partner's acronym the archive lacks says so; fewer than three consonants are
    no acronym."""
    cli = ingested(tmp_path, SILAC)
    course = ["A Course On Sahel Languages"]
    said = "icli: 'سيلاك': Sahel Institute for Languages and Cultures\n"
    assert _said(cli, "partner", "سيلاك") == (course, said)
    assert _said(cli, "list", "--partner", "سيلاك") == (course, said)
    assert _said(cli, "partner", "إرسيكا") == (
        [], "icli: Research Centre for Islamic History, Art and Culture (IRCICA): no articles\n")
    assert _said(cli, "partner", "سيلوس")[0] == []  # another word
    assert _said(cli, "partner", "فاو")[0] == []  # FAO: two consonants say too little


@pytest.mark.parametrize("typed", [
    "Islamic World Educational, Scientific and Cultural Organization",
    "Islamic Educational, Scientific and Cultural Organization",  # ISESCO, its former name
    "Organisation du monde islamique pour l’éducation, la science et la culture",
    "منظمة العالم الإسلامي للتربية والعلوم والثقافة",
])
def test_icesco_s_long_name_is_icesco_itself_never_a_partner(saudi: Cli, typed: str) -> None:
    """ICESCO's long name had been suggested UNESCO ("did you mean United Nations Educational,
    Scientific and Cultural Organization?"), where its acronym said it is ICESCO itself."""
    said = f"icli: {typed!r} is ICESCO itself, the archive's publisher: never a partner\n"
    assert _said(saudi, "partner", typed) == ([], said)
    assert _said(saudi, "list", "--partner", typed) == ([], said)


REGIONS = "\n\n".join("    " + line for line in (
    "ICESCO Signs an Agreement with South Africa",
    "March 16, 2026",
    "ICESCO and the Ministry of Basic Education of South Africa signed an agreement in Rabat on "
    "Monday, March 16, 2026, on teacher training in West Africa and the Sahel. Dr. Thabo Nkosi, "
    "Director of Programmes at the Ministry, signed it.",
)) + "\n"


@pytest.fixture(scope="module")
def regions(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    return ingested(tmp_path_factory.mktemp("regions"), REGIONS, ["Thabo Nkosi"])


@pytest.mark.parametrize("typed", ["Africa", "africa", "Afrique", "أفريقيا", "Asia", "Europe",
                                   "Middle East", "Moyen-Orient", "Sahel", "Gulf", "الخليج",
                                   "West Africa"])
def test_a_region_is_no_country(regions: Cli, typed: str) -> None:
    """A continent or a region is said to be none, never a country whose name holds it."""
    for args in (["country", typed], ["list", "--country", typed]):
        result = regions(*args, "--json")
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout) == [], args
        assert result.stderr == f"icli: {typed!r} is a region, not a country\n", args
    assert _said(regions, "country", "South Africa")[0] == [
        "ICESCO Signs an Agreement with South Africa"]


@pytest.mark.parametrize(("command", "typed"), [
    ("partner", "of"), ("partner", "the"), ("partner", "Of The"), ("who", "al"), ("who", "El"),
    ("partner", "de la"), ("partner", "l’"), ("who", "في"), ("partner", "ال"), ("country", "of"), ("country", "the"),
])
def test_function_words_alone_name_no_one(regions: Cli, command: str, typed: str) -> None:
    """An article, a preposition or a conjunction alone is a usage error in one line (exit 2)."""
    result = regions(command, typed, "--json")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"icli: error: {typed!r} alone names no one")
    assert result.stderr.count("\n") == 1
    assert regions("list", f"--{'person' if command == 'who' else command}", typed).exit_code == 2


def test_a_country_code_spelled_like_a_function_word_is_that_country(regions: Cli) -> None:
    for code in ("DE", "IN", "TO"):
        result = regions("country", code, "--json")
        assert result.exit_code == 0 and result.stderr.endswith(": no articles\n"), code


NISBA = "\n\n".join("    " + line for line in (
    "ندوة عن التراث الشفهي في تونس",
    "4 مايو 2026",
    "افتتح الأستاذ كريم الناصري، مدير مركز الدراسات، ندوة عن التراث الشفهي يوم الاثنين 4 مايو "
    "2026.",
)) + "\n"


@pytest.mark.parametrize("typed", ["Karim Nasr", "Karim Nasser"])
def test_a_name_without_the_final_i_of_an_arabic_name_only_suggests_it(tmp_path: Path,
                                                                        typed: str) -> None:
    """"Nasr" and "Nasser" have the consonants of "الناصري" but not its final ي (an i): the
    whole names agree by their letters (across.names_agree), not word by word
    (typed_across.words_agree), so "كريم الناصري" is suggested, not answered; "Karim Nasiri"
    and "Karim Al-Nasiri" are him."""
    cli = ingested(tmp_path, NISBA, ["كريم الناصري"])
    result = cli("who", typed, "--json")
    assert (result.exit_code, result.stdout) == (0, "[]\n"), result.stderr
    assert "did you mean" in result.stderr and "كريم الناصري" in result.stderr
    for meant in ("Karim Nasiri", "Karim Al-Nasiri"):
        assert _said(cli, "who", meant) == (["ندوة عن التراث الشفهي في تونس"],
                                            f"icli: {meant!r}: كريم الناصري\n"), meant
