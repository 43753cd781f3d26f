"""A saved page that is one line of running text with no finished sentence of eight words (a
news lead cut in its first sentence, Arabic prose written without full stops) is one article,
titled by its text cut with "…" (issue 21: `icli ingest` said "no articles found"). Lines of
words that do not run as a sentence stay no article: a menu, tags, links, a footer, a notice
too short to be a paragraph. The texts are written for the tests in the shapes such saves take."""

from __future__ import annotations

from pathlib import Path

import pytest

from icli.text.parse import parse_dump
from icli.text.untitled import ELLIPSIS, RUNNING_WORDS, TITLE_LENGTH, prose, running
from tests.conftest import Cli

CUT_LEADS: dict[str, str] = {
    "en": ("Today, Thursday 14 March 2024, in Rabat, the work of the fifth conference of the "
           "ministers of higher education of the Islamic world, organized by the Islamic World "
           "Educational, Scientific and Cultural Organization (ICESCO) and hosted by the Kingdom "
           "of Morocco, represented by its ministry of higher education and scientific research, "
           "opened under the slogan \"knowledge for all the young people of the Islamic world\", "
           "in the presence of"),
    "fr": ("Aujourd'hui, mardi 5 novembre 2024, à Tunis, les travaux du quatrième colloque des "
           "bibliothécaires du monde islamique, organisé par l'Organisation du monde islamique "
           "pour l'éducation, les sciences et la culture (ICESCO) et accueilli par la République "
           "tunisienne, représentée par le ministère des Affaires culturelles, ont commencé sous "
           "le thème « Les bibliothèques au service de la lecture pour tous », en présence de"),
    "ar": ("سلمت منظمة العالم الإسلامي للتربية والعلوم والثقافة / إيسيسكو / جائزتها للأدب الى "
           "الكاتب الدكتور حامد بن يوسف الزيدي فى حفل أقيم فى مدينة فاس بمناسبة اختيارها عاصمة "
           "للثقافة فى العالم الإسلامي وسلم الجائزة نيابة عن المدير العام السيد كريم المنصوري "
           "مدير قطاع الثقافة الذى ألقى كلمة المنظمة فى الحفل الرسمى بحضور وزير الثقافة والى "
           "جهة فاس وعدد من الأدباء والباحثين من دول عديدة // انتهى //"),
}

NOT_ARTICLES: dict[str, str] = {
    "menu": ("Home About Us Who We Are Our Vision The Director-General Member States National "
             "Commissions Sectors Education Science and Technology Culture and Communication "
             "Media Center News Events Videos Photo Gallery Publications Programmes Prizes "
             "Heritage Centers Contact Us Careers Tenders Privacy Policy Terms of Use Sitemap"),
    "menu with separators": ("الرئيسية | عن المنظمة | من نحن | رؤيتنا | المدير العام | الدول "
                             "الأعضاء | اللجان الوطنية | القطاعات | التربية | العلوم | الثقافة "
                             "| الاتصال | المركز الإعلامي | الأخبار | الفعاليات | الصور | "
                             "المنشورات | البرامج | الجوائز | التراث | اتصل بنا | الوظائف"),
    "tags": ("Tags: éducation, culture, sciences, patrimoine, jeunesse, femmes, bibliothèques, "
             "lecture, langues, calligraphie, musées, archives, manuscrits, numérique, "
             "intelligence artificielle, climat, eau, environnement, santé, sport, dialogue, "
             "paix, tolérance, enfance, handicap, alphabétisation, formation, innovation"),
    "hashtags": ("#ICESCO #education #science #culture #heritage #youth #women #libraries "
                 "#reading #languages #calligraphy #museums #archives #manuscripts #digital "
                 "#climate #water #environment #health #sport #dialogue #peace #tolerance "
                 "#childhood #literacy #training #innovation #Rabat #Morocco #Africa #Asia"),
    "cookie notice": ("This website uses cookies to improve your experience while you browse "
                      "it and to see how it is used, as our cookie policy explains Accept all "
                      "Reject all"),
    "copyright footer": ("© 2025 Islamic World Educational, Scientific and Cultural "
                         "Organization (ICESCO) All Rights Reserved Privacy Policy Terms of Use "
                         "Contact Us Sitemap Follow Us on Facebook Twitter Instagram YouTube "
                         "LinkedIn Telegram WhatsApp Subscribe to Our Newsletter Download Our App"),
    "links": ("ICESCO Director-General Receives the Ambassador of Senegal ICESCO Launches a "
              "Programme on Heritage in West Africa ICESCO and the League of Universities Sign "
              "an Agreement on Scholarships ICESCO Holds a Forum on the Future of Education in "
              "Rabat ICESCO Honours the Winners of Its Prize for Calligraphy Read More"),
    "dated links": ("L'ICESCO organise un atelier sur le patrimoine à Rabat 12 mai 2025 "
                    "L'ICESCO reçoit une délégation de bibliothécaires de Dakar 9 mai 2025 "
                    "L'ICESCO lance un concours pour les jeunes chercheurs africains 6 mai 2025 "
                    "L'ICESCO participe au forum des musées de la région arabe 2 mai 2025 "
                    "L'ICESCO signe un accord avec une université de Tunis 28 avril 2025"),
    "one word": "word " * 200,
}


@pytest.mark.parametrize("language", sorted(CUT_LEADS))
def test_a_line_of_running_words_cut_before_its_stop_is_one_article(language: str) -> None:
    line = CUT_LEADS[language]
    assert not prose(line) and len(line.split()) > 1.5 * RUNNING_WORDS
    dump = parse_dump(line + "\n")
    (article,) = dump.articles
    assert (article.title_from_text, article.body, dump.orphan_lines) == (True, [line], [])
    assert article.title.endswith(ELLIPSIS) and len(article.title) <= TITLE_LENGTH + 1
    assert line.startswith(article.title.removesuffix(ELLIPSIS))


@pytest.mark.parametrize("name", sorted(NOT_ARTICLES))
def test_lines_of_words_that_do_not_run_stay_no_article(name: str) -> None:
    """None is an article saved without its title (a line of a title's shape is still read
    as a title, as on any page: unchanged)."""
    line = NOT_ARTICLES[name]
    assert not running(line)
    assert [a for a in parse_dump(f"{line}\n").articles if a.title_from_text] == []


def test_a_run_must_be_long_enough() -> None:
    """A cut lead of fewer than RUNNING_WORDS words is not yet a paragraph."""
    words = CUT_LEADS["en"].split()
    assert running(" ".join(words[5:5 + RUNNING_WORDS]))
    assert not running(" ".join(words[5:4 + RUNNING_WORDS]))


def test_what_stays_refused_is_said(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "menu.txt").write_text(
        f"{NOT_ARTICLES['tags']}\n\n{NOT_ARTICLES['dated links']}\n", encoding="utf-8")
    (folder / "lead.txt").write_text(CUT_LEADS["fr"] + "\n", encoding="utf-8")
    result = cli("ingest", str(folder), "--json")
    assert result.exit_code == 1
    assert "menu.txt: no articles found: only 2 line(s), no title and no paragraph" \
        in result.stderr
    assert "lead.txt: 1 article(s) with no title line" in result.stderr


# A long lead cut before its first stop: its clauses name the same bodies again and again, so
# fewer of its words are distinct the longer it runs (issue 21: 300 words were an article, the
# same paragraph at 600 or 900 words was refused).
LONG_LEAD = (
    "within the framework of its cooperation with the ministry of education of the republic of "
    "the sahel, the organization signed an agreement on training teachers in rural regions, "
    "under which its experts will help prepare new curricula for primary schools, while the "
    "ministry will host regional workshops for instructors coming from neighbouring countries "
    "in a centre recently opened near the capital, and both parties will follow the progress "
    "of pupils, especially girls living far from towns, through joint visits and annual "
    "reports, in the presence of the minister, an ambassador of the kingdom of the north, the "
    "director of the education sector and several representatives of universities, national "
    "commissions and civil society, who praised the agreement as a step towards narrowing the "
    "gap between villages and cities and giving young people a chance to pursue higher studies "
    "at home or abroad, and who called on the organization and the ministry to extend the "
    "programme to teachers of secondary schools, a request the minister welcomed, noting "
    "that his government had already allocated land for three further centres and was "
    "preparing a law on free schooling for every child under sixteen, whereas the director "
    "recalled that since its founding the organization has backed literacy campaigns across "
    "member states, built libraries in remote areas, granted scholarships to gifted students "
    "and launched digital platforms offering lessons in science, languages and arts, adding "
    "that climate change, displacement and poverty now threaten these gains and require "
    "closer coordination among governments, donors, local communities and private companies, "
    "before guests toured an exhibition of textbooks, handicrafts and photographs showing "
    "daily life in desert oases, listened to a choir of orphans singing traditional songs, "
    "and planted olive trees in the courtyard as a symbol of lasting friendship between the "
    "peoples of both nations, whose ties go back centuries to caravan routes linking markets, "
    "mosques and schools where scholars once copied manuscripts on astronomy, medicine and")


def _cut_lead(words: int) -> str:
    """LONG_LEAD continued with its own clauses up to `words` words, cut there."""
    lead = LONG_LEAD.split()
    return " ".join((lead * (words // len(lead) + 1))[:words])


@pytest.mark.parametrize("words", [300, 600, 900])
def test_a_long_cut_lead_is_one_article_however_long(words: int) -> None:
    line = _cut_lead(words)
    assert not prose(line)
    # past 600 words fewer than half of them are distinct: the whole run looked like a repetition
    assert (2 * len(set(line.split())) < words) == (words >= 600)
    (article,) = parse_dump(line + "\n").articles
    assert (article.title_from_text, article.body) == (True, [line])


@pytest.mark.parametrize("words", [300, 600, 900])
def test_a_long_run_of_repeated_words_stays_no_article(words: int) -> None:
    """The variety check reads the run's first words: a few words repeated stay refused at
    any length."""
    line = " ".join(("read more and share this page with your friends " * words).split()[:words])
    assert not running(line)
    assert parse_dump(line + "\n").articles == []
