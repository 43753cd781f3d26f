"""A French body is a partner only where some sentence naming it shows it acting (issue 21,
session 20): organizing, signing, taking part, receiving, presiding, a person of it speaking; or
named right after "avec" (the counterpart), "l’ICESCO et" (ICESCO's fellow
party) or "siège de" (the venue). A body named in passing (its
history, its members, a comparison) is none. Each on sentences written for the test."""

from __future__ import annotations

from icli.extract.article import extract
from icli.text.parse import ParsedArticle


def partners(*paragraphs: str) -> set[str]:
    article = ParsedArticle(title="Un titre pour le test", body=list(paragraphs), language="fr")
    return {m.name for m in extract(article) if m.kind == "partner"}


def test_a_body_acting_in_a_sentence_naming_it_is_a_partner() -> None:
    assert partners("L’Université des Oasis a organisé un colloque sur le patrimoine.") == {
        "Université des Oasis"}
    assert partners("L’ICESCO et la Fondation Nour pour l’éducation ont signé un mémorandum d’entente.") == {
        "Fondation Nour pour l’éducation"}
    assert partners("La séance était présidée par M. Karim Salhi, recteur de l’Université des Oasis.") == {
        "Université des Oasis"}
    # a person of the body speaking
    assert partners("Le président de la Fondation Nour pour l’éducation a souligné l’importance du "
                    "programme.") == {"Fondation Nour pour l’éducation"}


def test_a_body_named_in_passing_is_none() -> None:
    assert partners("L’Université des Oasis a été fondée il y a trente ans dans une ville côtière.") == set()
    # another body's members: a request to join, no act of the body
    assert partners("La demande d’adhésion de l’Association des bibliothécaires du Sahel au réseau a "
                    "été approuvée.") == set()


def test_one_acting_sentence_is_enough() -> None:
    assert partners("L’Université des Oasis a été fondée il y a trente ans.",
                    "Une délégation de l’Université des Oasis a visité les ateliers.") == {
        "Université des Oasis"}


def test_the_words_of_a_body_name_tell_no_act() -> None:
    # "coopération" is a word of the name, not of the sentence
    assert partners("L’Agence de coopération des Oasis fut fondée en 1990.") == set()
    assert partners("L’Agence de coopération des Oasis a accueilli la rencontre.") == {
        "Agence de coopération des Oasis"}
    # nor of another body's name in the sentence
    assert partners("L’Université des Oasis est à l’Agence de coopération des Oasis ce qu’est "
                    "une école pour une ville.") == set()


def test_the_noun_president_tells_no_act_presiding_does() -> None:
    assert partners("Le président du pays a fondé l’Université des Oasis en 1990.") == set()
    assert partners("La séance a été présidée par le recteur de l’Université des Oasis.") == {
        "Université des Oasis"}


def test_an_act_word_counts_only_as_a_word_of_its_own() -> None:
    # "obtenu" holds "tenu" (held): no act
    assert partners("L’Université des Oasis a obtenu son statut actuel en 1990.") == set()


def test_a_body_named_right_after_avec_icesco_et_or_the_seat_of_acts() -> None:
    # the counterpart, ICESCO's fellow party, the venue
    assert partners("Le bureau a préparé un guide pratique avec l’Université des Oasis.") == {
        "Université des Oasis"}
    assert partners("L’ICESCO et l’Université des Oasis préparent un guide pratique.") == {
        "Université des Oasis"}
    assert partners("Les travaux se poursuivent au siège de l’Université des Oasis à Tunis.") == {
        "Université des Oasis"}
    # "selon" before another's name says nothing of the body
    assert partners("Selon M. Karim Salhi, l’Université des Oasis fut fondée en 1990.") == set()


def test_a_body_cited_as_a_source_is_none() -> None:
    # a figure or a view it gives: no act in the event
    assert partners("Selon l’Université des Oasis, 40 % des maîtres ont suivi le guide.") == set()
    assert partners("Selon l’Agence nationale des statistiques des Oasis, la moitié des écoles "
                    "manquent de livres.") == set()
    # its people speaking at the event still act
    assert partners("Le recteur de l’Université des Oasis a souligné l’intérêt du guide.") == {
        "Université des Oasis"}


def test_a_body_in_the_role_of_a_person_named_acts_through_the_person() -> None:
    # no act's word in the sentence: the person takes part for the body
    assert partners("La rencontre a été animée par M. Karim Salhi, président de l’Université des Oasis, "
                    "et deux journalistes.") == {"Université des Oasis"}
    assert partners("Le point de presse fut coanimé par le secrétaire général de la Commission nationale "
                    "pour l’UNESCO Karim Salhi.") == {"Commission nationale pour l’UNESCO"}


def test_a_body_in_a_role_given_where_the_person_is_named_again_acts_through_the_person() -> None:
    # fixroles22: the role at the first naming is the person's; the one given later names a body too
    assert partners("Après l’accueil, le Pr. Karim Salhi, Président du Jury, a ouvert la journée.",
                    "La première communication a été faite par le Professeur Karim Salhi, recteur de "
                    "l’Université des Oasis.") == {"Université des Oasis"}
    # a source cited wherever named: no body acts through the person, at either naming
    assert partners("Selon M. Karim Salhi, doyen des lettres, la lecture progresse.",
                    "D’après M. Karim Salhi, recteur de l’Université des Oasis, tout va bien.") == set()


def test_a_person_cited_or_late_is_no_one_a_body_acts_through() -> None:
    # a source cited: its role names a body that takes no part (issue 21)
    assert partners("Selon Mme Awa Ndiaye, directrice de l’Office national des statistiques des Oasis, "
                    "40 % des maîtres manquent de livres.") == set()
    assert partners("D’après le Pr Karim Salhi, doyen de la Faculté des lettres des Oasis, la moitié "
                    "des manuscrits sont abîmés.") == set()
    # the same person taking part elsewhere in the article: the body acts through them
    assert partners("Selon M. Karim Salhi, recteur de l’Université des Oasis, la lecture progresse.",
                    "Plus tard, M. Karim Salhi a animé l’atelier.") == {"Université des Oasis"}
    # a late person, even named again
    assert partners("La soirée a rendu hommage à feu M. Karim Salhi, fondateur de l’Institut des Oasis. "
                    "M. Karim Salhi laisse une œuvre riche.") == set()


def test_an_honorary_title_is_no_act_of_its_body() -> None:
    assert partners("Le directeur général a rencontré Mme Awa Ndiaye, présidente d’honneur de la "
                    "Fondation Nour pour l’éducation.") == set()
    assert partners("La rencontre fut animée par M. Karim Salhi, président d’honneur de l’Université "
                    "des Oasis.") == set()


def test_a_role_held_no_longer_or_a_name_inside_another_body_in_a_role_is_no_act() -> None:
    # a former post
    assert partners("La cérémonie a rendu hommage à M. Karim Salhi, ancien recteur de l’Université des "
                    "Oasis, devant un public nombreux.") == set()
    # a minister's title alone (the ministry is none), a name inside another's name in a role
    assert partners("La rencontre fut animée par M. Karim Salhi, ministre de la Culture et des Arts "
                    "des Oasis, et deux journalistes.") == set()


def test_a_body_only_in_a_ministers_further_title_is_no_partner() -> None:
    # session 22's ruling (a): the minister comes as minister, not for the body of a second title
    assert partners("Le directeur général s’est entretenu avec M. Karim Salhi, ministre de la Culture, "
                    "Président de la Commission nationale des Oasis pour l’éducation.") == set()
    assert partners("Le directeur général a reçu Mme Awa Ndiaye, ministre de l’Éducation, de la Jeunesse "
                    "et des Sports, et présidente de l’Académie des langues des Oasis.") == set()
    # the body acting itself elsewhere in the article is a partner
    assert partners("Le directeur général s’est entretenu avec M. Karim Salhi, ministre de la Culture, "
                    "Président de la Commission nationale des Oasis pour l’éducation.",
                    "L’ICESCO et la Commission nationale des Oasis pour l’éducation ont signé un "
                    "accord.") == {"Commission nationale des Oasis pour l’éducation"}
    # a further title of someone other than a minister: the person takes part for both bodies
    assert partners("La rencontre fut animée par M. Karim Salhi, recteur de l’Université des Oasis, "
                    "président de l’Académie des langues des Oasis.") == {
        "Université des Oasis", "Académie des langues des Oasis"}
    # a ministry in a head of mission's further title: the official takes part for it (fixroles22)
    assert partners("La rencontre s’est tenue en présence de M. Karim Salhi, ambassadeur, directeur de "
                    "la coopération au ministère des Affaires étrangères.") == {
        "ministère des Affaires étrangères"}
    # in the ambassador's own title, the ministry stays none
    assert partners("La rencontre s’est tenue en présence de M. Karim Salhi, ambassadeur du ministère "
                    "des Affaires étrangères auprès des Oasis.") == set()
    # a body in the minister's first title, after a portfolio's comma, stays the ministry's name
    assert partners("Le directeur général a reçu M. Karim Salhi, ministre de l’Éducation, de la Culture "
                    "et de la Jeunesse, qui a présidé la séance de l’Université des Oasis.") == {
        "Université des Oasis"}


def test_a_body_whose_official_signs_under_a_shorter_name_is_a_partner() -> None:
    # issue 21 (session 22): the minister's further title names it in full, its official signs
    text = ("L’ICESCO a signé un accord en présence de M. Karim Salhi, ministre de la Culture, "
            "président de la Commission nationale des Oasis pour l’éducation et les sciences.")
    assert partners(text, "L’accord a été signé par la secrétaire générale de la Commission "
                    "nationale des Oasis, Mme Leila Haddad.") == {
        "Commission nationale des Oasis pour l’éducation et les sciences"}
    # neighbours: no official of it, or an official of another body of the same first words
    assert partners(text, "L’accord a été signé par Mme Leila Haddad, directrice de la culture.") == set()
    assert partners(text, "L’accord a été signé par la secrétaire générale de la Commission "
                    "nationale, Mme Leila Haddad.") == set()


def test_a_body_the_title_shows_signing_under_a_shorter_name_is_a_partner() -> None:
    # issue 21 (session 22, reviewer's R8): ruling a keeps a body the title shows acting
    body = ("L’accord a été signé par M. Karim Salhi, ministre de la Culture et président de la "
            "Commission nationale des Oasis pour l’éducation et les sciences.")

    def titled(title: str) -> set[str]:
        article = ParsedArticle(title=title, body=[body], language="fr")
        return {m.name for m in extract(article) if m.kind == "partner"}

    assert titled("L’ICESCO et la Commission nationale des Oasis signent un accord") == {
        "Commission nationale des Oasis pour l’éducation et les sciences"}
    # neighbours: a title naming no body, or another commission sharing only its first words
    assert titled("L’ICESCO signe un accord") == set()
    assert titled("L’ICESCO et la Commission nationale des Sables signent un accord") == {
        "Commission nationale des Sables"}


def test_a_cut_name_of_icesco_in_a_role_is_no_partner() -> None:
    for cut in ("l’Organisation du Monde Islamique pour l’Éducation",
                "l’Organisation du Monde Islamique pour l’Éducation, les Sciences",
                "l’Organisation islamique pour l’éducation, les sciences et la culture"):
        found = partners(f"La rencontre fut animée par M. Karim Salhi, directeur de {cut}, et deux "
                         "journalistes.")
        assert not any("slamique" in name for name in found), (cut, found)


def test_icescos_french_name_cut_before_pour_while_acting_is_no_partner() -> None:
    # a prefix of ICESCO's own name is never a partner, the sentence telling it acting
    assert partners("L’Organisation internationale de la Francophonie (OIF) et l’Organisation du monde "
                    "islamique ont signé un accord de coopération.") == {
        "Organisation internationale de la Francophonie"}
    assert partners("L’Université des Oasis et l’Organisation islamique ont tenu un atelier.") == {
        "Université des Oasis"}
    # another body whose name opens the same way stays
    assert partners("L’Organisation islamique pour la sécurité des Oasis (OISO) a signé un accord avec "
                    "l’ICESCO.") == {"Organisation islamique pour la sécurité des Oasis"}
    assert partners("L’Organisation du monde islamique des scouts a signé un accord avec l’ICESCO.") == {
        "Organisation du monde islamique des scouts"}


def test_a_unit_or_an_organ_of_a_partner_named_folds_into_it() -> None:
    # the organ, its acronym between, then its owner: the owner is the partner
    assert partners("Le Conseil des ministres de la Jeunesse (CMJ) de l’Organisation de la coopération "
                    "des Oasis a tenu sa session avec l’ICESCO.") == {
        "Organisation de la coopération des Oasis"}
    # a unit whose name ends with its owner's, the owner named as a partner too
    assert partners("Le Bureau international de la jeunesse de l’Unesco (BIJ-Unesco) a organisé un atelier "
                    "avec l’ICESCO et l’Unesco.") == {
        "United Nations Educational, Scientific and Cultural Organization"}


def test_a_body_of_its_own_or_an_organ_with_no_owner_named_stays() -> None:
    # a union is no unit: a body of its own beside the organization it belongs to
    assert partners("L’Union parlementaire des États membres (UPEM) de l’Organisation de la coopération "
                    "des Oasis a signé un accord avec l’ICESCO.") == {
        "Union parlementaire des États membres", "Organisation de la coopération des Oasis"}
    assert partners("Le Conseil national des arts a signé un accord avec la Fondation des Oasis.") == {
        "Conseil national des arts", "Fondation des Oasis"}
