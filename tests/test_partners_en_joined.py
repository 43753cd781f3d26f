"""English bodies named together under one plural head after two country words ("the Malian and
Ugandan National Commissions for UNESCO and ICESCO": two commissions, rule
partner.en.joined-plural), and an acronym a body serves with ICESCO ("for UNESCO and ICESCO":
no partner by that mention). Sentences written for the test in the shapes real pages use, each
with the partners (name → acronym) and countries the contract counts, written before icli ran."""

from __future__ import annotations

import pytest

from icli.extract.article import extract
from icli.text.normalize import name_norm
from icli.text.parse import ParsedArticle

UNESCO = "United Nations Educational, Scientific and Cultural Organization"
Row = tuple[str, str, dict[str, str | None], set[str]]

ROWS: list[Row] = [
    ("two-commissions-for-unesco-and-icesco",
     "ICESCO held two meetings with the Chadian and Nigerien National Commissions for UNESCO and ICESCO "
     "to prepare the literacy campaign.",
     {"Chadian National Commission for UNESCO and ICESCO": None,
      "Nigerien National Commission for UNESCO and ICESCO": None}, {"TCD", "NER"}),
    ("two-commissions-for-education",
     "Delegates of the Gambian and Guinean National Commissions for Education, Science and Culture "
     "attended the workshop in Banjul.",
     {"Gambian National Commission for Education, Science and Culture": None,
      "Guinean National Commission for Education, Science and Culture": None}, {"GMB", "GIN"}),
    ("two-ministries-of-culture",
     "The festival was organized by the Omani and Jordanian Ministries of Culture in cooperation with ICESCO.",
     {"Omani Ministry of Culture": None, "Jordanian Ministry of Culture": None}, {"OMN", "JOR"}),
    ("commission-serves-unesco-and-icesco",
     "The report that the Kenyan National Commission prepared for UNESCO and ICESCO was presented to the "
     "participants.",
     {"Kenyan National Commission": None}, {"KEN"}),
    ("unesco-acting-kept",
     "UNESCO and ICESCO signed an agreement on heritage, and the Kenyan National Commission for UNESCO and "
     "ICESCO hosted the ceremony.",
     {UNESCO: "UNESCO", "Kenyan National Commission for UNESCO and ICESCO": None}, {"KEN"}),
    ("unesco-for-it-alone-kept",
     "The Chadian National Commission held a workshop with UNESCO on school meals.",
     {"Chadian National Commission": None, UNESCO: "UNESCO"}, {"TCD"}),
    ("plural-after-no-country-words",
     "Members of the Economic and Social Commissions for Asia attended the forum organized by ICESCO.",
     {}, set()),
    ("plural-of-a-people-no-body",
     "The Malian and Senegalese delegations met the Gulf Council for Vocational Training in Dakar.",
     {"Gulf Council for Vocational Training": None}, {"MLI", "SEN"}),
]


def found(text: str) -> tuple[dict[str, str | None], set[str]]:
    """The partners (name compared by name_norm → acronym) and country codes icli finds."""
    article = ParsedArticle(title="A title written for the test", body=[text], language="en")
    mentions = extract(article)
    return ({name_norm(m.name): m.code for m in mentions if m.kind == "partner"},
            {m.code or "" for m in mentions if m.kind == "country"})


@pytest.mark.parametrize(("text", "partners", "countries"),
                         [pytest.param(text, partners, countries, id=case_id)
                          for case_id, text, partners, countries in ROWS])
def test_bodies_under_one_plural_head_and_the_body_a_commission_serves(
        text: str, partners: dict[str, str | None], countries: set[str]) -> None:
    assert found(text) == ({name_norm(name): acronym for name, acronym in partners.items()}, countries), text
