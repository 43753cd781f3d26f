"""Entity rules on small texts written for each rule, and the entity commands on the samples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from icli.extract import article as extraction
from icli.extract.article import extract
from icli.text.parse import ParsedArticle
from tests.conftest import Cli


def article(*paragraphs: str, title: str = "A Title Line For The Test", language: str = "en"):
    return ParsedArticle(title=title, body=list(paragraphs), language=language)


def people(*paragraphs: str) -> dict[str, str | None]:
    return {m.name: m.role for m in extract(article(*paragraphs)) if m.kind == "person"}


def countries(*paragraphs: str, title: str = "A Title Line For The Test") -> set[str | None]:
    return {m.code for m in extract(article(*paragraphs, title=title)) if m.kind == "country"}


def partners(*paragraphs: str) -> dict[str, str | None]:
    return {m.name: m.code for m in extract(article(*paragraphs)) if m.kind == "partner"}


def test_role_after_name_with_icesco_long_name_as_written() -> None:
    text = ("Dr. Salim M. AlMalik, Director-General of the Islamic World Educational, Scientific and "
            "Cultural Organization (ICESCO), met with Ms. Aigerim Bekova, Ambassador of the Republic "
            "of Kazakhstan to the Kingdom of Morocco, at the headquarters.")
    head = next(m for m in extract(article(text)) if m.name == "Salim M. AlMalik")
    assert head.office == "Director-General of ICESCO"  # what identity compares
    assert people(text) == {
        "Salim M. AlMalik": "Director-General of the Islamic World Educational, Scientific and "
                            "Cultural Organization (ICESCO)",
        "Aigerim Bekova": "Ambassador of the Republic of Kazakhstan to the Kingdom of Morocco",
    }


def test_honorifics_are_dropped_and_particles_kept() -> None:
    found = people(
        "HH Sheikha Noura bint Khalid Al Thani visited the centre with H.E. Ahmed Ould Baba and "
        "Prof. Jan van Dijk. Eng. Lina El Amrani also spoke."
    )
    assert set(found) == {"Noura bint Khalid Al Thani", "Ahmed Ould Baba", "Jan van Dijk",
                          "Lina El Amrani"}


def test_surname_only_mentions_join_the_full_name_in_the_same_article() -> None:
    found = extract(article(
        "Mr. Karim Turkmani, Minister of Culture of Lebanon, met Ms. Paola Ferretti. "
        "Minister Turkmani praised the work, and Ms. Ferretti thanked him."
    ))
    names = [m.name for m in found if m.kind == "person"]
    assert names == ["Karim Turkmani", "Paola Ferretti"]


def test_two_people_sharing_a_surname_are_not_merged() -> None:
    found = extract(article(
        "Mr. Anvar Rustamov and Mr. Bakhtiyor Rustamov attended. Mr. Rustamov spoke first."
    ))
    names = sorted(m.name for m in found if m.kind == "person")
    assert names == ["Anvar Rustamov", "Bakhtiyor Rustamov"]


def test_name_followed_by_role_without_honorific() -> None:
    found = people("The meeting was attended by Leyla Hasanova, Head of the Youth Unit at ICESCO.")
    assert found == {"Leyla Hasanova": "Head of the Youth Unit at ICESCO"}


def test_roles_and_organizations_are_not_people() -> None:
    found = people(
        "The Minister of Education welcomed the delegation. King Salman Humanitarian Aid and "
        "Relief Center funded the programme. The President of the University spoke."
    )
    assert found == {}


def test_countries_from_names_formal_names_and_demonyms() -> None:
    assert countries(
        "The Kazakh delegation and the State of Kuwait joined the Syrian Arab Republic, the "
        "Republic of Türkiye, Turkey, Palestine and an Emirati expert."
    ) == {"KAZ", "KWT", "SYR", "TUR", "PSE", "ARE"}


def test_cities_regions_and_organization_names_are_not_countries() -> None:
    assert countries(
        "Delegates from Rabat, Baku, Tatarstan, the Gaza Strip and Central Asia flew Kuwait "
        "Airways to a meeting at the Kuwait News Agency."
    ) == set()


def test_a_possessive_names_the_country() -> None:
    assert countries("He praised Oman’s support.") == {"OMN"}
    assert countries("Morocco’s King received them.") == {"MAR"}
    assert countries("The Sultanate of Oman’s continued support was hailed.") == {"OMN"}
    assert countries("They read Egypt's national strategy and Kuwait’s plan.") == {"EGY", "KWT"}
    assert countries("The Kuwait Airways crew and the Jordan River guides met.") == set()


def test_a_river_named_after_a_country_is_not_the_country() -> None:
    assert countries("Farmers along the Jordan River and the Niger River met in Amman.") == set()
    assert countries("The Jordan River rises in the north of Jordan.") == {"JOR"}


def test_country_in_a_title_counts() -> None:
    assert countries("The meeting took place.", title="ICESCO and Suriname Discuss Culture") == {"SUR"}


def test_partners_with_acronyms_resolve_to_one() -> None:
    found = extract(article(
        "ICESCO signed an agreement with the Islamic Organization for Food Security (IOFS). "
        "IOFS will host the training with the Kazakh National Agrarian Research University."
    ))
    by_key = {m.key: (m.name, m.code) for m in found if m.kind == "partner"}
    assert by_key["iofs"] == ("Islamic Organization for Food Security", "IOFS")
    assert ("Kazakh National Agrarian Research University", None) in by_key.values()
    assert len(by_key) == 2


def test_icesco_and_its_own_units_are_not_partners() -> None:
    found = partners(
        "The Islamic World Educational, Scientific and Cultural Organization (ICESCO) and the "
        "Islamic Educational, Scientific and Cultural Organization (ISESCO) and ICESCO’s "
        "Center for Civilizational Dialogue and ICESCO's Science and Environment Sector met "
        "the Arab Open University (AOU)."
    )
    assert found == {"Arab Open University": "AOU"}


def test_known_acronyms_alone_are_partners_but_events_are_not() -> None:
    found = partners(
        "ICESCO and ALECSO met at the International Book and Publishing Fair (SIEL) and the "
        "Film Festival for Children (FIFEJ) with UNDP."
    )
    assert set(found.values()) == {"ALECSO", "UNDP"}


def test_a_language_without_an_extractor_gets_no_entities() -> None:
    assert extract(article("Dr. Salim AlMalik met the Ambassador of Morocco.", language="es")) == []


# --- through the CLI, on the sample dumps ------------------------------------------------------


def test_who_finds_every_2026_article_naming_almalik(ro_cli: Cli) -> None:
    spelled = re.compile(r"Al[- ]?Malik", re.IGNORECASE)
    all_2026 = ro_cli.json("list", "--since", "2026-01", "--limit", "0")
    expected = {a["id"] for a in all_2026
                if spelled.search(" ".join([a["title"], a["subtitle"] or "", *a["body"]]))}
    for query in ("AlMalik", "Al-Malik", "almalik", "Salim AlMalik", "Dr. Salim M. AlMalik"):
        found = ro_cli.json("who", query, "--since", "2026-01", "--limit", "0")
        assert {a["id"] for a in found} == expected, query
    assert len(expected) >= 10


def test_people_lists_almalik_once_with_his_aliases(ro_cli: Cli) -> None:
    everyone = ro_cli.json("people", "--limit", "0")
    his = [p for p in everyone if "AlMalik" in p["name"] or "Al-Malik" in p["name"]]
    assert len(his) == 1
    assert {"Salim M. AlMalik", "Salim AlMalik", "Salim Al-Malik"} <= set(his[0]["aliases"])
    assert "Director-General of the Islamic World Educational, Scientific and Cultural " \
        "Organization (ICESCO)" in {role["role"] for role in his[0]["roles"]}
    wegyan = [p for p in everyone if p["name"].startswith("Barakat")]
    assert len(wegyan) == 1  # "Al-Wegyan" and "Al Wegyan" are one man


def test_country_accepts_name_formal_name_demonym_and_code(ro_cli: Cli) -> None:
    results = [
        {a["id"] for a in ro_cli.json("country", query, "--limit", "0")}
        for query in ("Kazakh", "KAZ", "Republic of Kazakhstan", "kazakhstan", "KZ")
    ]
    assert results[0] and all(r == results[0] for r in results)


def test_partner_by_acronym_or_name(ro_cli: Cli) -> None:
    by_acronym = ro_cli.json("partner", "AOU", "--limit", "0")
    by_name = ro_cli.json("partner", "Arab Open University", "--limit", "0")
    assert by_acronym and by_acronym == by_name


def test_entity_filters_on_list_and_search(ro_cli: Cli) -> None:
    oman = ro_cli.json("list", "--country", "Omani", "--limit", "0")
    assert oman and all(any(c["code"] == "OMN" for c in a["countries"]) for a in oman)
    both = ro_cli.json("search", "culture", "--person", "AlMalik", "--country", "Oman")
    assert {a["id"] for a in both} <= {a["id"] for a in oman}


def test_entity_lists_agree_with_entity_queries(ro_cli: Cli) -> None:
    for command, single in (("countries", "country"), ("partners", "partner")):
        for item in ro_cli.json(command, "--limit", "5"):
            query = item.get("code") or item.get("acronym") or item["name"]
            assert len(ro_cli.json(single, query, "--limit", "0")) == item["articles"], query


def test_unknown_entity_is_an_empty_result_with_a_hint(ro_cli: Cli) -> None:
    result = ro_cli("who", "Nobody Atall", "--json")
    assert result.exit_code == 0 and result.stdout == "[]\n"
    assert "no person matches" in result.stderr


def test_profile_on_a_terminal_table(ro_cli: Cli) -> None:
    result = ro_cli("who", "AlMalik", "--table", "--limit", "2")
    assert result.exit_code == 0
    assert "Salim M. AlMalik" in result.stdout and "role: Director-General of the Islamic" in result.stdout
    assert "Articles per month" in result.stdout


def test_new_extractor_version_re_extracts(cli: Cli, dumps: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli.json("ingest", str(dumps))
    monkeypatch.setattr(extraction, "EXTRACTOR_VERSION", extraction.EXTRACTOR_VERSION + 1)
    monkeypatch.setattr(extraction, "extract", lambda a: [])
    report = cli.json("ingest", str(dumps))
    assert report["articles_unchanged"] == 50
    assert cli.json("people") == []


def test_precision_and_recall_on_the_annotated_sample() -> None:
    from bench.accuracy import score

    for kind, counts in score().items():
        assert counts["gold"] > 0
        assert counts["precision"] >= 0.85 and counts["recall"] >= 0.85, (kind, counts)


def test_icesco_units_named_by_possessive_are_not_partners() -> None:
    found = partners(
        "ICESCO, through its Desert Heritage Center, met the Sahara Research Institute. "
        "The Organization’s Youth Leadership Academy also took part.",
        "Later the Desert Heritage Center hosted the closing session.",
    )
    assert found == {"Sahara Research Institute": None}


HEADS_DUMP = """\
ISESCO Chief Opens A Seminar In Rabat
Dr. Abdulaziz Othman Altwaijri, Director-General of ISESCO, opened a seminar in Rabat on 3 May 2015.
Director-General Meets Students Of Arabic Calligraphy
The Director-General met students of Arabic calligraphy on 2 February 2016.
ICESCO Chief Visits The Capital Of Azerbaijan
Dr. Salim M. AlMalik, Director-General of ICESCO, visited Baku on 10 June 2022.
Former Leader Speaks At A Conference In Tunis
Dr. Abdulaziz Othman Altwaijri spoke at a conference in Tunis on 4 April 2019.
Director-General Receives A Delegation From Senegal
The Director-General received a delegation from Senegal on 5 May 2020.
Director-General Opens An Exhibition Of Calligraphy
The Director-General opened an exhibition of calligraphy on 1 March 2023.
Director-General Greets Scouts At A Camp
The Director-General greeted scouts at a summer camp on 20 April 2019.
Director-General Inaugurates A Library
The Director-General inaugurated a school library on 12 May 2019.
Director-General Writes To Teachers
The Director-General wrote to the teachers of the region on 9 January 1985.
Interim Head Addresses A Forum On Water
Dr. Karim Benhadda, ICESCO Director General, addressed a forum on water on 3 June 2021. The Director-General thanked the hosts.
"""


@pytest.mark.parametrize("files", [1, 10])
def test_director_general_by_role_is_the_holder_on_the_date(cli: Cli, tmp_path: Path,
                                                            files: int) -> None:
    """The role alone is its holder on the article's date, by the terms of office (Altwaijri
    until April 2019, AlMalik from May 2019), never outside them (1985: nobody), and the holder
    an article names itself, whoever that is (Benhadda in 2021), whatever the files' order."""
    lines = HEADS_DUMP.splitlines(keepends=True)
    pages = ["".join(lines[i : i + 2]) for i in range(0, len(lines), 2)]
    folder = tmp_path / "heads"
    folder.mkdir()
    per_file = len(pages) // files
    for n in range(files):
        (folder / f"{n}.txt").write_text("".join(pages[n * per_file : (n + 1) * per_file]))
    cli.json("ingest", str(folder))
    titles = {name: {" ".join(a["title"].split()[1:3]) for a in cli.json("who", name, "-n", "0")}
              for name in ("Altwaijri", "AlMalik", "Benhadda")}
    assert titles == {"Altwaijri": {"Chief Opens", "Meets Students", "Leader Speaks",
                                    "Greets Scouts"},
                      "AlMalik": {"Chief Visits", "Receives A", "Opens An", "Inaugurates A"},
                      "Benhadda": {"Head Addresses"}}
    [letter] = cli.json("search", "teachers region")
    assert letter["persons"] == []
    inferred = {p["name"]: p.get("inferred") for a in cli.json("list", "-n", "0")
                for p in a["persons"]}
    assert inferred["Karim Benhadda"] is None
