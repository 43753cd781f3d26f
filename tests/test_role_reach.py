"""How far a role phrase reaches in English and French (issue 21, helper en12): one person's
double role ("X, R1 and his country's R2"), no role taken across "NAME, ROLE, Dr. NAME verb",
countries and places inside a role, no person from a programme's or a place's words, roles in
an opening phrase, a role, a comma and a name with no honorific, and names that end at a line's
end. Each text is written for the test."""

from __future__ import annotations

from tests.test_roles import people


def test_a_second_role_after_and_a_possessive_is_the_same_person_s() -> None:
    assert people("en", "The talks were attended by Ambassador Tural Mammadli, Georgia's "
                  "Ambassador to Tunisia and his country's Permanent Delegate to ICESCO, "
                  "Dr. Karim Lahlou welcomed the guests.") == {
        "Tural Mammadli": "Georgia's Ambassador to Tunisia and his country's Permanent "
                          "Delegate to ICESCO",
        "Karim Lahlou": None}
    assert people("en", "Present were Ms. Hana Zeid, Ambassador of Oman to Egypt and her "
                  "country's Permanent Representative to the League, and Mr. Omar Tahir.") == {
        "Hana Zeid": "Ambassador of Oman to Egypt and her country's Permanent Representative "
                     "to the League",
        "Omar Tahir": None}


def test_and_a_possessive_with_no_role_after_it_still_ends_a_role() -> None:
    assert people("en", "Dr. Lina Farouk, Minister of Culture and her delegation, visited "
                  "the museum.") == {"Lina Farouk": "Minister of Culture"}


def test_a_french_role_never_reaches_across_the_previous_person() -> None:
    assert people("fr", "En présence de l’Ambassadeur Tural Mammadli, Ambassadeur de Géorgie "
                  "en Tunisie et Délégué permanent de son pays auprès de l’ICESCO, le Dr Karim "
                  "Lahlou a salué les invités.") == {
        "Tural Mammadli": "Ambassadeur de Géorgie en Tunisie et Délégué permanent de son pays "
                          "auprès de l’ICESCO",
        "Karim Lahlou": None}


def test_a_country_after_a_role_s_comma_stays_in_the_role() -> None:
    assert people("en", "Speaking first, Dr. Rania Saad, Minister of Youth, United Arab "
                  "Emirates, opened the session.") == {
        "Rania Saad": "Minister of Youth, United Arab Emirates"}
    assert people("en", "Dr. Rania Saad, Minister of Youth, Omar Khalil, and Mr. Sami Noor "
                  "attended.")["Rania Saad"] == "Minister of Youth"


def test_a_list_of_places_with_the_stays_in_a_role() -> None:
    assert people("en", "Ms. Dina Farah, Coordinator of Teacher Training for Asia, the Pacific, "
                  "and Oceania. She spoke next.") == {
        "Dina Farah": "Coordinator of Teacher Training for Asia, the Pacific, and Oceania"}


def test_a_programme_s_words_after_an_acronym_are_no_person() -> None:
    assert people("en", "He thanked the Coordinator of ICESCO Future Leaders for the visit.") == {}
    assert people("en", "The Chair of the Club (KCC) Blue Ocean Salma Idrissi spoke.") == {}
    assert people("en", "The Director of the Network (ARN) Friday Omar Badawi signed.") == {}
    assert people("en", "The Director-General of ICESCO Salim bin Mohammed AlMalik spoke.") == {
        "Salim bin Mohammed AlMalik": "Director-General of ICESCO"}


def test_a_place_after_a_body_s_name_is_no_person() -> None:
    assert people("en", "He met the Chairman of the Department of Heritage and Tourism Ras "
                  "Tanura during the visit.") == {}
    assert people("en", "He met the Head of the Office of Culture and Tourism Ras Tanura on "
                  "Monday.") == {}
    assert people("en", "Later, the Minister of Foreign Affairs of Uzbekistan Bakhtiyor "
                  "Saidov spoke.") == {"Bakhtiyor Saidov": "Minister of Foreign Affairs of "
                                                           "Uzbekistan"}


def test_a_role_inside_an_opening_phrase_is_not_the_subject_s() -> None:
    assert people("en", "At the invitation of the Minister of Culture of Oman Dr. Yusuf Saleh "
                  "visited Muscat.") == {"Yusuf Saleh": None}
    assert people("en", "The forum chaired by the Minister of Culture of Oman Dr. Yusuf Saleh "
                  "closed.") == {"Yusuf Saleh": "Minister of Culture of Oman"}
    assert people("fr", "Lors de la réunion avec le directeur de l’Institut M. Paul Girard a "
                  "pris la parole.") == {"Paul Girard": None}


def test_a_role_a_comma_and_a_name_with_no_honorific() -> None:
    assert people("en", "The Chairman of the Regional Water Council, Karim Youssef Nader, "
                  "opened the forum.") == {
        "Karim Youssef Nader": "Chairman of the Regional Water Council"}
    assert people("en", "Tunis, Minister of Youth, Dr. Amal Kefi, met the students.") == {
        "Amal Kefi": "Minister of Youth"}
    assert people("en", "He thanked the Minister of Culture, Youth and Sports.") == {}
    assert people("en", "He met the Director of the Centre, Saudi Arabia, and others.") == {}


def test_a_role_after_a_parenthesis_that_closes_a_dateline() -> None:
    assert people("en", "Doha (Gulf Agency, 2020) The President of the Teachers Union, Mr. Omar "
                  "Said, spoke.") == {"Omar Said": "President of the Teachers Union"}


def test_a_demonym_then_a_role_word_in_lower_case() -> None:
    assert people("en", "He received Ambassador Samir Haddad, the Lebanese ambassador in "
                  "Rabat, and his team.") == {"Samir Haddad": "Lebanese ambassador in Rabat"}
    assert people("en", "Dr. Samir Haddad, the Lebanese minister expressed his thanks.") == {
        "Samir Haddad": None}


def test_a_name_ends_at_a_line_s_end() -> None:
    assert people("fr", "Entretien avec le ministre de la Jeunesse Paul Kaboré",
                  "Il était accompagné de ses conseillers.") == {
        "Paul Kaboré": "ministre de la Jeunesse"}


def test_a_french_role_with_relations_avec_and_no_honorific_as_a_name() -> None:
    assert people("fr", "Son Excellence, le ministre de la Culture et des relations avec le "
                  "Parlement, M. Ali Ould Sidi, a reçu les invités.") == {
        "Ali Ould Sidi": "ministre de la Culture et des relations avec le Parlement"}
