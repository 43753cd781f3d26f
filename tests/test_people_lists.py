"""People named with no title, found on real pages and missed before (issue 21), each rule on a
short text written for it: winners listed as numbered items, the royal title "le Roi" in
French, a French role in lower case with its complement before the name, a hyphenated surname
written alone, Arabic lists opened by "هما"/"كل من"; and the titles, countries and nouns that
stay out ("First Lady", "Souverain du Royaume du …", "والبحث العلمي")."""

from __future__ import annotations

from icli.extract.article import extract
from icli.text.parse import ParsedArticle


def people(language: str, *paragraphs: str) -> dict[str, str | None]:
    article = ParsedArticle(title="A title for the test", body=list(paragraphs), language=language)
    return {m.name: m.role for m in extract(article) if m.kind == "person" and m.name}


# --- English ---------------------------------------------------------------------------------


def test_numbered_winners_after_a_line_announcing_them_are_people() -> None:
    found = people(
        "en", "The jury of the essay contest has chosen its winners for the junior category:",
        "1. Tariq Olawale Bankole, Crescent Model School, Ghana;",
        "2. Meryem bint Yusuf Haddou, Atlas College, Morocco.")
    assert set(found) == {"Tariq Olawale Bankole", "Meryem bint Yusuf Haddou"}


def test_numbered_items_that_are_bodies_or_with_no_winners_stay_out() -> None:
    assert people(
        "en", "The three winners of the prize were announced:",
        "1. Green Valley Foundation, Kenya.", "2. Royal Charity Society, Jordan.") == {}
    assert people("en", "The agenda covered three points:",
                  "1. Budget Review, first reading.", "2. Staff Matters, second reading.") == {}


def test_first_lady_is_a_title_not_a_person() -> None:
    found = people("en", "The session opened with an address by Dr. Narmin Qasimova, First Lady, "
                         "Vice-President of the Republic of Azerbaijan.")
    assert set(found) == {"Narmin Qasimova"}
    assert (found["Narmin Qasimova"] or "").startswith("First Lady")


# --- French ----------------------------------------------------------------------------------


def test_le_roi_after_sa_majeste_gives_the_king_and_his_title_is_no_person() -> None:
    found = people("fr", "La rencontre s’est tenue sous le haut patronage de Sa Majesté le Roi "
                         "Abdelkrim III, Souverain du Royaume du Maroc, en présence d’élus.")
    assert set(found) == {"Abdelkrim III"}


def test_a_first_name_that_is_also_a_country_is_still_a_name() -> None:
    """"Maurice" is Mauritius in French, "France" a country: a title of a country is "du
    Royaume du Maroc", never a first name."""
    assert people("fr", "La ministre Chantal Liban a ouvert le salon du livre.") == {
        "Chantal Liban": "ministre"}
    assert people("fr", "Le ministre Maurice Lambert a salué les exposants.") == {
        "Maurice Lambert": "ministre"}
    found = people("fr", "La présidente de l’université, Marie-France Tremblay, a reçu les "
                         "chercheurs.")
    assert list(found) == ["Marie-France Tremblay"]


def test_lower_case_role_and_complement_before_a_name() -> None:
    found = people("fr", "Le projet est essentiel, a affirmé son directeur général Karim ben "
                         "Lahcen Tazi, lors d’une visite du président du jury des "
                         "lauréats Jamal Eddine Berrada à Fès.")
    assert found == {"Karim ben Lahcen Tazi": "directeur général",
                     "Jamal Eddine Berrada": "président du jury des lauréats"}


def test_a_role_followed_by_a_verb_is_no_role_before_a_name() -> None:
    found = people("fr", "Le ministre a reçu Hamid Lahlou et Nora Bensaid à Tunis.")
    assert "Hamid Lahlou" not in found or found["Hamid Lahlou"] is None


def test_last_part_of_a_hyphenated_surname_alone_is_the_same_person() -> None:
    found = people("fr", "Dr Nadia Ekomi-Mbadinga, ministre de la Culture, a été reçue à Rabat. "
                         "Mme Mbadinga a salué le partenariat.")
    assert found == {"Nadia Ekomi-Mbadinga": "ministre de la Culture"}


# --- Arabic ----------------------------------------------------------------------------------


def test_arabic_list_opened_by_huma_or_kull_man_gives_each_name() -> None:
    assert set(people("ar", "وفاز بالجائزة الثانية طالبان من تونس، هما سلمى الهادي بن عمر، "
                            "ويوسف قاسم الطرابلسي على التوالي.")) == {
        "سلمى الهادي بن عمر", "يوسف قاسم الطرابلسي"}
    assert set(people("ar", "فكل من مريم ناصر، وهدى سالم العلوي، ونادية فريد، فزن بجوائز "
                            "المسابقة.")) == {"مريم ناصر", "هدى سالم العلوي", "نادية فريد"}


def test_arabic_noun_joined_by_wa_before_a_role_is_no_name() -> None:
    found = people("ar", "استقبل وزير التربية والبحث العلمي رئيس اللجنة الوطنية الدكتور كمال "
                         "عبد الرحيم في مقر الوزارة.")
    assert "البحث العلمي" not in found
    assert "كمال عبد الرحيم" in found


def test_arabic_honorific_after_a_glued_lam_gives_the_name() -> None:
    found = people("ar", "وتولى المنصب خلفًا للدكتور يوسف بن سعيد الحارثي بعد انتهاء ولايته.")
    assert "يوسف بن سعيد الحارثي" in found


def test_arabic_name_starting_with_waw_after_an_honorific_keeps_it() -> None:
    """After "للدكتور" no conjunction stands before the name: "وليد" is Walid, not "and Lid";
    in a list, "و" joins the next name and is not part of it."""
    found = people("ar", "وافتتح اللقاء بكلمة للدكتور وليد سمير العمري، مدير مركز الدراسات "
                         "البحرية، رحب فيها بالحضور.")
    assert "وليد سمير العمري" in found and "ليد سمير العمري" not in found
    found = people("ar", "وحضر اللقاء أحمد سالم ومريم عادل الزين رئيسة الجمعية.")
    assert "مريم عادل الزين" in found


def test_arabic_rules_are_named_for_what_they_read() -> None:
    article = ParsedArticle(title="A title for the test", language="ar", body=[
        "استقبل الدكتور نبيل حسن الشامي في مكتبه وفدا من الطلبة.",
        "وقال فؤاد سعيد المنصوري رئيس الجمعية إن البرنامج ناجح."])
    rules = {m.name: m.rule for m in extract(article) if m.kind == "person"}
    assert rules == {"نبيل حسن الشامي": "person.ar.honorific",
                     "فؤاد سعيد المنصوري": "person.ar.name-then-role"}
