"""Evidence two versions share when the extractor read little: numbers with the word that
multiplies them, and names written one after the other in two scripts (across.name_runs)."""

from __future__ import annotations

from typing import Any

from icli.extract import across, stated_numbers, undated_versions, versions


def _numbers(text: str) -> set[int]:
    return set(stated_numbers.numbers_and_editions(text, None)[0])


def test_a_number_with_its_thousand_or_million_is_one_number_in_three_languages() -> None:
    assert _numbers("a flood over 300,000 hectares that displaced two (2) million people") == {
        300000, 2000000}
    assert _numbers("une crue sur plus de 300.000 hectares, 2 millions de déplacés") == {
        300000, 2000000}
    assert _numbers("فيضان غمر أكثر من 300 ألف هكتار وشرد 2 مليون شخص") == {300000, 2000000}
    assert _numbers("نحو ٤٥ ألفا من الطلاب و1,5 مليار درهم") == {45000, 1500000000}
    # A decimal is no thousands: its digits after the point are not read.
    assert _numbers("a rate of 3.25 and 12.5 per cent") == {3, 12}
    # "mille" is a word of its own, not the start of another ("millefeuille").
    assert _numbers("12 millefeuilles") == {12}


def test_names_written_one_after_the_other_sound_alike_across_scripts() -> None:
    latin = across.name_runs("received by H.E. Mr. Kemal Arslanoglu Tekin, the ambassador")
    arabic = across.name_runs("واستقبله السفير كمال أرسلان أوغلو تكين في مقر السفارة")
    assert latin & arabic == {"kmlrslngl", "rslngltkn"}
    assert across.name_runs("Mr. Tarik Demirel Yavuz") == {"trkdmrl", "dmrlfz", "trkdmrlfz"}
    # A particle between two names is skipped in either script.
    assert "trkdmrl" in across.name_runs("Tarik bin Demirel") & across.name_runs("طارق بن دميرل")
    # ICESCO's leaders and names as common as Mohammed's make no run.
    assert across.name_runs("Dr. Salim M. AlMalik and Mohammed Karim") == frozenset()
    assert across.name_runs("سالم بن محمد المالك") == frozenset()


def _visit(story_id: int, language: str, date: str | None, text: str, **features: Any
           ) -> versions.Story:
    return versions.Story(story_id, language, date, "t", text, **features)


def test_an_undated_version_naming_someone_the_extractor_missed_is_linked() -> None:
    """An Arabic reprint without a date of an ambassador's visit names him ("عمر طارق دميرل"), but
    the Arabic extractor read nobody: the name both write one after the other counts as a
    person shared, with the numbers multiplied by their words ("300 ألف" = "300,000"), so it
    joins the English page; the same ambassador's visit of another week, which shares the name
    but not the numbers, does not."""
    both: dict[str, Any] = {"countries": frozenset({"TUR", "MAR"})}
    en = _visit(1, "en", "2026-03-09", "Ambassador Omer Tarik Demirel said that the flood "
                "covered 300,000 hectares and hit more than two (2) million citizens",
                people=frozenset({"demirel"}), names=frozenset({("demirel", "Omer Tarik Demirel")}),
                **both)
    ar = _visit(2, "ar", None, "وقال السفير عمر طارق دميرل إن الفيضان غمر 300 ألف هكتار "
                "وأصاب أكثر من 2 مليون مواطن", **both)
    pa = versions.profile(en)
    read = undated_versions.undated(ar)
    assert pa is not None and read is not None
    assert undated_versions.undated_score(read, pa) == (7.0, 3)
    assert undated_versions.all_links([en, ar]) == {(1, 2)}
    other_week = _visit(3, "en", "2026-03-16", "Ambassador Omer Tarik Demirel thanked ICESCO "
                        "for 12 scholarships", people=frozenset({"demirel"}), **both)
    assert undated_versions.all_links([other_week, ar]) == set()
    assert undated_versions.all_links([en, other_week, ar]) == {(1, 2)}
    # Without the name, the numbers alone are two strong things: too few.
    assert undated_versions.all_links([en, ar._replace(text=ar.text.replace(
        "عمر طارق دميرل", "التركي"))]) == set()


def test_a_name_run_of_a_person_both_versions_name_is_not_counted_again() -> None:
    """When both versions' people already agree on the person, the run of his name adds
    nothing: he is counted once, as a person."""
    en = _visit(1, "en", "2026-03-09", "Ambassador Omer Tarik Demirel visited ICESCO",
                people=frozenset({"demirel"}), names=frozenset({("demirel", "Omer Tarik Demirel")}))
    ar = _visit(2, "ar", "2026-03-09", "زار السفير عمر طارق دميرل الإيسيسكو",
                people=frozenset({"دميرل"}), names=frozenset({("دميرل", "عمر طارق دميرل")}))
    pa, pb = versions.profile(en), versions.profile(ar)
    assert pa is not None and pb is not None
    evidence = versions.shared(pa, pb)
    assert evidence["people"] == ["demirel"]
    assert versions.runs(pa, pb, evidence["people"] + evidence["heads"]) == []
    # Read in one version only, the name is one run shared.
    pb = versions.profile(ar._replace(people=frozenset(), names=frozenset()))
    assert pb is not None and versions.runs(pa, pb, []) == ["mrtrkdmrl"]
