"""French and Arabic partners on the shapes real pages write (issue 21, session 17): each kind
of error found on the development sets, as invented sentences with the partners the contract
asks for (docs/contract.md: an organization acting in the article; one body named once is one
partner; the name where it ends)."""

from __future__ import annotations

import pytest

from tests.test_partner_matrix import Row, cases, check

# Kind 1: a body named only to say whose the acting body is ("X, relevant de la Fondation Y",
# "X التابعة لرابطة Y") is no partner; the acting body is. A unit (a faculty, a department)
# folds into its owner, which is the partner.
OWNER_ROWS_FR: list[Row] = [
    ("owner-fr-relevant-de", "L’ICESCO a tenu une réunion avec l’Association Horizons du Savoir, active dans "
     "l’enseignement des langues et relevant de la Fondation Nour pour l’éducation.",
     {"Association Horizons du Savoir"}, set()),
    ("owner-fr-affilie-a", "L’Institut Al-Hikma d’études stratégiques, affilié à l’Université Al Qalam de "
     "Kénitra, a signé un accord avec l’ICESCO.", {"Institut Al-Hikma d’études stratégiques"}, set()),
    ("owner-fr-named-again", "L’Association Horizons du Savoir, relevant de la Fondation Nour pour l’éducation, "
     "a signé l’accord. La Fondation Nour pour l’éducation a financé le projet.",
     {"Association Horizons du Savoir", "Fondation Nour pour l’éducation"}, set()),
]
OWNER_ROWS_AR: list[Row] = [
    ("owner-ar-body-of-its-own", "التقى المدير العام ممثلي الهيئة العالمية لتعليم الكبار التابعة لرابطة "
     "الجامعات الأهلية في الرياض.", {"الهيئة العالمية لتعليم الكبار"}, set()),
    ("owner-ar-list", "عقد ممثل الإيسيسكو لقاءات مع المسؤولين في البنك العربي للتنمية الريفية، والهيئة "
     "العالمية لتعليم الكبار التابعة لرابطة الجامعات الأهلية، ومؤسسة الأمل للتنمية المستدامة.",
     {"البنك العربي للتنمية الريفية", "الهيئة العالمية لتعليم الكبار", "مؤسسة الأمل للتنمية المستدامة"}, set()),
    ("owner-ar-faculty", "نظمت كلية الآداب التابعة لجامعة النخيل الدولية ندوة علمية.",
     {"جامعة النخيل الدولية"}, set()),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("text", "partners", "countries"), cases(OWNER_ROWS_FR, GAPS))
def test_french(text: str, partners: set[str], countries: set[str]) -> None:
    check("fr", text, partners, countries)


@pytest.mark.parametrize(("text", "partners", "countries"), cases(OWNER_ROWS_AR, GAPS))
def test_arabic(text: str, partners: set[str], countries: set[str]) -> None:
    check("ar", text, partners, countries)
