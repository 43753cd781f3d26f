"""Issue 21 (session 22, dates). A dateline without a year opening the text ("Rabat, May 03 -
…"), under a page's date line above the title (a blog's day of publication), is the day the news
was filed, in that date line's year; a date line under the title stays the article's date. An
Arabic sentence opening with a verb of holding in the present ("تعقد الإيسيسكو … يوم …")
announces its event: that day is no event date, unless the sentence says it is today."""

from __future__ import annotations

import pytest

from icli.text.dates import find_event_date
from icli.text.parse import parse_dump

_EN = ("The festival of Arabic calligraphy opened here Wednesday with an exhibition of works by "
       "forty artists from the member states.\n\nThe exhibition runs for a week.\n")


@pytest.mark.parametrize(
    ("dump", "expected"),
    [(f"Sunday, June 14, 2026\n\nCalligraphy Festival Opens in Rabat\n\nRabat, May 03 - {_EN}",
      "2026-05-03"),
     (f"Saturday, January 10, 2026\n\nCalligraphy Festival Opens in Rabat\n\n"
      f"Rabat, December 28 - {_EN}", "2025-12-28"),
     (f"June 14, 2026\n\nCalligraphy Festival Opens in Rabat\n\nRABAT May 3 (PNA): {_EN}",
      "2026-05-03"),
     ("dimanche 14 juin 2026\n\nLe festival de calligraphie s’ouvre à Dakar\n\n"
      "Dakar, 3 mai (APS) – Le festival de calligraphie arabe s’est ouvert samedi avec une "
      "exposition d’œuvres de quarante artistes.\n", "2026-05-03"),
     ("الأحد 14 يونيو 2026\n\nافتتاح مهرجان الخط العربي في الرباط\n\n"
      "الرباط، 3 مايو (واس) - افتتح مهرجان الخط العربي بمعرض لأعمال أربعين فنانا من الدول "
      "الأعضاء.\n", "2026-05-03"),
     # a yearless day after the date line's: an announced day, never the year before's
     ("Monday, December 7, 2026\n\nCulture Ministers to Meet in Rabat\n\n"
      "Rabat, December 15 - ICESCO will hold a meeting of culture ministers at its seat.\n",
      "2026-12-07"),
     ("Publié le 1 décembre 2026\n\nL'ICESCO tiendra un forum à Tunis\n\n"
      "Tunis, 14 décembre - L'ICESCO tiendra un forum des jeunes chercheurs.\n", "2026-12-01"),
     (f"June 14, 2026\n\nCalligraphy Festival Opens in Rabat\n\nRabat, October 3 - {_EN}",
      "2026-06-14"),
     # the neighbours: a date line under the title is the article's; no date line, no year
     (f"Calligraphy Festival Opens in Rabat\nJune 14, 2026\n\nRabat, May 03 - {_EN}",
      "2026-06-14"),
     (f"Calligraphy Festival Opens in Rabat\n\nRabat, May 03 - {_EN}", None),
     (f"Sunday, June 14, 2026\n\nCalligraphy Festival Opens in Rabat\n\n{_EN}", "2026-06-14")],
)
def test_a_yearless_dateline_takes_the_year_of_the_page_s_date(dump: str, expected: str) -> None:
    (article,) = parse_dump(dump).articles
    assert article.date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("تعقد الإيسيسكو اجتماعا لخبراء التعليم يوم 14 يونيو 2026 بمقرها في الرباط.", None),
     ("يعقد المؤتمر العام دورته الثالثة عشرة في باكو، يومي 26 و27 نوفمبر 2026، بحضور الوزراء.",
      None),
     ("وتنظم المنظمة ندوة حول التراث يوم 14 يونيو 2026 في تونس.", None),
     # the neighbours: today, the past, a noun of the same root
     ("تنظم الإيسيسكو اليوم الأحد 14 يونيو 2026 ندوة حول التراث في تونس.", "2026-06-14"),
     ("عقدت الإيسيسكو اجتماعا لخبراء التعليم يوم 14 يونيو 2026 بمقرها في الرباط.",
      "2026-06-14"),
     ("تنظيم الندوة يوم 14 يونيو 2026 جاء بالتعاون مع الجامعة.", "2026-06-14"),
     ("اختتمت الدورة يوم 14 يونيو 2026. تعقد الإيسيسكو دورات أخرى في العام المقبل.",
      "2026-06-14")],
)
def test_an_arabic_present_of_holding_announces_its_event(text: str, expected: str) -> None:
    found = find_event_date([text])
    assert (found.isoformat() if found else None) == expected
