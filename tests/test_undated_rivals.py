"""Which undated stories of one language keep each other from an item (undated_versions)."""

from __future__ import annotations

from typing import Any

from icli.extract import undated_versions, versions


def test_an_undated_rival_that_could_not_be_a_version_does_not_keep_one_apart() -> None:
    """An undated Arabic version of an ambassador's visit (his name, the embassy, a number:
    three strong things) joins the English page though another undated Arabic story of the
    same embassy five years later scores within the margin on the embassy and the countries
    alone (one strong thing: never a version itself); a rival sharing three strong things
    still keeps both apart."""
    both: dict[str, Any] = {"countries": frozenset({"IDN", "MAR"}),
                            "partners": frozenset({frozenset({"embassy IDN"})})}
    en = versions.Story(1, "en", "2026-09-10", "t", "equipment for 24 countries",
                        people=frozenset({"wirawan"}), title_names=frozenset({"country:IDN"}),
                        **both)
    ar = versions.Story(2, "ar", None, "t", "معدات لفائدة 24 دولة",
                        people=frozenset({"wirawan"}), **both)
    later = versions.Story(3, "ar", None, "t", "في سفارة إندونيسيا بالرباط",
                           title_names=frozenset({"country:IDN"}), **both)
    read = [undated_versions.undated(story) for story in (ar, later)]
    dated = versions.profile(en)
    assert dated is not None and None not in read
    assert [undated_versions.undated_score(story, dated) for story in read if story] == [
        (8.0, 3), (7.0, 1)]
    assert undated_versions.all_links([en, ar]) == {(1, 2)}
    assert undated_versions.all_links([en, ar, later]) == {(1, 2)}
    rival = ar._replace(id=3)
    assert undated_versions.all_links([en, ar, rival]) == set()
