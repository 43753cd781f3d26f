"""Partners in Arabic and French (issue 21): where a body's name ends, ICESCO under a loosely
spelt name and its organs, and fragments of a sentence that are no body; each rule on sentences
written for it."""

from __future__ import annotations

from icli.extract.article import extract
from icli.text.parse import ParsedArticle


def partners(language: str, *paragraphs: str) -> list[str]:
    article = ParsedArticle(title="عنوان للاختبار" if language == "ar" else "Un titre pour le test",
                            body=list(paragraphs), language=language)
    return [m.name for m in extract(article) if m.kind == "partner"]


def test_a_body_named_after_a_person_keeps_the_person_s_name() -> None:
    assert partners("ar", "زار الوفد جامعة الأمير فهد في الصباح.") == ["جامعة الأمير فهد"]
    assert partners("ar", "وقعت الإيسيسكو اتفاقية مع مؤسسة خالد بن سعيد آل نعمان الخيرية أمس.") == [
        "مؤسسة خالد بن سعيد آل نعمان الخيرية"]
    assert partners("ar", "وقعت الإيسيسكو مع مؤسسة سعيد بن ماجد للتعليم المتميز اتفاقية.") == [
        "مؤسسة سعيد بن ماجد للتعليم المتميز"]
    # a person named after a body, then a role: the body's name ends before the person
    assert partners("ar", "حضر عن المجلس الأعلى للشباب سعيد بن ماجد المدير العام للمجلس.") == [
        "المجلس الأعلى للشباب"]


def test_an_arabic_name_ends_before_its_place_a_title_and_a_pronoun() -> None:
    assert partners("ar", "عقد الاجتماع في مقر وزارة الشباب والرياضة بمدينة تونس اليوم.") == [
        "وزارة الشباب والرياضة"]
    assert partners("ar", "استقبلت الإيسيسكو وفد الجامعة الوطنية للفنون بالمملكة المغربية.") == [
        "الجامعة الوطنية للفنون"]
    # a state's own body keeps its country
    assert partners("ar", "وقعت الإيسيسكو اتفاقية مع اللجنة الوطنية للتربية والعلوم والثقافة "
                    "بجمهورية السنغال أمس.") == [
        "اللجنة الوطنية للتربية والعلوم والثقافة بجمهورية السنغال"]
    assert partners("ar", "وقع عن الاتحاد الرياضي العربي الدكتورسامي حسن الاتفاقية.") == [
        "الاتحاد الرياضي العربي"]
    assert partners("ar", "شكر المدير مؤسسة النور التي يرأس مجلس أمنائها صاحب السمو الأمير سعد.") == [
        "مؤسسة النور"]


def test_icesco_loosely_spelt_its_organs_and_its_description_are_no_partner() -> None:
    assert partners("ar", "استضافت المنظمة العالمية الإسلامية للتربية والعلوم والثقافة الوفد.") == []
    assert partners("ar", "وقعت المنظمة الإسلامية للتربية والعلوم والثقافية اتفاقية مع جامعة النهرين.") == [
        "جامعة النهرين"]
    assert partners("ar", "حضر الاجتماع مدير أمانة المجلس التنفيذي والمؤتمر العام بالمنظمة.") == []
    assert partners("ar", "وأكد المدير دعم أهداف المنظمة التعليمية في الدول الأعضاء.") == []
    assert partners("ar", "جددت المنظمة التزامها بالحقوق الثقافية للشعوب.") == []
    assert partners("fr", "Dr Karim Nour, Directeur général de l’Organisation du Monde Islamique pour "
                    "L’Éducation, les Sciences et la Culture (ICESCO), a reçu une délégation de "
                    "l’Organisation arabe des sports scolaires (OASS).") == [
        "Organisation arabe des sports scolaires"]
