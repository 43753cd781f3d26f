"""--per-item keeps, per news item, the version in the first language of --prefer among those
that match the command: its filters, a search's terms, who/country/partner's entity. A
preferred version that does not match never hides one that does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Cli

# One news item in three languages (invented text); only the French version names the
# ambassador, his country and the word "ambassadeur".
ITEM = {
    "en": ("ICESCO Director-General Receives a Delegation on Heritage Training", "4 June 2025", [
        "Dr. Salim M. AlMalik, Director-General of ICESCO, received on Wednesday, 4 June 2025, "
        "at the Organization's headquarters in Rabat, a delegation to discuss 5 training "
        "workshops on the conservation of manuscripts.",
        "The two sides agreed on 12 grants for young restorers.",
    ]),
    "fr": ("Le Directeur général de l’ICESCO reçoit une délégation sur la formation au "
           "patrimoine", "4 juin 2025", [
        "Dr Salim M. AlMalik, Directeur général de l’ICESCO, a reçu mercredi 4 juin 2025, au "
        "siège de l’Organisation à Rabat, une délégation conduite par M. Ousmane Ndiaye, "
        "ambassadeur de la République gabonaise, pour examiner 5 ateliers de formation à la "
        "conservation des manuscrits.",
        "Les deux parties ont convenu de 12 bourses pour de jeunes restaurateurs.",
    ]),
    "ar": ("المدير العام للإيسيسكو يستقبل وفدا لبحث التدريب في مجال التراث", "4 يونيو 2025", [
        "استقبل الدكتور سالم بن محمد المالك، المدير العام للإيسيسكو، يوم الأربعاء 4 يونيو 2025، "
        "بمقر المنظمة في الرباط، وفدا لبحث 5 ورشات تدريبية في مجال صون المخطوطات.",
        "واتفق الجانبان على 12 منحة للمرممين الشباب.",
    ]),
}


@pytest.fixture(scope="module")
def item_cli(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    """The item's three versions ingested, one dump each."""
    folder = tmp_path_factory.mktemp("per_item")
    files = []
    for language, (title, dateline, body) in ITEM.items():
        path = folder / f"{language}.txt"
        path.write_text(f"    {title}\n\n    {dateline}\n\n"
                        + "".join(f"    {paragraph}\n\n" for paragraph in body), encoding="utf-8")
        files.append(str(path))
    cli = Cli(Path(folder) / "archive.db")
    assert cli.json("ingest", *files)["failed"] == []
    return cli


def _french(cli: Cli) -> dict:
    """The French version, after checking the three are one item."""
    articles = {a["language"]: a for a in cli.json("list", "--limit", "0")}
    assert sorted(v["language"] for v in articles["fr"]["versions"]) == ["ar", "en"]
    return articles["fr"]


def test_the_french_version_alone_names_the_ambassador_and_his_country(item_cli: Cli) -> None:
    french = _french(item_cli)
    assert "Ousmane Ndiaye" in [p["name"] for p in french["persons"]]
    assert "GAB" in [c["code"] for c in french["countries"]]
    for article in item_cli.json("list", "--language", "en", "--language", "ar"):
        assert "Ousmane Ndiaye" not in [p["name"] for p in article["persons"]]
        assert "GAB" not in [c["code"] for c in article["countries"]]


@pytest.mark.parametrize("command", [
    ("search", "ambassadeur"),
    ("who", "Ousmane Ndiaye"),
    ("country", "Gabon"),
    ("list", "--person", "Ousmane Ndiaye"),
    ("list", "--country", "Gabon"),
    ("search", "conservation", "--country", "Gabon"),
])
def test_per_item_keeps_the_version_that_matches(item_cli: Cli, command: tuple[str, ...]) -> None:
    french = _french(item_cli)
    assert [a["id"] for a in item_cli.json(*command)] == [french["id"]]
    assert [a["id"] for a in item_cli.json(*command, "--per-item")] == [french["id"]]
    assert [a["id"] for a in item_cli.json(*command, "--per-item", "--prefer", "ar,en")] \
        == [french["id"]]


@pytest.mark.parametrize("command", [("search", "2025"), ("who", "AlMalik"),
                                     ("list", "--person", "AlMalik")])
def test_per_item_prefers_among_the_versions_that_match(item_cli: Cli,
                                                        command: tuple[str, ...]) -> None:
    kept = item_cli.json(*command, "--per-item")
    assert [a["language"] for a in kept] == ["en"]
    arabic = item_cli.json(*command, "--per-item", "--prefer", "ar")
    assert [a["language"] for a in arabic] == ["ar"]


def test_the_table_count_agrees_with_the_rows(item_cli: Cli) -> None:
    shown = item_cli("search", "ambassadeur", "--per-item", "--limit", "1", "--offset", "1",
                     terminal=True)
    assert shown.exit_code == 0 and "(1 in all)" in shown.stdout
