"""Lines inside one saved page that read as titles but are the page's own text do not split it
into articles (issue 21, session 19: on the sweep's pages a split article lost its people and
countries to the other part, got a list item or half a sentence as its title, and its date
went to one part only). A list a paragraph announces with a colon ("… including:") keeps its
items, title-shaped or not; below a news lead, the page's only undated title is a subheading,
a list item or a sentence broken across a blank line. Texts written for the tests."""

from __future__ import annotations

import pytest

from icli.extract.article import extract
from icli.text.parse import parse_dump

LIST_IN_ARTICLE = """ICESCO Hosts the Regional Forum on Cultural Heritage in Rabat

The Islamic World Educational, Scientific and Cultural Organization (ICESCO) hosted on 4 March 2025 the regional forum on cultural heritage, with Ms. Awa Traoré, Minister of Culture of Mali, in attendance.

The sessions focused on several initiatives, including:

ICESCO's Programme for the Safeguarding of Manuscripts in West Africa

The Network of Heritage Museums in Member States

A fund for restoring damaged historic mosques and
"""


def test_items_a_paragraph_announces_with_a_colon_stay_in_its_article() -> None:
    (article,) = parse_dump(LIST_IN_ARTICLE).articles
    assert article.title == "ICESCO Hosts the Regional Forum on Cultural Heritage in Rabat"
    assert article.body[-4:-1] == [
        "The sessions focused on several initiatives, including:",
        "ICESCO's Programme for the Safeguarding of Manuscripts in West Africa",
        "The Network of Heritage Museums in Member States"]
    assert article.date == "2025-03-04"


def test_a_listing_s_next_title_after_a_colon_still_starts_an_article() -> None:
    """A teaser may end on a colon: a title with text or a date line under it is the next
    article's."""
    teaser = ("ICESCO Opens Registration for Its Young Poets Prize\n\n"
              "The Organization opened registration for the prize, which rewards poets under "
              "thirty from all Member States.\n\nTo register, please visit:\n\n")
    for next_item in ("ICESCO Trains Librarians in Digital Cataloguing in Niamey\n\n"
                      "Twenty librarians from public libraries took part in the five-day "
                      "course.\n",
                      "ICESCO Trains Librarians in Digital Cataloguing in Niamey\n\n"
                      "12 May 2025\n\nThe course ended on Friday.\n"):
        assert len(parse_dump(teaser + next_item).articles) == 2


# A copy that starts below the page's title: a lead, then a list it announces (the items'
# dashes are tatweel, which reading removes) or a sentence broken across a blank line.
LEAD_AND_LIST = """استقبل وزير التربية الوطنية اليوم الاثنين بمكتبه الدكتور سامي بن علي الحربي، المدير العام المساعد لمنظمة العالم الإسلامي للتربية والعلوم والثقافة، الذي يزور البلاد هذا الأسبوع.
وتناول اللقاء سبل تعزيز التعاون بين الوزارة والمنظمة في مجال تكوين المعلمين.
وحضر اللقاء كل من السادة:
ـ يوسف ولد أحمد، الأمين العام لوزارة التربية الوطنية
– محمد ولد سيدي مدير التعليم الثانوي
"""
LEAD_AND_BROKEN_SENTENCE = """RABAT: The Republic of Chad, represented by Ms. Achta Mahamat, Minister of Culture, is taking part in the meetings of the Executive Council of the Organization in Rabat.

The Council is made up of the representatives of the Member States, who examine the reports of the Organization.

The Council holds its ordinary session once in every two

years.

It may also hold an extraordinary session at the request of a third of its members.
"""


@pytest.mark.parametrize(("text", "person", "country"), [
    (LEAD_AND_LIST, "يوسف ولد أحمد", None),
    (LEAD_AND_BROKEN_SENTENCE, "Achta Mahamat", "TCD"),
])
def test_the_only_undated_title_below_a_lead_is_the_lead_s_text(
        text: str, person: str, country: str | None) -> None:
    (article,) = parse_dump(text).articles
    assert article.title_from_text
    found = extract(article)
    assert person in {m.name for m in found if m.kind == "person"}
    assert country is None or country in {m.code for m in found if m.kind == "country"}
