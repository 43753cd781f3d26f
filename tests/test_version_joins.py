"""One person or partner across the versions of one news item: a person one of two linked
versions names and the other does not is the other's when the two can be one (office, or
first name and surname by their consonants) and neither can be another, a partner the same way
when the names say one body, and a join is never evidence for the link it follows."""

from __future__ import annotations

from pathlib import Path

from icli.extract.across import names_agree
from icli.extract.version_joins import Named, joins, same_partner, same_person
from icli.store import versions as stored_versions
from icli.store.connection import open_for_reading, open_for_writing
from icli.store.mentions import MENTION_LINKS
from tests.conftest import ROOT, Cli
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


def test_the_person_each_version_alone_can_be_is_joined_to_the_earlier_language() -> None:
    named = {1: ("en", [_named(10, 100, "Omar Al-Zoubi"), _named(11, 900, "Salim AlMalik")]),
             2: ("ar", [_named(20, 200, "عمر الزعبي"), _named(21, 900, "Salim AlMalik")])}
    assert joins([(1, 2)], named, same_person) == {20: 100}
    assert joins([(2, 1)], named, same_person) == {20: 100}
    # a version naming two people the other does not: the one that can be the other's is
    # joined; two that could be one person of the other version: neither is
    two = {**named, 2: ("ar", [*named[2][1], _named(22, 300, "سمير الهيتي")])}
    assert joins([(1, 2)], two, same_person) == {20: 100}
    both = {**named, 2: ("ar", [*named[2][1], _named(22, 300, "عمر الزعبي")])}
    assert joins([(1, 2)], both, same_person) == {}
    # names that do not agree, and a mention linked by surname or script, are not joined
    assert joins([(1, 2)], {**named, 2: ("ar", [_named(20, 200, "سمير الهيتي")])}, same_person) == {}
    linked = {**named, 2: ("ar", [_named(20, 200, "عمر الزعبي", outright=False),
                                  _named(21, 900, "Salim AlMalik")])}
    assert joins([(1, 2)], linked, same_person) == {}
    # the same office (one holder per country) joins names that share no consonants
    ministers = {1: ("en", [_named(10, 100, "Hana Khoury", "Minister of Culture of Jordan")]),
                 2: ("ar", [_named(20, 200, "هيفاء النجار", "وزيرة الثقافة الأردنية")])}
    assert joins([(1, 2)], ministers, same_person) == {20: 100}
    # a former holder of the office is not its holder
    former = {1: ("en", [_named(10, 100, "Ahmed Fathi", "Minister of Culture of Egypt")]),
              2: ("ar", [_named(20, 200, "فاروق حسني", "وزير الثقافة المصري السابق")])}
    assert joins([(1, 2)], former, same_person) == {}
    # two names with the same consonants in one script are two people
    cousins = {1: ("en", [_named(10, 100, "Ali Hassan")]), 2: ("fr", [_named(20, 200, "Ali Hussein")])}
    assert joins([(1, 2)], cousins, same_person) == {}


def test_a_join_follows_the_item_to_its_first_language_and_never_guesses() -> None:
    named = {1: ("en", [_named(10, 100, "Omar Al-Zoubi")]),
             2: ("fr", [_named(20, 200, "Omar Al-Zubi")]),
             3: ("ar", [_named(30, 300, "عمر الزعبي")])}
    assert joins([(1, 2), (2, 3), (1, 3)], named, same_person) == {20: 100, 30: 100}
    assert joins([(2, 3)], named, same_person) == {30: 200}
    # two different people the Arabic one could be (the English and French ones not linked to
    # each other): it stays as written
    assert joins([(1, 3), (2, 3)], named, same_person) == {}


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
        stored_versions.unjoin(conn)
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


def _partner(row: int, entity: int, name: str, outright: bool = True) -> Named:
    return Named(row, entity, name, None, True, outright)


def test_a_partner_each_version_names_is_joined_when_the_names_say_one_body() -> None:
    ministry = {1: ("en", [_partner(10, 100, "Ministry of Higher Education of Tunisia"),
                           _partner(11, 900, "OIC")]),
                2: ("fr", [_partner(20, 200, "ministère tunisien de l'Enseignement supérieur"),
                           _partner(21, 900, "OCI")]),
                3: ("ar", [_partner(30, 300, "وزارة التعليم العالي"),
                           _partner(31, 900, "منظمة التعاون الإسلامي")])}
    assert joins([(1, 2), (1, 3), (2, 3)], ministry, same_partner) == {20: 100, 30: 100}
    # a national commission by its country, in two languages
    commissions = {1: ("en", [_partner(10, 100, "Qatar National Commission for Education")]),
                   2: ("ar", [_partner(20, 200, "اللجنة الوطنية القطرية للتربية والثقافة والعلوم")])}
    assert joins([(1, 2)], commissions, same_partner) == {20: 100}
    # two ministries of one portfolio in two countries, names that share no key, and a partner
    # not named outright: none joined; another partner beside them changes nothing
    countries = {1: ("en", [_partner(10, 100, "Ministry of Culture of Oman")]),
                 2: ("ar", [_partner(20, 200, "وزارة الثقافة الأردنية")])}
    assert joins([(1, 2)], countries, same_partner) == {}
    unrelated = {1: ("en", [_partner(10, 100, "Ministry of Health")]),
                 2: ("fr", [_partner(20, 200, "ministère de la Culture")])}
    assert joins([(1, 2)], unrelated, same_partner) == {}
    two = {**ministry, 2: ("fr", [*ministry[2][1], _partner(22, 400, "Université de Sfax")])}
    assert joins([(1, 2)], two, same_partner) == {20: 100}
    linked = {**ministry, 2: ("fr", [_partner(20, 200, "ministère tunisien de l'Enseignement "
                                                       "supérieur", outright=False)])}
    assert joins([(1, 2)], linked, same_partner) == {}


def test_each_partner_that_can_be_only_one_of_the_others_is_joined() -> None:
    """Versions naming several partners each: a partner joins the one partner of the other
    version it can be, when that one can be no other."""
    named = {1: ("en", [_partner(10, 100, "Omani Ministry of Labor"),
                        _partner(11, 101, "Oman National Commission for Education, Culture and Science"),
                        _partner(12, 102, "Oxford University"),
                        _partner(13, 103, "Doha Institute for Graduate Studies")]),
             2: ("ar", [_partner(20, 200, "وزارة العمل العُمانية"),
                        _partner(21, 201, "اللجنة الوطنية العُمانية للتربية والثقافة والعلوم")]),
             3: ("fr", [_partner(30, 300, "Université d’Oxford"),
                        _partner(31, 301, "ministère omanais du Travail")])}
    assert joins([(1, 2), (1, 3), (2, 3)], named, same_partner) == {
        20: 100, 21: 101, 30: 102, 31: 100}
    # two ministries of labour on one side: the other's can be either, so it joins neither
    twice = {**named, 1: ("en", [*named[1][1], _partner(14, 104, "Ministry of Labour of Oman")])}
    assert 20 not in joins([(1, 2)], twice, same_partner)
    # Latin names keeping other proper words, or none, are not one
    assert not same_partner(_partner(1, 1, "Oxford University"),
                            _partner(2, 2, "Université de Cambridge"))
    assert not same_partner(_partner(1, 1, "National University"),
                            _partner(2, 2, "Université nationale"))


def test_one_partner_across_the_versions_of_the_demo_item(cli: Cli) -> None:
    """data/examples: one ministry named in English, French and Arabic is one partner; each
    article shows its own name for it, any name finds the three, a profile counts it once."""
    cli.json("ingest", str(ROOT / "data" / "examples"))
    articles = {a["language"]: a for a in cli.json("list")}
    written = {language: [p["name"] for p in article["partners"]]
               for language, article in articles.items()}
    assert len(written["fr"]) == len(written["ar"]) == 1
    assert written["fr"][0].startswith("ministère") and written["ar"][0].startswith("وزارة")
    for name in (written["en"][0], written["fr"][0], written["ar"][0]):
        assert {a["id"] for a in cli.json("partner", name)} == {a["id"] for a in articles.values()}
    shown = " ".join(cli("show", str(articles["fr"]["id"]), "--why", terminal=True).stdout.split())
    assert (f"same partner as {written['en'][0]} in the English version #{articles['en']['id']}"
            in shown)
    (partner,) = cli.json("partners")
    assert partner["articles"] == 3 and partner["name"] == written["en"][0]  # its English name
    profile = cli("country", "Senegal", terminal=True).stdout
    alongside = " ".join(profile[profile.index("Partners alongside:"):].split("\n\n")[0].split())
    assert alongside == f"Partners alongside: {partner['name']} (1)"
