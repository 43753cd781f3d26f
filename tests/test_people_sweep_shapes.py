"""People and roles of the error kinds counted over the sweep's half A (issue 21, session 18):
each test is one shape of text in invented sentences, written from docs/contract.md before
icli was run on them."""

from __future__ import annotations

from tests.test_roles import people


def test_a_first_name_alone_is_the_person_named_in_full_with_it() -> None:
    assert people("en", "Dr. Karim Saad Benali, Head of the Language Centre, opened the workshop.",
                  "Dr. Karim then presented the Centre's programmes.") == {
        "Karim Saad Benali": "Head of the Language Centre"}
    assert people("fr", "Dr Karim Saad Benali, directeur du Centre des langues, a ouvert l’atelier.",
                  "Dr Karim a ensuite présenté les programmes du Centre.") == {
        "Karim Saad Benali": "directeur du Centre des langues"}
    assert people("ar", "افتتح الدكتور كريم سعد بنعلي، مدير مركز اللغات، الورشة.",
                  "وأكد الدكتور كريم أن البرنامج يبدأ في مايو.") == {"كريم سعد بنعلي": "مدير مركز اللغات"}


def test_a_first_name_two_people_share_is_neither_of_them() -> None:
    named = people("en", "Dr. Karim Benali and Dr. Karim Haddad signed the agreement.",
                   "Dr. Karim said the programme starts in May.")
    assert set(named) == {"Karim Benali", "Karim Haddad"}
