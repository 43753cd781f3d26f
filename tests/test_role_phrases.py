"""Where a role phrase ends in English and French (issue 21, helper roles11): commas inside a
list of portfolios, "in charge of" after a comma, a role written before an honorific with no
comma, a chain of roles before the next person's name, a role stated in full later in the
article, a lower-case subject after a name, roles and complements right before a name, and
names in capitals with a hyphen or after "monsieur". Each text is written for the test."""

from __future__ import annotations

from icli.extract.article import extract
from icli.text.parse import ParsedArticle
from tests.test_roles import people, rules

# --- English -----------------------------------------------------------------------------------


def test_an_oxford_comma_inside_a_portfolio_list_stays_in_the_role() -> None:
    found = people("en", "Dr. Omar Nabil, Minister of Trade, Regional Integration, and Citizens "
                   "Abroad of the Republic of Kiribo, met Ms. Lina Saad, Director of Planning, "
                   "and Ambassador Tarek Wahbi on Monday.")
    assert found == {
        "Omar Nabil": "Minister of Trade, Regional Integration, and Citizens Abroad of the "
                      "Republic of Kiribo",
        "Lina Saad": "Director of Planning", "Tarek Wahbi": "Ambassador"}


def test_a_list_of_names_after_a_role_is_no_portfolio_list() -> None:
    found = people("en", "The panel gathered Dr. Omar Nabil, Director of Planning, Ahmed Khalil, "
                   "and Youssef Said.")
    assert found["Omar Nabil"] == "Director of Planning"


def test_the_items_of_a_portfolio_list_are_no_person() -> None:
    found = people("en", "Mr. Karim Fassi, Minister of Public Works, Vocational Training, Higher "
                   "Education and Scientific Research, Government Spokesperson, opened it.")
    assert found == {"Karim Fassi": "Minister of Public Works, Vocational Training, Higher "
                                    "Education and Scientific Research, Government Spokesperson"}


def test_in_charge_of_after_a_comma_goes_on_with_the_role() -> None:
    found = people("en", "Mr. Karim Fassi, Minister Delegate to the Head of Government, in charge "
                   "of the Budget, and Mr. Ali Omar, Minister Delegate in charge of Transport, "
                   "signed it.")
    assert found == {
        "Karim Fassi": "Minister Delegate to the Head of Government, in charge of the Budget",
        "Ali Omar": "Minister Delegate in charge of Transport"}


def test_a_lower_case_subject_after_a_name_is_no_role() -> None:
    found = people("en", "The team was led by Director General of the Institute Dr. Karim Fassi, "
                   "the minister thanked him warmly.")
    assert found == {"Karim Fassi": "Director General of the Institute"}


def test_a_role_before_an_honorific_with_no_comma() -> None:
    found = people("en", "He called the Minister for Foreign Affairs, Regional Integration and "
                   "Citizens Abroad of the Republic of Kiribo H.E. Mr Tomas Bento on Monday. The "
                   "Minister of Trade, Industry and Crafts Dr. Lea Moura paid a visit.")
    assert found == {
        "Tomas Bento": "Minister for Foreign Affairs, Regional Integration and Citizens Abroad "
                       "of the Republic of Kiribo",
        "Lea Moura": "Minister of Trade, Industry and Crafts"}


def test_a_capitalized_word_that_opens_a_sentence_is_no_role_before_a_name() -> None:
    assert people("en", "In Rabat Dr. Lea Moura spoke. The Minister of Culture received Dr. Ali "
                  "Omar.") == {"Lea Moura": None, "Ali Omar": None}


def test_a_role_and_complement_before_a_name_stop_at_a_second_role() -> None:
    found = people("en", "A call between Kiriban Minister of Culture Tomas Bento and Director "
                   "General of the National Archives Dr. Lea Moura was held.")
    assert found == {"Tomas Bento": "Minister of Culture",
                     "Lea Moura": "Director General of the National Archives"}


def test_a_role_ending_with_an_acronym_before_a_name_with_no_honorific() -> None:
    found = people("en", "A call with the Director General of the Islamic World Educational, "
                   "Scientific and Cultural Organization (ICESCO) Karim bin Saleh al-Fassi was "
                   "held on Monday.")
    assert found == {"Karim bin Saleh al-Fassi": "Director General of the Islamic World "
                     "Educational, Scientific and Cultural Organization (ICESCO)"}


def test_a_complement_ending_with_a_common_noun_before_a_name() -> None:
    found = people("en", "Federal Minister for Health and Social Planning Tomas Bento Monday "
                   "welcomed the Rector of Delta University Lea Moura in the capital.")
    assert found == {"Tomas Bento": "Federal Minister for Health and Social Planning",
                     "Lea Moura": "Rector of Delta University"}


# --- French ------------------------------------------------------------------------------------


def test_a_french_portfolio_list_with_items_of_several_words() -> None:
    found = people("fr", "Dr Karim Fassi, ministre de l’Agriculture, de la Pêche maritime, du "
                   "Développement rural et des Eaux et Forêts, Mme Awa Diop, Secrétaire de la "
                   "Commission, et la ministre de la Santé et le ministre des Sports.")
    assert found == {
        "Karim Fassi": "ministre de l’Agriculture, de la Pêche maritime, du Développement rural "
                       "et des Eaux et Forêts",
        "Awa Diop": "Secrétaire de la Commission"}


def test_a_french_chain_of_roles_before_the_next_named_person_with_a_role() -> None:
    found = people("fr", "La réunion a vu la participation de Dr Karim Fassi, ministre de la "
                   "Santé, Président de la Commission nationale pour l’éducation, les sciences et "
                   "la culture, Dr Awa Diop, ministre des Sports, et de M. Ali Ba.")
    assert found == {
        "Karim Fassi": "ministre de la Santé, Président de la Commission nationale pour "
                       "l’éducation, les sciences et la culture",
        "Awa Diop": "ministre des Sports", "Ali Ba": None}


def test_a_french_role_before_an_article_and_an_honorific() -> None:
    found = people("fr", "Ce lundi, le ministre de l’Enseignement supérieur, de la Recherche et de "
                   "l’Innovation, le Pr. Jean Mba Obame a reçu le directeur général de l’Office "
                   "régional des archives (ORA) le Dr Karim Fassi.")
    assert found == {
        "Jean Mba Obame": "ministre de l’Enseignement supérieur, de la Recherche et de "
                          "l’Innovation",
        "Karim Fassi": "directeur général de l’Office régional des archives (ORA)"}


def test_french_names_after_monsieur_and_in_capitals_with_a_hyphen() -> None:
    found = people("fr", "Elle a salué son prédécesseur, monsieur Jules KANGA, Ministre des "
                   "Sports, et le Secrétaire exécutif, le Professeur Abdel Karim DIALLO-SOW.")
    assert found == {"Jules KANGA": "Ministre des Sports",
                     "Abdel Karim DIALLO-SOW": "Secrétaire exécutif"}


def test_a_french_role_alone_before_a_comma_is_no_name() -> None:
    found = people("fr", "Le Premier Ministre, Chef du Gouvernement, a ouvert la séance.")
    assert found == {}


def test_the_role_stated_in_full_later_in_the_article_is_kept() -> None:
    article = ParsedArticle(
        title="Le Secrétaire général reçoit Karim Fassi, Consul général du Kiribo",
        body=["Il a reçu M. Karim Fassi, Consul général du Kiribo et Représentant permanent "
              "auprès de l’Union."], language="fr")
    found = {m.name: m.role for m in extract(article) if m.kind == "person" and m.name}
    assert found == {"Karim Fassi":
                     "Consul général du Kiribo et Représentant permanent auprès de l’Union"}


def test_the_rules_that_read_a_role_before_a_name_are_named() -> None:
    assert rules("en", "He called the Minister of Trade of the Republic of Kiribo H.E. Mr Tomas "
                 "Bento. Kiriban Minister of Culture Lea Moura came.") == {
        "Tomas Bento": "person.en.honorific", "Lea Moura": "person.en.role-then-name"}


def test_commas_inside_a_body_s_name_or_plain_portfolios_stay_in_the_role() -> None:
    found = people("en", "The board gathered Mr. Ali Omar, President of the Economic, Social and "
                   "Environmental Council; Ms. Awa Diop, Minister of Trade, Small Business, "
                   "Employment and Skills; and Mr. Tomas Bento, Minister of Culture, Youth, Sports "
                   "and Relations with the Parliament.")
    assert found == {
        "Ali Omar": "President of the Economic, Social and Environmental Council",
        "Awa Diop": "Minister of Trade, Small Business, Employment and Skills",
        "Tomas Bento": "Minister of Culture, Youth, Sports and Relations with the Parliament"}


def test_a_role_read_twice_keeps_no_trailing_comma() -> None:
    assert people("fr", "La ministre des Affaires Culturelles, Awa Diop, a reçu le directeur "
                  "général de l’ICESCO le Dr Karim Fassi à son arrivée, dimanche.") == {
        "Awa Diop": "ministre des Affaires Culturelles",
        "Karim Fassi": "directeur général de l’ICESCO"}


def test_an_owner_s_noun_after_its_possessive_stays_in_the_role() -> None:
    assert people("en", "The launch was attended by Mr. Karim Touati, Adviser to the President in "
                  "charge of the Academy’s regional branches, who spoke first.") == {
        "Karim Touati": "Adviser to the President in charge of the Academy’s regional branches"}
    assert people("en", "Ms. Lina Haddad, Director of the Council's legal affairs, said the text "
                  "was ready.") == {"Lina Haddad": "Director of the Council's legal affairs"}


def test_a_person_named_inside_another_s_role_gets_no_part_of_it() -> None:
    """"Mr X, Adviser to King Y, President of Z": the whole role is X's; King Y, named inside
    it, is given none of it but his own title ("King", issue 21). A second person's role after "and her/its" with a name after it
    is that person's, not a continuation of the first role."""
    assert people("en", "Mr. Idris Tazi, Adviser to His Majesty King Hassan III, Chairman of the "
                  "Palm Foundation, opened the fair.") == {
        "Idris Tazi": "Adviser to His Majesty King Hassan III, Chairman of the Palm Foundation",
        "Hassan III": "King"}
    assert people("fr", "M. Idris Tazi, Conseiller du Président Omar Lahlou, chargé des arts, a "
                  "ouvert la foire.") == {
        "Idris Tazi": "Conseiller du Président Omar Lahlou, chargé des arts",
        "Omar Lahlou": "Président"}
    found = people("en", "Ms. Rania Fawzi, Minister of Youth and her Deputy Minister Mr. Tamer "
                   "Adly, attended.")
    assert found["Rania Fawzi"] == "Minister of Youth"
    found = people("en", "Dr. Hani Sabri, President of the Academy and its Secretary-General Dr. "
                   "Lamia Zaki, attended.")
    assert found == {"Hani Sabri": "President of the Academy", "Lamia Zaki": "Secretary-General"}


def test_a_possessive_role_with_a_name_after_it_is_the_next_person_s() -> None:
    """"X, Minister of Y and his Deputy, Ms. Z": two people, two roles (with or without the
    comma); with an owner's noun ("and his country's Delegate to …") it is X's second office."""
    for text in ("Mr. Amir Dahan, Minister of Water and his Deputy, Ms. Rita Holm, attended.",
                 "Mr. Amir Dahan, Minister of Water and his Deputy Ms. Rita Holm attended."):
        assert people("en", text) == {"Amir Dahan": "Minister of Water", "Rita Holm": "his Deputy"}


def test_a_role_before_an_honorific_that_is_a_role_is_one_role() -> None:
    """"Deputy Minister Omar X", "Former President Y": the words before the honorific and the
    honorific are one role, not the first word alone."""
    assert people("en", "Deputy Minister Jamal Idrissi opened the fair.") == {
        "Jamal Idrissi": "Deputy Minister"}
    assert people("en", "Former President Jamal Idrissi opened the fair.") == {
        "Jamal Idrissi": "Former President"}
