"""ICESCO's own kinds of body, French and Arabic name boundaries, and lists of languages
(issue 21, session 12): each rule on sentences written for it."""

from __future__ import annotations

from icli.extract.article import extract
from icli.text.parse import ParsedArticle


def mentions(language: str, *paragraphs: str) -> list:
    return extract(ParsedArticle(title="A Title Line For The Test", body=list(paragraphs),
                                 language=language))


def partners(language: str, *paragraphs: str) -> set[str]:
    return {m.name for m in mentions(language, *paragraphs) if m.kind == "partner"}


def codes(language: str, *paragraphs: str) -> set[str]:
    return {m.code for m in mentions(language, *paragraphs) if m.kind == "country"}


# --- partner.*.own-kind: a centre with no proper name in an article naming ICESCO -----------

def test_a_french_centre_with_no_proper_name_is_icesco_s_own() -> None:
    assert partners("fr", "L’ICESCO a lancé un guide. Le Centre de traduction et de publication "
                          "en a préparé l’édition, et le Centre de la langue arabe l’a relu.") == set()


def test_a_french_centre_that_says_whose_it_is_stays_a_partner() -> None:
    found = partners("fr", "L’ICESCO a signé un accord avec le Centre des médias de Bakou, le "
                           "Centre international des conférences, le Centre africain de formation "
                           "(CAFRAD) et le Centre national de recherche du Niger.")
    assert found == {"Centre des médias de Bakou", "Centre international des conférences",
                     "Centre africain de formation", "Centre national de recherche du Niger"}


def test_with_no_icesco_in_the_text_a_centre_is_another_body_s() -> None:
    assert partners("fr", "L’université a signé un accord avec le Centre de traduction et de "
                          "publication.") == {"Centre de traduction et de publication"}


def test_an_arabic_centre_in_construct_with_common_words_is_icesco_s_own() -> None:
    assert partners("ar", "أعلنت الإيسيسكو أن مركز الترجمة والنشر أصدر كتابا، وحضر اللقاء خبير "
                          "من ديوان المدير العام.") == set()


def test_an_arabic_centre_with_a_proper_name_or_an_adjective_is_a_partner() -> None:
    found = partners("ar", "وقعت الإيسيسكو اتفاقية مع المركز الوطني للبحث العلمي، ومع مركز "
                           "الملك فيصل للبحوث والدراسات الإسلامية.")
    assert found == {"المركز الوطني للبحث العلمي", "مركز الملك فيصل للبحوث والدراسات الإسلامية"}


def test_an_english_centre_of_fields_only_is_icesco_s_own() -> None:
    assert partners("en", "ICESCO published the book, which the Translation and Publishing Center "
                          "prepared with the Oxford Center for Islamic Studies.") == {
        "Oxford Center for Islamic Studies"}


def test_icesco_named_only_as_whom_a_commission_serves_makes_no_centre_its_own() -> None:
    assert partners("en", "The Heritage Research Centre and the Kazakh National Commission for "
                          "UNESCO and ICESCO signed an agreement.") == {
        "Heritage Research Centre", "Kazakh National Commission for UNESCO and ICESCO"}


def test_a_unit_said_to_be_icesco_s_once_is_its_own_everywhere() -> None:
    assert partners("ar", "أصدر مركز الملك للمخطوطات التابع للإيسيسكو دليلا. وقال مركز الملك "
                          "للمخطوطات إن الدليل متاح.") == set()
    assert partners("fr", "Le Centre Ibn Khaldoun de l’ICESCO a publié un guide. Le Centre Ibn "
                          "Khaldoun l’a présenté à Rabat.") == set()


# --- French and Arabic name boundaries ---------------------------------------------------------

def test_a_french_name_ends_before_d_avoir_and_after_an_acronym() -> None:
    assert partners("fr", "L’Organisation est fière d’avoir reçu le prix. Le Groupe OCP et Israel "
                          "Chemicals (ICL Group) ont signé un accord.") == {
        "Groupe OCP", "Israel Chemicals"}


def test_a_group_of_a_known_acronym_is_that_body() -> None:
    found = [m for m in mentions("fr", "Le Groupe de la BID a financé le projet.") if m.kind == "partner"]
    assert [(m.code, m.alias) for m in found] == [("BID", "BID")]


def test_an_arabic_name_ends_at_and_with_a_known_acronym() -> None:
    assert partners("ar", "وقع مركز الملك فيصل والألكسو مذكرة تفاهم.") == {
        "مركز الملك فيصل", "الألكسو"}


# --- country.*.language-list --------------------------------------------------------------------

def test_a_list_with_a_language_names_languages_not_countries() -> None:
    assert codes("en", "ICESCO adopted Arabic, English, and French as its working languages.") == set()
    assert codes("en", "For the book, Turkish and Persian are the languages after Arabic.") == set()
    assert codes("en", "Saudi and Emirati delegations attended.") == {"SAU", "ARE"}


def test_a_french_list_opened_by_a_language_word_names_languages() -> None:
    assert codes("fr", "Le livre a paru en langues bosniaque, russe et albanaise, puis en "
                       "ourdou, kazakh et macédonien.") == set()
    assert codes("fr", "L’ambassadeur russe et le ministre kazakh étaient présents, ainsi que "
                       "le chercheur israélien.") == {"RUS", "KAZ", "ISR"}


# --- partner.*.headless: a proper name alone after a partnership phrase ----------------------

def test_a_body_with_no_head_word_after_a_partnership_phrase_is_a_partner() -> None:
    assert partners("fr", "L’ICESCO a tenu l’atelier en partenariat avec Google et Microsoft.") == {
        "Google", "Microsoft"}
    assert partners("en", "ICESCO held the course in partnership with Google, Microsoft and the "
                          "Moroccan Ministry of Education.") == {
        "Google", "Microsoft", "Moroccan Ministry of Education"}


def test_after_a_partnership_phrase_a_country_a_person_or_a_headed_name_is_no_headless_body() -> None:
    assert partners("en", "The forum was held in cooperation with Morocco, in partnership with "
                          "Dr. Ahmed Ali and in collaboration with the Media Development Center "
                          "of the News Agency.") == {"Media Development Center of the News Agency"}
