"""Versions published days after the event they report: the event days their texts state
(icli/extract/version_days.py), and the look-alikes that must stay apart."""

from __future__ import annotations

import datetime as dt
from typing import Any

from icli.extract import stated_numbers, version_days, versions
from icli.extract.version_days import Dated, event_day

# Three versions of one invented item: an Arabic listing without a date line (dated by the event
# its text gives), English and French pages dated by their publication line five days later,
# the English one stating the event's days.
AR_TEXT = ("عقدت الإيسيسكو يومي 3 و4 مارس 2026 في نواكشوط ورشة إقليمية حول التعليم الرقمي "
           "بمشاركة 45 معلما من موريتانيا ومالي والسنغال")
EN_TEXT = ("ICESCO held a regional workshop on digital education on 3–4 March 2026 in "
           "Nouakchott for 45 teachers from Mauritania, Mali and Senegal")
FR_TEXT = ("L’ICESCO a organisé à Nouakchott un atelier régional sur l’éducation numérique pour "
           "45 enseignants de Mauritanie, du Mali et du Sénégal")
SAHEL = frozenset({"MRT", "MLI", "SEN"})


def _dated(date: str, text: str) -> Dated:
    numbers, _ = stated_numbers.numbers_and_editions(text, date)
    return Dated(dt.date.fromisoformat(date).toordinal(), numbers, text)


def _day(date: str) -> int:
    return dt.date.fromisoformat(date).toordinal()


def _story(story_id: int, language: str, date: str, **features: Any) -> versions.Story:
    return versions.Story(story_id, language, date, features.pop("title", "t"),
                          features.pop("text", ""), **features)


def test_a_version_published_later_names_the_event_day_the_other_is_dated_by() -> None:
    listing = _dated("2026-03-03", AR_TEXT)
    assert event_day(listing, _dated("2026-03-08", EN_TEXT)) == _day("2026-03-03")
    assert event_day(_dated("2026-03-08", EN_TEXT), listing) == _day("2026-03-03")
    # Up to LATE_DAYS after it; not later, and not when the later text states no day.
    assert event_day(listing, _dated("2026-03-10", EN_TEXT)) == _day("2026-03-03")
    assert version_days.LATE_DAYS == 7
    assert event_day(listing, _dated("2026-03-11", EN_TEXT)) is None
    assert event_day(listing, _dated("2026-03-08", FR_TEXT)) is None
    # Both published later, on different days, naming the same event day.
    assert event_day(_dated("2026-03-09", EN_TEXT), _dated("2026-03-06", FR_TEXT + (
        ", le 3 mars 2026"))) == _day("2026-03-03")
    # Another day: two events.
    assert event_day(listing, _dated("2026-03-08", EN_TEXT.replace("3–4", "5–6"))) is None


def test_a_text_stating_a_later_day_the_other_does_not_name_is_another_event() -> None:
    """The close of a forum, dated five days after its opening and stating both the opening
    day and the closing day, is not the opening's version; stating the opening day alone, it
    is a candidate (its title's act then tells it apart, below)."""
    opening = _dated("2026-07-08", "Le forum s’est ouvert le mercredi 8 juillet 2026 à Dakar")
    closing = "The forum, which opened on 8 July 2026 in Dakar, ended on 10 July 2026"
    assert event_day(opening, _dated("2026-07-13", closing)) is None
    assert event_day(opening, _dated("2026-07-13", "The forum, opened on 8 July 2026 in Dakar")) \
        == _day("2026-07-08")


def test_the_linker_joins_a_version_published_days_later() -> None:
    common = {"countries": SAHEL}
    ar = _story(1, "ar", "2026-03-03", text=AR_TEXT, **common)
    en = _story(2, "en", "2026-03-08", text=EN_TEXT, **common)
    fr = _story(3, "fr", "2026-03-08", text=FR_TEXT, **common)
    assert versions.links([ar, en, fr]) == {(1, 2), (2, 3)}
    assert versions.items(versions.links([ar, en, fr])) == {1: 1, 2: 1, 3: 1}
    pa, pb = versions.profile(ar), versions.profile(en)
    assert pa is not None and pb is not None
    assert versions.shared(pa, pb)["same day"] == ["2026-03-03"]
    # The French page alone states no day: five days from the listing, no candidate.
    assert versions.links([ar, fr]) == set()


def test_look_alikes_published_days_apart_stay_apart() -> None:
    common = {"countries": SAHEL}
    ar = _story(1, "ar", "2026-03-03", text=AR_TEXT, **common)
    # The same committee's other edition, a late page stating the event's day.
    session = _story(1, "ar", "2026-03-03", text="الدورة الرابعة عشرة " + AR_TEXT, **common)
    other = _story(2, "en", "2026-03-08", text="The 15th session " + EN_TEXT, **common)
    assert versions.links([session, other]) == set()
    # The same partner a year later.
    assert versions.links([ar, _story(2, "en", "2027-03-08", text=EN_TEXT.replace(
        "2026", "2027"), **common)]) == set()
    # Opening and closing: the close states a day the opening does not name ...
    opening = _story(1, "fr", "2026-07-08", title="Ouverture à Dakar du Forum des jeunes",
                     text="Le forum s’est ouvert le mercredi 8 juillet 2026 à Dakar, avec 200 "
                          "jeunes de 25 pays", **common)
    closing = _story(2, "en", "2026-07-13", title="Dakar Youth Forum Adopts 12 Proposals",
                     text="The forum, which opened on 8 July 2026 in Dakar with 200 young people "
                          "from 25 countries, ended on 10 July 2026", **common)
    assert versions.links([opening, closing]) == set()
    assert versions.links([opening, closing._replace(text=closing.text.replace(
        ", ended on 10 July 2026", ""))]) == {(1, 2)}
    # ... or names the closing in its title, when it states the opening day alone.
    assert versions.links([opening, closing._replace(
        title="Dakar Youth Forum Concludes", text=closing.text.replace(
            ", ended on 10 July 2026", ""))]) == set()
