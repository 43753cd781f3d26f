"""Links to other articles and tags below an article ("Read also:", "Tags: …"): page furniture,
not the article's text (issue #21)."""

from __future__ import annotations

import pytest

from icli.extract.article import extract
from icli.text.furniture import furniture
from icli.text.parse import parse_dump

_PAGES = {
    "en": ("Rabat Hosts A Workshop On Old Bindings\n\nRabat, 8 September 2025\n\n"
           "Binders from the Rabat workshop showed how old leather covers are mended.\n\n"
           "{heading}\n- Nigeria opens a school of calligraphy\n"
           "- Prof. Musa Bello appointed head of the Kano Archive\n\n"
           "The workshop closed with a visit to the city's old library.\n\n{tags}\n"),
    "fr": ("Un atelier sur les reliures anciennes à Rabat\n\nRabat, le 8 septembre 2025\n\n"
           "Les relieurs de l'atelier de Rabat ont montré comment réparer les couvertures.\n\n"
           "{heading}\n- Le Nigeria ouvre une école de calligraphie\n\n{tags}\n"),
    "ar": ("ورشة حول تجليد الكتب القديمة في الرباط\n\nالرباط، 8 سبتمبر 2025\n\n"
           "عرض المجلدون في ورشة الرباط طرق إصلاح الأغلفة الجلدية القديمة.\n\n"
           "{heading}\n- نيجيريا تفتتح مدرسة للخط العربي\n\n{tags}\n"),
}


@pytest.mark.parametrize(
    ("language", "heading", "tags"),
    [("en", "Read also:", "Tags: Manuscripts, Nigeria"),
     ("en", "Read more:", "Tags: Calligraphy, Nigeria"),
     ("fr", "Lire aussi :", "Mots-clés : manuscrits, Nigeria"),
     ("ar", "اقرأ أيضا:", "الوسوم: المخطوطات، نيجيريا")],
)
def test_read_also_headlines_and_tags_are_not_the_article(language: str, heading: str,
                                                          tags: str) -> None:
    page = _PAGES[language].format(heading=heading, tags=tags)
    (article,) = parse_dump(page).articles
    text = "\n".join(article.body)
    assert "Nigeria" not in text and "نيجيريا" not in text
    assert {m.code for m in extract(article) if m.kind == "country"} == set()
    if language == "en":  # the paragraph after the links is the article's
        assert "The workshop closed" in text
        assert not any(m.kind == "person" for m in extract(article))


@pytest.mark.parametrize(
    ("line", "kind"),
    [("Read also:", "links"), ("À lire aussi", "links"), ("اقرأ أيضاً", "links"),
     ("Read also: Nigeria opens a school", "link"), ("Tags: Manuscripts", "link"),
     ("Read More", "button"), ("Read also the full report on the forum.", None),
     ("Tags", None)],
)
def test_link_headings_and_tag_lines(line: str, kind: str | None) -> None:
    assert furniture(line) == kind
