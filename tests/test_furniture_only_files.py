"""A file holding only the site's furniture (a menu, a cookie banner and its buttons) or one
line of text among it (a headline under a menu) is no saved page: `icli ingest` refuses it as a
file with no article, saying what it found, instead of storing an empty article (issue 21). The
texts are written for the tests in the shapes such copies take."""

from __future__ import annotations

from pathlib import Path

import pytest

from icli.text.furniture import furniture
from icli.text.parse import parse_dump
from tests.conftest import Cli

SITE_ONLY = {
    "en": "Home | About | News | Contact\nWe use cookies so that the site works well for you. "
          "By going on browsing, you accept them. Accept\n",
    "en buttons": "This website uses cookies to give you a smoother visit of its pages.\n"
                  "Learn more\nGot it!\n",
    "fr": "Accueil | À propos | Actualités | Contact\nNous utilisons des cookies pour faciliter "
          "votre visite. En poursuivant, vous acceptez leur usage.\nTout accepter\nTout refuser\n",
    "ar": "الرئيسية | من نحن | الأخبار | اتصل بنا\nيستخدم هذا الموقع ملفات تعريف الارتباط "
          "لتسهيل زيارتك لصفحاته. بمتابعة التصفح فإنك توافق على ذلك.\nموافق\n",
}
HEADLINE = "ICESCO Opens a Regional Office for Heritage in Central Asia"
PARAGRAPH = ("The Islamic World Educational, Scientific and Cultural Organization (ICESCO) "
             "opened a regional office in Tashkent to support heritage projects in the region.")


@pytest.mark.parametrize("name", sorted(SITE_ONLY))
def test_a_file_of_menus_and_a_cookie_banner_is_no_article(name: str) -> None:
    dump = parse_dump(SITE_ONLY[name])
    assert (dump.articles, dump.orphan_lines) == ([], [])


@pytest.mark.parametrize("text", [
    f"Home | About | News | Contact\n{HEADLINE}\n",
    f"{HEADLINE}\nRead More\n\n",
    f"{HEADLINE}\nLatest articles\nICESCO Honours Young Researchers in Dakar\n"
    "Experts Meet in Baku on Digital Libraries\n",
])
def test_one_headline_among_the_site_s_lines_is_no_article(text: str) -> None:
    dump = parse_dump(text)
    assert (dump.articles, dump.orphan_lines) == ([], [HEADLINE])


def test_a_page_that_is_a_title_alone_after_another_page_is_no_article() -> None:
    """(After a page's end, a headline over links: no text under it, so no article.)"""
    dump = parse_dump(f"{HEADLINE}\n{PARAGRAPH}\nLatest articles\nICESCO Honours Young "
                      f"Researchers in Dakar\nDisclaimer: You are using Google Translate.\n"
                      f"ICESCO Names the Winners of Its Calligraphy Prize\n")
    assert [a.title for a in dump.articles] == [HEADLINE]
    assert dump.orphan_lines == ["ICESCO Names the Winners of Its Calligraphy Prize"]


@pytest.mark.parametrize("text", [
    f"Home | About | News | Contact\n{HEADLINE}\n{PARAGRAPH}\n",
    f"We use cookies. Accept\n{HEADLINE}\n12 May 2025\n",
    f"Home | News\n{PARAGRAPH}\n",
])
def test_a_headline_with_text_or_a_date_line_still_reads(text: str) -> None:
    (article,) = parse_dump(text).articles
    assert article.title.startswith((HEADLINE, PARAGRAPH[:80]))


@pytest.mark.parametrize("line", [
    "Participants tasted date cookies baked by the women's cooperatives of the oases.",
    "Les enfants ont partagé des cookies et du thé avec leurs invités venus de Dakar.",
    "Pupils baked almond cookies at the fair and learned how to use saffron and honey.",
    "يستخدم البرنامج وسائل حديثة لتعزيز الارتباط بين الطلاب وتراثهم.",
    "ICESCO Uses Digital Platforms to Teach Arabic " + "in Africa " * 30,  # longer than a banner
])
def test_text_that_names_cookies_is_content(line: str) -> None:
    assert furniture(line) is None


def test_a_paragraph_that_names_cookies_stays_in_the_article() -> None:
    line = "Pupils baked almond cookies at the fair and learned how to use saffron and honey."
    (article,) = parse_dump(f"{HEADLINE}\n12 May 2025\n{PARAGRAPH}\n{line}\n").articles
    assert article.body == [PARAGRAPH, line]


def test_what_is_refused_is_said(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "banner.txt").write_text(SITE_ONLY["en"], encoding="utf-8")
    (folder / "headline.txt").write_text(f"Accueil | Actualités\n{HEADLINE}\n", encoding="utf-8")
    (folder / "page.txt").write_text(f"{HEADLINE}\n{PARAGRAPH}\n", encoding="utf-8")
    result = cli("ingest", str(folder), "--json")
    assert result.exit_code == 1
    assert "banner.txt: no articles found: no text, only the site's own lines (menus, notices)" \
        in result.stderr
    assert "headline.txt: no articles found: only 1 line(s), no title and no paragraph" \
        in result.stderr
    assert [a["title"] for a in cli.json("list")] == [HEADLINE]
