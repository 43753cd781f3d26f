"""The grammar of a role phrase and of a name in English and French (issue 21, helper roles10):
spelled-out French honorifics, a role and its complement right before a name with no comma, a
role word that ends a name, roles coordinated by "and", glued honorifics, "al-" names, "bin"
names after "of", "to" complements and hyphenated role words before a name. Each text is
written for the test."""

from __future__ import annotations

from tests.test_roles import people, rules

# --- French ------------------------------------------------------------------------------------


def test_spelled_out_french_honorifics_start_a_name() -> None:
    found = people("fr", "Étaient présents : Monsieur Paul-Henri OKOU, Directeur des Sports de la "
                   "Ville ; Madame Awa BALDE SOW, Présidente du Club des lecteurs ; Mademoiselle "
                   "Inès Marou, étudiante ; SEM Oumar Sangaré, et Maitre Jules Kanga.")
    assert found == {"Paul-Henri OKOU": "Directeur des Sports de la Ville",
                     "Awa BALDE SOW": "Présidente du Club des lecteurs",
                     "Inès Marou": None, "Oumar Sangaré": None, "Jules Kanga": None}


def test_monsieur_before_an_article_is_no_honorific() -> None:
    assert people("fr", "Monsieur le Maire a ouvert la séance à la mairie.") == {}


def test_a_role_word_after_a_name_ends_the_name_and_starts_its_role() -> None:
    found = people("fr", "La liste comprend M. Karim ZONGO Directeur général de l’Office des "
                   "examens du Faso ; et Mme Rose Adjo Secrétaire permanente du Conseil.")
    assert found == {"Karim ZONGO": "Directeur général de l’Office des examens du Faso",
                     "Rose Adjo": "Secrétaire permanente du Conseil"}


def test_french_role_and_complement_right_before_a_name() -> None:
    found = people("fr", "Le Secrétaire général de l’UMOA Didier Kouamé a pris la parole, après la "
                   "ministre burkinabè de l’enseignement de base et de l’alphabétisation Alice "
                   "Tiendrébéogo Sawadogo et le ministre de l’Enseignement Supérieur Paul Kaba.")
    assert found == {
        "Didier Kouamé": "Secrétaire général de l’UMOA",
        "Alice Tiendrébéogo Sawadogo":
            "ministre burkinabè de l’enseignement de base et de l’alphabétisation",
        "Paul Kaba": "ministre de l’Enseignement Supérieur"}


def test_french_role_with_a_country_or_an_adjective_before_the_name() -> None:
    found = people("fr", "Le Président du Tchad Moussa Adoum Haggar a reçu la Grande chancelière "
                   "Marthe Yao Kouassi et la première Vice-présidente du Sénat Aïcha Diallo Touré, "
                   "puis le ministre du Burkina Faso Issa Compaoré.")
    assert found == {"Moussa Adoum Haggar": "Président du Tchad", "Issa Compaoré":
                     "ministre du Burkina Faso",
                     "Marthe Yao Kouassi": "Grande chancelière",
                     "Aïcha Diallo Touré": "première Vice-présidente du Sénat"}
    assert set(rules("fr", "Le Président du Tchad Moussa Adoum Haggar a parlé.").values()) == {
        "person.fr.role-complement-then-name"}


def test_a_name_after_a_role_inside_another_role_is_the_inner_role_s() -> None:
    found = people("fr", "Il a remercié le représentant du Secrétaire général de l’Union "
                   "panafricaine des postes Henri Mbeki Ondo pour sa présence.")
    assert found == {"Henri Mbeki Ondo": "Secrétaire général de l’Union panafricaine des postes"}


def test_no_person_from_a_role_with_no_name_or_a_verb() -> None:
    assert people("fr", "Le Directeur Général de la BOAD Niamey et le Premier ministre du Mali "
                  "ont signé l’accord.") == {}
    assert people("fr", "Le ministre de l’Enseignement Supérieur et le directeur de l’Agence "
                  "Tunisienne de la Jeunesse ont signé.") == {}


# --- English -----------------------------------------------------------------------------------


def test_two_offices_joined_by_and_are_one_role() -> None:
    assert people("en", "Speaking next, Hamid Yousef Karimi, Chairman of the Board of Trustees "
                  "and secretary-general of the Afghan Teachers Union, thanked the hosts.") == {
        "Hamid Yousef Karimi": "Chairman of the Board of Trustees and secretary-general of the "
                               "Afghan Teachers Union"}


def test_and_before_a_verb_still_ends_a_role() -> None:
    assert people("en", "Dr. Rami Saleh, Director of the Science Museum and thanked the team.") == {
        "Rami Saleh": "Director of the Science Museum"}


def test_a_dotted_honorific_glued_to_the_name() -> None:
    assert people("en", "The delegation was led by Dr.Nadia Karim Hassan, Rector of Hilltop "
                  "University, and Mr.Tarek Amin.") == {
        "Nadia Karim Hassan": "Rector of Hilltop University", "Tarek Amin": None}


def test_a_name_with_al_in_lower_case_before_its_role() -> None:
    assert people("en", "The President received Yasir al-Hamdani, Director General of the "
                  "Gulf Heritage Institute, on Monday.") == {
        "Yasir al-Hamdani": "Director General of the Gulf Heritage Institute"}


def test_a_name_with_bin_after_of_is_a_person() -> None:
    found = people("en", "The session opened with the address of Khalid bin Saad Alharbi, "
                   "Secretary-General of the Omani Library Association.")
    assert found == {"Khalid bin Saad Alharbi": "Secretary-General of the Omani Library "
                                                "Association"}
    assert people("en", "He praised the efforts of Ministry of Education, Secretary of the "
                  "Board.") == {}


def test_a_role_with_a_to_complement_and_a_hyphenated_word_before_a_name() -> None:
    found = people("en", "Later, Nigerian Ambassador to the Kingdom of Sweden Musa Danjuma Bello "
                   "met Second Vice-President of Ghana Abena Mensah Owusu.")
    assert found == {"Musa Danjuma Bello": "Nigerian Ambassador to the Kingdom of Sweden",
                     "Abena Mensah Owusu": "Second Vice-President of Ghana"}


def test_a_plural_honorific_names_the_two_people_it_joins() -> None:
    assert people("fr", "Le jury était présidé par Maîtres Alain Koffi et Sandrine Obame, avocats "
                  "au barreau, et Messieurs Jean Ango et Luc Nze.") == {
        "Alain Koffi": None, "Sandrine Obame": None, "Jean Ango": None, "Luc Nze": None}
    assert people("fr", "M. Alain Koffi et Sandrine Obame sont arrivés.") == {"Alain Koffi": None}


def test_a_chain_of_roles_before_a_comma_and_a_name_is_one_role() -> None:
    found = people("fr", "Le chef du gouvernement était représenté par son ministre d’État, "
                   "ministre de la Défense et des Anciens combattants, Koffi Amani.")
    assert found == {"Koffi Amani": "ministre d’État, ministre de la Défense et des Anciens "
                                    "combattants"}
    found = people("fr", "Étaient présents M. Ali Sow, ministre d’État, ministre de la Justice, "
                   "Paul Diouf.")
    assert found["Paul Diouf"] == "ministre de la Justice"
