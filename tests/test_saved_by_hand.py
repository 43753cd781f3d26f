"""Pages saved by hand in the ways users save them (issue 21): select-all copies of a listing
with and without the site's header and footer, print-to-text copies, reader-view copies and a
page saved twice into one file, in English, French and Arabic. Every title, split and date is
the page's; the lines the browser, the reader view or the site's footer add are furniture.
Texts written for the tests."""

from __future__ import annotations

import pytest

from icli.text.furniture import furniture
from icli.text.parse import parse_dump

LISTINGS = {
    "en": [("ICESCO Launches a Training Programme for Science Teachers in Niger",
            "The Islamic World Educational, Scientific and Cultural Organization (ICESCO) launched "
            "on Monday a programme to train two hundred science teachers in Niamey."),
           ("ICESCO and the University of Dhaka Discuss Cooperation in Heritage Studies",
            "The Director-General of ICESCO received on Tuesday a delegation from the University "
            "of Dhaka to discuss joint research on the heritage of Bangladesh.")],
    "fr": [("L'ICESCO lance un programme de formation des enseignants de sciences au Niger",
            "L'ICESCO a lancé lundi un programme de formation de deux cents enseignants de "
            "sciences à Niamey, en coopération avec le ministère de l'Éducation du Niger."),
           ("L'ICESCO et l'Université de Dacca examinent la coopération dans le patrimoine",
            "Le Directeur général de l'ICESCO a reçu mardi une délégation de l'Université de "
            "Dacca pour examiner des recherches conjointes sur le patrimoine du Bangladesh.")],
    "ar": [("الإيسيسكو تطلق برنامجا لتدريب معلمي العلوم في النيجر",
            "أطلقت منظمة العالم الإسلامي للتربية والعلوم والثقافة (إيسيسكو) يوم الإثنين برنامجا "
            "لتدريب مئتي معلم للعلوم في نيامي، بالتعاون مع وزارة التربية في النيجر."),
           ("الإيسيسكو وجامعة دكا تبحثان التعاون في دراسات التراث",
            "استقبل المدير العام للإيسيسكو يوم الثلاثاء وفدا من جامعة دكا، لبحث أبحاث مشتركة "
            "حول تراث بنغلاديش.")],
}
HEADERS = {"en": ["Home | About | News | Contact", "Home > Media Center > News"],
           "fr": ["Accueil | À propos | Actualités | Contact",
                  "Accueil > Centre des médias > Actualités"],
           "ar": ["الرئيسية | من نحن | الأخبار | اتصل بنا", "الرئيسية > المركز الإعلامي > الأخبار"]}
BUTTONS = {"en": "Read More", "fr": "Lire la suite", "ar": "اقرأ المزيد"}
FOOTERS = {"en": ["1 2 3 … 120 Next »", "© 2026 ICESCO. All rights reserved.",
                  "We use cookies to improve your visit. By browsing on, you accept them. Accept"],
           "fr": ["« Précédent 1 2 3 Suivant »", "© 2026 ICESCO. Tous droits réservés."],
           "ar": ["السابق 1 2 3 التالي", "© 2026 الإيسيسكو. جميع الحقوق محفوظة."]}
PAGES = {
    "en": ("ICESCO Holds a Workshop on Manuscript Restoration in Dakar", "3 December 2026",
           ["The Islamic World Educational, Scientific and Cultural Organization (ICESCO) held "
            "on Thursday a training workshop on the restoration of manuscripts for librarians.",
            "The participants learned how to clean, bind and digitize old documents."]),
    "fr": ("L'ICESCO organise un atelier sur la restauration des manuscrits à Dakar",
           "3 décembre 2026",
           ["L'ICESCO a organisé jeudi un atelier de formation sur la restauration des "
            "manuscrits au profit de bibliothécaires du Sénégal et de Guinée.",
            "Les participants ont appris à nettoyer, relier et numériser les documents anciens."]),
    "ar": ("الإيسيسكو تنظم ورشة حول ترميم المخطوطات في داكار", "3 ديسمبر 2026",
           ["نظمت منظمة العالم الإسلامي للتربية والعلوم والثقافة (إيسيسكو) يوم الخميس ورشة "
            "تدريبية حول ترميم المخطوطات لفائدة أمناء مكتبات من السنغال وغينيا.",
            "وتعلم المشاركون تقنيات تنظيف الوثائق القديمة وتجليدها ورقمنتها."]),
}
READING_TIMES = {"en": "3–4 minutes", "fr": "3-4 minutes", "ar": "3-4 دقائق"}


def _listing(language: str, header: bool) -> str:
    items = [f"{title}\n{teaser}\n{BUTTONS[language]}\n" for title, teaser in LISTINGS[language]]
    return "\n".join([*(HEADERS[language] if header else []), "", *items,
                      *FOOTERS[language]]) + "\n"


@pytest.mark.parametrize("language", sorted(LISTINGS))
@pytest.mark.parametrize("header", [True, False])
def test_a_listing_copied_whole_gives_its_items_only(language: str, header: bool) -> None:
    dump = parse_dump(_listing(language, header))
    assert [(a.title, a.body) for a in dump.articles] == \
        [(title, [teaser]) for title, teaser in LISTINGS[language]]


def test_a_printed_page_keeps_its_title_date_and_text() -> None:
    title, date, paragraphs = PAGES["en"]
    stamp = f"12/7/26, 10:15 AM {title} - ICESCO"
    text = "\n".join([stamp, "https://icesco.org/en/2026/12/03/workshop/ 1/2", title, date,
                      paragraphs[0], stamp, "https://icesco.org/en/2026/12/03/workshop/ 2/2",
                      paragraphs[1], "Page 2 of 2"])
    (article,) = parse_dump(text).articles
    assert (article.title, article.body, article.date, article.date_source) == \
        (title, paragraphs, "2026-12-03", "dateline")


def test_a_page_printed_in_a_24_hour_locale_keeps_its_title_date_and_text() -> None:
    title, date, paragraphs = PAGES["fr"]
    stamp = f"07/12/2026 10:15 {title} - ICESCO"
    text = "\n".join([stamp, "https://icesco.org/fr/2026/12/03/atelier/ 1/2", title, date,
                      paragraphs[0], stamp, "https://icesco.org/fr/2026/12/03/atelier/ 2/2",
                      paragraphs[1]])
    (article,) = parse_dump(text).articles
    assert (article.title, article.body, article.date) == (title, paragraphs, "2026-12-03")


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_reader_view_copy_keeps_its_title_and_date(language: str) -> None:
    title, date, paragraphs = PAGES[language]
    text = "\n".join([title, "icesco.org", READING_TIMES[language], date, paragraphs[0], "",
                      paragraphs[1]])
    (article,) = parse_dump(text).articles
    assert (article.title, article.body, article.date, article.date_source) == \
        (title, paragraphs, "2026-12-03", "dateline")


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_page_saved_twice_is_the_same_article_twice(language: str) -> None:
    """(The store keeps one article of a title: the same page twice is one article there.)"""
    title, date, paragraphs = PAGES[language]
    page = "\n".join([*HEADERS[language], title, date, "", *paragraphs, *FOOTERS[language]])
    articles = parse_dump(page + "\n" + page + "\n").articles
    assert [(a.title, a.body, a.date) for a in articles] == [(title, paragraphs, "2026-12-03")] * 2


@pytest.mark.parametrize("heading", ["You Might Also Like", "Leave a Reply", "قد يعجبك أيضا",
                                     "Vous aimerez aussi"])
def test_what_follows_a_related_posts_or_reply_heading_is_no_article(heading: str) -> None:
    title, date, paragraphs = PAGES["en"]
    text = "\n".join([title, date, *paragraphs, "", heading, "", "Your email address will not "
                      "be published", "ICESCO Honours the Winners of Its Calligraphy Prize"])
    assert [(a.title, a.body) for a in parse_dump(text).articles] == [(title, paragraphs)]


@pytest.mark.parametrize("line", [
    "12/05/2019 10:30",  # a date line with its time
    "12/05/2019 10:30 - Rabat",
    "17/05/2019, Rabat",
    "https://icesco.org/en/2026/12/03/workshop/",  # a web address
    "The session lasted 45 minutes and ended with questions from the audience.",
    "2026 Calendar of Events",
    "The publisher holds all rights reserved for the translated edition of the manuscripts that "
    "the Organization prepared with the national libraries of its Member States in Africa.",
])
def test_content_that_looks_like_a_frame_line_is_content(line: str) -> None:
    assert furniture(line) is None


MORE = {"en": ("Read More", "Load more"), "fr": ("Lire la suite", "Voir plus"),
        "ar": ("اقرأ المزيد", "عرض المزيد")}


@pytest.mark.parametrize("language", sorted(LISTINGS))
def test_a_listing_s_buttons_on_the_teaser_s_line_and_under_it_are_removed(language: str) -> None:
    """A teaser cut at "..." with its button on the same line, and the listing's "Load more"
    under the last item: neither is text (the last teaser was a subtitle, the button its text)."""
    read_more, load_more = MORE[language]
    items = [(title, teaser.rsplit(" ", 3)[0] + "...") for title, teaser in LISTINGS[language]]
    text = "\n".join([*(f"{title}\n{teaser} {read_more}" for title, teaser in items), load_more])
    assert [(a.title, a.subtitle, a.body) for a in parse_dump(text).articles] == \
        [(title, None, [teaser]) for title, teaser in items]


@pytest.mark.parametrize("line", [
    "ICESCO invites the researchers of its Member States to read more",
    "Les chercheurs sont invités à lire la suite",
])
def test_a_line_ending_in_the_button_s_words_without_a_teaser_s_dots_keeps_them(line: str) -> None:
    (article,) = parse_dump(f"{PAGES['en'][0]}\n{PAGES['en'][2][0]}\n{line}\n").articles
    assert article.body == [PAGES["en"][2][0], line]


SHARE_BARS = {"en": ["Share this:", "Facebook", "Twitter", "WhatsApp", "Comments",
                     "Jane Doe says: a useful initiative for our libraries, thank you."],
              "fr": ["Partager sur :", "Facebook Twitter LinkedIn", "Commentaires",
                     "Un lecteur : une très belle initiative pour nos bibliothèques."],
              "ar": ["شارك هذا الخبر", "فيسبوك تويتر واتساب", "التعليقات",
                     "قارئ: مبادرة مفيدة لمكتباتنا، شكرا لكم."]}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_share_bar_and_the_comments_under_the_text_are_no_text(language: str) -> None:
    title, date, paragraphs = PAGES[language]
    text = "\n".join([title, date, *paragraphs, *SHARE_BARS[language]])
    assert [(a.title, a.body) for a in parse_dump(text).articles] == [(title, paragraphs)]


@pytest.mark.parametrize("line", ["Share of girls in schools rose to 48%",
                                  "Facebook and ICESCO sign a memorandum on digital skills"])
def test_a_line_that_starts_with_a_button_s_word_is_content(line: str) -> None:
    assert furniture(line) is None
