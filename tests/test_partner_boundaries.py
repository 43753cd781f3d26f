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
    assert partners("ar", "زار المدير مؤسسة النور التي يرأس مجلس أمنائها صاحب السمو الأمير سعد.") == [
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


def test_an_acronym_right_after_a_name_is_that_body_s() -> None:
    found = partners("ar", "وقعت الإيسيسكو والمنظمة العربية للتربية والثقافة والعلوم (ألكسو) "
                     "اتفاقية. وقال المدير العام لـ\"ألكسو\" إنها مهمة.")
    assert found == ["المنظمة العربية للتربية والثقافة والعلوم"]
    # named by acronym first (a title), in full with it later: still one body
    assert partners("ar", "\"إيسيسكو\" و\"ألكسو\" توقعان اتفاقية",
                    "وقعت الإيسيسكو والمنظمة العربية للتربية والثقافة والعلوم (ألكسو) اتفاقية.") == [
        "المنظمة العربية للتربية والثقافة والعلوم"]
    assert partners("ar", "وقعت الإيسيسكو ومنظمة الأمم المتحدة للتربية والعلوم والثقافة اليونسكو "
                    "اتفاقية في مقر اليونسكو.") == ["منظمة الأمم المتحدة للتربية والعلوم والثقافة"]
    # a head right before an acronym ("منظمة اليونسكو") only says what the body is: one body,
    # the acronym's
    named = [(m.name, m.code) for m in extract(ParsedArticle(
        title="عنوان للاختبار", body=["وقعت الإيسيسكو ومنظمة اليونسكو اتفاقية.",
                                     "وأكدت اليونسكو دعمها للبرنامج."], language="ar"))
             if m.kind == "partner"]
    assert named == [("منظمة اليونسكو", "UNESCO")]
    assert partners("ar", "وقف المحتجون أمام مقر منظمة اليونسكو.") == []
    # an acronym glued to ل inside a name is part of it
    assert partners("ar", "وقعت الإيسيسكو اتفاقية مع اللجنة الوطنية لليونسكو بجمهورية الكاميرون أمس.") == [
        "اللجنة الوطنية لليونسكو بجمهورية الكاميرون"]


def test_an_arabic_name_ends_at_the_sentence_s_verb() -> None:
    assert partners("ar", "الإيسيسكو وجامعة النيل تبحثان تعزيز التعاون.") == ["جامعة النيل"]
    # "البحث" with its article is a noun of the name, not the verb "بحث"
    assert partners("ar", "وزارة التعليم العالي والبحث العلمي تبحثان مع جامعة النيل سبل التعاون.") == [
        "وزارة التعليم العالي والبحث العلمي", "جامعة النيل"]


def test_a_body_named_again_by_its_head_first_word_and_an_adjective_is_one_partner() -> None:
    assert partners("ar", "وقعت مؤسسة سعيد بن ماجد للتعليم المتميز اتفاقية مع الإيسيسكو.",
                    "ومثل مؤسسة سعيد التعليمية في التوقيع مديرها.") == [
        "مؤسسة سعيد بن ماجد للتعليم المتميز"]
    # two bodies that begin alike: the short name stays its own
    assert partners("ar", "حضر ممثلو جامعة النيل للعلوم وجامعة النيل للآداب وجامعة النيل الأهلية.") == [
        "جامعة النيل للعلوم", "جامعة النيل للآداب", "جامعة النيل الأهلية"]


def test_an_organ_of_another_body_in_french_is_that_body() -> None:
    assert partners("fr", "L’ICESCO a reçu une délégation du Conseil exécutif de l’Union arabe des "
                    "transports (UAT), puis le Conseil exécutif de l’ICESCO a siégé.") == [
        "Union arabe des transports"]


def test_a_french_name_keeps_its_hyphenated_words() -> None:
    assert partners("fr", "Le colloque s’est tenu à l’Institut supérieur des beaux-arts de Tunis.") == [
        "Institut supérieur des beaux-arts de Tunis"]


def test_a_french_name_ends_before_an_elided_infinitive_and_keeps_an_elided_noun() -> None:
    assert partners("fr", "Le forum a chargé l’Agence nationale de la jeunesse d’organiser les ateliers.") == [
        "Agence nationale de la jeunesse"]
    assert partners("fr", "L’ICESCO a remercié la Fondation Horizons du Savoir d’accueillir la réunion.") == [
        "Fondation Horizons du Savoir"]
    assert partners("fr", "La Banque sahélienne d’investissement a parrainé le concours.") == [
        "Banque sahélienne d’investissement"]


def test_a_french_name_ends_before_a_bare_infinitive_or_a_pronoun() -> None:
    # "l’Organisation" alone (the article's own organization) is no partner once the verb is cut
    assert partners("fr", "Le ministre a salué la volonté de l’Organisation de consolider et d’élargir "
                          "ses programmes.") == []
    assert partners("fr", "Le projet élargit l’action de l’Organisation pour nous rassembler.") == []
    assert partners("fr", "Le Conseil régional des sages a tenu à l’Agence sahélienne pour vous "
                          "accueillir une session.") == ["Conseil régional des sages", "Agence sahélienne"]
    # a noun after "de" or "pour" still continues the name, one ending in -er or -ir too
    assert partners("fr", "Il a signé avec l’Institut de recherche pour le développement durable.") == [
        "Institut de recherche pour le développement durable"]
    assert partners("fr", "Il a signé avec la Maison de savoir de Meknès et le Centre de loisir de Sfax.") == [
        "Maison de savoir de Meknès", "Centre de loisir de Sfax"]
    assert partners("fr", "L’ICESCO a signé l’accord avec le Réseau de plaidoyer pour l’école rurale.") == [
        "Réseau de plaidoyer pour l’école rurale"]


def test_one_body_named_three_ways_with_its_country_is_one_partner_and_no_crash() -> None:
    # the short name joins a longer one, then a third form with the short one's key comes
    found = partners("fr", "La Commission nationale émiratie a organisé la réunion. La Commission "
                           "nationale émiratie pour l’éducation, la culture et la science a signé un "
                           "accord. La Commission nationale des Émirats arabes unis a remercié les "
                           "participants.")
    assert found == ["Commission nationale émiratie pour l’éducation, la culture et la science"]
