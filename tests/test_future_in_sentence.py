"""Issue 21 (session 19, event dates): a coming event never dates the article, in the three
languages. The verb in the future is looked for in the date's whole sentence, so a body's name
with commas between it and the date ("the Forum of Arts, Crafts, and Heritage") no longer hides
it; "tomorrow", "demain", "غدا" before the date mark a coming event too. A past verb after the
future one ("said", "a annoncé") keeps the date."""

from __future__ import annotations

import pytest

from icli.text.dates import find_event_date


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Tunisia will host the fifth Forum of Arts, Crafts, and Heritage of the Organization "
          "(ICESCO) on 10-11 May 2026 under the patronage of the Prime Minister."], None),
        (["Le Sénégal accueillera le cinquième Forum des Arts, de l’Artisanat et du Patrimoine "
          "(ICESCO), les 10 et 11 mai 2026, avec la participation de 30 États."], None),
        (["The forum opens tomorrow, Sunday, 10 May 2026, in Dakar."], None),
        (["Le forum s’ouvre demain, dimanche 10 mai 2026, à Dakar."], None),
        (["ويعقد الاجتماع غدا الأحد (10 مايو 2026) في مقر الجامعة."], None),
        (["ويفتتح المنتدى غدًا يوم 10 مايو 2026 في داكار."], None),
        # the coming event aside, the article's own date is kept
        (["Tunisia will host the fifth Forum of Arts, Crafts, and Heritage on 10 May 2026.",
          "The preparatory committee met in Tunis on 2 March 2026."], "2026-03-02"),
        # a past verb after the future one: the sentence tells a past act
        (["ICESCO will continue its support, the Director General said at the forum in Rabat "
          "on 4 May 2026."], "2026-05-04"),
        (["L’ICESCO poursuivra son soutien, a annoncé le Directeur général lors du forum à "
          "Rabat le 4 mai 2026."], "2026-05-04"),
        # a future verb in an earlier sentence says nothing of this one's date
        (["ICESCO will publish the report. The forum was held in Rabat on 4 May 2026."],
         "2026-05-04"),
    ],
)
def test_a_coming_event_never_dates_the_article(paragraphs: list[str], expected: str | None) -> None:
    date = find_event_date(paragraphs)
    assert (date.isoformat() if date else None) == expected
