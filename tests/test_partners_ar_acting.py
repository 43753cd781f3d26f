"""An Arabic body is a partner only where some sentence naming it shows it acting (issue 21):
organizing, hosting, signing, taking part, visiting, meeting, speaking; a body named in passing
is none. Each on sentences written for the test."""

from __future__ import annotations

from icli.extract.article import extract
from icli.text.parse import ParsedArticle


def partners(*paragraphs: str) -> set[str]:
    article = ParsedArticle(title="عنوان للاختبار", body=list(paragraphs), language="ar")
    return {m.name for m in extract(article) if m.kind == "partner"}


def test_a_body_acting_in_a_sentence_naming_it_is_a_partner() -> None:
    assert partners("نظمت جامعة الواحة الدولية ندوة عن التراث أمس.") == {"جامعة الواحة الدولية"}
    assert partners("وقعت الإيسيسكو مذكرة تفاهم مع مؤسسة السنابل للتنمية.") == {
        "مؤسسة السنابل للتنمية"}
    assert partners("وأكد رئيس مؤسسة السنابل للتنمية أهمية البرنامج.") == {"مؤسسة السنابل للتنمية"}


def test_a_body_named_in_passing_is_none() -> None:
    assert partners("تأسست جامعة الواحة الدولية قبل ثلاثين عاما في مدينة ساحلية.") == set()


def test_one_acting_sentence_is_enough_and_a_glued_preposition_still_names_the_body() -> None:
    assert partners("تأسست جامعة الواحة الدولية قبل ثلاثين عاما.",
                    "وشارك وفد لجامعة الواحة الدولية في المؤتمر.") == {"جامعة الواحة الدولية"}


def test_a_body_named_right_after_with_is_the_counterpart_of_the_act() -> None:
    assert partners("أعد المركز دليلا جديدا مع جامعة الواحة الدولية.") == {"جامعة الواحة الدولية"}
    assert partners("وعمل الفريق ومع الجمعية الخضراء للبيئة على الدليل.") == {
        "الجمعية الخضراء للبيئة"}


def test_an_act_word_counts_with_glued_letters_before_it_and_not_inside_another_word() -> None:
    assert partners("وبرعاية مؤسسة السنابل للتنمية صدر الدليل.") == {"مؤسسة السنابل للتنمية"}
    # "منظمة" holds "نظم" after a letter that is no glued prefix: no act
    assert partners("تأسست منظمة الواحة الدولية قبل ثلاثين عاما.") == set()


def test_a_body_named_right_after_the_seat_of_is_the_venue() -> None:
    assert partners("وتستمر أعمال الدورة خمسة أيام بمقر المجلس الأعلى للفنون بالقاهرة.") == {
        "المجلس الأعلى للفنون بالقاهرة"}
    assert partners("وجرت المباحثات في مقر جامعة الواحة الدولية.") == {"جامعة الواحة الدولية"}
    # its seat told after the name ("ومقرها"): still named in passing
    assert partners("تأسست جامعة الواحة الدولية قبل ثلاثين عاما ومقرها في مدينة ساحلية.") == set()


def test_a_body_whose_seat_is_only_near_or_facing_the_place_is_none() -> None:
    # the event is held at the seat ("إلى مقر", "من مقر"): the body is the venue
    assert partners("وانطلقت القافلة من مقر جامعة الواحة الدولية صباحا.") == {"جامعة الواحة الدولية"}
    assert partners("ووصل الوفد إلى مقر جامعة الواحة الدولية.") == {"جامعة الواحة الدولية"}
    # a place near or facing the seat ("قرب", "أمام", "بجوار", "مقابل"): named in passing
    for near in ("قرب", "أمام", "بجوار", "مقابل"):
        assert partners(f"وتقع قاعة العرض {near} مقر جامعة الواحة الدولية.") == set(), near
