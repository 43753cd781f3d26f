"""ICESCO's Director-General by role alone (icli/extract/head_by_role.py): a bare title is his
only when it is ICESCO's and not part of another person's role phrase, in the three languages."""

from __future__ import annotations

import pytest

from icli.extract.article import extract
from icli.text.parse import ParsedArticle


def _alone(language: str, text: str) -> list[str]:
    """The role-alone mentions of an invented one-paragraph article, by rule."""
    article = ParsedArticle(title="Title", body=[text], language=language)
    return [m.rule for m in extract(article) if m.kind == "person" and not m.name]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The delegation toured the city archive, where Mr. Karim Oudghiri, Director General "
           "(Acting) of the archive, showed its maps."),
    ("en", "The Director General (Acting) of the archive showed its maps to the visitors."),
    ("fr", "L’ICESCO était représentée par M. Idriss Benkirane, conseiller du Directeur général."),
    ("fr", "La conseillère du Directeur général a présenté le programme aux délégués."),
    ("fr", "Le Directeur général (par intérim) des archives a présenté les cartes."),
    ("ar", "وحضر السيد إدريس بنكيران، مستشار المدير العام للإيسيسكو، الاجتماع."),
    ("ar", "وزار الوفد الأرشيف الوطني حيث قدم المدير العام للأرشيف خرائطه."),
])
def test_another_persons_or_bodys_title_is_no_mention_of_the_head(language: str, text: str) -> None:
    assert _alone(language, text) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Director General of ICESCO opened the session on Monday."),
    ("en", "Mr. Karim Oudghiri, adviser at the archive, welcomed the Director-General."),
    ("fr", "M. Idriss Benkirane a remis au Directeur général de l’ICESCO le rapport."),
    ("ar", "وقال المدير العام للإيسيسكو إن البرنامج سيستمر."),
    ("ar", "وقال المدير العام لمنظمة العالم الإسلامي للتربية والعلوم والثقافة إن البرنامج سيستمر."),
    ("ar", "وقال المدير العام للمنظمة إن البرنامج سيستمر."),
])
def test_icescos_head_by_role_alone_is_still_read(language: str, text: str) -> None:
    assert _alone(language, text) == [f"person.{language}.role-alone"]
