"""A page whose first 'title' below a news lead reads as one of the lead's paragraphs (a line
holding a finished sentence of eight words or more with no closing mark, a line longer than a
title, or a line with nothing under it above the page's furniture) is one article titled by
its first sentence, that line in its body: the persons and countries of both halves stay in
one article. So is a page whose only title below the lead is an undated subheading
(test_lead_before_title, test_one_page_splits). Texts written for the tests."""

from __future__ import annotations

import pytest

from icli.extract.article import extract
from icli.text.parse import parse_dump

# A later paragraph with two sentences and no closing mark.
EN = """Tunis: 14/05/2025

The ICESCO Director-General received today in Tunis Ms. Amira Belhaj, Minister of Youth of Tunisia, to discuss a programme for young innovators.

Both sides reviewed the results of the last forum and the coming calls for projects.

Ms. Belhaj then met the delegation of Senegal led by Mr. Ousmane Diallo. They agreed to hold the next forum in Dakar next autumn

The meeting ended with an exchange of gifts between the two delegations.
"""

# The page's last paragraph, one long sentence with no closing mark and nothing under it.
AR = """الرباط: استقبل المدير العام لمنظمة العالم الإسلامي للتربية والعلوم والثقافة (إيسيسكو) يوم 2 أبريل 2025 معالي السيد خالد بن ناصر، وزير الثقافة في سلطنة عمان. وبحث الطرفان سبل التعاون في مجال حماية التراث.

وفي ختام اللقاء قدم الوزير شكره للمنظمة على جهودها في دعم المؤسسات الثقافية في سلطنة عمان وفي سائر الدول الأعضاء في المنظمة
"""

# A paragraph longer than a title, with no closing mark.
FR = """Dakar, 9 janvier 2025 – L’ICESCO a organisé un atelier sur la formation des enseignants, en présence de M. Mamadou Ndiaye, ministre de l’Éducation du Sénégal. Une cinquantaine de formateurs y ont pris part.

À l’issue de l’atelier les participants ont adopté une série de recommandations portant sur la formation continue des enseignants du primaire et du secondaire et sur l’usage du numérique

Le Directeur général a salué l’engagement des autorités sénégalaises.
"""


@pytest.mark.parametrize(("text", "persons", "line"), [
    (EN, {"Amira Belhaj", "Ousmane Diallo"}, "Ms. Belhaj then met the delegation of Senegal"),
    (AR, {"خالد بن ناصر"}, "وفي ختام اللقاء قدم الوزير شكره"),
    (FR, {"Mamadou Ndiaye"}, "À l’issue de l’atelier les participants"),
])
def test_a_paragraph_read_as_a_title_below_a_lead_is_the_lead_s(
        text: str, persons: set[str], line: str) -> None:
    dump = parse_dump(text)
    assert len(dump.articles) == 1
    article = dump.articles[0]
    assert article.title_from_text
    assert any(paragraph.startswith(line) for paragraph in article.body)
    assert article.date is not None
    names = {found.name for found in extract(article) if found.kind == "person"}
    assert persons <= names
