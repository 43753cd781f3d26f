"""Arabic bodies named only in a minister's or a head of government's role (ruling (a) of
session 22, issue 21): the person comes as minister, so a further title's body or the
portfolio's office is no partner; the same body acting elsewhere, and a body in another
official's role, stay partners. Sentences written for the test."""

from __future__ import annotations

from icli.extract.article import extract
from icli.text.parse import ParsedArticle


def mentions(*paragraphs: str) -> list:
    return extract(ParsedArticle(title="عنوان للاختبار", body=list(paragraphs), language="ar"))


def partners(*paragraphs: str) -> set[str]:
    return {m.name for m in mentions(*paragraphs) if m.kind == "partner"}


def roles(*paragraphs: str) -> set[str]:
    return {m.role for m in mentions(*paragraphs) if m.kind == "person" and m.role}


_FURTHER_TITLE = ("وحضر اللقاء السيد كريم بلحاج، وزير التربية والتعليم رئيس اللجنة الوطنية "
                  "المالية للتربية والعلوم والثقافة، والسيد يوسف الداودي، مدير جامعة نواكشوط العصرية.")


def test_a_body_in_a_minister_s_further_title_is_no_partner() -> None:
    assert any("رئيس اللجنة الوطنية المالية" in role for role in roles(_FURTHER_TITLE))
    assert partners(_FURTHER_TITLE) == {"جامعة نواكشوط العصرية"}


def test_the_office_in_a_minister_s_portfolio_is_no_partner() -> None:
    text = ("وشارك في الحفل السيد عمر الفاضل، وزير إدارة ديوان رئيس الجمهورية، "
            "والسيدة سلمى النور، مديرة المعهد الوطني للتراث.")
    assert partners(text) == {"المعهد الوطني للتراث"}


def test_a_body_in_a_head_of_government_s_title_is_no_partner() -> None:
    text = ("وحضر الافتتاح السيد حامد العلوي، رئيس مجلس الوزراء في الجمهورية، "
            "والسيدة سلمى النور، مديرة المعهد الوطني للتراث.")
    assert partners(text) == {"المعهد الوطني للتراث"}


def test_the_body_acting_elsewhere_stays_a_partner() -> None:
    assert "اللجنة الوطنية المالية للتربية والعلوم والثقافة" in partners(
        _FURTHER_TITLE, "ووقعت الإيسيسكو واللجنة الوطنية المالية للتربية والعلوم والثقافة اتفاقية تعاون.")


def test_a_body_in_another_official_s_role_stays_a_partner() -> None:
    text = ("وحضر اللقاء السيد كريم بلحاج، الأمين العام للجنة الوطنية المالية للتربية والعلوم "
            "والثقافة، والسيد يوسف الداودي، مدير جامعة نواكشوط العصرية.")
    assert partners(text) == {"اللجنة الوطنية المالية للتربية والعلوم والثقافة", "جامعة نواكشوط العصرية"}
