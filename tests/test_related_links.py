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
     (">>Lire aussi : Le Nigeria ouvre une école", "link"), (">> Read also:", "links"),
     ("Tags", None)],
)
def test_link_headings_and_tag_lines(line: str, kind: str | None) -> None:
    assert furniture(line) == kind


# A "Read also" block whose headlines stand apart, a blank line between them: every one is a
# link, up to the article's tags or its end, dated or not. A title and a paragraph after such a
# block, with a date line between them or not (a dump's pages most often have none), are the
# next article's.
_APART = {
    "en": ("ICESCO Holds A Workshop On Old Bindings In Rabat\n\n8 September 2025\n\n"
           "Binders from the Rabat workshop showed how old leather covers are mended.\n\n"
           "Read also:\n\nNigeria Opens A School Of Calligraphy In Kano{date}\n\n"
           "Senegal Hosts A Forum On Manuscripts{date}\n\n"
           "Prof. Musa Bello Appointed Head Of The Kano Archive{date}\n\n{after}\n"),
    "fr": ("L'ICESCO organise un atelier sur les reliures anciennes à Rabat\n\n"
           "8 septembre 2025\n\n"
           "Les relieurs de l'atelier de Rabat ont montré comment réparer les couvertures.\n\n"
           "Lire aussi :\n\nLe Nigeria ouvre une école de calligraphie à Kano{date}\n\n"
           "Le Sénégal accueille un forum sur les manuscrits{date}\n\n"
           "Le Pr Musa Bello nommé à la tête des archives de Kano{date}\n\n{after}\n"),
    "ar": ("الإيسيسكو تنظم ورشة حول تجليد الكتب القديمة في الرباط\n\n8 سبتمبر 2025\n\n"
           "عرض المجلدون في ورشة الرباط طرق إصلاح الأغلفة الجلدية القديمة.\n\n"
           "اقرأ أيضا:\n\nنيجيريا تفتتح مدرسة للخط العربي في كانو{date}\n\n"
           "السنغال تستضيف منتدى حول المخطوطات{date}\n\n"
           "تعيين البروفيسور موسى بيلو رئيسا لأرشيف كانو{date}\n\n{after}\n"),
}
_LINK_DATES = {"en": "\n\n2 September 2025", "fr": "\n\n2 septembre 2025",
               "ar": "\n\n2 سبتمبر 2025"}
_CLOSING = {"en": "The workshop closed with a visit to the city's old library and its binders.",
            "fr": "L'atelier s'est achevé par une visite de la vieille bibliothèque de la ville.",
            "ar": "واختتمت الورشة بزيارة إلى المكتبة القديمة في المدينة."}
_TAGS = {"en": "Tags: Bindings", "fr": "Mots-clés : reliures", "ar": "الوسوم: التجليد"}


@pytest.mark.parametrize("dated", [False, True])
@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_read_also_headlines_apart_are_links(language: str, dated: bool) -> None:
    page = _APART[language].format(date=_LINK_DATES[language] if dated else "",
                                   after=_TAGS[language])
    (article,) = parse_dump(page).articles
    text = "\n".join(article.body)
    for word in ("Nigeria", "Sénégal", "Senegal", "Bello", "نيجيريا", "السنغال", "بيلو"):
        assert word not in text, (word, article.body)
    assert {m.code for m in extract(article) if m.kind == "country"} == set()
    assert len(article.body) == 1, article.body


_NEXT = {"en": ("ICESCO Receives A Delegation From Jordan",
                "Dr. Karim Haddad visited ICESCO's headquarters in Rabat on a working visit."),
         "fr": ("L'ICESCO reçoit une délégation jordanienne",
                "M. Karim Haddad a visité le siège de l'ICESCO à Rabat lors d'une visite de travail."),
         "ar": ("الإيسيسكو تستقبل وفدا من الأردن",
                "زار الدكتور كريم حداد مقر الإيسيسكو في الرباط في إطار زيارة عمل رسمية.")}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_read_also_then_an_undated_article_keeps_its_title(language: str) -> None:
    title, paragraph = _NEXT[language]
    page = _APART[language].format(date="", after=f"{title}\n\n{paragraph}")
    articles = parse_dump(page).articles
    assert [a.title for a in articles][1:] == [title]
    assert articles[1].body == [paragraph]
    assert len(articles[0].body) == 1, articles[0].body


@pytest.mark.parametrize("dated", [False, True])
def test_read_also_at_an_articles_end_leaves_the_next_article_whole(dated: bool) -> None:
    page = _APART["en"].format(date=_LINK_DATES["en"] if dated else "", after=(
        "ICESCO Receives A Delegation From Jordan\n\n9 September 2025\n\n"
        "Dr. Karim Haddad visited ICESCO's headquarters in Rabat on a working visit."))
    articles = parse_dump(page).articles
    assert [a.title for a in articles] == ["ICESCO Holds A Workshop On Old Bindings In Rabat",
                                           "ICESCO Receives A Delegation From Jordan"]
    assert articles[1].body == ["Dr. Karim Haddad visited ICESCO's headquarters in Rabat on a "
                                "working visit."]
    assert len(articles[0].body) == 1, articles[0].body


# The next article after a "Read also" block with its head between its title and its paragraph:
# a subtitle (right below the title, or apart), a date line, a label and its date.
_HEADS = {"en": ("A visit to the archive and its reading rooms", "Next visit: 12 October 2025",
                 "9 September 2025"),
          "fr": ("Une visite des archives et de leurs salles de lecture",
                 "Prochaine visite : 12 octobre 2025", "9 septembre 2025"),
          "ar": ("زيارة إلى الأرشيف وقاعات المطالعة فيه", "الزيارة المقبلة: 12 أكتوبر 2025",
                 "9 سبتمبر 2025")}


@pytest.mark.parametrize("shape", ["subtitle below", "subtitle and date", "label",
                                   "date and label"])
@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_read_also_then_an_article_with_its_head_keeps_its_title(language: str,
                                                                shape: str) -> None:
    title, paragraph = _NEXT[language]
    subtitle, label, date = _HEADS[language]
    head = {"subtitle below": f"\n{subtitle}", "subtitle and date": f"\n{subtitle}\n\n{date}",
            "label": f"\n\n{label}", "date and label": f"\n\n{date}\n\n{label}"}[shape]
    page = _APART[language].format(date="", after=f"{title}{head}\n\n{paragraph}")
    articles = parse_dump(page).articles
    assert [a.title for a in articles][1:] == [title]
    assert articles[1].body[-1] == paragraph
    assert len(articles[0].body) == 1, articles[0].body


def test_read_also_then_an_article_with_its_subtitle_apart_keeps_its_title() -> None:
    """In English a sentence-cased line apart under a headline is its subtitle, not the next
    link (a headline is cased as one: `looks_like_title`)."""
    title, paragraph = _NEXT["en"]
    page = _APART["en"].format(date="", after=f"{title}\n\n{_HEADS['en'][0]}\n\n{paragraph}")
    articles = parse_dump(page).articles
    assert [(a.title, a.subtitle) for a in articles][1:] == [(title, _HEADS["en"][0])]
    assert articles[1].body == [paragraph]
    assert len(articles[0].body) == 1, articles[0].body
