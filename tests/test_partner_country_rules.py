"""Partners and countries on real-page shapes (issue 21): each rule on sentences written for it."""

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


def rules(language: str, *paragraphs: str) -> dict[str, str]:
    return {m.code: m.rule for m in mentions(language, *paragraphs) if m.kind == "country"}


# --- partners ----------------------------------------------------------------------------------

def test_a_unit_that_does_not_say_whose_it_is_is_the_publisher_s_own() -> None:
    assert partners("en", "The Directorate of Science, the Department of Finance and the Audit "
                          "Committee for the Budget Year 2016 met the Center of Planning and "
                          "Documentation on Monday.") == set()
    assert partners("fr", "La Direction de l’Éducation et le Département de la Culture ont "
                          "préparé la réunion.") == set()


def test_a_unit_naming_its_country_is_a_partner() -> None:
    assert partners("en", "The visit was organized with the Directorate of Antiquities of Jordan "
                          "and the Royal Society of Tunisia.") == {
        "Directorate of Antiquities of Jordan", "Royal Society of Tunisia"}


def test_an_office_of_a_named_body_folds_into_that_body() -> None:
    found = {m.code or m.name for m in mentions(
        "fr", "Le Secteur de l’éducation a reçu le Bureau sous-régional du PNUD pour le Sahel.")
        if m.kind == "partner"}
    assert found == {"PNUD"}


def test_a_head_of_mission_s_title_alone_makes_no_partner() -> None:
    found = mentions("en", "Ms Hana Idris, Chargé d’affaires of the Sudanese Embassy in Rabat, "
                           "and Mr Tarek Omar, Minister of Culture of Egypt, attended the opening.")
    assert {m.name for m in found if m.kind == "partner"} == set()
    assert {m.code for m in found if m.kind == "country"} == {"SDN", "EGY"}
    assert partners("en", "The Embassy of Malaysia in Rabat organized the reception with "
                          "ICESCO.") == {"Embassy of Malaysia"}


def test_an_official_taking_part_for_a_ministry_makes_it_a_partner() -> None:
    assert partners("en", "Mr Arman Seitov, Head of the Department of Treaties at the Ministry "
                          "of Foreign Affairs of Uzbekistan, took part.") == {
        "Ministry of Foreign Affairs of Uzbekistan"}


def test_icesco_and_a_body_joined_by_and_give_the_body() -> None:
    assert partners("en", "ICESCO and Qassim University in Buraidah signed a memorandum on "
                          "Sunday.") == {"Qassim University"}


def test_a_weekday_or_a_month_ends_an_organization_s_name() -> None:
    assert partners("en", "The Ministry of Culture of Jordan on Wednesday opened the season.") == {
        "Ministry of Culture of Jordan"}


def test_a_unit_and_a_national_commission_joined_by_and_are_two_partners() -> None:
    assert partners("en", "It was held with Tashkent State University and Uzbekistan’s National "
                          "Commission for Education, Science and Culture, to train teachers.") == {
        "Tashkent State University",
        "Uzbekistan’s National Commission for Education, Science and Culture"}


def test_french_names_end_at_a_clause_and_need_a_capital() -> None:
    assert partners("fr", "Des entretiens auront lieu entre l’Organisation et le Niger et "
                          "porteront sur l’organisation de stages et d’ateliers communs.") == set()
    assert partners("fr", "Il a visité le centre de formation des jeunes cadres et l’Université "
                          "Abdou Moumouni.") == {"Université Abdou Moumouni"}
    assert partners("fr", "Les chefs de centre de l’Organisation ont assisté à la séance.") == set()


def test_a_french_commission_serving_several_bodies_is_one_partner() -> None:
    found = mentions("fr", "L’atelier s’est tenu avec la Commission nationale gabonaise pour "
                           "l’UNESCO, l’ICESCO et l’ALECSO.")
    assert {m.name for m in found if m.kind == "partner"} == {
        "Commission nationale gabonaise pour l’UNESCO, l’ICESCO et l’ALECSO"}


# --- countries ---------------------------------------------------------------------------------

def test_a_country_an_organization_s_name_gives_with_of_or_a_state_word() -> None:
    assert codes("en", "A delegation of the Ministry of Higher Education of the Kyrgyz Republic "
                       "visited the Iraqi Ministry of Culture.") == {"KGZ", "IRQ"}
    assert rules("en", "The Embassy of Chad hosted the talks.") == {"TCD": "country.en.in-organization"}
    assert codes("fr", "Une délégation de l’ambassade du Tchad a visité le ministère marocain de "
                       "la Culture.") == {"TCD", "MAR"}
    assert codes("ar", "زار وفد من جامعة بيشاور الباكستانية مقر المنظمة.") == {"PAK"}


def test_a_country_word_fused_into_a_proper_name_gives_no_country() -> None:
    assert codes("en", "The Qatar Foundation for Education and Bahrain Petroleum sponsored the "
                       "prize.") == set()


def test_a_national_commission_s_demonym_names_its_state() -> None:
    # The state's own body, as "Moroccan Ministry" (the contract); Arabic: see test_ar_grammar.py
    assert codes("en", "The Malian National Commission for Education took part.") == {"MLI"}
    assert codes("en", "The National Commission of the Republic of Benin took part.") == {"BEN"}
    assert codes("fr", "La Commission nationale béninoise pour l’UNESCO a pris part.") == {"BEN"}
    # A country word that starts a name is still the name's ("Kuwait Airways").
    assert codes("en", "The Kuwait National Airways Commission took part.") == set()


def test_languages_and_currencies_are_not_countries() -> None:
    assert codes("en", "The guide was translated into Turkish, Persian and French, with a grant "
                       "of US$ 20,000 and 5,000 Saudi riyals.") == set()
    assert codes("en", "The guide was translated into Turkish for Turkish universities.") == {"TUR"}
    assert codes("fr", "Le guide existe dans sa version turque.") == set()
    assert codes("ar", "ترجم الدليل إلى اللغة التركية وصدر باللغة الفارسية.") == set()


def test_arabic_and_glued_to_a_country_and_a_two_letter_word() -> None:
    assert codes("ar", "زار الوفد الأردن وتونس ومصر أو غيرها من الدول.") == {"JOR", "TUN", "EGY"}


def test_one_body_named_with_and_without_the_is_one_partner() -> None:
    found = mentions("en", "The Organisation of the Islamic Cooperation opened the forum, and the "
                           "Organization of Islamic Cooperation closed it.")
    assert [m.code for m in found if m.kind == "partner"] == ["OIC"]


def test_an_arabic_name_ends_at_a_person_s_title_and_icesco_s_own_centres_are_not_partners() -> None:
    assert partners("ar", "شارك المدير العام للمنظمة الدكتور خالد يوسف في المائدة المستديرة.") == set()
    assert partners("ar", "أعد مركز التراث في العالم الإسلامي دليلا جديدا مع جامعة نواكشوط.") == {
        "جامعة نواكشوط"}


def test_a_body_whose_head_takes_part_is_a_partner_a_ministry_in_a_title_is_not() -> None:
    assert partners("ar", "التقى المدير العام السيد جون براون، المدير التنفيذي لمعهد أوكسفورد "
                          "البريطاني للدراسات، في الرباط.") == {"معهد أوكسفورد البريطاني للدراسات"}
    assert partners("ar", "التقى المدير العام الدكتور سامي علي، وزير التربية رئيس اللجنة الوطنية "
                          "اليمنية للتربية والثقافة والعلوم.") == set()


def test_countries_outside_the_oic_by_their_french_and_arabic_adjectives() -> None:
    assert codes("fr", "L’ambassadeur japonais et des experts allemands ont visité Rabat.") == {
        "JPN", "DEU"}
    assert codes("fr", "Des cours de russe et le français, dans la coopération latino-américaine.") == set()
    assert codes("ar", "زار السفير الياباني والوفد الألماني الرباط.") == {"JPN", "DEU"}
    assert codes("ar", "صدر الدليل بالإسبانية وباللغتين العربية والفرنسية.") == set()


def test_an_arabic_country_after_a_head_is_the_body_s_name_unless_a_state_body() -> None:
    assert codes("ar", "مولت مؤسسة قطر الخيرية بناء المدرسة.") == set()
    assert codes("ar", "نظمت سفارة ليبيا في الرباط الحفل.") == {"LBY"}


def test_a_former_or_honorary_post_makes_no_partner() -> None:
    assert partners("en", "Ms Lena Ortiz, former Director-General of UNESCO, and Mr Omar Diallo, "
                          "honorary member of the Royal Academy of Senegal, spoke.") == set()
    assert [m.code for m in mentions("en", "Ms Lena Ortiz, former Director-General of UNESCO, "
                                           "spoke before UNESCO signed the plan.")
            if m.kind == "partner"] == ["UNESCO"]
    assert partners("fr", "Mme Lena Ortiz, ancienne Directrice générale de l’UNESCO, a pris la "
                          "parole.") == set()
    assert partners("ar", "تحدثت السيدة لينا أورتيز، المديرة العامة السابقة لليونسكو، في الجلسة.") == set()


def test_a_country_s_icesco_national_commission_is_a_partner() -> None:
    assert partners("en", "The ICESCO National Commission of Chad hosted the training.") == {
        "ICESCO National Commission of Chad"}


def test_a_french_particle_inside_an_english_name() -> None:
    assert partners("en", "Ms Awa Kone, Secretary General of Cote d’Ivoire National Commission, "
                          "attended.") == {"Cote d’Ivoire National Commission"}


# --- partner boundaries and one body, one partner (real-page shapes, sentences written here) ---

def test_icesco_s_long_name_written_loosely_is_icesco() -> None:
    assert partners("en", "The Islamic World Education, Science, and Culture Organization (ICESCO) "
                          "and the Union of Balkan States signed a memorandum.") == {"Union of Balkan States"}
    assert partners("en", "Karachi: Islamic World Educational, Scientific & Cultural Organisation "
                          "opened a training course with the Lakeside Medical University.") == {
        "Lakeside Medical University"}
    assert partners("fr", "L’Organisation du monde islamique pour l’éducation, la science et la "
                          "culture (ICESCO) a signé un accord avec l’Université de Tombouctou.") == {
        "Université de Tombouctou"}


def test_a_title_written_before_a_body_s_name_is_not_part_of_it() -> None:
    assert partners("en", "Prof. Omar Kazmi, Rector Riverside Technical University, and "
                          "Ms Lina Haq, Chairperson Northern Arts Council, attended.") == {
        "Riverside Technical University", "Northern Arts Council"}


def test_two_bodies_joined_by_and_when_the_first_has_its_head_before_for() -> None:
    assert partners("en", "The forum was held in partnership with the Research Center for Coastal "
                          "Studies and Lakeside Medical University (LMU) in Tunis.") == {
        "Research Center for Coastal Studies", "Lakeside Medical University"}


def test_an_arabic_adjective_after_a_definite_noun_is_no_body() -> None:
    assert partners("ar", "تدرس الطلبة وفقا للمعايير الأكاديمية المعتمدة في جامعة النيلين، التي "
                          "نظمت الدورة.") == {"جامعة النيلين"}
    # the same university only named as where students study does not act: no partner
    assert partners("ar", "تدرس الطلبة وفقا للمعايير الأكاديمية المعتمدة في جامعة النيلين.") == set()


def test_an_arabic_name_ends_at_and_with_a_preposition() -> None:
    assert partners("ar", "نظمت الندوة بالتعاون مع وزارة الشباب والرياضة وبالتنسيق مع جامعة الزيتونة.") == {
        "وزارة الشباب والرياضة", "جامعة الزيتونة"}


def test_an_arabic_body_named_with_li_and_with_the_article_is_one_partner() -> None:
    assert partners("ar", "استقبل الوفد ممثلي الجمعية العلمية للفلكية. وأشاد رئيس الجمعية العلمية "
                          "الفلكية بالتعاون.") == {"الجمعية العلمية للفلكية"}


def test_a_country_s_body_named_short_and_in_full_is_one_partner() -> None:
    found = [m for m in mentions("ar", "وقعت الإيسيسكو مذكرة مع وزارة الثقافة المصرية.",
                                 "ووقعها عن وزارة الثقافة والفنون في جمهورية مصر العربية وكيلها الأول.")
             if m.kind == "partner"]
    assert [m.name for m in found] == ["وزارة الثقافة والفنون في جمهورية مصر العربية"]


def test_a_french_name_ends_before_et_and_a_second_body_and_before_a_verb() -> None:
    assert partners("fr", "Il a salué la volonté du ministère de la Santé publique et de la Commission "
                          "nationale sénégalaise de renforcer leur coopération avec l’ICESCO.") == {
        "ministère de la Santé publique", "Commission nationale sénégalaise"}


def test_a_french_centre_belonging_to_icesco_is_not_a_partner() -> None:
    assert partners("fr", "La formation a eu lieu au Centre de formation des formateurs relevant "
                          "de l’ICESCO, avec l’Université de Kindia.") == {"Université de Kindia"}


def test_a_person_s_title_ends_a_body_s_name() -> None:
    assert partners("en", "Speakers included Prof. Ann Lowe and the Rector of Green Valley University "
                          "Dr Samir Haddad.") == {"Green Valley University"}


def test_an_acronym_after_a_name_whose_head_comes_before_on() -> None:
    assert partners("en", "The course was run by the OIC Standing Committee on Water and Soil "
                          "Research (WASORC) in Dakar.") == {
        "OIC Standing Committee on Water and Soil Research"}


def test_an_acronym_and_a_head_word_are_the_acronym_s_body() -> None:
    found = [m for m in mentions("en", "ICESCO met the Arab Fund for Culture (AFC). It thanked the "
                                       "AFC Group for its support.") if m.kind == "partner"]
    assert [(m.name, m.code) for m in found] == [("Arab Fund for Culture", "AFC")]


def test_an_arabic_feminine_adjective_after_a_masculine_head_is_not_its_name() -> None:
    assert partners("ar", "شاركت إدارات المصرف المعنية في الاجتماع مع جامعة الزيتونة.") == {
        "جامعة الزيتونة"}


def test_a_quoted_proper_name_before_a_head_is_a_partner() -> None:
    assert partners("en", "ICESCO received a delegation from the “Al Noor Reading Circles” Foundation "
                          "on its work.") == {"Al Noor Reading Circles Foundation"}


def test_a_body_a_french_text_names_in_english() -> None:
    found = {(m.name, m.code) for m in mentions(
        "fr", "Étaient présents M. Karim Said, directeur de la Gulf Cement Company (GCC) au Maroc, "
              "et Mme Ines Roy, responsable à la Atlas Shipping Group.") if m.kind == "partner"}
    assert found == {("Gulf Cement Company", "GCC"), ("Atlas Shipping Group", None)}


def test_a_catalogue_name_with_a_comma_is_shown_as_a_sentence_writes_it() -> None:
    from icli.extract.country_tables import country_display_names

    shown = country_display_names()
    assert shown["COD"] == "Democratic Republic of the Congo"
    assert shown["FSM"] == "Federated States of Micronesia"
    assert shown["KOR"] == "South Korea" and shown["COG"] == "Congo"
