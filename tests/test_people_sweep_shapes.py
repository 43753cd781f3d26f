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


def test_a_first_name_with_its_own_title_or_role_is_another_person() -> None:
    """A ruler, a king or a prime minister named by the first name alone is not the official
    named in full with it: never joined, and no role moves between the two."""
    assert people("en", "His Highness Sheikh Hamdan, Member of the Federal Council and Ruler of the "
                  "Emirate, opened the fair, where Mr. Hamdan Al Nuaimi, Director of the Heritage "
                  "Office, received the delegation.") == {
        "Hamdan": "Member of the Federal Council and Ruler of the Emirate",
        "Hamdan Al Nuaimi": "Director of the Heritage Office"}
    assert people("en", "Prime Minister Karim opened the forum, and Dr. Karim Ben Salah Toumi, "
                  "Director of the Planning Department, presented the plan.") == {
        "Karim": "Prime Minister", "Karim Ben Salah Toumi": "Director of the Planning Department"}
    assert people("en", "Dr. Karim Al-Mansouri, Supervisor General of the Relief Fund, met the team.",
                  "He recalled the support that the late King Karim gave to the schools.") == {
        "Karim Al-Mansouri": "Supervisor General of the Relief Fund", "Karim": "King"}
    assert set(people("en", "His Highness Sheikh Hamdan opened the fair, where Mr. Hamdan Al Nuaimi, "
                      "Director of the Heritage Office, received the delegation.")) == {
        "Hamdan", "Hamdan Al Nuaimi"}
    assert people("fr", "Son Altesse Cheikh Hamdan, membre du Conseil fédéral et gouverneur de "
                  "l’émirat, a ouvert le salon, où M. Hamdan Al Nuaimi, directeur du Bureau du "
                  "patrimoine, a reçu la délégation.") == {
        "Hamdan": "membre du Conseil fédéral et gouverneur de l’émirat",
        "Hamdan Al Nuaimi": "directeur du Bureau du patrimoine"}
    assert people("ar", "افتتح صاحب السمو الشيخ حمدان، عضو المجلس الاتحادي حاكم الإمارة، المعرض، "
                  "وزار الجناح السيد حمدان النعيمي، مدير مكتب التراث.") == {
        "حمدان": "عضو المجلس الاتحادي حاكم الإمارة", "حمدان النعيمي": "مدير مكتب التراث"}


def test_a_preposition_with_its_pronoun_is_no_word_of_a_name_before_a_role() -> None:
    assert people("ar", "وافتتح الحفل بكلمة وزير الثقافة، ألقاها نيابة عنه مدير ديوان الوزارة، "
                  "رحب فيها بالمشاركين.") == {}
    assert people("ar", "وتحدث عن المبادرة وأثنى عليها رئيس الجامعة، مؤكدا أهميتها.") == {}


def test_words_before_a_title_that_gives_no_role_are_no_name() -> None:
    # "الملك" opens the name after it, so no role follows the words before it
    assert people("ar", "ووقع الجانبان مذكرة تأسيس كرسي الملك سلمان بن عبد العزيز للدراسات "
                  "اللغوية.") == {}
    assert people("ar", "وأكد سامي بن حسن التميمي، وزير الثقافة، أهمية المبادرة.") == {
        "سامي بن حسن التميمي": "وزير الثقافة"}


def test_a_title_with_part_of_a_name_is_that_person_when_the_title_is_in_their_role() -> None:
    """A title before the first word(s) of the one full name starting with them is that
    person when the title is a word of the role stated for them (issue 21): one person, with
    the full role."""
    assert people("en", "H.E. Dato' Idris Kamal Abd Rahman, Ambassador of Malaysia to Morocco, "
                  "visited the headquarters.",
                  "For his part, Ambassador Idris Kamal said the two sides would cooperate.") == {
        "Idris Kamal Abd Rahman": "Ambassador of Malaysia to Morocco"}
    assert people("en", "Ms. Samira Bennani, Minister of Energy Transition, opened the forum.",
                  "Minister Samira stressed the role of young people.") == {
        "Samira Bennani": "Minister of Energy Transition"}
    assert people("en", "Dr. Karim Al-Faris, Director General of the Heritage Agency, received "
                  "the delegation.", "Director-General Karim thanked the guests.") == {
        "Karim Al-Faris": "Director General of the Heritage Agency"}
    assert people("en", "Minister Samira opened the forum.",
                  "Ms. Samira Bennani, Minister of Energy Transition, then presented the plan.") == {
        "Samira Bennani": "Minister of Energy Transition"}
    assert people("fr", "S.E. M. Idris Kamal Abd Rahman, ambassadeur de Malaisie au Maroc, a "
                  "visité le siège.", "L’ambassadeur Idris Kamal a déclaré que les deux parties "
                  "coopéreraient.") == {"Idris Kamal Abd Rahman": "ambassadeur de Malaisie au Maroc"}


def test_a_title_not_in_the_role_of_the_full_name_is_another_person() -> None:
    """The same shape with a title that is not a word of the full name's role, or with two full
    names starting with the words, stays another person (no role moves)."""
    assert people("en", "Ms. Samira Bennani, Director of the Energy Agency, opened the forum.",
                  "Minister Samira stressed the role of young people.") == {
        "Samira Bennani": "Director of the Energy Agency", "Samira": "Minister"}
    assert people("en", "H.E. Idris Kamal Abd Rahman, Minister of Trade, visited the headquarters.",
                  "Ambassador Idris Kamal said the two sides would cooperate.") == {
        "Idris Kamal Abd Rahman": "Minister of Trade", "Idris Kamal": "Ambassador"}
    named = people("en", "Mr. Karim Haddad, Minister of Education, met Mr. Karim Benali, Minister "
                   "of Culture.", "Minister Karim thanked the organisers.")
    assert (named["Karim Haddad"], named["Karim Benali"]) == (
        "Minister of Education", "Minister of Culture")
    assert people("en", "Prime Minister Karim opened the forum, and Dr. Karim Ben Salah Toumi, "
                  "Minister of Planning, presented the plan.") == {
        "Karim": "Prime Minister", "Karim Ben Salah Toumi": "Minister of Planning"}
