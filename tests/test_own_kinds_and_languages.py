"""ICESCO's own kinds of body, French and Arabic name boundaries, and lists of languages
(issue 21, session 12): each rule on sentences written for it."""

from __future__ import annotations

from tests.test_partner_country_rules import codes, mentions, partners

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


# --- a proper name alone after a partnership phrase is no partner ------------------------------

def test_places_groups_events_people_and_icesco_after_a_partnership_phrase_are_no_partners() -> None:
    assert partners("en", "The forum was held in partnership with Rabat and Tangier, in "
                          "cooperation with Member States and Arab States, with National "
                          "Commissions and in cooperation with the Organization.") == set()
    assert partners("en", "The course was supported by Artificial Intelligence tools and by the "
                          "Mishkat Programme, supported by Ramadan, in cooperation with Africa, "
                          "with Arabic and French speakers.") == set()
    assert partners("en", "The prize was supported by Ahmed Kamal, a local donor, and sponsored "
                          "by Islamic Heritage Week.") == set()
    assert partners("fr", "Le projet est soutenu par Arabie saoudite, en partenariat avec Bamako "
                          "et en coopération avec Afrique.") == set()


def test_a_group_after_a_partnership_phrase_is_found_by_its_head_once() -> None:
    found = [m for m in mentions("en", "ICESCO held the course in partnership with OCP Group, in "
                                       "collaboration with UNESCO and the Moroccan Ministry of "
                                       "Education.") if m.kind == "partner"]
    assert sorted(m.name for m in found) == sorted([
        "OCP Group", "United Nations Educational, Scientific and Cultural Organization",
        "Moroccan Ministry of Education"])
    assert partners("fr", "L’atelier est tenu en partenariat avec Groupe OCP.") == {"Groupe OCP"}


def test_a_plural_or_feminine_french_word_in_a_list_is_an_adjective_not_a_language() -> None:
    assert codes("fr", "Des chercheurs marocains et arabes ont débattu avec des universités "
                       "tunisiennes et arabes.") == {"MAR", "TUN"}
    assert codes("fr", "Des médias égyptiens, turcs et arabes ont couvert la fête des poètes "
                       "sénégalais et peuls.") == {"EGY", "TUR", "SEN"}
    assert codes("fr", "Le livre a paru en persan et turc.") == set()


def test_north_korean_is_north_korea_and_south_korean_south_korea() -> None:
    assert codes("en", "A North Korean delegation attended.") == {"PRK"}
    assert codes("en", "The North Korean and South Korean ambassadors met.") == {"PRK", "KOR"}


def test_a_centre_followed_by_a_place_or_another_owner_is_not_icesco_s() -> None:
    """A place after a centre of fields only ("… Center in Riyadh", "… في الرياض") or an owner
    other than ICESCO ("التابع للمنظمة العربية …") says it is another's: still a partner."""
    assert partners("en", "ICESCO signed an agreement with the Heritage and Research Center in "
                          "Amman.") == {"Heritage and Research Center"}
    assert partners("en", "ICESCO experts worked at the Translation and Publishing Center "
                          "all week.") == set()
    assert partners("ar", "وقعت الإيسيسكو اتفاقية مع مركز الدراسات والبحوث في عمان.") == {
        "مركز الدراسات والبحوث"}
    assert partners("ar", "وأعد مركز الترجمة والنشر في الإيسيسكو الدليل.") == set()
    assert partners("ar", "وشارك مركز عمان للمخطوطات التابع للمنظمة العربية للتربية والثقافة "
                          "والعلوم في اللقاء مع الإيسيسكو.") != set()


def test_a_person_before_a_bracketed_short_name_is_no_body() -> None:
    """"Israel Chemicals (ICL Group)": the name before the bracket is the body when its initials
    begin the acronym; "Karim Tazi (OCP Group)" names a person and his company."""
    assert "Karim Tazi" not in partners("fr", "Le panel réunissait Karim Tazi (OCP Group) et "
                                              "des chercheurs.")


def test_a_list_of_languages_after_into_followed_by_a_verb_is_still_languages() -> None:
    assert codes("en", "Versions in Bosnian and Albanian were shown at the fair.") == set()
    assert codes("en", "They hosted students from Albanian universities.") == {"ALB"}


def test_an_arabic_list_of_languages_after_a_language_word_is_languages_throughout() -> None:
    """"باللغات العربية والفرنسية والتركية": every item of the list is a language; a country
    named after it still counts."""
    assert codes("ar", "صدر الدليل باللغات العربية والإنجليزية والتركية.") == set()
    assert codes("ar", "صدر الدليل باللغتين العربية والتركية، وشاركت المغرب في إعداده.") == {"MAR"}
