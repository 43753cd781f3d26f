"""People that are not people (issue 21, session 16): a capitalised role word after an
honorific-like title ("Ambassadeur Haut Représentant …") is no name; a name cut where the text
is cut (a title made of the first sentence and its ellipsis, "Dr Karim Benali…"; a page cut
mid-word, "Dr Bena") is no other person. Invented sentences of the shapes the development sets'
errors had; expectations written from docs/contract.md before icli was run on them."""

from __future__ import annotations

from icli.extract.article import extract
from icli.text.parse import ParsedArticle
from tests.test_roles import people


def _people(language: str, title: str, body: list[str], from_text: bool = False) -> set[str]:
    article = ParsedArticle(title=title, body=body, language=language, title_from_text=from_text)
    return {m.name for m in extract(article) if m.kind == "person" and m.name}


def test_a_role_word_after_an_honorific_like_title_is_no_name() -> None:
    assert people("fr", "Était présent S.E.M. Paul NGOMA, Ambassadeur Haut Représentant de la "
                  "République du Congo près le Royaume du Maroc.") == {
        "Paul NGOMA": "Ambassadeur Haut Représentant de la République du Congo près le Royaume du Maroc"}
    assert "Haut" not in people("fr", "La délégation était conduite par l’Ambassadeur Haut "
                                "Représentant de la République du Congo.")
    assert people("fr", "Le Ministre Premier Conseiller a ouvert la séance.") == {}


def test_a_name_cut_by_a_title_s_ellipsis_is_the_body_s_person() -> None:
    first = ("Dr Salim M. AlMalik, Directeur général de l’ICESCO, et Dr Karim Benali, ministre de "
             "la Culture, ont examiné les moyens de renforcer la coopération.")
    assert _people("fr", "Dr Salim M. AlMalik, Directeur général de l’ICESCO, et Dr Karim Benali…",
                   [first], from_text=True) == {"Salim M. AlMalik", "Karim Benali"}
    assert _people("en", "Dr. Salim M. AlMalik receives Dr. Karim Benali…",
                   ["Dr. Salim M. AlMalik received Dr. Karim Benali, Minister of Culture."]) == {
        "Salim M. AlMalik", "Karim Benali"}


def test_a_name_cut_where_the_page_is_cut_is_no_other_person() -> None:
    body = ["Il a reçu Dr Karim Benali, ministre de la Culture, au siège de l’Organisation.",
            "De même, Dr Bena"]
    assert _people("fr", "Un titre pour le test", body) == {"Karim Benali"}
    body = ["Dr. Karim Benali, Minister of Culture, visited the headquarters.", "Later, Dr. Bena"]
    assert _people("en", "A title for the test", body) == {"Karim Benali"}


def test_a_whole_name_at_the_end_of_a_page_stays() -> None:
    body = ["Il a reçu Dr Karim Benali, ministre de la Culture.", "Étaient présents Dr Omar Sall"]
    assert _people("fr", "Un titre pour le test", body) == {"Karim Benali", "Omar Sall"}


def test_a_whole_last_word_that_begins_another_name_s_word_stays() -> None:
    body = ["Mr. Alioune Diop, Minister of Culture, opened the session.",
            "The closing ceremony was attended by Dr. Mohamed Ali"]
    assert _people("en", "A title for the test", body) == {"Alioune Diop", "Mohamed Ali"}
    body = ["Il a reçu Dr Karim Benali, ministre de la Culture.", "De même, Dr Karim Bena"]
    assert _people("fr", "Un titre pour le test", body) == {"Karim Benali"}
