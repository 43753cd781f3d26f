"""Partners in English (issue 21): where a body's name starts and ends, on sentences written
for each rule."""

from __future__ import annotations

from icli.extract.article import extract
from icli.text.parse import ParsedArticle


def entities(*paragraphs: str) -> tuple[list[str], list[str]]:
    """(partners' names, countries' codes) of an English article with these paragraphs."""
    found = extract(ParsedArticle(title="A title for the test", body=list(paragraphs), language="en"))
    return ([m.name for m in found if m.kind == "partner"],
            sorted(m.code or "" for m in found if m.kind == "country"))


def test_a_state_body_goes_on_with_in_and_its_country() -> None:
    found, countries = entities("The seminar was hosted by the Ministry of Youth in the Kingdom of Bahrain, "
                                "with the Embassy of Senegal in Egypt. The Ministry of Culture and Heritage in Jordan Today sent experts.")
    # (an embassy's name says whose it is: the host country is no part of it)
    assert found == ["Ministry of Youth in the Kingdom of Bahrain", "Embassy of Senegal",
                     "Ministry of Culture and Heritage"]  # (one portfolio alone: no partner)
    assert countries == ["BHR", "EGY", "JOR", "SEN"]
    found, _ = entities("The fair was backed by the Ministry of Trade in the Sultanate of Oman today.")
    assert found == ["Ministry of Trade in the Sultanate of Oman"]


def test_a_city_after_in_is_no_part_of_the_name() -> None:
    found, _ = entities("Experts met at the Ministry of Higher Education in Tunis on the second day.")
    assert found == ["Ministry of Higher Education"]
    # a body that is not a state's keeps its name without the place
    found, _ = entities("The workshop was run by the Green Future Foundation in Jordan last week.")
    assert found == ["Green Future Foundation"]


def test_a_name_opening_with_a_verb_and_the_keeps_them() -> None:
    found, _ = entities("The camp is organized in partnership with Feed the Minds Foundation and "
                        "the Tanzania Reading Network.")
    assert found == ["Feed the Minds Foundation", "Tanzania Reading Network"]


def test_a_sentence_opening_word_before_the_is_no_part_of_a_name() -> None:
    found, _ = entities("The Desert Study Institute signed the plan. Afterwards the Coastal Research "
                        "Institute joined, and Monday the Delta Science Council.")
    assert "Coastal Research Institute" in found
    assert not any(name.startswith(("Afterwards", "Monday")) for name in found)


def test_a_demonym_describing_a_named_body_is_its_country_not_its_name() -> None:
    found, countries = entities("The forum was held in cooperation with the Austrian Maria Feld "
                                "Foundation and the Egyptian Ministry of Culture.")
    assert found == ["Maria Feld Foundation", "Egyptian Ministry of Culture"]
    assert countries == ["AUT", "EGY"]
    # a demonym before a generic word is the body's own name
    found, _ = entities("Teachers from the Omani National Council for Schools took part.")
    assert found == ["Omani National Council for Schools"]
