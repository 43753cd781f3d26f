"""Issue 21 (session 21, dates): a photo's credit with the day the photo was taken ("Photo
archive: 15/11/2019, Rabat", "Photo d’archives : …", "صورة أرشيفية: …") dated an article whose
text gave no other date. It dates nothing; a date a sentence gives about a photo stays one."""

from __future__ import annotations

import pytest

from icli.text.dates import find_event_date
from icli.text.parse import parse_dump


@pytest.mark.parametrize(
    "dump",
    ["Ministers of Culture discuss a plan for the region's museums\n\n"
     "The ministers discussed a plan for the museums of the region and the training of their "
     "curators.\n\n"
     "Photo archive: 21/06/2018, Tunis\n",
     "Ministers of Culture discuss a plan for the region's museums\n\n"
     "The ministers discussed a plan for the museums of the region and the training of their "
     "curators.\n\n"
     "Photo: archive, 21/06/2018\n",
     "Les ministres de la Culture examinent un plan pour les musées de la région\n\n"
     "Les ministres ont examiné un plan pour les musées de la région et la formation de leurs "
     "conservateurs.\n\n"
     "Photo d’archives : 21/06/2018, Tunis\n",
     "وزراء الثقافة يبحثون خطة لمتاحف المنطقة\n\n"
     "بحث وزراء الثقافة خطة لتطوير متاحف المنطقة وتدريب العاملين فيها على صيانة المجموعات.\n\n"
     "صورة أرشيفية: 21/06/2018، تونس\n"],
)
def test_a_photo_s_credit_does_not_date_the_article(dump: str) -> None:
    (article,) = parse_dump(dump).articles
    assert article.date is None, (article.date, article.date_source)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("A photo exhibition opened on 21 June 2018 in Tunis.", "2018-06-21"),
     ("The photo, taken on 21 June 2018, shows the ministers in Tunis.", "2018-06-21"),
     ("Une exposition de photos s’est ouverte le 21 juin 2018 à Tunis.", "2018-06-21"),
     ("افتتح معرض للصور يوم 21 يونيو 2018 في تونس.", "2018-06-21"),
     ("The ministers met on 3 March 2026. Photo archive: 21/06/2018, Tunis", "2026-03-03")],
)
def test_a_date_a_sentence_gives_about_a_photo_stays_a_date(text: str, expected: str) -> None:
    found = find_event_date([text])
    assert found is not None and found.isoformat() == expected
