"""People's roles as the article states them (the whole noun phrase, nothing of the sentence's
verb, place or time) and the names found with them, in English, French and Arabic, each on a
short text written for the test: roles written before a name, lists inside a role, roles in
lower case, roles an honorific gives with their country, another person's role kept apart,
and words that are not names."""

from __future__ import annotations

from icli.extract.article import extract
from icli.extract.offices import office_key
from icli.text.parse import ParsedArticle


def people(language: str, *paragraphs: str) -> dict[str, str | None]:
    """{name: role} of the people extracted from a short article."""
    title = {"en": "A title for the test", "fr": "Un titre pour le test",
             "ar": "عنوان للاختبار"}[language]
    article = ParsedArticle(title=title, body=list(paragraphs), language=language)
    return {m.name: m.role for m in extract(article) if m.kind == "person" and m.name}


def rules(language: str, *paragraphs: str) -> dict[str, str]:
    """{name: rule} of the people extracted from a short article."""
    article = ParsedArticle(title="Title", body=list(paragraphs), language=language)
    return {m.name: m.rule for m in extract(article) if m.kind == "person" and m.name}


# --- English -----------------------------------------------------------------------------------


def test_english_role_before_a_name_at_the_start_of_a_sentence() -> None:
    assert people("en", "The Minister of Culture of the Republic of Tajikistan, Mr Rustam Nazarov, "
                  "opened the fair on Monday.") == {
        "Rustam Nazarov": "Minister of Culture of the Republic of Tajikistan"}


def test_english_role_before_a_name_after_a_verb_or_a_preposition() -> None:
    found = people("en", "Speeches were given by ISESCO Director General, Dr Omar Haddad; and the "
                   "delegation was welcomed by the Rector of Kano University, Prof. Aisha Bello.")
    assert found == {"Omar Haddad": "ISESCO Director General",
                     "Aisha Bello": "Rector of Kano University"}


def test_english_chain_of_roles_before_a_name_is_kept_whole() -> None:
    assert people("en", "Also present was Dr Lina Farah; the Chair of the Board, Minister of Youth "
                  "of the Republic of Chad, Mr Idriss Mahamat.")["Idriss Mahamat"] == (
        "Chair of the Board, Minister of Youth of the Republic of Chad")


def test_english_role_of_the_person_named_before_is_not_the_next_ones() -> None:
    found = people("en", "Dr. Karim Salah, Director of Culture and Communication, Mr. Yusuf Demir "
                   "and Ms. Hana Qasim attended the session.")
    assert found["Karim Salah"] == "Director of Culture and Communication"
    assert found["Yusuf Demir"] is None and found["Hana Qasim"] is None


def test_english_role_with_a_list_of_fields_runs_to_its_end() -> None:
    assert people("en", "Mr. Faris Nouri, Secretary General of the Jordanian Commission for "
                  "Education, Culture, and Science, signed the text.") == {
        "Faris Nouri": "Secretary General of the Jordanian Commission for Education, Culture, "
                       "and Science"}


def test_english_role_in_lower_case_or_with_an_article_after_the_name() -> None:
    found = people("en", "Dr. Malick Sarr, former director-general of UNESCO, met Ms. Rima Aziz, "
                   "a member of the Jury, and Mr. Tariq Aslam, Chargé d’Affaires of the Embassy "
                   "of Pakistan in Rabat.")
    assert found == {"Malick Sarr": "former director-general of UNESCO",
                     "Rima Aziz": "member of the Jury",  # without its article
                     "Tariq Aslam": "Chargé d’Affaires of the Embassy of Pakistan in Rabat"}


def test_english_role_of_a_body_named_with(  # "Cooperation with ISESCO" stays in the role
) -> None:
    assert people("en", "Mr Kamran Aliyev, Chairman of the Agency for Cooperation with ISESCO, "
                  "spoke.") == {"Kamran Aliyev": "Chairman of the Agency for Cooperation with ISESCO"}


def test_english_honorific_role_takes_its_demonym_or_its_country() -> None:
    found = people("en", "The plan follows an initiative of Chinese President Xi Jinping. A letter "
                   "came from His Majesty King Mohammed VI of Morocco.")
    assert found == {"Xi Jinping": "Chinese President", "Mohammed VI": "King of Morocco"}


def test_english_head_of_a_body_written_without_a_hyphen_names_the_person_after_it() -> None:
    # news sites write "Director General" and "Secretary General" as two words
    found = people("en", "The envoy met UNESCO Director General Marta Lindqvist in Paris. "
                   "OIC Secretary General Idris Kamara sent a message.")
    assert found == {"Marta Lindqvist": "UNESCO Director General", "Idris Kamara": "OIC Secretary General"}
    assert people("en", "The Deputy Director General Omar Haddou opened the session.") == {
        "Omar Haddou": "Deputy Director General"}
    # the head of another body named after "of" stays a role of that body, no name
    assert people("en", "The Director General of the National Library opened the session.") == {}


def test_a_minister_s_portfolio_before_the_name_is_the_role_s() -> None:
    # portfolios beyond culture and education: the name starts after the portfolio's words
    assert people("en", "Minister of Transport Karim Sadykov received the delegation.") == {
        "Karim Sadykov": "Minister of Transport"}
    assert people("en", "The country's Minister of Digital Development and Energy Aru Bekova "
                  "held a meeting.") == {"Aru Bekova": "Minister of Digital Development and Energy"}
    assert people("fr", "Le ministre de la Justice Karim Sadykov a reçu la délégation.") == {
        "Karim Sadykov": "ministre de la Justice"}


def test_a_lower_case_role_ends_at_an_irregular_past_tense() -> None:
    assert people("en", "The envoy held talks with UNESCO Director-General Marta Lindqvist.") == {
        "Marta Lindqvist": "UNESCO Director-General"}
    assert people("en", "The minister sent a letter to OIC Secretary General Idris Kamara.") == {
        "Idris Kamara": "OIC Secretary General"}


def test_a_noun_after_a_two_word_head_title_is_no_person() -> None:
    # "Director General" written in two words also heads nouns: one capitalized word after it
    # is a name only after a body's acronym ("UNESCO Director General Azoulay")
    assert people("en", "The day opened with the Director General Message read by Mr. Omar Sefrioui.") == {
        "Omar Sefrioui": None}
    assert people("en", "The Secretary General Spokesman answered questions.") == {}
    assert people("en", "He met OIC Secretary General Kamara in Jeddah.") == {"Kamara": "OIC Secretary General"}


def test_a_former_or_acting_head_keeps_the_word_and_is_no_current_head() -> None:
    assert people("en", "A message of former Director General Dr. Hamid Benali was read.") == {
        "Hamid Benali": "former Director General"}
    assert people("en", "He met the former OIC Secretary General Idris Kamara.") == {
        "Idris Kamara": "former OIC Secretary General"}
    article = ParsedArticle(title="A title for the test", language="en",
                            body=["He met Acting Director General Dr. Amina Sall in Rabat."])
    assert [(m.name, m.role) for m in extract(article) if m.kind == "person"] == [
        ("Amina Sall", "Acting Director General")]


def test_another_body_s_director_general_is_no_mention_of_icesco_s_head() -> None:
    article = ParsedArticle(title="A title for the test", language="en",
                            body=["The envoy met the UNESCO Director General in Paris."])
    assert [m for m in extract(article) if m.kind == "person"] == []
    article = ParsedArticle(title="A title for the test", language="en",
                            body=["The envoy met the Director General in Rabat."])
    assert [m.role for m in extract(article) if m.kind == "person"] == ["Director-General"]


def test_english_words_of_a_body_after_of_and_are_no_person() -> None:
    found = people("en", "Dr. Hoda Kamel, Minister of Higher Education and Scientific Research, "
                   "Chair of the National Commission, chaired the meeting.")
    assert set(found) == {"Hoda Kamel"}


def test_english_title_glued_to_the_words_around_it() -> None:
    assert set(people("en", "The delegation includedMr Samir Haddad and MsLeila Omari, the "
                      "Foundation’s Director of Programmes.")) == {"Samir Haddad", "Leila Omari"}


def test_english_rules_are_named() -> None:
    found = rules("en", "The Governor of Kano State, Mr Abba Yusuf, received Nadia Sule, Expert "
                  "at the Education Sector.")
    assert found == {"Abba Yusuf": "person.en.honorific",
                     "Nadia Sule": "person.en.name-comma-role"}


# --- French ------------------------------------------------------------------------------------


def test_french_role_before_an_honorific_and_its_name() -> None:
    assert people("fr", "Le 3 mai, le Directeur général du Centre régional, M. Paul Ndiaye, a "
                  "accueilli la délégation.") == {"Paul Ndiaye": "Directeur général du Centre régional"}


def test_french_role_with_an_enumeration_runs_to_its_end() -> None:
    assert people("fr", "Mme Awa Diallo, Secrétaire générale de la Commission nationale malienne "
                  "pour l’éducation, les sciences et la culture, a pris la parole.") == {
        "Awa Diallo": "Secrétaire générale de la Commission nationale malienne pour l’éducation, "
                      "les sciences et la culture"}


def test_french_role_with_an_adjective_before_its_word() -> None:
    assert people("fr", "Il a reçu M. Ali Ould Sidi, nouvel ambassadeur du Niger auprès du Royaume "
                  "du Maroc, au siège.") == {
        "Ali Ould Sidi": "nouvel ambassadeur du Niger auprès du Royaume du Maroc"}


def test_french_role_before_a_comma_and_a_name_is_only_the_role() -> None:
    found = people("fr", "Le président a salué le travail de l’ex-directeur général, Karim Tahiri, "
                   "lors de la séance.")
    assert found == {"Karim Tahiri": "ex-directeur général"}


def test_french_chain_of_roles_before_an_honorific_and_no_role_as_a_name() -> None:
    found = people("fr", "Le Président du Conseil, Président de la Fondation, S.E. M. Moussa Kane, "
                   "a reçu la délégation.")
    assert found == {"Moussa Kane": "Président du Conseil, Président de la Fondation"}


def test_french_names_after_a_role_word_and_after_an_elided_noun() -> None:
    found = people("fr", "Le message du roi Hassan II a été lu. L’historien Samir Benali, recteur "
                   "de cette université, a présenté son livre.")
    assert found == {"Hassan II": "roi", "Samir Benali": "recteur de cette université"}


def test_french_honorific_name_is_not_read_after_a_preposition() -> None:
    found = people("fr", "en présence de l’Ambassadeur Karim Zahra, ambassadeur du Liban auprès du "
                   "Royaume du Maroc, de Dr Nabil Saad, Président du Comité exécutif.")
    assert found == {"Karim Zahra": "ambassadeur du Liban auprès du Royaume du Maroc",
                     "Nabil Saad": "Président du Comité exécutif"}


# --- Arabic ------------------------------------------------------------------------------------


def test_arabic_role_ends_before_the_time_of_the_sentence() -> None:
    found = people("ar", "استقبل كريم الساعدي رئيس الحكومة العراقية الأربعاء في مقر الحكومة الوفد.")
    assert found == {"كريم الساعدي": "رئيس الحكومة العراقية"}


def test_arabic_role_before_an_honorific_keeps_its_first_role_word() -> None:
    found = people("ar", "عقد نائب المدير العام للإيسيسكو الدكتور حسن العلوي اجتماعا اليوم.")
    assert found == {"حسن العلوي": "نائب المدير العام للإيسيسكو"}


def test_arabic_role_after_a_name_is_not_the_next_persons() -> None:
    found = people("ar", "اجتمع الدكتور حسن العلوي، والأمين العام لمنظمة دول الصحراء علي كمارا، "
                   "اليوم في الرباط.")
    assert found["علي كمارا"] == "الأمين العام لمنظمة دول الصحراء"
    assert found["حسن العلوي"] != found["علي كمارا"]


def test_arabic_role_with_a_preposition_after_its_word() -> None:
    found = people("ar", "وحضر اللقاء الدكتور سمير الهاشمي المشرف على إدارة الشؤون الثقافية في "
                   "المنظمة")
    assert found == {"سمير الهاشمي": "المشرف على إدارة الشؤون الثقافية في المنظمة"}


def test_arabic_role_ends_before_a_relative_clause_and_a_new_person() -> None:
    found = people("ar", "استقبل الدكتور فهد العمري، الوزيرة المفوضة لدى وزارة الثقافة التي كان "
                   "يرافقها وفد.",
                   "وحضر اللقاء السيد نبيل ولد أحمد، مستشار الوزير ومحمد زين الدين، مدير الإعلام.")
    assert found["فهد العمري"] == "الوزيرة المفوضة لدى وزارة الثقافة"
    assert found["نبيل ولد أحمد"] == "مستشار الوزير"
    assert found["محمد زين الدين"] == "مدير الإعلام"


def test_arabic_no_name_after_a_demonstrative_or_a_preposition() -> None:
    found = people("ar", "وخلال هذا الاجتماع أبلغ المدير العام للمنظمة الوزير بالبرنامج.",
                   "دعم التعليم قبل الجامعي يتصدر مباحثات المدير العام للإيسيسكو")
    assert found == {}


def test_arabic_names_after_a_role_with_a_name_particle_or_and() -> None:
    found = people("ar", "وحضر اللقاء الوزير المكلف بالديوان المختار ولد محمد، ووزير الثقافة سيد "
                   "أحمد ولد باب.",
                   "التقى الرئيس الوفد، ثم المدير العام للإيسيسكو، حمد بن علي الراشد على رأس وفد.")
    assert found["المختار ولد محمد"] == "الوزير المكلف بالديوان"
    assert found["سيد أحمد ولد باب"] == "وزير الثقافة"
    assert found["حمد بن علي الراشد"] == "المدير العام للإيسيسكو"


def test_arabic_role_of_an_organization_named_after_its_head_word() -> None:
    found = people("ar", "وقع الاتفاق الأمين العام لمنظمة دول الصحراء عمر سيدو كوني، في باريس.")
    assert found == {"عمر سيدو كوني": "الأمين العام لمنظمة دول الصحراء"}


# --- Lists of winners --------------------------------------------------------------------------


def test_english_winners_listed_with_their_country() -> None:
    found = rules("en", "Gold Award: Nadia Karimova, Uzbekistan, for her photo “Morning”; and "
                  "Tariq Osman, Sudan.\nSilver Award: Amal Haddad (Lebanon)",
                  "The meeting was held in Abu Dhabi, United Arab Emirates, last week.")
    assert found == {"Nadia Karimova": "person.en.winner-with-country",
                     "Tariq Osman": "person.en.winner-with-country",
                     "Amal Haddad": "person.en.winner-with-country"}


def test_arabic_winners_listed_with_their_country() -> None:
    found = rules("ar", "الجائزة الأولى: سلمى عادل ناصر، من تونس، عن قصتها، ويوسف كمال حداد، "
                  "من الأردن، عن لوحته.", "وعقد الاجتماع في مدينة الرباط، من المغرب.")
    assert found == {"سلمى عادل ناصر": "person.ar.listed-with-country",
                     "يوسف كمال حداد": "person.ar.listed-with-country"}


# --- roles as written, offices for identity --------------------------------------------------


def offices(language: str, *paragraphs: str) -> dict[str, tuple[str | None, str | None]]:
    """{name: (role, office)} of the people extracted from a short article."""
    article = ParsedArticle(title="Title", body=list(paragraphs), language=language)
    return {m.name: (m.role, m.office) for m in extract(article) if m.kind == "person" and m.name}


def test_english_roles_keep_the_article_s_words_and_identity_one_office() -> None:
    found = offices("en", "Dr. Nadia Karam, ISESCO Director General, welcomed Mr. Omar Idris, "
                    "UN Assistant Secretary-General and UNDP Regional Director for Arab States, "
                    "and Ms. Leila Hamdi, ICESCO’s Director-General.")
    assert found == {
        "Nadia Karam": ("ISESCO Director General", "Director-General of ISESCO"),
        "Omar Idris": ("UN Assistant Secretary-General and UNDP Regional Director for Arab States",
                       "Assistant Secretary-General and UNDP Regional Director for Arab States of UN"),
        "Leila Hamdi": ("ICESCO’s Director-General", "Director-General of ICESCO")}


def test_icesco_s_long_name_inside_a_role_is_given_back_as_written() -> None:
    found = offices("en", "The talks were led by Dr. Yusuf Omar, Director General of the Islamic "
                    "Educational, Scientific and Cultural Organization (ISESCO), in Rabat; the "
                    "Islamic World Educational, Scientific and Cultural Organization sent its\n"
                    "expert, Dr. Amal Noor, Adviser to the Director-General of the Islamic World "
                    "Educational, Scientific and\nCultural Organization, who spoke next.")
    assert found["Yusuf Omar"] == (
        "Director General of the Islamic Educational, Scientific and Cultural Organization (ISESCO)",
        "Director-General of ISESCO")
    assert found["Amal Noor"] == (  # a line break inside the name: one space
        "Adviser to the Director-General of the Islamic World Educational, Scientific and "
        "Cultural Organization", "Adviser to the Director-General of ICESCO")


def test_its_role_keeps_its_possessive_and_its_office_the_body() -> None:
    found = offices("en", "UNESCO, represented by its Director-General, Mr. Paul Lenoir, signed.")
    assert found["Paul Lenoir"] == ("its Director-General", "Director-General of UNESCO")


def test_an_acronym_role_is_stated_and_its_office_the_head_s_with_no_inferred_head() -> None:
    """Issue 21: "ICESCO DG" is the role as stated, ICESCO's Director-General its office, and
    no head named by role alone is added beside the named one."""
    article = ParsedArticle(title="Title", body=["ICESCO DG Dr. Hassan Idrissi opened the forum."],
                            language="en")
    found = [(m.name, m.role, m.office) for m in extract(article) if m.kind == "person"]
    assert found == [("Hassan Idrissi", "ICESCO DG", "Director-General of ICESCO")]


def test_a_french_possessive_stays_in_the_role_and_out_of_its_office() -> None:
    """Issue 21: "son Directeur général" as stated, before or after the name; the office key
    identity compares is the same as without "son"."""
    before = offices("fr", "L’ICESCO et son Directeur général, le Dr Hassan Idrissi, ont ouvert "
                     "le forum.")
    after = offices("fr", "L’ICESCO était représentée par le Dr Hassan Idrissi, son Directeur "
                    "général.")
    assert before["Hassan Idrissi"][0] == after["Hassan Idrissi"][0] == "son Directeur général"
    assert office_key("son Directeur général") == office_key("Directeur général")
    assert office_key("its Director-General") == office_key("Director-General")


def test_french_role_with_icesco_s_long_name_and_without_its_article() -> None:
    found = offices("fr", "Le texte a été signé par le Directeur général de l’Organisation du Monde "
                    "Islamique pour l’Éducation, les Sciences et la Culture (ICESCO), M. Karim "
                    "Benali, et par Mme Sonia Haddad, la ministre de la Culture du Tchad.")
    assert found["Karim Benali"] == (
        "Directeur général de l’Organisation du Monde Islamique pour l’Éducation, les Sciences "
        "et la Culture (ICESCO)", "Directeur général de l’ICESCO")
    assert found["Sonia Haddad"][0] == "ministre de la Culture du Tchad"


def test_arabic_role_with_icesco_s_long_name_as_written() -> None:
    found = offices("ar", "استقبل الدكتور كريم حدو، المدير العام للمنظمة الإسلامية للتربية والعلوم "
                    "والثقافة -إيسيسكو-، وفدا من الخبراء.")
    assert found["كريم حدو"] == ("المدير العام للمنظمة الإسلامية للتربية والعلوم والثقافة -إيسيسكو-",
                                 "المدير العام للإيسيسكو")


def test_icesco_s_head_with_its_long_name_in_parentheses_after_the_role() -> None:
    found = offices("en", "Dr. Hamza Idris, Director General of ISESCO (Islamic Educational, "
                    "Scientific and Cultural Organization), opened the fair; the closing speech was "
                    "given by ISESCO Director General (Islamic Educational, Scientific and Cultural "
                    "Organization), Dr. Hamza Idris.")
    assert found == {"Hamza Idris": (
        "Director General of ISESCO (Islamic Educational, Scientific and Cultural Organization)",
        "Director-General of ISESCO")}
    article = ParsedArticle(title="Title", body=["The opening was chaired by ISESCO Director General "
                            "(Islamic Educational, Scientific and Cultural Organization), Dr. Hamza "
                            "Idris, in Tunis."], language="en")
    named = [m for m in extract(article) if m.kind == "person"]
    assert [(m.name, m.role, m.office) for m in named] == [(  # named: no role-alone mention
        "Hamza Idris", "ISESCO Director General (Islamic Educational, Scientific and Cultural "
        "Organization)", "Director-General of ISESCO")]
    assert offices("fr", "M. Hamza Idris, Directeur général de l’ISESCO (Organisation islamique "
                   "pour l’éducation, les sciences et la culture), a reçu lundi le ministre.") == {
        "Hamza Idris": ("Directeur général de l’ISESCO (Organisation islamique pour l’éducation, "
                        "les sciences et la culture)", "Directeur général de l’ISESCO (Organisation "
                        "islamique pour l’éducation, les sciences et la culture)")}


def test_a_long_role_is_kept_whole() -> None:
    found = offices("en", "The Director met Ms. Dina Farouk, Senior Programme Officer, Head of the "
                    "Regional Desk for Culture and External Relations at the United Nations "
                    "Educational, Scientific and Cultural Organization (UNESCO), and together they "
                    "reviewed the plan.")
    assert found["Dina Farouk"][0] == (
        "Senior Programme Officer, Head of the Regional Desk for Culture and External Relations at "
        "the United Nations Educational, Scientific and Cultural Organization (UNESCO)")


def test_arabic_head_with_icesco_s_long_name_in_parentheses_after_the_role() -> None:
    found = offices("ar", "استقبل الدكتور حمزة إدريس، المدير العام للإيسيسكو (المنظمة الإسلامية "
                    "للتربية والعلوم والثقافة) بمقر المنظمة اليوم، وفدا من الخبراء.")
    assert found["حمزة إدريس"][0] == (
        "المدير العام للإيسيسكو (المنظمة الإسلامية للتربية والعلوم والثقافة)")


# --- English and French people and roles: chains, lists, names right after a role -------------


def test_english_name_right_after_its_role_with_no_comma() -> None:
    found = rules("en", "The Minister of Foreign Affairs of Mali Oumar Traore met the delegation, "
                  "and the Tunisian Minister of Higher Education and Scientific Research Leila "
                  "Ben Salah gave a speech.")
    assert found == {"Oumar Traore": "person.en.role-then-name",
                     "Leila Ben Salah": "person.en.role-then-name"}
    assert people("en", "The Minister of Foreign Affairs of Mali Oumar Traore met the delegation, "
                  "and the Tunisian Minister of Higher Education and Scientific Research Leila "
                  "Ben Salah gave a speech.") == {
        "Oumar Traore": "Minister of Foreign Affairs of Mali",
        "Leila Ben Salah": "Tunisian Minister of Higher Education and Scientific Research"}


def test_english_role_ends_before_the_next_person_s_role_and_name() -> None:
    found = people("en", "Speakers included Rustam Aliev, Secretary General of the Tajik National "
                   "Commission, Kazakh Minister of Culture Dana Sarsen and local experts.")
    assert found == {"Rustam Aliev": "Secretary General of the Tajik National Commission",
                     "Dana Sarsen": "Kazakh Minister of Culture"}


def test_english_words_of_a_body_after_a_role_are_no_name() -> None:
    assert people("en", "Dr. Hana Said, Egyptian Minister of Higher Education and Scientific "
                  "Research, and the Director of the Secretariat for National Commissions and "
                  "Conferences opened the session.") == {
        "Hana Said": "Egyptian Minister of Higher Education and Scientific Research"}


def test_english_role_with_the_and_a_capital_after_with_or_a_dash() -> None:
    found = people("en", "Mr. Ali Kone, Minister of Youth and Relations with the Parliament, met Dr. "
                   "Sara Bakr, Director of the Regional Office of UNICEF, – the agency’s guest.")
    assert found == {"Ali Kone": "Minister of Youth and Relations with the Parliament",
                     "Sara Bakr": "Director of the Regional Office of UNICEF"}


def test_english_king_thanked_for_his_patronage_is_a_person() -> None:
    assert people("en", "He thanked His Majesty King Hassan II for His high patronage of the "
                  "festival.") == {"Hassan II": "King"}


def test_english_acronym_before_a_title_and_a_role_ending_with_an_acronym() -> None:
    found = people("en", "UNESCO Director-General Marie Dubois in a call with the minister praised "
                   "the plan.", "Secretary General of the Islamic Solidarity Fund (ISF) Dr. Nabil "
                   "Hamdi denounced the attack.")
    assert found == {"Marie Dubois": "UNESCO Director-General",
                     "Nabil Hamdi": "Secretary General of the Islamic Solidarity Fund (ISF)"}


def test_french_chain_of_roles_after_a_name_is_kept_whole() -> None:
    found = people("fr", "La séance a été présidée par M. Karim Lahlou, ministre de l’Éducation "
                   "nationale, de la Formation professionnelle, de l’Enseignement supérieur et de "
                   "la Recherche scientifique, Président de la Commission nationale, Porte-parole "
                   "du Gouvernement, en présence de Mme Nadia Sefrioui, Secrétaire générale de "
                   "ladite Commission, et présidente du comité d’organisation.")
    assert found == {
        "Karim Lahlou": "ministre de l’Éducation nationale, de la Formation professionnelle, de "
                        "l’Enseignement supérieur et de la Recherche scientifique, Président de la "
                        "Commission nationale, Porte-parole du Gouvernement",
        "Nadia Sefrioui": "Secrétaire générale de ladite Commission, et présidente du comité "
                          "d’organisation"}


def test_french_role_after_a_comma_is_the_next_person_s_when_a_name_follows() -> None:
    found = people("fr", "Le texte a été signé par Dr Ali Benali, Directeur général de l’ALECSO, "
                   "et l’Ambassadeur Omar Kaboré, Secrétaire général de l’Union, en présence de "
                   "M. Paul Ndiaye, ministre des Sports, le directeur du protocole, M. Amine Tazi.")
    assert found == {"Ali Benali": "Directeur général de l’ALECSO",
                     "Omar Kaboré": "Secrétaire général de l’Union",
                     "Paul Ndiaye": "ministre des Sports",
                     "Amine Tazi": "directeur du protocole"}


def test_french_names_after_a_general_s_title_in_capitals_and_with_dg_or_candidate() -> None:
    found = people("fr", "Son Excellence le Général Paul Mbemba a reçu S.E. M. Karim OUEDRAOGO, "
                   "Directeur général de l’UNESCO, et Dr Jean Mbeki, DG de l’ALECSO. Le candidat "
                   "sénégalais, Moussa Faye, a été élu.")
    assert found == {"Paul Mbemba": None,
                     "Karim OUEDRAOGO": "Directeur général de l’UNESCO",
                     "Jean Mbeki": "DG de l’ALECSO",
                     "Moussa Faye": "candidat sénégalais"}


def test_french_person_named_after_a_body_s_name_in_lower_case_is_not_swallowed() -> None:
    article = ParsedArticle(title="Un titre pour le test", language="fr", body=[
        "Lors d’une rencontre avec le président de la chambre des conseillers Rachid Benali, "
        "M. Ahmed Tazi a présenté les programmes."])
    found = extract(article)
    assert {m.name: m.role for m in found if m.kind == "person"} == {
        "Rachid Benali": "président de la chambre des conseillers", "Ahmed Tazi": None}
    assert not any("Benali" in m.name for m in found if m.kind == "partner")


def test_french_role_with_an_enumeration_before_a_comma_and_a_name() -> None:
    assert people("fr", "Le texte a été signé par le ministre de la Culture, de la jeunesse et "
                  "des Sports, Karim Zidane, et par la rectrice de l’université, Amina Sow.") == {
        "Karim Zidane": "ministre de la Culture, de la jeunesse et des Sports",
        "Amina Sow": "rectrice de l’université"}


def test_french_former_name_of_icesco_with_de_is_icesco_and_ends_no_role() -> None:
    article = ParsedArticle(title="Un titre pour le test", language="fr", body=[
        "C’est ce qu’a annoncé le Directeur général de l’Organisation islamique de l’éducation, "
        "de la science et de la culture (ISESCO), Omar Ben Salah, lors d’une conférence."])
    found = extract(article)
    assert {m.name: m.role for m in found if m.kind == "person" and m.name} == {
        "Omar Ben Salah": "Directeur général de l’Organisation islamique de l’éducation, de la "
                          "science et de la culture (ISESCO)"}
    assert [m for m in found if m.kind == "partner"] == []


def test_names_right_after_an_occupation_in_lower_case() -> None:
    found = rules("en", "The Egyptian novelist Samir Fawzi signed copies, and the poet Amina Said "
                  "read her text; the writer Prize was awarded.")
    assert found == {"Samir Fawzi": "person.en.occupation-then-name",
                     "Amina Said": "person.en.occupation-then-name"}
    assert people("en", "The Egyptian novelist Samir Fawzi signed copies, and the poet Amina Said "
                  "read her text; the writer Prize was awarded.") == {
        "Samir Fawzi": "Egyptian novelist", "Amina Said": "poet"}
    assert people("en", "The guest of honour was Prof. Idris Kane, inventor of a solar water pump, "
                  "who spoke first.") == {"Idris Kane": "inventor of a solar water pump"}
    assert people("fr", "L’écrivain sénégalais Moussa Ndiaye, qui vit à Dakar, a été primé. Le "
                  "ministre reçoit Ahmed Ali demain.") == {"Moussa Ndiaye": "écrivain sénégalais"}


def test_occupations_found_as_literals_match_where_the_engine_s_scan_does() -> None:
    """patterns.literal_starts (the occupations looked for by str.find) gives the matches
    word_starts gives: after a space, a line break, a parenthesis, a quote or a hyphen, at the
    text's start, not inside a word ("copywriter"), one after another."""
    from icli.extract import gazetteer, patterns
    from icli.extract.people_en import _OCCUPATION_THEN_NAME

    texts = ["poet Amina Said read first.", "A copywriter Omar Hadi and the writer  Lina Musa.",
             "(journalist Sara Lee) “artist Nabil Kader”\nscholar Idris Kane, co-author Ali Musa.",
             "the poet poet Amina Said", "painters Sami Adel and a painter\tSami Adel",
             "historian", "no occupation here at all"]
    for text in texts:
        assert [m.span() for m in patterns.literal_starts(_OCCUPATION_THEN_NAME,
                                                          gazetteer.OCCUPATIONS, text)] == [
            m.span() for m in patterns.word_starts(_OCCUPATION_THEN_NAME, text)]
    matched = [m.group("occupation") for text in texts for m in patterns.literal_starts(
        _OCCUPATION_THEN_NAME, gazetteer.OCCUPATIONS, text)]
    assert matched == ["poet", "writer", "journalist", "artist", "scholar", "author", "poet",
                       "painter"]


def test_places_apart_are_those_a_pattern_of_the_words_finds() -> None:
    """patterns.positions(apart=True) (where a person's or a body's name stands again) gives the
    starts re.finditer gives for the escaped name: no place overlapping an earlier one ("Ali Ali"
    in "Ali Ali Ali" once), every position for an empty one."""
    import re

    from icli.extract.patterns import positions

    text = "Ali Ali Ali met Dr. Ali Omar (A.O.) and aaa; Ali Omar spoke."
    for written in ("Ali Ali", "Ali Omar", "aa", "(A.O.)", "a", "", "Omar Ali"):
        assert positions(text, written, apart=True) == [
            m.start() for m in re.finditer(re.escape(written), text)]
    assert positions(text, "Ali Ali", apart=True) == [0]
    assert positions(text, "Ali Ali") == [0, 4]


def test_a_literal_not_after_a_class_matches_where_a_leading_look_behind_does() -> None:
    """patterns.literal_not_after (the look-behind after the literal's first character, so the
    engine scans for that character) finds what the look-behind before the literal finds: at
    the text's start, after a space, a parenthesis or a line break, not right after a word
    character nor a character of the class asked, a literal that opens with a character a regex
    escapes, and a lower-cased word whose first letter lowers to two characters ("İ")."""
    import re

    from icli.extract.patterns import literal_not_after

    text = ("UNESCO met XUNESCO, (UNESCO) and\nUNESCO-led-UNESCO; a_UNESCO. (A.O.) met B(A.O.) "
            "and i̇lham or xi̇lham, -human rights- and human-rights in Human Rights")
    for literal, before in (("UNESCO", r"\w"), ("UNESCO", r"[\w-]"), ("(A.O.)", r"\w"),
                            ("İlham".lower(), r"[\w-]"), ("human", r"[\w-]"), ("human", r"\w")):
        leading = re.compile(rf"(?<!{before}){re.escape(literal)}")
        found = [m.span() for m in re.finditer(literal_not_after(literal, before), text)]
        assert found == [m.span() for m in leading.finditer(text)]
    assert [m.start() for m in re.finditer(literal_not_after("UNESCO"), text)] == [0, 21, 33, 44]
