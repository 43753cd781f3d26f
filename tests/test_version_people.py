"""One person across the versions of one news item: the person each of two linked versions
alone names is one when the two can be (office, or first name and surname by their
consonants), and a join is never evidence for the link it follows."""

from __future__ import annotations

from pathlib import Path

from icli.extract.across import names_agree
from icli.extract.version_people import Named, person_joins
from icli.store import versions as stored_versions
from icli.store.connection import open_for_reading, open_for_writing
from icli.store.mentions import MENTION_LINKS
from tests.conftest import Cli
from tests.test_versions import STORIES, write_stories


def _named(row: int, person: int, name: str, office: str | None = None,
           outright: bool = True) -> Named:
    return Named(row, person, name, office, " " in name, outright)


def test_names_agree_by_the_consonants_of_first_name_and_surname() -> None:
    assert names_agree("Omar Al-Zoubi", "عمر الزعبي")
    assert names_agree("Haidar Al-Barrak", "حيدر البراك")
    assert names_agree("Omar Al-Zoubi", "Omar Al-Zubi")
    assert not names_agree("Omar Al-Zoubi", "سمير الزعبي")  # another first name
    assert not names_agree("Omar Al-Zoubi", "عمر الهيتي")  # another surname
    assert not names_agree("Al-Zoubi", "الزعبي")  # a surname alone says nothing


def test_names_agree_on_every_part_not_only_on_consonants() -> None:
    # one script: the spelling decides, not the consonants ("hsn" both)
    assert not names_agree("Ali Hassan", "Ali Hussein")
    assert not names_agree("Amer Al-Zoubi", "Omar Al-Zoubi")
    assert names_agree("Mohammed Al-Absi", "Mohamed El-Absi")
    assert not names_agree("حسن علي", "حسين علي")
    # across scripts: the y an Arabic name writes inside a word must be transcribed, and only then
    assert names_agree("Ali Hussein", "علي حسين")
    assert names_agree("Ali Hassan", "علي حسن")
    assert not names_agree("Ali Hassan", "علي حسين")
    assert not names_agree("Ali Hussein", "علي حسن")
    # every part: a middle name one version writes and the other does not, or that differs
    assert not names_agree("Omar Khalid Al-Zoubi", "عمر الزعبي")
    assert not names_agree("Omar Khalid Al-Zoubi", "Omar Tarek Al-Zoubi")
    assert names_agree("Hussein Ibrahim Taha", "حسين إبراهيم طه")
    # articles written apart, glued or not at all, and particles one script leaves out
    assert names_agree("Mohamed Zinelabidine", "محمد زين العابدين")
    assert names_agree("Omar Zoubi", "عمر الزعبي")
    assert names_agree("Majdi Bin Haji Ibrahim", "مجدي حاج إبراهيم")


def test_the_one_person_each_version_alone_names_is_joined_to_the_earlier_language() -> None:
    named = {1: ("en", [_named(10, 100, "Omar Al-Zoubi"), _named(11, 900, "Salim AlMalik")]),
             2: ("ar", [_named(20, 200, "عمر الزعبي"), _named(21, 900, "Salim AlMalik")])}
    assert person_joins([(1, 2)], named) == {20: 100}
    assert person_joins([(2, 1)], named) == {20: 100}
    # a version naming two people the other does not: nobody is joined
    two = {**named, 2: ("ar", [*named[2][1], _named(22, 300, "سمير الهيتي")])}
    assert person_joins([(1, 2)], two) == {}
    # names that do not agree, and a mention linked by surname or script, are not joined
    assert person_joins([(1, 2)], {**named, 2: ("ar", [_named(20, 200, "سمير الهيتي")])}) == {}
    linked = {**named, 2: ("ar", [_named(20, 200, "عمر الزعبي", outright=False),
                                  _named(21, 900, "Salim AlMalik")])}
    assert person_joins([(1, 2)], linked) == {}
    # the same office (one holder per country) joins names that share no consonants
    ministers = {1: ("en", [_named(10, 100, "Hana Khoury", "Minister of Culture of Jordan")]),
                 2: ("ar", [_named(20, 200, "هيفاء النجار", "وزيرة الثقافة الأردنية")])}
    assert person_joins([(1, 2)], ministers) == {20: 100}
    # two names with the same consonants in one script are two people
    cousins = {1: ("en", [_named(10, 100, "Ali Hassan")]), 2: ("fr", [_named(20, 200, "Ali Hussein")])}
    assert person_joins([(1, 2)], cousins) == {}


def test_a_join_follows_the_item_to_its_first_language_and_never_guesses() -> None:
    named = {1: ("en", [_named(10, 100, "Omar Al-Zoubi")]),
             2: ("fr", [_named(20, 200, "Omar Al-Zubi")]),
             3: ("ar", [_named(30, 300, "عمر الزعبي")])}
    assert person_joins([(1, 2), (2, 3), (1, 3)], named) == {20: 100, 30: 100}
    assert person_joins([(2, 3)], named) == {30: 200}
    # two different people the Arabic one could be (the English and French ones not linked to
    # each other): it stays as written
    assert person_joins([(1, 3), (2, 3)], named) == {}


def test_one_person_across_the_versions_of_an_item(cli: Cli, tmp_path: Path) -> None:
    chosen = [s for s in STORIES["stories"] if s["key"].startswith("zoubi-")]
    files = write_stories(tmp_path / "stories", chosen)
    cli.json("ingest", *map(str, files.values()))
    articles = {a["language"]: a for a in cli.json("list", "--limit", "0")}
    assert [v["id"] for v in articles["en"]["versions"]] == [articles["ar"]["id"]]
    (english,), (arabic,) = articles["en"]["persons"], articles["ar"]["persons"]
    assert arabic["name"] == "عمر الزعبي"  # as written
    assert arabic["person"] == english["person"]  # one person
    found = cli.json("who", "عمر الزعبي")
    assert {a["id"] for a in found} == {articles["en"]["id"], articles["ar"]["id"]}
    # --why says the join and the version it followed; the English person's own line says none
    (reason,) = [r for r in cli.json("show", str(articles["ar"]["id"]), "--why")["why"]
                 if r["kind"] == "person"]
    assert reason["words"] == "عمر الزعبي"
    assert reason["version"] == {"id": articles["en"]["id"], "language": "en",
                                 "name": english["name"]}
    assert all(r["version"] is None
               for r in cli.json("show", str(articles["en"]["id"]), "--why")["why"])
    shown = " ".join(cli("show", str(articles["ar"]["id"]), "--why", terminal=True).stdout.split())
    assert (f"same person as {english['name']} in the English version #{articles['en']['id']}"
            in shown)
    # the versions' evidence reads the person as written: the join adds nothing to it
    conn = open_for_reading(cli.db)
    try:
        story = {s.id: s for s in stored_versions.stories(conn, [articles["ar"]["id"]])}
        assert story[articles["ar"]["id"]].people == {"الزعبي"}
        # the link is one docs/schema.md lists (MENTION_LINKS)
        links = {row[0] for row in conn.execute("SELECT DISTINCT link FROM mentions")}
        assert "version" in links and links <= MENTION_LINKS.keys()
    finally:
        conn.close()


def test_an_archive_linked_by_another_linker_version_is_linked_anew(cli: Cli,
                                                                      tmp_path: Path) -> None:
    """A rule of the linker changed (LINKER_VERSION): the next ingest links the versions anew,
    though every dump is current and nothing is written."""
    chosen = [s for s in STORIES["stories"] if s["key"].startswith(("zoubi-", "mali-"))]
    files = write_stories(tmp_path / "stories", chosen)
    cli.json("ingest", *map(str, files.values()))
    linked = {a["id"]: a["versions"] for a in cli.json("list", "--limit", "0")}
    assert all(linked.values())
    conn = open_for_writing(cli.db)
    try:  # the archive as an older linker left it: no links, no joins
        conn.execute("BEGIN IMMEDIATE")
        stored_versions.unjoin_people(conn)
        conn.execute("DELETE FROM article_versions")
        conn.execute("UPDATE articles SET item = NULL")
        conn.execute("UPDATE icli_meta SET value = '0' WHERE key = 'linker_version'")
        conn.execute("COMMIT")
    finally:
        conn.close()
    assert all(not a["versions"] for a in cli.json("list", "--limit", "0"))
    report = cli.json("ingest", *map(str, files.values()))
    assert report["articles_new"] == report["articles_updated"] == 0
    assert {a["id"]: a["versions"] for a in cli.json("list", "--limit", "0")} == linked
    articles = {a["language"]: a for a in cli.json("list", "--limit", "0") if "Water" in a["title"]
                or "المائية" in a["title"]}
    assert articles["ar"]["persons"][0]["person"] == articles["en"]["persons"][0]["person"]
