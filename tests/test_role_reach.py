"""How far a role phrase reaches in English and French (issue 21, helper en12): one person's
double role ("X, R1 and his country's R2"), no role taken across "NAME, ROLE, Dr. NAME verb".
Each text is written for the test."""

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
