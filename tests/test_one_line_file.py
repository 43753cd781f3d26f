"""A file that is one line with nothing under it is no saved page (a page always has text under
its title): `icli ingest` refuses it as a file with no article, instead of storing a title with
no text (issue 21). Files of two lines or more, and one line of prose, read as before. The texts
are written for the tests in the shapes such files take."""

from __future__ import annotations

from pathlib import Path

import pytest

from icli.text.parse import parse_dump
from tests.conftest import Cli

ONE_LINE_FILES = {
    "widget": "Translate this page\n",
    "headline": "ICESCO Opens a Regional Office for Heritage in Central Asia\n",
    "padded": "\n  \n  Powered by an Online Translator  \n\n",
    "arabic headline": "الإيسيسكو تفتتح مكتبا إقليميا للتراث في آسيا الوسطى",
    "french headline": "L'ICESCO ouvre un bureau régional pour le patrimoine en Asie centrale\n",
}

PARAGRAPH = ("The Islamic World Educational, Scientific and Cultural Organization (ICESCO) "
             "opened a regional office in Tashkent to support heritage projects in the region.")


@pytest.mark.parametrize("name", sorted(ONE_LINE_FILES))
def test_a_file_of_one_line_is_no_article(name: str) -> None:
    text = ONE_LINE_FILES[name]
    dump = parse_dump(text)
    assert (dump.articles, dump.orphan_lines) == ([], [text.strip()])


@pytest.mark.parametrize("text", [
    f"ICESCO Opens a Regional Office for Heritage\n{PARAGRAPH}\n",
    "ICESCO Opens a Regional Office for Heritage\n12 May 2025\n",
    f"ICESCO Opens a Regional Office for Heritage\n\nICESCO Honours Young Researchers\n{PARAGRAPH}\n",
    f"{PARAGRAPH}\n",
])
def test_more_than_a_title_alone_still_reads(text: str) -> None:
    """A title with its paragraph or its date line, a title alone above another article (a
    page cut under its title), a page saved as its paragraph: articles, as before."""
    dump = parse_dump(text)
    assert dump.articles and dump.orphan_lines == []
    assert dump.articles[0].title.startswith(text.split("\n")[0][:20])


def test_what_is_refused_is_said(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "widget.txt").write_text(ONE_LINE_FILES["widget"], encoding="utf-8")
    (folder / "header.txt").write_text("Your opinion\nUser feedback\n", encoding="utf-8")
    (folder / "page.txt").write_text(f"ICESCO Opens an Office\n{PARAGRAPH}\n", encoding="utf-8")
    result = cli("ingest", str(folder), "--json")
    assert result.exit_code == 1
    assert "widget.txt: no articles found: only 1 line(s), no title and no paragraph" \
        in result.stderr
    assert "header.txt: no articles found: no text, only the site's own lines (menus, notices)" \
        in result.stderr
    assert [a["title"] for a in cli.json("list")] == ["ICESCO Opens an Office"]
