"""Partners missed (issue 21, recall): the venue institution that hosts, an office named after
another organization's post, a task force, and in French lower-case state bodies, a publisher
and another body's programme (which folds into that body).
Sentences written for the test, each with the partners the contract counts (name → acronym),
written by hand before icli ran, beside near cases that stay no partner (a venue with no proper
name, ICESCO's own office, a task force not named). A case icli does not meet yet is a strict
xfail with its reason."""

from __future__ import annotations

import pytest

from icli.text.normalize import name_norm
from tests.test_partner_precision import Row, found

ROWS_EN: list[Row] = [
    ("en-venue-expo", "en", "The forum was held at the Bay Harbour Expo Center in Dubai.",
     {"Bay Harbour Expo Center": None}),
    ("en-venue-conference-center", "en", "The conference took place at the King Abdulaziz International "
     "Conference Center in Riyadh.", {"King Abdulaziz International Conference Center": None}),
    ("en-venue-no-name", "en", "The forum was held at the Expo Center in Dubai.", {}),
    ("en-venue-generic", "en", "The forum was held at the International Conference Center.", {}),
    ("en-office-of-un-post", "en", "ICESCO took part in a meeting organized by the Office of the United "
     "Nations High Commissioner for Human Rights in Geneva.",
     {"Office of the United Nations High Commissioner for Human Rights": None}),
    ("en-office-own", "en", "ICESCO’s Office of the Director-General issued the statement.", {}),
    ("en-office-no-owner", "en", "The Office of Cultural Affairs prepared the report.", {}),
    ("en-office-acronym-folds", "en", "ICESCO met the UNICEF Office in Rabat on Monday.",
     {"United Nations Children’s Fund": "UNICEF"}),
    ("en-task-force", "en", "ICESCO and the International Task Force on Teachers for Education 2030 "
     "organized a webinar.", {"International Task Force on Teachers for Education 2030": None}),
    ("en-force-no-task", "en", "The ministry set up a committee with the help of the Air Force.", {}),
    ("en-university-named-after-person", "en", "Hicham Saadi, President of Mohammed VI Polytechnic "
     "University, took part in the meeting.", {"Mohammed VI Polytechnic University": None}),
]

ROWS_FR: list[Row] = [
    ("fr-national-commission-lower-case", "fr", "L’ICESCO et la commission nationale tunisienne pour "
     "l’éducation, la science et la culture ont organisé un atelier.",
     {"commission nationale tunisienne pour l’éducation, la science et la culture": None}),
    ("fr-ministry-lower-case", "fr", "L’atelier a été organisé avec le ministère marocain de la culture.",
     {"ministère marocain de la culture": None}),
    ("fr-lower-case-no-state", "fr", "L’atelier a été organisé avec le centre d’enseignement de la langue "
     "arabe.", {}),
    ("fr-head-and-demonym-alone", "fr", "La délégation a visité l’université marocaine.", {}),
    ("fr-embassy-demonym", "fr", "La cérémonie a été organisée avec la Représentation diplomatique "
     "gabonaise à Rabat.", {"Représentation diplomatique gabonaise": None}),
    ("fr-publisher", "fr", "L’ICESCO a signé un accord avec les Éditions du Sirocco.",
     {"Éditions du Sirocco": None}),
    ("fr-programme-of-another-body", "fr", "L’expert a présenté le Programme pour la gestion des "
     "transformations sociales (MOST) de l’UNESCO lors du forum.",
     {"United Nations Educational, Scientific and Cultural Organization": "UNESCO"}),
    ("fr-programme-body-kept", "fr", "Le Programme arabe du Golfe pour le développement (AGFUND) de Riyad a "
     "financé le projet.", {"Programme arabe du Golfe pour le développement": "AGFUND"}),
    # a standing conference of ministers named with its acronym is a body (session 22); a session
    # of one, or a conference with an adjective ("Conférence islamique des ministres …"), is an event
    ("fr-ministers-conference-body", "fr", "Un accord a été signé entre l’ICESCO et la Conférence des "
     "Ministres de l’Éducation des pays des Oasis (CONFEMO).",
     {"Conférence des Ministres de l’Éducation des pays des Oasis": "CONFEMO"}),
    ("fr-ministers-conference-session", "fr", "L’ICESCO a pris part à la 12e session de la Conférence "
     "des ministres de la Culture des Oasis (CMCO).", {}),
    ("fr-ministers-conference-adjective", "fr", "L’ICESCO a pris part à la Conférence islamique des "
     "ministres de la Culture des Oasis (CICO).", {}),
    # a meeting of one, told by what follows its acronym (held, meeting, organized by), is an event
    ("fr-ministers-conference-held", "fr", "La Conférence des ministres sahéliens de la Culture des Oasis "
     "(CMSCO), tenue à Niamey du 4 au 6 mai 2026, a salué l’accord.", {}),
    ("fr-ministers-conference-will-meet", "fr", "La Conférence des ministres de la Culture des Oasis "
     "(CMCO) se réunira à Lomé en 2027.", {}),
    ("fr-ministers-conference-met", "fr", "La Conférence des ministres de la Culture des Oasis (CMCO) "
     "s’est réunie à Lomé avec l’ICESCO.", {}),
    ("fr-ministers-conference-organizes", "fr", "La Conférence des ministres de la Jeunesse des Oasis "
     "(CONFEJO) et l’ICESCO ont organisé un atelier.",
     {"Conférence des ministres de la Jeunesse des Oasis": "CONFEJO"}),
    ("fr-ministers-conference-no-acronym", "fr", "La Conférence des ministres de la Culture des Oasis "
     "s’est tenue avec l’ICESCO.", {}),
    ("fr-university-named-after-person", "fr", "L’ICESCO a signé un accord avec l’Université polytechnique "
     "Mohammed VI à Benguerir.", {"Université polytechnique Mohammed VI": None}),
]

# What icli does not meet yet (each case stays, a strict xfail).
GAPS: dict[str, str] = {
    "fr-embassy-demonym": "'représentation' is no head (a common noun: 'la représentation des femmes'); "
                          "a diplomatic mission named by its demonym is not read",
    "fr-publisher": "'Éditions' is no head (the plural common noun 'les éditions précédentes du Festival' "
                    "would run into a name)",
}


@pytest.mark.parametrize(("language", "text", "partners"), [
    pytest.param(language, text, partners, id=case_id,
                 marks=[pytest.mark.xfail(strict=True, reason=GAPS[case_id])] if case_id in GAPS else [])
    for case_id, language, text, partners in ROWS_EN + ROWS_FR])
def test_missed_partners_are_found(language: str, text: str, partners: dict[str, str | None]) -> None:
    assert found(language, text) == {name_norm(name): acronym for name, acronym in partners.items()}, text
