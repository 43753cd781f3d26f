"""Versions of one news item across languages: the rules, and the links an ingest makes
whatever the order and the runs the articles come in."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from icli.extract import (
    across,
    acts,
    known_names,
    known_partners,
    stated_numbers,
    undated_versions,
    version_days,
    versions,
)
from icli.store import links
from icli.store import versions as stored_versions
from icli.store.connection import open_for_reading, open_for_writing
from icli.store.ingest import ingest
from tests.conftest import FIXTURES, Cli

STORIES = json.loads((FIXTURES / "versions" / "stories.json").read_text(encoding="utf-8"))


def write_stories(folder: Path, stories: list[dict[str, Any]]) -> dict[str, Path]:
    """One dump per story (title, date line, paragraphs; no date line when it is empty, as on a
    listing page); the files by story key."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for story in stories:
        text = (f"    {story['title']}\n\n"
                + (f"    {story['dateline']}\n\n" if story["dateline"] else "")
                + "".join(f"    {paragraph}\n\n" for paragraph in story["body"]))
        files[story["key"]] = folder / f"{story['key']}.txt"
        files[story["key"]].write_text(text, encoding="utf-8")
    return files


def version_groups(db: Path) -> set[frozenset[str]]:
    """The items of the archive as sets of titles (an article with no versions alone)."""
    conn = open_for_reading(db)
    try:
        rows = conn.execute("SELECT id, title FROM articles").fetchall()
        titles = {row[0]: row[1] for row in rows}
        items: dict[int, set[str]] = {}
        for article_id, item in conn.execute("SELECT id, coalesce(item, id) FROM articles"):
            items.setdefault(item, set()).add(titles[article_id])
        return {frozenset(group) for group in items.values()}
    finally:
        conn.close()


def person_identities(db: Path) -> set[tuple[str, str]]:
    """(article title, the person's key) of every person an article names, after the links."""
    conn = open_for_reading(db)
    try:
        return set(conn.execute("""
            SELECT a.title, e.key
            FROM mentions m
            JOIN articles a ON a.id = m.article_id
            JOIN entities e ON e.id = m.entity_id
            WHERE e.kind = 'person'
        """))
    finally:
        conn.close()


def gold_groups() -> set[frozenset[str]]:
    titles = {story["key"]: story["title"] for story in STORIES["stories"]}
    return {frozenset(titles[key] for key in item) for item in STORIES["items"]}


def test_the_fixture_items_join_and_every_look_alike_stays_apart(cli: Cli, tmp_path: Path) -> None:
    files = write_stories(tmp_path / "stories", STORIES["stories"])
    assert cli.json("ingest", *map(str, files.values()))["failed"] == []
    assert version_groups(cli.db) == gold_groups()
    by_title = {a["title"]: a for a in cli.json("list", "--limit", "0")}
    mali = by_title["ICESCO Director-General Receives the Ambassador of Mali"]
    assert [(v["language"], v["title"]) for v in mali["versions"]] == [
        ("fr", "Le Directeur général de l’ICESCO reçoit l’ambassadeur du Mali"),
        ("ar", "المدير العام للإيسيسكو يستقبل سفير جمهورية مالي")]
    assert {v["id"] for v in mali["versions"]} == {
        a["id"] for a in by_title.values() if mali["id"] in {v["id"] for v in a["versions"]}}
    assert by_title["ICESCO and the Arab Open University Sign a Memorandum of Understanding"][
        "versions"] == []


@pytest.mark.slow
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), runs=st.integers(1, 4))
def test_versions_do_not_depend_on_ingest_order_and_equal_a_full_relink(
        tmp_path_factory: Any, seed: int, runs: int) -> None:
    """The stories ingested in any order, in one run or several, give the items annotated and
    one person across the versions of an item, and linking everything anew afterwards changes
    neither."""
    folder = tmp_path_factory.mktemp("versions")
    files = list(write_stories(folder / "stories", STORIES["stories"]).values())
    random.Random(seed).shuffle(files)
    cuts = sorted(random.Random(seed + 1).sample(range(1, len(files)), runs - 1))
    db = folder / "archive.db"
    for start, end in zip([0, *cuts], [*cuts, len(files)]):
        conn = open_for_writing(db)
        try:
            assert not ingest(conn, [str(path) for path in files[start:end]], workers=0).failed
        finally:
            conn.close()
    incremental = version_groups(db)
    assert incremental == gold_groups()
    people = person_identities(db)
    titles = {story["key"]: story["title"] for story in STORIES["stories"]}
    assert {key for title, key in people if title == titles["zoubi-ar"]} == {
        key for title, key in people if title == titles["zoubi-en"]}
    conn = open_for_writing(db)
    try:
        conn.execute("BEGIN IMMEDIATE")
        stored_versions.relink(conn)
        conn.execute("COMMIT")
        conn.execute("INSERT OR REPLACE INTO icli_meta (key, value) VALUES ('links', 'pending')")
        links.finish(conn)  # every link and join made anew
    finally:
        conn.close()
    assert version_groups(db) == incremental
    assert person_identities(db) == people


def test_a_removed_version_leaves_its_item(cli: Cli, tmp_path: Path) -> None:
    chosen = [s for s in STORIES["stories"] if s["key"].startswith("mali-")]
    files = write_stories(tmp_path / "stories", chosen)
    cli.json("ingest", *map(str, files.values()))
    files["mali-fr"].write_text("    Un autre sujet sans rapport\n\n    2 janvier 2020\n\n"
                                "    Rien de commun avec la visite.\n\n", encoding="utf-8")
    cli.json("ingest", str(files["mali-fr"]))
    by_title = {a["title"]: a for a in cli.json("list", "--limit", "0")}
    assert [v["language"] for v in by_title[chosen[0]["title"]]["versions"]] == ["ar"]
    assert by_title["Un autre sujet sans rapport"]["versions"] == []


def test_numbers_are_whole_runs_of_up_to_six_digits_not_after_a_dot_or_a_comma() -> None:
    numbers, _ = stated_numbers.numbers_and_editions("v2.5 in 1234567 and 12,5 and 7 and ٣٤", None)
    assert numbers == {2, 12, 7, 34}


def test_numbers_editions_and_kinds_are_read_in_three_languages() -> None:
    numbers, editions = stated_numbers.numbers_and_editions(
        "ICESCO at the 15th edition, with 5,000 visitors from 18 countries on 9 May 2024",
        "2024-05-09")
    assert editions == {15} and {15, 5000, 18} <= numbers and not {9, 2024} & numbers
    assert stated_numbers.numbers_and_editions("la 15e édition du festival, 5 000 visiteurs", None) == (
        frozenset({15, 5000}), frozenset({15}))
    assert stated_numbers.numbers_and_editions("الدورة الخامسة عشرة للمهرجان", None)[1] == {15}
    assert stated_numbers.numbers_and_editions("الدورة 16 للمهرجان", None)[1] == {16}
    assert stated_numbers.numbers_and_editions("الدورة السابعة والأربعين للمجلس", None)[1] == {47}
    assert stated_numbers.numbers_and_editions("الدورة العشرين للمجلس", None)[1] == {20}
    assert stated_numbers.numbers_and_editions("الدورة الخامسة والمؤتمر", None)[1] == {5}
    assert stated_numbers.numbers_and_editions("la seizième session", None)[1] == {16}
    assert versions.title_kinds("Final Statement of the Conference") == {"statement"}
    assert versions.title_kinds("Communiqué final de la conférence") == {"statement"}
    assert versions.title_kinds("البيان الختامي للمؤتمر") == {"statement"}
    assert versions.title_kinds("المؤتمر يعتمد إعلان عمّان") == {"declaration"}


def _story(story_id: int, language: str, date: str, **features: Any) -> versions.Story:
    return versions.Story(story_id, language, date, features.pop("title", "t"),
                          features.pop("text", ""), **features)


def _shared(a: versions.Story, b: versions.Story) -> dict[str, list]:
    """What two dated stories share (versions.shared of their profiles)."""
    pa, pb = versions.profile(a), versions.profile(b)
    assert pa is not None and pb is not None
    return versions.shared(pa, pb)


def test_a_story_links_only_its_clear_best_of_each_language() -> None:
    evidence = {"people": frozenset({"keita"}), "countries": frozenset({"MLI"})}
    en = _story(1, "en", "2025-03-12", **evidence)
    fr = _story(2, "fr", "2025-03-13", **evidence)
    assert versions.links([en, fr]) == {(1, 2)}
    # Two days apart (a page published after the event) still; three days apart, or the same
    # language: never.
    assert versions.links([en, _story(2, "fr", "2025-03-14", **evidence)]) == {(1, 2)}
    assert versions.links([en, _story(2, "fr", "2025-03-15", **evidence)]) == set()
    assert versions.links([en, _story(2, "en", "2025-03-12", **evidence)]) == set()
    # Two French stories as close to the English one: it cannot tell which.
    assert versions.links([en, fr, _story(3, "fr", "2025-03-12", **evidence)]) == set()
    # Countries named but none shared: two stories.
    other = {"people": frozenset({"keita"}), "countries": frozenset({"NER"})}
    assert versions.links([en, _story(2, "fr", "2025-03-12", **other)]) == set()
    # The DG alone on the same day is not enough.
    dg = {"people": frozenset(versions.leaders())}
    assert versions.links([_story(1, "en", "2025-03-12", **dg),
                           _story(2, "ar", "2025-03-12", **dg)]) == set()


def test_an_item_never_holds_two_articles_of_one_language() -> None:
    """en1–fr2, fr2–ar3 and ar3–en4 are each a clear mutual match: fr2–ar3 disagrees with the
    others on the English version and is dropped, so no item holds en1 and en4."""
    mali, numbers = frozenset({"MLI"}), "400 visitors, 500 books, 600 pupils"
    stories = [_story(1, "en", "2025-03-12", people=frozenset({"keita"}), countries=mali),
               _story(2, "fr", "2025-03-12", people=frozenset({"keita"}), countries=mali,
                      text=numbers),
               _story(3, "ar", "2025-03-12", people=frozenset({"garba"}), countries=mali,
                      text=numbers),
               _story(4, "en", "2025-03-12", people=frozenset({"garba"}), countries=mali)]
    assert versions.links(stories) == {(1, 2), (3, 4)}
    assert versions.items(versions.links(stories)) == {1: 1, 2: 1, 3: 3, 4: 3}


def test_a_person_written_in_two_scripts_agrees_by_the_consonants_of_the_surname() -> None:
    skeleton = across.script_skeleton
    assert skeleton("البراك") == skeleton("Al-Barrak") == skeleton("albarrak") == "brk"
    assert skeleton("تامينوف") == skeleton("Taminov") != ""
    assert skeleton("بنعرفة") == skeleton("Benarafa") != ""
    assert skeleton("Bouzidi") != skeleton("Benzaoui")
    assert skeleton("Keita") == skeleton("محمد") == ""  # too short or too common to tell apart
    ar = _story(1, "ar", "2025-03-12", people=frozenset({"البراك"}), countries=frozenset({"IRQ"}))
    fr = _story(2, "fr", "2025-03-12", people=frozenset({"albarrak"}), countries=frozenset({"IRQ"}))
    assert versions.links([ar, fr]) == {(1, 2)}
    # In one script the surname keys decide: "elbarak" is not "albarrak".
    en = _story(3, "en", "2025-03-12", people=frozenset({"elbarak"}), countries=frozenset({"IRQ"}))
    assert versions.links([en, fr]) == set()


def test_a_whole_name_agrees_across_scripts_when_its_surname_is_too_short() -> None:
    name = across.name_skeleton
    assert across.script_skeleton("الهيتي") == across.script_skeleton("Al-Hiti") == ""
    assert name("سمير الهيتي") == name("Samir Al-Hiti") == name("Samir Alhiti") == "smrlht"
    # The article is kept, glued or apart, in both scripts.
    assert name("سعيد عبد الكريم") == name("Said Abdelkarim") == name("Saïd Abdel Karim") != ""
    assert name("سامي الهيتي") != name("Samir Al-Hiti")
    assert name("Al-Hiti") == name("علي بن") == ""  # one word, or too few consonants
    people = {"people": frozenset({"الهيتي"}), "names": frozenset({("الهيتي", "سمير الهيتي")})}
    ar = _story(1, "ar", "2025-11-12", **people, countries=frozenset({"MAR"}))
    fr = _story(2, "fr", "2025-11-14", people=frozenset({"alhiti"}), countries=frozenset({"MAR"}),
                names=frozenset({("alhiti", "Samir Al-Hiti")}))
    assert versions.links([ar, fr]) == {(1, 2)}
    other = fr._replace(names=frozenset({("alhiti", "Karim Al-Hiti")}))
    assert versions.links([ar, other]) == set()


def test_a_title_person_is_compared_across_scripts_by_its_skeletons() -> None:
    evidence = {"countries": frozenset({"SAU"}), "partners": frozenset({frozenset({"KFIP"})})}
    ar = _story(1, "ar", "2025-12-25", people=frozenset({"السبيل", "العالميه"}),
                names=frozenset({("السبيل", "عبد العزيز السبيل"), ("العالميه", "فيصل العالمية")}),
                title_names=frozenset({"person:العالميه"}), **evidence)
    fr = _story(2, "fr", "2025-12-26", people=frozenset({"alsebail", "faisal"}),
                title_names=frozenset({"person:faisal"}), **evidence)
    # "العالمية" has no skeleton to compare: the titles' people say nothing.
    assert versions.links([ar, fr]) == {(1, 2)}
    # A title person with a skeleton in each script that differ: two stories.
    named = fr._replace(title_names=frozenset({"person:alsebail"}))
    assert versions.links([ar, named]) == {(1, 2)}
    kept_apart = ar._replace(title_names=frozenset({"person:السبيل"}),
                             people=frozenset({"السبيل"}))
    assert versions.links([kept_apart, fr._replace(
        people=frozenset({"alsebail", "benkiran"}),
        title_names=frozenset({"person:benkiran"}))]) == set()


def test_an_arabic_and_a_latin_title_share_the_sound_of_a_name() -> None:
    french = "L’ICESCO au Forum Sijilmassa sur les oasis"
    assert across.title_sounds("الإيسيسكو في منتدى سجلماسة حول الواحات", ()) & across.title_sounds(
        french, across.title_words(french, "fr")) == {"sjlms"}
    # Between two Latin-script titles the word itself counts, once.
    en = _story(1, "en", "2025-11-12", title_names=frozenset({"word:sijilmassa", "sound:sjlms"}))
    fr = _story(2, "fr", "2025-11-12", title_names=frozenset({"word:sijilmassa", "sound:sjlms"}))
    ar = _story(3, "ar", "2025-11-12", title_names=frozenset({"sound:sjlms"}))
    assert versions.shared(versions.profile(en), versions.profile(fr))[  # type: ignore[arg-type]
        "title"] == ["word:sijilmassa"]
    assert versions.shared(versions.profile(en), versions.profile(ar))[  # type: ignore[arg-type]
        "title"] == ["sound:sjlms"]


def test_titles_stating_different_years_are_two_stories() -> None:
    assert stated_numbers.title_years("Forum Sijilmassa 2025, 12 sessions") == {2025}
    assert stated_numbers.title_years("منتدى سجلماسة ٢٠٢٧") == {2027}
    evidence = {"people": frozenset({"keita"}), "countries": frozenset({"MLI"})}
    fr = _story(1, "fr", "2025-11-12", title="Le Forum Sijilmassa 2025", **evidence)
    assert versions.links([fr, _story(2, "ar", "2025-11-12", title="منتدى سجلماسة 2025",
                                      **evidence)]) == {(1, 2)}
    assert versions.links([fr, _story(2, "ar", "2025-11-12", title="منتدى سجلماسة 2027",
                                      **evidence)]) == set()


def test_titles_naming_different_acts_are_two_stories() -> None:
    assert acts.title_acts("President Presents the Director-General with a Medal") == {"award"}
    assert acts.title_acts("الرئيس يسلم المدير العام وسام الشرف") == {"award"}
    assert acts.title_acts("Le Directeur général prend part au congrès") == {"participation"}
    assert acts.title_acts("المدير العام يشارك في المؤتمر") == {"participation"}
    assert acts.title_acts("الإيسيسكو والمكتبة توقعان اتفاقية تعاون") == {"signing"}
    assert acts.title_acts("L’ICESCO et la Bibliothèque célèbrent le penseur") == {"celebration"}
    assert acts.title_acts("ICESCO Holds a Symposium in Rabat") == set()  # no act named
    # an event's opening and its close are two items
    assert acts.title_acts("Second Day of the Forum Kicks Off") == {"launch"}
    assert acts.title_acts("انطلاق أعمال اليوم الثاني للمنتدى") == {"launch"}
    assert acts.title_acts("Le forum clôt ses travaux") == {"closing"}
    assert acts.title_acts("اختتام أعمال المنتدى") == {"closing"}
    evidence = {"people": frozenset({"yuldashev"}), "countries": frozenset({"UZB"}),
                "text": "300 delegates"}
    medal = _story(1, "en", "2026-04-22", title="The Council Presents the DG with Its Medal",
                   **evidence)
    assert versions.links([medal, _story(2, "fr", "2026-04-22", title="Le Conseil remet sa "
                                         "médaille au DG", **evidence)]) == {(1, 2)}
    assert versions.links([medal, _story(2, "fr", "2026-04-22", title="Le DG participe au "
                                         "congrès", **evidence)]) == set()
    # A title naming no act says nothing against one that does.
    assert versions.links([medal, _story(2, "fr", "2026-04-22", title="Le DG à Boukhara",
                                         **evidence)]) == {(1, 2)}


def test_a_title_that_is_only_a_date_line_is_read_with_its_first_sentence() -> None:
    closing_text = ("Bakou, 9 mars, AZERTAC\nLe Conseil de la jeunesse a conclu, lundi 8 mars à "
                    "Bakou, les travaux de sa 12e session. La séance d’ouverture avait réuni "
                    "les ministres.")
    assert acts.story_acts("Bakou, 9 mars, AZERTAC", closing_text) == {"closing"}
    assert acts.story_acts("Le Caire, 3 mai 2025, MENA", "Le Caire, 3 mai 2025, MENA\n"
                           "Ouverture, samedi, du forum des jeunes.") == {"launch"}
    # A title naming no act that is no date line still says nothing, whatever its text says.
    assert acts.story_acts("ICESCO Holds a Symposium in Rabat", "ICESCO Holds a Symposium in "
                           "Rabat\nThe symposium opened on Monday.") == set()
    evidence = {"people": frozenset({"karimov", "ashurov"}), "countries": frozenset({"AZE"})}
    title = "انطلاق أعمال الدورة 12 لمجلس الشباب"
    opening = _story(1, "ar", "2026-03-08", title=title, text=title, **evidence)
    closing = _story(2, "fr", "2026-03-08", title="Bakou, 9 mars, AZERTAC", text=closing_text,
                     **evidence)
    # The session's close in French is not its opening in Arabic the same day...
    assert versions.links([opening, closing]) == set()
    # ... its opening is.
    french_opening = closing._replace(text="Bakou, 9 mars, AZERTAC\nOuverture, lundi 8 mars à "
                                      "Bakou, des travaux de la 12e session du Conseil de la "
                                      "jeunesse.")
    assert versions.links([opening, french_opening]) == {(1, 2)}


def test_days_events_and_bodies_are_one_thing_in_three_languages() -> None:
    assert known_names.named_things("ICESCO marks World Arabic Language Day") == {
        "day:arabic-language"}
    assert known_names.named_things("à l’occasion de la Journée mondiale de la langue arabe") == {
        "day:arabic-language"}
    assert known_names.named_things("احتفاء باليوم العالمي للغة العربية") == {"day:arabic-language"}
    assert known_names.named_things("avec la Bibliothèque d’Alexandrie au Sommet de la "
                                    "connaissance") == {"body:bibliotheca-alexandrina",
                                                        "event:knowledge-summit"}
    assert known_names.named_things("بالشراكة مع مكتبة الإسكندرية") == {
        "body:bibliotheca-alexandrina"}
    # The table holds only names ICESCO uses again and again; one forum seen once is not in it.
    assert known_names.named_things("au Forum mondial des sciences spatiales") == frozenset()
    assert known_names.named_things("the day of the Arabic language course") == frozenset()
    # Named in both titles, the day counts as a title name; named in the leads, as a thing.
    fr = _story(1, "fr", "2026-02-21", title="L’ICESCO célèbre la Journée de la traduction",
                title_names=frozenset({"thing:day:translation"}),
                things=frozenset({"day:translation"}))
    ar = _story(2, "ar", "2026-02-21", title="الإيسيسكو تحتفي باليوم الدولي للترجمة",
                title_names=frozenset({"thing:day:translation"}),
                things=frozenset({"day:translation"}))
    shared = _shared(fr, ar)
    assert (shared["title"], shared["things"], shared["acts"]) == (
        ["thing:day:translation"], [], ["celebration"])
    assert versions.links([fr, ar]) == {(1, 2)}
    in_leads = ar._replace(title="بيان الإيسيسكو", title_names=frozenset())
    assert _shared(fr, in_leads)["things"] == ["day:translation"]
    # Another item of that day naming the day, with another act (a contest launched), is not
    # the statement.
    contest = ar._replace(title="الإيسيسكو تطلق مسابقة في اليوم الدولي للترجمة")
    assert versions.links([fr, contest]) == set()


def test_the_kind_of_document_both_titles_name_is_evidence() -> None:
    evidence = {"countries": frozenset({"MRT"}), "text": "30 ministers, 3rd session"}
    declaration = _story(1, "fr", "2026-06-16", title="La conférence s’achève par la Déclaration "
                         "de Nouakchott", **evidence)
    same_kind = _story(2, "en", "2026-06-16", title="The conference ends with the Nouakchott "
                       "Declaration", **evidence)
    day_close = _story(3, "en", "2026-06-15", title="First day of the conference concludes",
                       **evidence)
    assert _shared(declaration, same_kind)["kinds"] == ["declaration"]
    assert _shared(declaration, day_close)["kinds"] == []
    assert versions.links([declaration, same_kind, day_close]) == {(1, 2)}


def test_a_name_both_leads_write_in_two_scripts_is_evidence() -> None:
    assert across.lead_sounds("In partnership with the Qindeel Foundation, in January") & (
        across.lead_sounds("بالشراكة مع مؤسسة قنديل، في يناير")) == {"kndl"}
    # Countries and months count as such, not again as names.
    assert not across.lead_sounds("Kazakhstan, September") | across.lead_sounds("كازاخستان سبتمبر")
    en = _story(1, "en", "2026-01-15", countries=frozenset({"JOR"}),
                text="With the Qindeel Foundation, pupils from 8 schools")
    ar = _story(2, "ar", "2026-01-15", countries=frozenset({"JOR"}),
                text="مع مؤسسة قنديل، تلاميذ من 8 مدارس")
    assert _shared(en, ar)["names"] == ["sound:kndl"]
    assert versions.links([en, ar]) == {(1, 2)}
    assert versions.links([en, ar._replace(text="مع مؤسسة أخرى، تلاميذ من 8 مدارس")]) == set()


def test_a_day_apart_is_the_same_day_when_one_text_states_the_others_date() -> None:
    """A listing's version is dated by the event its text gives, the article's by its
    publication line a day later; the article's text gives the event's date too."""
    listing = _story(1, "ar", "2026-01-14", text="عقدت الندوة يوم الأربعاء 14 يناير 2026")
    article = _story(2, "en", "2026-01-15", text="The symposium, held on Wednesday, 14 January 2026")
    assert _shared(listing, article)["same day"] == ["2026-01-14"]
    later = article._replace(text="The symposium, held on Thursday, 15 January 2026")
    assert _shared(listing, later)["same day"] == []


def test_a_partner_is_one_in_three_languages() -> None:
    assert across.partner_keys("Ligue des États arabes", None) == {"LAS"}
    assert across.partner_keys("جامعة الدول العربية", None) == {"LAS"}
    assert across.partner_keys("Organisation de la coopération islamique", "OCI") == {"OIC"}
    assert across.partner_keys("Ministry of Youth, Culture and Communication", None) == {
        "ministry of youth", "ministry of culture", "ministry of communication"}
    assert across.partner_keys("وزارة الثقافة", None) == {"ministry of culture"}
    commission = {"national commission ARE"}
    assert across.partner_keys("UAE National Commission for Education, Culture and Science",
                                 None) == commission
    assert across.partner_keys("Commission nationale émiratie pour l’éducation, la culture et "
                                 "les sciences", None) == commission
    assert across.partner_keys("اللجنة الوطنية الإماراتية للتربية والثقافة والعلوم", None) == commission
    assert across.partner_keys("Morocco Post Group", None) == frozenset()
    # Named in the text, whatever the extractors kept of the name.
    assert known_partners.named_partners("L’ICESCO et la Ligue des États arabes ont tenu") == {"LAS"}
    assert known_partners.named_partners("عقدت الإيسيسكو وجامعة الدول العربية منتدى") == {"LAS"}
    assert known_partners.named_partners("with the Arab League Educational, Cultural and Scientific "
                                   "Organization (ALECSO)") == {"ALECSO"}
    assert known_partners.named_partners("the Arab Leagues of the city") == frozenset()
    # Two partners of one story sharing a key with one of the other count once.
    ministry = frozenset({"ministry of youth", "ministry of culture"})
    a = _story(1, "en", "2025-03-12", partners=frozenset({frozenset({"ministry of youth"}),
                                                           frozenset({"ministry of culture"})}))
    b = _story(2, "fr", "2025-03-12", partners=frozenset({ministry}))
    shared = versions.shared(versions.profile(a), versions.profile(b))  # type: ignore[arg-type]
    assert shared["partners"] == ["ministry of culture"]


def test_names_both_latin_titles_write() -> None:
    en = across.title_words("Commemorative Stamp Marks the Close of Marrakech Capital of Culture",
                              "en")
    fr = across.title_words("Un timbre pour la clôture de Marrakech capitale de la culture", "fr")
    assert en & fr == {"marrakech"}
    assert across.title_words("مراكش عاصمة الثقافة", "ar") == frozenset()
    assert "icesco" not in across.title_words("Le Directeur général de l’ICESCO à Marrakech", "fr")


# --- the archive's commands, counting an item once ---------------------------------------------


@pytest.fixture(scope="module")
def stories_cli(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    """The fixture stories ingested once, for the read-only tests below."""
    folder = tmp_path_factory.mktemp("stories")
    files = write_stories(folder / "stories", STORIES["stories"])
    cli = Cli(folder / "archive.db")
    assert cli.json("ingest", *map(str, files.values()))["failed"] == []
    return cli


def _ids(cli: Cli) -> dict[str, int]:
    titles = {story["title"]: story["key"] for story in STORIES["stories"]}
    return {titles[a["title"]]: a["id"] for a in cli.json("list", "--limit", "0")}


def test_show_says_which_languages_an_article_is_also_in(stories_cli: Cli) -> None:
    ids = _ids(stories_cli)
    shown = stories_cli("show", str(ids["mali-en"]), terminal=True).stdout
    assert f"also in French (#{ids['mali-fr']}), Arabic (#{ids['mali-ar']})" in shown
    assert "also in" not in stories_cli("show", str(ids["mou2024-en"]), terminal=True).stdout


def test_show_versions_puts_the_versions_side_by_side(stories_cli: Cli) -> None:
    ids = _ids(stories_cli)
    side = stories_cli("show", str(ids["theatre15-ar"]), "--versions", "--text").stdout
    assert "English #" in side and "French #" in side and "Arabic #" in side
    assert side.index("Arabic #") < side.index("English #") < side.index("French #")  # asked first
    shown = stories_cli.json("show", str(ids["theatre15-ar"]), "--versions")
    assert [a["id"] for a in shown] == [ids[k] for k in ("theatre15-ar", "theatre15-en",
                                                         "theatre15-fr")]


def test_show_versions_of_an_article_without_any_says_so(stories_cli: Cli) -> None:
    alone = next(a for a in stories_cli.json("list", "--limit", "0") if not a["versions"])
    shown = stories_cli("show", str(alone["id"]), "--versions", "--text")
    assert shown.exit_code == 0 and alone["title"] in shown.stdout
    assert "English #" not in shown.stdout and "French #" not in shown.stdout
    assert f"#{alone['id']} has no version in another language" in shown.stderr
    as_json = stories_cli.json("show", str(alone["id"]), "--versions")  # always an array
    assert [a["id"] for a in as_json] == [alone["id"]]


def test_per_item_keeps_the_preferred_version_of_each_item(stories_cli: Cli) -> None:
    ids = _ids(stories_cli)
    every = stories_cli.json("list", "--limit", "0")
    one = stories_cli.json("list", "--limit", "0", "--per-item")
    assert len(every) == len(STORIES["stories"]) and len(one) == len(STORIES["items"])
    assert ids["mali-en"] in {a["id"] for a in one} and ids["mali-fr"] not in {a["id"] for a in one}
    arabic_first = {a["id"] for a in stories_cli.json("list", "--limit", "0", "--per-item",
                                                     "--prefer", "ar,fr")}
    assert {ids["mali-ar"], ids["niger-fr"], ids["mou2024-en"]} <= arabic_first
    # The version kept is one that matches the filters.
    french = stories_cli.json("list", "--limit", "0", "--per-item", "--language", "fr")
    assert ids["mali-fr"] in {a["id"] for a in french}
    niger = stories_cli.json("country", "Niger", "--per-item")
    assert [a["id"] for a in niger] == [ids["niger-en"]]
    assert [v["language"] for v in niger[0]["versions"]] == ["fr"]
    table = stories_cli("list", "--per-item", terminal=True).stdout
    assert "also in" in table and "fr ar" in table
    assert stories_cli("list", "--prefer", "ar").exit_code == 2
    assert stories_cli("list", "--per-item", "--prefer", "de").exit_code == 2


def test_summary_network_and_profiles_count_items(stories_cli: Cli) -> None:
    summary = stories_cli.json("summary", "--top", "20")
    assert (summary["articles"], summary["items"]) == (len(STORIES["stories"]),
                                                       len(STORIES["items"]))
    # an item of undated stories alone has no month (five alone, the libraries' two versions)
    dated_items = {min([a["id"], *(v["id"] for v in a["versions"])])
                   for a in stories_cli.json("list", "--limit", "0") if a["date"]}
    assert len(dated_items) == len(STORIES["items"]) - 7
    assert sum(m["items"] for m in summary["months"]) == len(dated_items)
    people = {p["name"]: (p["items"], p["articles"]) for p in summary["top"]["people"]}
    # two ambassadors, a congress and the medal given there, a forum's opening, in 11 articles;
    # three receptions of one minister, two of them undated; a programme launched in three
    # languages and a visit the same day; a minister received on a Saturday (the head by role)
    assert people["Salim M. AlMalik"] == (11, 19)
    assert people["Lamia Qudah"] == (1, 2)
    pairs = {(p["source"]["name"], p["target"]["name"]): (p["items"], p["articles"])
             for p in stories_cli.json("network", "--limit", "0")}
    assert pairs[("Salim M. AlMalik", "Morocco")] == (2, 5)
    profile = stories_cli("who", "AlMalik", terminal=True).stdout
    assert "11 news item(s) in 19 article(s)" in profile and "News items per month" in profile
    one_each = stories_cli("who", "AlMalik", "--per-item", terminal=True).stdout
    assert "11 news item(s) in 19 article(s)" in one_each  # the counts, whatever rows are listed
    assert "Boubacar Keita (1)" in profile
    chart = stories_cli("summary", terminal=True).stdout
    assert f"({len(STORIES['items'])} news items)" in chart


def test_an_archive_from_before_versions_gets_them_from_migrate(tmp_path: Path) -> None:
    """An archive as it was before m010 (no article_versions, no articles.item): `icli migrate`
    applies the step and links the versions the articles already stored have."""
    import sqlite3

    files = write_stories(tmp_path / "stories", STORIES["stories"])
    cli = Cli(tmp_path / "old.db")
    cli.json("ingest", *map(str, files.values()))
    conn = sqlite3.connect(cli.db, isolation_level=None)
    conn.execute("DROP TABLE article_versions")
    conn.execute("DROP INDEX idx_articles_item")
    conn.execute("ALTER TABLE articles DROP COLUMN item")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm010_versions'")
    conn.close()
    assert cli("list").exit_code == 1
    result = cli("migrate")
    assert (result.exit_code, result.stdout) == (0, f"{cli.db}: upgraded (m010_versions)\n")
    assert version_groups(cli.db) == gold_groups()


def test_show_shared_lists_what_two_versions_share(stories_cli: Cli) -> None:
    ids = _ids(stories_cli)
    why = stories_cli.json("show", str(ids["mali-en"]), "--shared")["shared"]
    assert [v["id"] for v in why] == [ids["mali-fr"], ids["mali-ar"]]
    assert all("MLI" in v["shared"]["countries"] and "keita" in v["shared"]["people"]
               for v in why)
    shown = stories_cli("show", str(ids["mali-en"]), "--shared", terminal=True).stdout
    assert f"and French #{ids['mali-fr']} share:" in shown
    assert stories_cli.json("show", str(ids["mou2024-en"]), "--shared")["shared"] == []
    # A name both titles write in two scripts is shown with the words that write it.
    (oasis,) = stories_cli.json("show", str(ids["oasis-fr"]), "--shared")["shared"]
    assert oasis["id"] == ids["oasis-ar"]
    assert oasis["shared"]["title"] == ["sound:sjlms (Sijilmassa = سجلماسة)"]
    assert oasis["shared"]["people"] == ["alhiti"]


def test_icescos_own_sectors_are_weak_evidence() -> None:
    assert known_names.named_things("The Science and Technology Sector of ICESCO took part") == {
        "sector:science"}
    assert known_names.named_things("شارك قطاع العلوم والتقنية في الإيسيسكو") == {"sector:science"}
    assert known_names.named_things("le Secteur de la Culture de l’ICESCO") == {"sector:culture"}
    evidence = {"countries": frozenset({"MAR"}), "things": frozenset({"sector:science"})}
    en = _story(1, "en", "2026-03-06", title="ICESCO Participates in a Symposium on Climate "
                "Action", **evidence)
    ar = _story(2, "ar", "2026-03-06", title="الإيسيسكو تشارك في ندوة حول العمل المناخي",
                **evidence)
    # A country, the act both titles name and the day (3.0), and the sector (0.5).
    assert _shared(en, ar)["sectors"] == ["sector:science"]
    assert _shared(en, ar)["things"] == []
    assert versions.links([en, ar]) == {(1, 2)}
    assert versions.links([en, ar._replace(things=frozenset())]) == set()
    # Named in most stories, the sector alone with the day is far from enough, and another
    # item of the same sector and country that day with another act stays apart.
    assert versions.links([en._replace(countries=frozenset()),
                           ar._replace(countries=frozenset())]) == set()
    assert versions.links([en, ar._replace(title="الإيسيسكو توقع اتفاقية حول العمل المناخي")]) == set()


def test_an_arabic_name_with_a_glued_preposition_is_its_latin_name() -> None:
    assert across.unglued("بمراكش") == ("بمراكش", "مراكش")
    assert across.unglued("مراكش") == ("مراكش",)
    assert across.lead_sounds("held in Marrakech with the university") & across.lead_sounds(
        "عقدت بمراكش بالتعاون مع الجامعة") == {"mrks"}
    # A country or a month with a preposition glued is still a country or a month.
    assert not across.lead_sounds("بكازاخستان وفي سبتمبر")
    en = _story(1, "en", "2026-07-18", countries=frozenset({"MAR"}),
                text="A symposium held in Marrakech with 300 students")
    ar = _story(2, "ar", "2026-07-18", countries=frozenset({"MAR"}),
                text="ندوة عقدت بمراكش بمشاركة 300 طالب")
    assert _shared(en, ar)["names"] == ["sound:mrks"]
    assert versions.links([en, ar]) == {(1, 2)}
    assert versions.links([en, ar._replace(text="ندوة عقدت بفاس بمشاركة 300 طالب")]) == set()


def test_a_name_an_english_and_a_french_lead_both_write_is_evidence() -> None:
    assert across.lead_words("With the Qindeel Foundation, on Monday in Rabat") == {
        "qindeel", "foundation"}
    # Acronyms (partners), common title words, countries, months and weekdays are not names.
    assert not across.lead_words("ICESCO and UNESCO Forum in Morocco, Monday 8 September")
    assert not across.lead_words("مؤسسة قنديل")
    en = _story(1, "en", "2026-11-02", text="With the Qindeel Foundation, 12 experts met")
    fr = _story(2, "fr", "2026-11-02", text="Avec la Qindeel Foundation, 12 experts se sont réunis")
    assert _shared(en, fr)["names"] == ["word:foundation", "word:qindeel"]
    assert versions.links([en, fr]) == {(1, 2)}
    assert versions.links([en, fr._replace(text="Avec la fondation, 12 experts se sont réunis")]) == set()
    # The people's names are counted as people, not again as names.
    named = en._replace(names=frozenset({("qindeel", "Samir Qindeel")}))
    assert _shared(named, fr)["names"] == ["word:foundation"]


def test_an_arabic_name_is_not_taken_for_a_country_by_a_short_form_without_its_first_letter() -> None:
    """"كينارد" without its "ك" (read as a glued preposition) has the consonants of "Nord"
    (Macédoine du Nord): a form of fewer than four consonants is a country's only as written."""
    assert across.lead_sounds("in partnership with the Kinard Foundation") & across.lead_sounds(
        "بالشراكة مع مؤسسة كينارد") == {"knrd"}
    assert not across.lead_sounds("بكازاخستان وفي سبتمبر")  # still a country and a month


def test_a_partner_outside_the_tables_is_one_across_scripts_by_the_consonants_of_its_name() -> None:
    kinard_en = frozenset({"#1", "sound:knrd", "sound:fndtn"})
    en = _story(1, "en", "2026-02-18", countries=frozenset({"JOR"}),
                partners=frozenset({kinard_en}), text="With the Kinard Foundation, in Amman")
    ar = _story(2, "ar", "2026-02-18", countries=frozenset({"JOR"}),
                partners=frozenset({frozenset({"#2", "sound:knrd"})}), text="مع مؤسسة كينارد في عمان")
    # One partner (2), not again a name both leads write (1).
    assert _shared(en, ar)["partners"] == ["sound:knrd"]
    assert _shared(en, ar)["names"] == []
    assert versions.links([en, ar]) == {(1, 2)}
    other = ar._replace(partners=frozenset({frozenset({"#3"})}), text="مع جمعية أخرى في عمان")
    assert _shared(en, other)["partners"] == []
    assert versions.links([en, other]) == set()
    # Within one script the names as written decide: "Foundation" and "Fondation" sound alike.
    fr = _story(3, "fr", "2026-02-18", countries=frozenset({"JOR"}),
                partners=frozenset({frozenset({"#4", "sound:fndtn"})}))
    assert _shared(en, fr)["partners"] == []


def test_an_undated_version_is_linked_to_the_dated_one_it_shares_much_with() -> None:
    en = _story(1, "en", "2026-02-18", countries=frozenset({"JOR"}), people=frozenset({"haddad"}),
                partners=frozenset({frozenset({"#1", "sound:knrd"})}),
                text="With the Kinard Foundation, 35 teachers from 12 schools")
    ar = versions.Story(2, "ar", None, "t", "مع مؤسسة كينارد، 35 معلما من 12 مدرسة",
                        people=frozenset({"haddad"}), countries=frozenset({"JOR"}),
                        partners=frozenset({frozenset({"#2", "sound:knrd"})}))
    assert versions.links([en, ar]) == set()  # no date: no window of days
    assert undated_versions.all_links([en, ar]) == {(1, 2)}
    # The same person and partner alone (another year's story of the same partner): too weak.
    weak = ar._replace(text="مع مؤسسة كينارد")
    assert undated_versions.all_links([en, weak]) == set()
    # Titles naming different acts still tell them apart.
    assert undated_versions.all_links([en._replace(title="ICESCO Signs an Agreement"),
                                       ar._replace(title="الإيسيسكو تحتفي")]) == set()


def test_two_undated_versions_are_linked_when_each_is_the_others_clear_best() -> None:
    """Two undated stories of two languages sharing a person, a partner and numbers are one
    item; not when another candidate of either is within the margin, when one of them has a
    clear best dated candidate (it joins that one's item instead), nor when they give
    different edition numbers; the same partner's undated story of another year (the person,
    the partner, two countries: 7.0, but 2 strong things) stays apart."""
    both: dict[str, Any] = {"people": frozenset({"mbaraka"}), "countries": frozenset({"TZA", "MAR"}),
                            "partners": frozenset({frozenset({"national commission TZA"})})}
    en = versions.Story(1, "en", None, "t", "140 libraries, 35 librarians, by 2027", **both)
    ar = versions.Story(2, "ar", None, "t", "140 مكتبة، 35 أمين مكتبة، بحلول 2027", **both)
    assert undated_versions.all_links([en, ar]) == {(1, 2)}
    other_year = versions.Story(3, "fr", None, "t", "en 2024, 20 bibliothécaires", **both)
    assert undated_versions.all_links([en, ar, other_year]) == {(1, 2)}
    assert undated_versions.all_links([en, other_year]) == set()
    close = versions.Story(3, "ar", None, "t", "140 مكتبة، 35 أمين مكتبة", **both)
    assert undated_versions.all_links([en, ar, close]) == set()
    dated = _story(4, "fr", "2026-05-12", text="140 bibliothèques, 35 bibliothécaires, 2027",
                   **both)
    assert undated_versions.all_links([en, ar, dated]) == {(1, 4), (2, 4)}
    assert undated_versions.all_links([en._replace(text=en.text + ", its 15th edition"),
                                       ar._replace(text=ar.text + "، الدورة السادسة عشرة")]) == set()


def test_an_undated_story_stating_its_own_day_and_weekday_is_dated_by_it() -> None:
    """An agency's undated reprint opening "Samedi 14 novembre" is a version of the English
    page dated Saturday 14 November 2026 with one strong thing (the minister; 7.0 with the
    day); another year's reprint of the same minister, "Vendredi 14 novembre" (14 November
    2025 was a Friday), or one stating another day, is not its version even sharing more."""
    assert version_days.own_day("Djibouti, 14 novembre, Agence", "") == (11, 14, None)
    assert version_days.own_day("t", "Samedi 14 novembre, le ministre") == (11, 14, 5)
    assert version_days.own_day("t", "held on 14 November 2026 in Rabat") is None
    # The weekday the opening names as the day it tells of ("reçu ce samedi") goes with it.
    assert version_days.own_day("Djibouti, 14 novembre, Agence",
                                "Le ministre a été reçu ce samedi") == (11, 14, 5)
    both: dict[str, Any] = {"people": frozenset({"dirieh"}), "countries": frozenset({"DJI", "MAR"})}
    en = _story(1, "en", "2026-11-14", text="30 scholarships", **both)
    fr = versions.Story(2, "fr", None, "t", "Samedi 14 novembre, 30 bourses", **both)
    assert undated_versions.all_links([en, fr]) == {(1, 2)}
    assert undated_versions.all_links(
        [en, fr._replace(title="Djibouti, 14 novembre", text="reçu ce samedi, 30 bourses")]) == {(1, 2)}
    # Without the weekday, one strong thing is not enough.
    assert undated_versions.all_links([en, fr._replace(text="Le 14 novembre, 30 bourses")]) == set()
    # Another weekday or another day: never, even sharing three strong things.
    three = fr._replace(people=frozenset({"dirieh", "haddad"}),
                        partners=frozenset({frozenset({"UNESCO"})}))
    richer = en._replace(people=three.people, partners=three.partners)
    assert undated_versions.all_links([richer, three]) == {(1, 2)}
    assert undated_versions.all_links(
        [richer, three._replace(text="Vendredi 14 novembre, 30 bourses")]) == set()
    assert undated_versions.all_links(
        [richer, three._replace(text="Mardi 3 mars, 30 bourses")]) == set()


def test_a_partners_consonants_are_those_of_its_name_as_the_article_writes_it(
        cli: Cli, tmp_path: Path) -> None:
    """An Arabic article's UNESCO is stored under its English name, whose "Nations" would
    sound like a French article's "Organisation des Nations unies": the name as written counts."""
    page = tmp_path / "unesco-ar.txt"
    page.write_text("    الإيسيسكو واليونسكو تعقدان ورشة حول التعليم الرقمي في تونس\n\n"
                    "    10 مارس 2026\n\n"
                    "    عقدت منظمة العالم الإسلامي للتربية والعلوم والثقافة (إيسيسكو) ومنظمة الأمم "
                    "المتحدة للتربية والعلم والثقافة (اليونسكو)، يوم الثلاثاء 10 مارس 2026 في تونس، "
                    "ورشة عمل حول التعليم الرقمي بمشاركة 40 خبيرا.\n\n", encoding="utf-8")
    assert cli.json("ingest", str(page))["failed"] == []
    assert "ntns" in across.lead_sounds("United Nations Educational, Scientific and Cultural Organization")
    conn = open_for_reading(cli.db)
    try:
        [story] = stored_versions.stories(conn, [row[0] for row in conn.execute("SELECT id FROM articles")])
    finally:
        conn.close()
    assert {"UNESCO"} <= {key for keys in story.partners for key in keys}
    assert not any(key == "sound:ntns" for keys in story.partners for key in keys)


def test_an_undated_story_is_linked_by_strong_evidence_only(cli: Cli, tmp_path: Path) -> None:
    """A reprint without a date joins the dated version it shares a person, numbers and a
    title name with; an undated reception of the same minister (the person, the country, the
    act) is linked to no dated reception, even alone."""
    keys = ("restorers-en", "restorers-fr", "gabon-en", "gabon-youth-fr")
    files = write_stories(tmp_path / "stories",
                          [story for story in STORIES["stories"] if story["key"] in keys])
    assert cli.json("ingest", *map(str, files.values()))["failed"] == []
    titles = {story["key"]: story["title"] for story in STORIES["stories"]}
    assert version_groups(cli.db) == {frozenset({titles["restorers-en"], titles["restorers-fr"]}),
                                      frozenset({titles["gabon-en"]}),
                                      frozenset({titles["gabon-youth-fr"]})}
    by_title = {a["title"]: a for a in cli.json("list", "--limit", "0")}
    assert by_title[titles["restorers-fr"]]["date"] is None
    assert [v["language"] for v in by_title[titles["restorers-fr"]]["versions"]] == ["en"]


def test_an_undated_version_naming_its_people_and_partners_in_another_script_is_found(
        cli: Cli, tmp_path: Path) -> None:
    """An undated Arabic version whose person ("إدريس موسى بخيت") and partner ("اللجنة الوطنية
    التشادية") are other entities than the English version's ("Idriss Moussa Bakhit", "the
    Chadian National Commission") has that version as a candidate through the keys they share
    (entity_keys), whichever comes first; the same man's visit, undated too, shares the person,
    the commission and the country only, and stays apart."""
    assert undated_versions.search_keys("person", "بخيت", "إدريس موسى بخيت", None) == (
        undated_versions.search_keys("person", "bakhit", "Idriss Moussa Bakhit", None)) == {
        "skeleton:bkt", "name:drsmsbkt"}
    assert undated_versions.search_keys("partner", None, "Commission nationale tchadienne pour "
                                        "l’éducation, la science et la culture", None) == {
        "partner:national commission TCD"}
    assert undated_versions.search_keys("person", "almalik", "Salim M. AlMalik", None) == set()
    assert undated_versions.search_keys("country", None, "Chad", "TCD") == set()
    keys = ("sahel-ar", "sahel-visit-ar", "sahel-en")
    chosen = {story["key"]: story for story in STORIES["stories"] if story["key"] in keys}
    files = write_stories(tmp_path / "stories", list(chosen.values()))
    for key in keys:  # the undated versions first, the dated one in a later ingest
        assert cli.json("ingest", str(files[key]))["failed"] == []
    titles = {key: story["title"] for key, story in chosen.items()}
    assert version_groups(cli.db) == {frozenset({titles["sahel-en"], titles["sahel-ar"]}),
                                      frozenset({titles["sahel-visit-ar"]})}


def test_an_archive_from_before_entity_keys_gets_them_from_migrate(cli: Cli, tmp_path: Path) -> None:
    """An archive as it was before m018 (no entity_keys): `icli migrate` makes the keys of the
    people and partners already stored, and the undated version is found by them."""
    import sqlite3

    chosen = [story for story in STORIES["stories"] if story["key"] in ("sahel-ar", "sahel-en")]
    files = write_stories(tmp_path / "stories", chosen)
    cli.json("ingest", *map(str, files.values()))
    conn = sqlite3.connect(cli.db, isolation_level=None)
    written = set(conn.execute("SELECT entity_id, key FROM entity_keys"))
    assert ("partner:national commission TCD" in {key for _, key in written})
    conn.execute("DROP TABLE entity_keys")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm018_entity_keys'")
    conn.close()
    assert cli("migrate").stdout == f"{cli.db}: upgraded (m018_entity_keys)\n"
    conn = sqlite3.connect(cli.db, isolation_level=None)
    try:
        assert set(conn.execute("SELECT entity_id, key FROM entity_keys")) == written
        conn.execute("BEGIN IMMEDIATE")
        stored_versions.relink(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()
    assert version_groups(cli.db) == {frozenset(story["title"] for story in chosen)}


def test_an_undated_version_displaces_a_dated_one_it_outscores_with_more_strong_things() -> None:
    """A French agency page dated by its date line is linked to the Arabic closing session the
    same day (the minister, the country, the day: 4.0) for want of its true Arabic version,
    undated (two people, two countries, the commission, two numbers: 11.0, five strong
    things): that one takes the closing session's place. Not when it is not ahead by the margin,
    nor when it shares no more strong things."""
    both: dict[str, Any] = {"people": frozenset({"zaghdoudi", "kharrat"}),
                            "countries": frozenset({"TUN", "SEN"}),
                            "partners": frozenset({frozenset({"national commission SEN"})})}
    fr = _story(1, "fr", "2026-10-14", title="Tunis, 14 octobre, Agence",
                text="53 délégations, 12 résolutions", **both)
    closing = _story(2, "ar", "2026-10-14", people=frozenset({"zaghdoudi"}),
                     countries=frozenset({"TUN"}))
    session = versions.Story(3, "ar", None, "t", "53 وفدا، 12 قرارا", **both)
    assert versions.links([fr, closing]) == {(1, 2)}
    assert undated_versions.all_links([fr, closing, session]) == {(1, 3)}
    # The closing session sharing both people, both countries and the commission too (9.5):
    # within the margin.
    closer = closing._replace(**both)
    assert undated_versions.all_links([fr, closer, session]) == {(1, 2)}
    # Ahead by 2.5 (9.0 against 6.5) with three strong things each: no.
    three = closing._replace(people=both["people"], partners=both["partners"],
                             countries=frozenset())
    fewer = session._replace(text="")
    assert undated_versions.displaces((9.0, 3), (6.5, 3)) is False
    assert undated_versions.all_links([fr._replace(text=""), three, fewer]) == {(1, 2)}


def test_a_displaced_dated_version_returns_when_its_undated_rival_no_longer_wins(
        tmp_path: Path) -> None:
    """The closing session displaced by the undated procedural session, in any order of
    ingests; then another undated Arabic page as close to the French one: neither undated
    page is linked, and the closing session's link comes back, as a full relink gives."""
    keys = ("session-fr", "session-ar", "closing-ar")
    chosen = {story["key"]: story for story in STORIES["stories"] if story["key"] in keys}
    files = write_stories(tmp_path / "stories", list(chosen.values()))
    titles = {key: story["title"] for key, story in chosen.items()}
    displaced = {frozenset({titles["session-fr"], titles["session-ar"]}),
                 frozenset({titles["closing-ar"]})}
    for number, order in enumerate(itertools.permutations(keys)):
        db = tmp_path / f"order{number}.db"
        for key in order:
            conn = open_for_writing(db)
            try:
                assert not ingest(conn, [str(files[key])], workers=0).failed
            finally:
                conn.close()
        assert version_groups(db) == displaced, order
    rival = tmp_path / "rival-ar.txt"
    rival.write_text(
        "    المؤتمر العام للإيسيسكو ينتخب السيد سفيان الخراط مقررا في دورته التاسعة بتونس\n\n"
        "    انتخب المؤتمر العام للإيسيسكو في دورته التاسعة، المنعقدة بتونس برئاسة السيد كريم "
        "الزغدودي، وزير التعليم العالي ورئيس اللجنة الوطنية التونسية، السيد سفيان الخراط، الأمين "
        "العام للجنة الوطنية السنغالية للتربية والعلوم والثقافة، مقررا للدورة. وجرى الانتخاب بحضور "
        "53 وفدا.\n\n"
        "    واعتمد المؤتمر 12 قرارا في ختام جلسته.\n\n", encoding="utf-8")
    conn = open_for_writing(db)
    try:
        assert not ingest(conn, [str(rival)], workers=0).failed
    finally:
        conn.close()
    restored = version_groups(db)
    assert frozenset({titles["session-fr"], titles["closing-ar"]}) in restored
    conn = open_for_writing(db)
    try:
        conn.execute("BEGIN IMMEDIATE")
        stored_versions.relink(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()
    assert version_groups(db) == restored


def test_a_third_version_sharing_little_joins_an_item_when_both_versions_choose_it() -> None:
    """A reprint whose title line is only a date line shares a person and the day with each
    version (2.5, below the bar): it joins their item when each of them chooses it and it
    chooses each; not a pair alone, not when another story is as close, not for less."""
    haddad = frozenset({"haddad"})
    en = _story(1, "en", "2025-11-10", people=haddad, countries=frozenset({"JOR"}),
                partners=frozenset({frozenset({"#1", "sound:knrd"})}))
    ar = _story(2, "ar", "2025-11-10", people=haddad, countries=frozenset({"JOR"}),
                partners=frozenset({frozenset({"#2", "sound:knrd"})}))
    fr = _story(3, "fr", "2025-11-10", title="Amman, 10 novembre, Agence", people=haddad)
    assert versions.links([en, ar]) == {(1, 2)}
    assert versions.links([en, ar, fr]) == {(1, 2), (1, 3), (2, 3)}
    # With one version alone: below the bar.
    assert versions.links([en, fr]) == set()
    # Another French story as close to both: neither joins.
    assert versions.links([en, ar, fr, fr._replace(id=4)]) == {(1, 2)}
    # The head and the day alone (1.0): no.
    head = _story(3, "fr", "2025-11-10", people=frozenset(versions.leaders()))
    assert versions.links([en, ar, head]) == {(1, 2)}
    # The English version's best French story is another (a closer one): no join.
    closer = _story(4, "fr", "2025-11-10", people=haddad, countries=frozenset({"JOR"}))
    assert (1, 3) not in versions.links([en, ar, fr, closer])
    assert (2, 3) not in versions.links([en, ar, fr, closer])


def test_titles_naming_different_ministers_portfolios_are_two_stories() -> None:
    assert versions.title_portfolios("The DG receives the Minister of Transport and Logistics of Oman") == {"transport"}
    assert versions.title_portfolios("المدير العام يستقبل وزير العدل العماني") == {"justice"}
    assert versions.title_portfolios("Le DG reçoit le ministre de la Justice du Sultanat d’Oman") == {"justice"}
    assert versions.title_portfolios("Culture Minister of Oman visits the Organization") == {"culture"}
    assert versions.title_portfolios("A justice workshop and an action plan") == set()  # no minister
    evidence = {"people": frozenset(versions.leaders()) | {"busaidi"}, "countries": frozenset({"OMN"})}
    transport = _story(1, "en", "2025-03-12", title="The DG receives the Minister of Transport of Oman", **evidence)
    justice = _story(2, "ar", "2025-03-12", title="المدير العام يستقبل وزير العدل العماني", **evidence)
    also_justice = _story(3, "fr", "2025-03-12", title="Le DG reçoit le ministre de la Justice d’Oman", **evidence)
    assert versions.links([transport, justice]) == set()
    assert versions.links([justice, also_justice]) == {(2, 3)}  # the same portfolio: one story
