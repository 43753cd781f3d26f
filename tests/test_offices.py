"""One office in three languages (issue 21): a role written in English, French and Arabic is
one office in a person's roles, read from the tables of offices, portfolios and role words."""

from __future__ import annotations

from pathlib import Path

import pytest

from icli.extract.offices import DEPUTY_HEAD, HEAD, as_one_office, office_key, same_office
from tests.conftest import Cli


@pytest.mark.parametrize("roles", [
    ("Minister of Education", "ministre de l'Éducation", "وزير التربية", "Ministre de l’Éducation nationale"),
    ("Minister of Culture of Jordan", "Jordanian Minister of Culture", "ministre de la Culture de Jordanie",
     "وزيرة الثقافة الأردنية"),
    ("Ambassador of Mali to Morocco", "ambassadeur du Mali au Maroc", "سفير جمهورية مالي لدى المغرب"),
    ("Director of the Culture Sector", "directeur du secteur de la culture", "مدير قطاع الثقافة"),
    ("Adviser to the Director-General", "conseiller du directeur général", "مستشار المدير العام"),
    ("Head of the Youth and Environment Sector", "Head of ICESCO’s Sector of Youth and Environment",
     "Chef du Secteur de la jeunesse et de l’environnement", "رئيس قطاع الشباب والبيئة"),
    ("Head of the Partnerships Unit at ICESCO", "chef de l’Unité des partenariats",
     "Head of the Unit for Partnerships"),
    ("First Vice-President of the Council", "premier vice-président du Conseil"),
    ("Vice-President of the National Assembly", "vice-président de l’Assemblée nationale",
     "نائب رئيس الجمعية الوطنية"),
    ("First Deputy Speaker of the House", "premier vice-président de la Chambre",
     "النائب الأول لرئيس المجلس"),
])
def test_one_office_written_in_three_languages_has_one_key(roles: tuple[str, ...]) -> None:
    assert len({office_key(role) for role in roles}) == 1, {role: office_key(role) for role in roles}


@pytest.mark.parametrize(("one", "other"), [
    ("Minister of Education", "Minister of Higher Education"),
    ("Minister of Education", "Deputy Minister of Education"),
    ("Minister of Culture of Jordan", "ministre de la Culture du Maroc"),
    ("Director of the Culture Sector", "directeur du secteur de l'éducation"),
    ("Adviser to the Director-General", "Director-General"),
    ("مدير قطاع الثقافة", "مستشار قطاع الثقافة"),
    ("مدير قطاع الثقافة", "مدير قطاع التربية"),
    ("Director of the Culture Sector", "مدير المنظمة الإسلامية للتربية والعلوم والثقافة"),
    ("Head of the Partnerships Unit", "Head of the Youth Unit"),
    ("Vice-President of the Council", "First Vice-President of the Council"),
])
def test_different_offices_keep_different_keys(one: str, other: str) -> None:
    assert office_key(one) != office_key(other)


def test_icesco_s_head_and_deputy_are_one_office_each_in_three_languages() -> None:
    assert {office_key(r) for r in ("Director-General of ICESCO", "Directeur général de l’ICESCO",
                                    "المدير العام للإيسيسكو", "ISESCO Director General")} == {HEAD}
    assert {office_key(r) for r in ("Deputy Director-General of ICESCO", "directrice générale adjointe",
                                    "نائب المدير العام للإيسيسكو")} == {DEPUTY_HEAD}


STORIES = {
    "en": ("Water Education Forum Opens in Rabat", "March 3, 2025",
           "Dr. Karim Bennani, Minister of National Education of Morocco, opened the regional forum "
           "on water education in Rabat on Monday, in the presence of experts from Member States."),
    "fr": ("Un forum sur l'éducation à l'eau s'ouvre à Rabat", "4 mars 2025",
           "M. Karim Bennani, ministre de l'Éducation nationale du Maroc, a ouvert lundi à Rabat le "
           "forum régional sur l'éducation à l'eau, en présence d'experts des États membres."),
    "ar": ("افتتاح منتدى التربية على الماء في الرباط", "5 مارس 2025",
           "افتتح الدكتور كريم بناني، وزير التربية الوطنية المغربي، المنتدى الإقليمي للتربية على "
           "الماء في الرباط يوم الاثنين، بحضور خبراء من الدول الأعضاء."),
}


def test_a_profile_shows_one_office_written_in_three_languages_as_one_role(tmp_path: Path) -> None:
    for language, (title, date, paragraph) in STORIES.items():
        (tmp_path / f"{language}.txt").write_text(f"    {title}\n\n    {date}\n\n    {paragraph}\n\n",
                                                  encoding="utf-8")
    cli = Cli(tmp_path / "offices.db")
    assert cli("ingest", str(tmp_path)).exit_code == 0
    [person] = cli.json("people")
    assert {"Karim Bennani", "كريم بناني"} <= set(person["aliases"])
    [role] = person["roles"]
    assert role["articles"] == 3 and (role["first"], role["last"]) == ("2025-03-03", "2025-03-05")
    assert role["role"] == "ministre de l'Éducation nationale du Maroc"  # Latin script: the latest
    result = cli("who", "Bennani", terminal=True)
    assert result.exit_code == 0 and result.stdout.count("role: ") == 1, result.stdout
    result = cli("who", "كريم بناني", terminal=True)  # asked in Arabic: the role as Arabic writes it
    assert "role: وزير التربية الوطنية المغربي (3×" in result.stdout, result.stdout


# --- one office said more or less fully: French "adjoint", a body's names, a country --------

@pytest.mark.parametrize("roles", [
    # a well-known body by any of its names or acronyms, in the three languages
    ("Secretary-General of the OIC", "Secretary-General of the Organisation of Islamic Cooperation",
     "secrétaire général de l’OCI", "الأمين العام لمنظمة التعاون الإسلامي"),
    ("Assistant Secretary-General of the OIC", "الأمين العام المساعد لمنظمة التعاون الإسلامي"),
    ("Director-General of ALECSO", "Director General of the Arab League Educational, Cultural "
     "and Scientific Organization"),
])
def test_a_body_named_in_a_role_by_any_of_its_names_is_one_office(roles: tuple[str, ...]) -> None:
    assert len({office_key(role) for role in roles}) == 1, {role: office_key(role) for role in roles}


@pytest.mark.parametrize(("general", "specific"), [
    # French "adjoint" is the OIC's assistant and ICESCO's deputy: either rank agrees with it
    ("secrétaire général adjoint de l’OCI", "Assistant Secretary-General of the OIC"),
    ("secrétaire générale adjointe du Conseil", "Deputy Secretary-General of the Council"),
    # the office without its country, or without the country an ambassador is sent to
    ("Minister of Culture", "Minister of Culture of Jordan"),
    ("ministre de la Culture", "وزيرة الثقافة الأردنية"),
    ("Ambassador of Mali", "Ambassador of Mali to Morocco"),
])
def test_an_office_said_more_fully_is_the_same_office(general: str, specific: str) -> None:
    one, other = office_key(general), office_key(specific)
    assert one != other and one is not None and other is not None
    assert same_office(one, other) and same_office(other, one)
    assert as_one_office([one, other]) == {one: other, other: other}


@pytest.mark.parametrize(("one", "other"), [
    ("Deputy Secretary-General of the OIC", "Assistant Secretary-General of the OIC"),  # English tells
    ("نائب الأمين العام", "الأمين العام المساعد"),  # and Arabic
    ("Minister of Culture of Jordan", "Minister of Culture of Egypt"),
    ("Ambassador of Mali to Morocco", "Ambassador of Mali to Egypt"),
    ("secrétaire général adjoint de l’OCI", "Assistant Secretary-General of ALECSO"),
    ("Minister of Culture", "Deputy Minister of Culture of Jordan"),
])
def test_offices_that_say_different_things_stay_apart(one: str, other: str) -> None:
    keys = [office_key(one) or "", office_key(other) or ""]
    assert all(keys) and not same_office(*keys)
    assert as_one_office(keys) == {key: key for key in keys}


def test_an_office_two_others_say_more_of_stays_itself() -> None:
    """"Minister of Culture" beside Jordan's and Egypt's: the text cannot tell which."""
    keys = [office_key(r) or "" for r in ("Minister of Culture", "Minister of Culture of Jordan",
                                          "Minister of Culture of Egypt")]
    assert as_one_office(keys) == {key: key for key in keys}
    adjoint = [office_key(r) or "" for r in ("secrétaire général adjoint", "Deputy Secretary-General",
                                             "Assistant Secretary-General")]
    assert as_one_office(adjoint) == {key: key for key in adjoint}


PROFILE = [
    ("OIC Official Visits The Manuscripts Library", "May 6, 2025",
     "Mr. Tarek Bouzidane, Assistant Secretary-General of the OIC, visited the manuscripts "
     "library of ICESCO in Rabat on Tuesday."),
    ("Le secrétaire général adjoint de l’OCI à Rabat", "12 mai 2025",
     "M. Tarik Bouzidane, secrétaire général adjoint de l’OCI, a rencontré lundi à Rabat des "
     "chercheurs en patrimoine."),
    ("A Former Minister Opens A Theatre Season", "June 2, 2025",
     "Dr. Lina Haddadin, Minister of Culture, opened the theatre season in Amman on Monday."),
    ("Jordan Hosts A Poetry Week", "June 20, 2025",
     "Dr. Lina Haddadin, Minister of Culture of Jordan, opened a poetry week in Irbid."),
    ("Young Actors Meet In Zarqa", "July 1, 2025",
     "Dr. Lina Haddadin, Minister of Culture of Jordan, met young actors in Zarqa."),
]


def test_a_profile_shows_one_office_once_however_fully_it_is_said(tmp_path: Path) -> None:
    for number, (title, date, paragraph) in enumerate(PROFILE):
        (tmp_path / f"{number}.txt").write_text(f"    {title}\n\n    {date}\n\n    {paragraph}\n",
                                                encoding="utf-8")
    cli = Cli(tmp_path / "profile.db")
    assert cli("ingest", str(tmp_path)).exit_code == 0
    people = {p["name"]: p["roles"] for p in cli.json("people")}
    assert people["Lina Haddadin"] == [{"role": "Minister of Culture of Jordan", "articles": 3,
                                        "first": "2025-06-02", "last": "2025-07-01"}]
    # "Tarik", the OCI's "adjoint" in French, and "Tarek", its assistant in English: one man
    [role] = people["Tarek Bouzidane"]
    assert (role["role"], role["articles"]) == ("Assistant Secretary-General of the OIC", 2)
    assert "Tarik Bouzidane" not in people
    result = cli("who", "Haddadin", terminal=True)
    assert result.stdout.count("role: ") == 1 and "role: Minister of Culture of Jordan (3×" in (
        result.stdout), result.stdout
