"""Partners and countries a final review found wrong (issue 21), each beside neighbours that
must not change: sentences written for the test, answers written by hand before icli ran.
Partners: a page's call to its reader or an event is no headless body ("Watch the Video"); a
former post is only its own words ("a former minister invited by X" keeps X); a winner's
school needs a listed winner; a university that hosted an honorary degree's ceremony is a host;
"similar to the one run by X" compares; a board folds into any body. Countries: "Georgia State
University" in a title and "Université d’État de Géorgie" name no country; "بنين وبنات" are
boys and girls."""

from __future__ import annotations

import pytest

from icli.extract.article import extract
from icli.text.normalize import name_norm
from icli.text.parse import ParsedArticle

TITLES = {"en": "A title written for the test", "fr": "Un titre écrit pour le test",
          "ar": "عنوان مكتوب للاختبار"}

PARTNERS: list[tuple[str, str, str, dict[str, str | None]]] = [
    # a page's call to its reader, an event or a series: no body
    ("call-watch", "en", "Watch the Video of the ceremony on our channel.", {}),
    ("call-read", "en", "Read the Report in full on the website.", {}),
    ("event-series", "en", "Visitors saw the photographs, and Meet the Artists, a series of talks.", {}),
    ("event-exhibition", "en", "The week opened with Light the Lanterns, an exhibition of lamps.", {}),
    ("headless-kept", "en", "ICESCO signed an agreement with Save the Children in Rabat.",
     {"Save the Children": None}),
    ("headless-described-kept", "en", "ICESCO worked with Save the Children, a charity for children, "
     "in Chad.", {"Save the Children": None}),
    # a former post is only its own words
    ("former-then-invited", "en", "Dr. Karim Mansour, a former minister invited by the Arab Open "
     "University, delivered a lecture.", {"Arab Open University": "AOU"}),
    ("former-and-current", "en", "Dr. Omar Haddad, former minister and current President of the Arab "
     "Open University, took part.", {"Arab Open University": "AOU"}),
    ("former-post-kept", "en", "Dr. Omar Said, a former rector of the University of Tunis, spoke at "
     "the forum.", {}),
    ("former-and-current-fr", "fr", "M. Karim Nour, ancien ministre et actuel président de l’Université "
     "de Tunis, a pris la parole.", {"Université de Tunis": None}),
    # a winner's school needs a listed winner
    ("winners-elsewhere", "en", "Dr. Sara Ali, a researcher at Qatar University, delivered a lecture at "
     "the ceremony, which also honoured the winners of the Heritage Award.", {"Qatar University": None}),
    ("winner-won-after", "en", "Ms. Amina Diallo, a student at Cheikh Anta Diop University, won the "
     "Science Prize at the ceremony.", {}),
    # an honorary degree: the giver is no partner unless it hosted the ceremony
    ("honorary-host", "en", "Dr. Salim Nour received an honorary doctorate from the University of Jordan "
     "at a ceremony hosted on its campus in Amman.", {"University of Jordan": None}),
    ("honorary-held-elsewhere", "en", "Dr. Omar Said, who holds an honorary doctorate from the University "
     "of Nouakchott, gave a lecture at a ceremony held in Rabat.", {}),
    # comparisons
    ("similar-run-by", "en", "He said the competition is similar to the one run by UNESCO.", {}),
    ("similar-celui-de", "fr", "Ils ont discuté d’un programme similaire à celui de l’UNESCO.", {}),
    ("with-unesco-kept", "fr", "Ils ont discuté d’un programme mené avec l’UNESCO.",
     {"United Nations Educational, Scientific and Cultural Organization": "UNESCO"}),
    # a board folds into any body
    ("board-of-university", "en", "ICESCO hosted the meeting of the Board of Trustees of the Islamic "
     "University of Technology.", {"Islamic University of Technology": None}),
    ("board-of-bank-kept", "en", "The Board of Directors of the Islamic Development Bank met in Jeddah.",
     {"Islamic Development Bank": "IsDB"}),
]

COUNTRIES: list[tuple[str, str, str, str, set[str]]] = [
    # (id, language, title, body, countries)
    ("title-state-university", "en", "ICESCO Signs Agreement with Georgia State University",
     "ICESCO signed a cooperation agreement with the university.", set()),
    ("title-country-kept", "en", "ICESCO Delegation Visits Georgia", "The delegation met officials.", {"GEO"}),
    ("title-ministry-kept", "en", "ICESCO Signs Agreement with the Moroccan Ministry of Culture",
     "The agreement covers heritage.", {"MAR"}),
    ("title-of-country-kept", "en", "University of Jordan Hosts Forum", "The forum opened.", {"JOR"}),
    ("title-demonym-body-kept", "en", "ICESCO Signs Partnership with Tajik Academy of Arts",
     "The two parties signed a memorandum.", {"TJK"}),
    ("body-state-university-kept", "en", "A title written for the test",
     "ICESCO signed an agreement with Georgia State University.", set()),
    ("fr-universite-etat", "fr", "Un titre écrit pour le test",
     "M. John Carter, président de l’Université d’État de Géorgie, a été reçu.", set()),
    ("fr-etat-du-koweit-kept", "fr", "Un titre écrit pour le test",
     "L’État du Koweït a soutenu le programme.", {"KWT"}),
    ("fr-georgie-kept", "fr", "Un titre écrit pour le test", "La délégation s’est rendue en Géorgie.", {"GEO"}),
    ("fr-ministere-kept", "fr", "Un titre écrit pour le test",
     "Le ministère de l’Éducation du Sénégal a organisé la rencontre.", {"SEN"}),
    ("ar-boys-and-girls", "ar", TITLES["ar"],
     "يستفيد من البرنامج ألف طالب من بنين وبنات في المدارس الريفية.", set()),
    ("ar-students-from-boys", "ar", TITLES["ar"], "شارك في المسابقة عدد من بنين المدرسة.", set()),
    ("ar-benin-listed-kept", "ar", TITLES["ar"], "زار الوفد بنين وبوركينا فاسو.", {"BEN", "BFA"}),
    ("ar-benin-after-preposition-kept", "ar", TITLES["ar"], "سافر الوفد إلى بنين أمس.", {"BEN"}),
    ("ar-benin-ambassador-kept", "ar", TITLES["ar"], "استقبل المدير العام سفير بنين.", {"BEN"}),
    ("ar-mali-kept", "ar", TITLES["ar"], "عقدت الندوة في مالي.", {"MLI"}),
    ("ar-financial-kept", "ar", TITLES["ar"], "قدم البرنامج دعم مالي للأسر.", set()),
]


@pytest.mark.parametrize(("language", "text", "partners"), [
    pytest.param(language, text, partners, id=case_id) for case_id, language, text, partners in PARTNERS])
def test_partners(language: str, text: str, partners: dict[str, str | None]) -> None:
    article = ParsedArticle(title=TITLES[language], body=[text], language=language)
    found = {name_norm(m.name): m.code for m in extract(article) if m.kind == "partner"}
    assert found == {name_norm(name): code for name, code in partners.items()}, text


@pytest.mark.parametrize(("language", "title", "body", "countries"), [
    pytest.param(language, title, body, countries, id=case_id)
    for case_id, language, title, body, countries in COUNTRIES])
def test_countries(language: str, title: str, body: str, countries: set[str]) -> None:
    article = ParsedArticle(title=title, body=[body], language=language)
    assert {m.key for m in extract(article) if m.kind == "country"} == countries, (title, body)
