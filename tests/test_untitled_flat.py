"""A page saved as one long line (title, perhaps a date, then the text, all run together) and cut
off in the middle of a word is one article: its line holds finished sentences, so it is prose
even though its last sentence is cut (issue 21). Its title is its first sentence, as for any
page saved without a title line; the cut tail stays in its text. The pages are written for the
tests, in the shape of such saves: 120-175 words on one line, a few full stops, many commas,
quotes, and no closing mark."""

from __future__ import annotations

from pathlib import Path

import pytest

from icli.extract.article import extract
from icli.text.parse import ParsedArticle, parse_dump
from tests.conftest import Cli

# language → (title, text): the text has 2-4 full stops and ends in the middle of a word
PAGES: dict[str, tuple[str, str]] = {
    "ar": (
        "الإيسيسكو تطلق برنامجا لتدريب المعلمين على تعليم العلوم في دول غرب إفريقيا",
        "أطلقت منظمة العالم الإسلامي للتربية والعلوم والثقافة (إيسيسكو)، اليوم الثلاثاء، "
        "برنامجا تدريبيا لفائدة معلمي العلوم في المدارس الإعدادية، بمشاركة خبراء من 9 دول "
        "أعضاء، وذلك في إطار خطة المنظمة لتطوير تعليم العلوم. وأوضح الدكتور سالم بن عمر "
        "المالكي، المدير العام للإيسيسكو، في كلمته الافتتاحية، أن المنظمة تولي أهمية كبيرة "
        "لتكوين المعلمين، وأن «المعلم هو حجر الزاوية في كل إصلاح تربوي»، مشيرا إلى أن البرنامج "
        "يستمر 21 يوما، ويشمل ورشات عملية ودروسا نظرية. ومن جهته، أكد وزير التربية الوطنية في "
        "جمهورية السنغال، أن بلاده تعمل مع المنظمة على توسيع البرنامج ليشمل معلمي المرحلة "
        "الثانوية، وأن التعاون بين الجانبين يعود إلى سنوات طويلة، وقد أثمر مشاريع عديدة في "
        "مجالات التربية والثقافة. ويتضمن البرنامج محاضرات عن طرق التدريس الحديثة، واستخدام "
        "المختبرات الافتراضية، وتقييم تعلم التلاميذ، كما يتضمن زيارات ميدانية إلى عدد من "
        "المدارس النموذجية في العاصمة داكار، حيث سيطلع المشاركون على تجارب ناجحة في تدريس "
        "المواد العلمية والتقن"),
    "fr": (
        "L'ICESCO lance un programme de formation des professeurs de sciences en Afrique de "
        "l'Ouest",
        "L'Organisation du monde islamique pour l'éducation, les sciences et la culture (ICESCO) "
        "a lancé mardi un programme de formation destiné aux professeurs de sciences des "
        "collèges, avec des experts de 9 États membres, dans le cadre de son plan pour "
        "l'enseignement des sciences. Le Dr Salim bin Omar Al-Maliki, Directeur général de "
        "l'ICESCO, a affirmé dans son allocution d'ouverture que l'Organisation accorde une "
        "grande importance à la formation des enseignants, et que « l'enseignant est la pierre "
        "angulaire de toute réforme éducative », précisant que le programme dure 21 jours. "
        "Pour sa part, le ministre de l'Éducation nationale de la République du Sénégal a "
        "indiqué que son pays travaille avec l'Organisation pour étendre le programme aux "
        "professeurs du secondaire. Le programme comprend des conférences sur les méthodes modernes "
        "d'enseignement, l'usage des laboratoires virtuels et l'évaluation des apprentissages, "
        "ainsi que des visites dans plusieurs écoles modèles de la capitale Dakar, où les "
        "participants découvriront des expériences réussies dans l'enseig"),
    "en": (
        "ICESCO launches a training programme for science teachers in West Africa",
        "The Islamic World Educational, Scientific and Cultural Organization (ICESCO) launched "
        "on Tuesday a training programme for science teachers of middle schools, with experts "
        "from 9 Member States, as part of its plan to improve the teaching of science. Dr. "
        "Salim bin Omar Al-Maliki, Director-General of ICESCO, said in his opening address that "
        "the Organization gives great weight to the training of teachers, and that \"the "
        "teacher is the cornerstone of every reform in education\", adding that the programme "
        "runs for 21 days, with workshops and lectures. For his part, the Minister of National "
        "Education of the Republic of Senegal said that his country works with the "
        "Organization to extend the programme to teachers of secondary schools. The "
        "programme, organized with "
        "Cheikh Anta Diop University, includes lectures on modern teaching methods, the use of "
        "virtual laboratories and the assessment of learning, as well as visits to model "
        "schools in Dakar, where the participants will see successful "
        "experiences in the teaching of scien"),
}
# language → the title taken from the text: the first sentence (the page's title run into
# the first paragraph), cut at its last comma before 150 characters
TITLES = {
    "ar": "الإيسيسكو تطلق برنامجا لتدريب المعلمين على تعليم العلوم في دول غرب إفريقيا أطلقت "
          "منظمة العالم الإسلامي للتربية والعلوم والثقافة (إيسيسكو)…",
    "fr": "L'ICESCO lance un programme de formation des professeurs de sciences en Afrique de "
          "l'Ouest L'Organisation du monde islamique pour l'éducation…",
    "en": "ICESCO launches a training programme for science teachers in West Africa The "
          "Islamic World Educational…",
}
# language → the date as the page states it, run in between the title and the text
DATES = {"ar": "23 سبتمبر 2025", "fr": "23 septembre 2025", "en": "23 September 2025"}
# language → (person, role) and country the text names
PEOPLE = {"ar": ("سالم بن عمر المالكي", "المدير العام للإيسيسكو"),
          "fr": ("Salim bin Omar Al-Maliki", "Directeur général de l'ICESCO"),
          "en": ("Salim bin Omar Al-Maliki", "Director-General of ICESCO")}


def _one_article(text: str) -> tuple[ParsedArticle, list[str]]:
    dump = parse_dump(text)
    (article,) = dump.articles
    return article, dump.orphan_lines


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_page_on_one_line_cut_mid_word_is_one_article(language: str) -> None:
    title, text = PAGES[language]
    line = f"{title} {text}"
    assert 120 <= len(line.split()) <= 175 and 2 <= line.count(". ") <= 4
    article, orphans = _one_article(line + "\n")
    assert (article.title, article.title_from_text, article.body, article.language,
            article.date, orphans) == (TITLES[language], True, [line], language, None, [])
    mentions = extract(article)
    person, role = PEOPLE[language]
    assert (person, role) in {(m.name, m.role) for m in mentions if m.kind == "person"}
    assert {m.code for m in mentions if m.kind == "country"} == {"SEN"}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_title_from_the_text_is_not_read_again_for_entities(language: str) -> None:
    """The entities are the text's, as when the page keeps its title on a line of its own: the
    first sentence, cut at a comma for a title, is not read a second time (in French it gave
    a partner "Organisation du monde islamique pour l'éducation", cut at the comma)."""
    title, text = PAGES[language]
    flat, _ = _one_article(f"{title} {text}")
    titled, _ = _one_article(f"{title}\n\n{title} {text}")
    assert titled.title == title and titled.body == flat.body and flat.title_from_text
    assert sorted((m.kind, m.name, m.role) for m in extract(flat)) == sorted(
        (m.kind, m.name, m.role) for m in extract(titled))


@pytest.mark.parametrize("language", sorted(PAGES))
def test_its_date_is_read_where_the_page_states_it(language: str) -> None:
    """Run in after the title or opening the line: the text's date, as an event's day."""
    title, text = PAGES[language]
    for line in (f"{title} {DATES[language]} {text}", f"{DATES[language]} {title} {text}"):
        article, _ = _one_article(line)
        assert (article.date, article.date_source, article.body) == (
            "2025-09-23", "text", [line])
        assert article.title_from_text and article.title.startswith(line[:40])


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_copy_starting_in_its_text_is_titled_by_its_first_sentence(language: str) -> None:
    _, text = PAGES[language]
    article, _ = _one_article(text)
    assert article.title_from_text and article.body == [text]
    assert text.startswith(article.title.removesuffix("…"))


def test_a_breadcrumb_over_the_line_stays_out() -> None:
    title, text = PAGES["ar"]
    article, orphans = _one_article(f"الرئيسية > الأخبار\n{title} {text}\n")
    assert (article.title, article.body) == (TITLES["ar"], [f"{title} {text}"])
    assert orphans == []


@pytest.mark.parametrize("language, last", [
    ("en", "Related News and Events"), ("ar", "كلمات مفتاحية التعليم العلوم السنغال")])
def test_a_title_shaped_line_after_it_is_its_end_not_a_title(language: str, last: str) -> None:
    """As under any page saved without its title: a title with nothing under it, below the
    text, is the text's last line (it was the article, the text lost before it)."""
    title, text = PAGES[language]
    article, orphans = _one_article(f"{title} {text}\n{last}\n")
    assert (article.title, article.body, orphans) == (
        TITLES[language], [f"{title} {text}", last], [])


# pages on one line with no finished sentence of eight words, longer than a title can be (300
# characters) and cut: links and menus run together, short sentences of a photo page's captions
LINKS_EN = ("ICESCO Holds Forum on Heritage in Rabat 12 May 2025 ICESCO Receives a Delegation of "
            "Librarians 9 May 2025 ")
LINKS_AR = "الإيسيسكو تعقد منتدى عن التراث في الرباط 12 مايو 2025 الإيسيسكو تستقبل وفدا 9 مايو 2025 "
CAPTIONS = "Photos: ICESCO. The opening session. Participants in the workshop. See the programme. "


@pytest.mark.parametrize("line", [
    "Home News Media Center " + LINKS_EN * 4 + "Arabic Calligraphy Exhibition Opens in Cai",
    "الرئيسية الأخبار " + LINKS_AR * 4 + "افتتاح معرض الخط العربي في القاه",
    CAPTIONS * 5 + "Share this article with your friends and colle",
])
def test_a_line_of_links_or_short_sentences_is_no_article(line: str) -> None:
    assert parse_dump(line + "\n").articles == []


def test_such_a_page_is_ingested(cli: Cli, tmp_path: Path) -> None:
    """`icli ingest` failed on it with "no articles found"; now it stores the article, says it
    had no title line, and the text's cut tail is searchable."""
    folder = tmp_path / "flat"
    folder.mkdir()
    title, text = PAGES["ar"]
    (folder / "page.txt").write_text(f"{title} {text}", encoding="utf-8")
    result = cli("ingest", str(folder), "--json")
    assert result.exit_code == 0, result.stderr
    assert "page.txt: 1 article(s) with no title line" in result.stderr
    assert [a["title"] for a in cli.json("search", "داكار")] == [TITLES["ar"]]
