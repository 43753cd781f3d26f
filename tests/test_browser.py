"""`icli serve` in a real browser: Debian's Chromium, headless, driven by Playwright's Python
API (no browser download). Search, a country facet, an article, a person link, the monthly
chart, and text from a dump that tries to be HTML. Skipped where Chromium is not installed.

`ICLI_SCREENSHOTS=DIR` keeps the search page's screenshot as DIR/serve-search.png (the
README's is made so: `ICLI_SCREENSHOTS=docs .venv/bin/python -m pytest tests/test_browser.py`).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import Browser, Dialog, Page, sync_playwright

from icli.store import web
from tests.conftest import Cli, serving

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=(
        f"no Chromium at {CHROMIUM}: apt-get install -y chromium (Debian's package)")),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    dialogs: list[str] = []
    def dismiss(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    yield page
    page.close()
    assert dialogs == []  # no page ever ran a script that text could have smuggled in


def shown_ids(page: Page) -> list[int]:
    """The ids in the first column of the page's table."""
    return [int(text) for text in page.locator("table.rows-and-columns td.col-id").all_inner_texts()]


def test_search_facet_article_person(loaded_db: Path, ro_cli: Cli, page: Page,
                                     tmp_path: Path) -> None:
    with serving(loaded_db) as server:
        page.goto(f"{server.url}/archive/{web.BROWSE}")
        assert page.locator("h1").inner_text() == "Articles (view)"

        # search for a word: the articles `icli search` finds
        page.fill("input[name=_search]", "Kazakhstan")
        with page.expect_navigation():
            page.press("input[name=_search]", "Enter")
        found = ro_cli.json("search", "Kazakhstan", "-n", "0")
        assert sorted(shown_ids(page)) == sorted(a["id"] for a in found)
        assert f"{len(found)} rows where search matches" in page.locator("h3").first.inner_text()
        partners = page.locator("table.rows-and-columns td.col-partners").all_inner_texts()
        assert "" in [cell.strip() for cell in partners] and "[]" not in partners  # none: blank
        page.screenshot(path=tmp_path / "serve-search.png")
        if os.environ.get("ICLI_SCREENSHOTS"):
            shutil.copy(tmp_path / "serve-search.png", os.environ["ICLI_SCREENSHOTS"])

        # a country facet narrows them to the ones naming Morocco
        with page.expect_navigation():
            page.locator('[data-column="countries"] a', has_text="Morocco").first.click()
        both = ro_cli.json("search", "Kazakhstan", "--country", "Morocco", "-n", "0")
        assert 0 < len(both) < len(found)
        assert sorted(shown_ids(page)) == sorted(a["id"] for a in both)
        assert all("Morocco" in cell for cell in
                   page.locator("table.rows-and-columns td.col-countries").all_inner_texts())

        # open an article: its people with their roles, its countries, its text
        first = page.locator("table.rows-and-columns td.col-id").first.inner_text()
        article = ro_cli.json("show", first)
        with page.expect_navigation():
            page.locator("table.rows-and-columns td.col-title a").first.click()
        assert page.url.endswith(f"/archive/article?id={first}")
        rows = [row.split("\t") for row in
                page.locator("table.rows-and-columns tbody tr").all_inner_texts()]
        assert rows[0][:2] == ["title", article["title"]]
        assert [r[1:3] for r in rows if r[0] == "person"] == [
            [p["name"], p["role"] or "\xa0"] for p in article["persons"]]
        assert [r[1] for r in rows if r[0] == "country"] == [c["name"] for c in article["countries"]]
        assert article["body"][0] in rows[-1][1]

        # follow a person (as the article names them): the Articles page with that person's
        # articles, faceted
        written, person = article["persons"][0]["name"], article["persons"][0]["person"]["name"]
        with page.expect_navigation():
            page.locator("td.col-value a", has_text=written).first.click()
        assert page.url.endswith(f"people__arraycontains={quote(person).replace('%20', '+')}")
        named = ro_cli.json("who", person, "-n", "0")
        assert sorted(shown_ids(page)) == sorted(a["id"] for a in named)
        facet = set(page.locator("#facet-countries li a").all_inner_texts())
        assert facet and facet <= {c["name"] for a in named for c in a["countries"]}
    assert server.stopped == 0


def test_articles_per_month_chart(loaded_db: Path, ro_cli: Cli, page: Page) -> None:
    with serving(loaded_db) as server:
        page.goto(f"{server.url}/archive/{web.BROWSE}")
        with page.expect_navigation():
            page.get_by_text("Articles per month").click()
        chart = page.locator(".vega-embed canvas")
        chart.wait_for(state="visible", timeout=30_000)
        box = chart.bounding_box()
        assert box is not None and box["width"] > 100 and box["height"] > 50
        months = page.locator("table.rows-and-columns td.col-month").all_inner_texts()
        summary = ro_cli.json("summary")
        assert months[0] == summary["first"][:7] and months[-1] == summary["last"][:7]


def test_text_from_a_dump_stays_text(cli: Cli, tmp_path: Path, page: Page) -> None:
    title = "Regional Forum <script>alert(1)</script> on Water <img src=x onerror=alert(2)> Opens"
    dump = tmp_path / "hostile.txt"
    dump.write_text(f"{title}\n\nDr. Karim Bennani, Director of the Water Office, met experts "
                    "at the University of Desert Studies in Rabat on 3 May 2024.\n",
                    encoding="utf-8")
    assert cli.json("ingest", str(dump))["articles_new"] == 1
    with serving(cli.db) as server:
        page.goto(f"{server.url}/{cli.db.stem}/{web.BROWSE}")
        assert page.locator("td.col-title").inner_text() == title
        with page.expect_navigation():
            page.locator("td.col-title a").click()
        assert page.locator("td.col-value").first.inner_text() == title
        assert page.locator("img[src=x]").count() == 0
