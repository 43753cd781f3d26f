"""`export --format markdown`: text from a dump is data, escaped so that a markdown renderer
shows it as written, whatever markup or HTML it holds."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tests.conftest import Cli

# Invented text in the shape of a page: a title and paragraphs holding markup.
TITLE = "Heritage Week <img src=x onerror=alert(1)> Opens in *Rabat*"
PARAGRAPHS = [
    "ICESCO opened a heritage week in Rabat on 3 March 2025 with 40 young restorers.",
    "- **Date:** 1999-01-01",
    "## Forged Article",
    "1999. The year the first [course](http://example.org) began, a_b & c &amp; d `code`.",
    "> quoted | not a table ~~struck~~ <b>bold</b>",
]


def _texts(tokens: list[Token]) -> list[str]:
    """The text of each block a renderer makes (heading, paragraph, list item), as shown."""
    return [token.content if not token.children else "".join(
        child.content for child in token.children if child.type == "text")
        for token in tokens if token.type == "inline"]


def test_markdown_export_shows_dump_text_as_written(cli: Cli, tmp_path: Path) -> None:
    dump = tmp_path / "markup.txt"
    dump.write_text(f"    {TITLE}\n\n" + "".join(f"    {p}\n\n" for p in PARAGRAPHS),
                    encoding="utf-8")
    assert cli.json("ingest", str(dump))["failed"] == []
    articles = cli.json("list", "--sort", "date")  # "## Forged Article" is read as a title
    assert [a["title"] for a in articles] == [TITLE, "## Forged Article"]
    assert [p for a in articles for p in a["body"]] == [p for p in PARAGRAPHS if p[0] != "#"]
    markdown = cli("export", "--format", "markdown").stdout
    tokens = MarkdownIt("commonmark").enable("strikethrough").enable("table").parse(markdown)
    kinds = [token.type for token in tokens]
    assert kinds.count("heading_open") == len(articles) and "html_block" not in kinds
    assert "blockquote_open" not in kinds and "table_open" not in kinds
    # each article's own list (date, id, sources) stays markup: one list each, none from text
    assert kinds.count("bullet_list_open") == len(articles) and "ordered_list_open" not in kinds
    texts = _texts(tokens)  # markup read as markup would change the text (a tag, a link's
    # address, emphasis marks are no text)
    for written in (TITLE, *PARAGRAPHS):
        assert written in texts, written
