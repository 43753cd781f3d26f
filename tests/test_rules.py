"""Rules with names: each mention says which rule found it; `show --why` shows it."""

from __future__ import annotations

import json
from pathlib import Path

from icli.extract.article import extract
from icli.text.decode import decode_dump
from icli.text.parse import ParsedArticle, parse_dump
from tests.conftest import DUMPS, FIXTURES, Cli


def test_every_mention_names_its_rule() -> None:
    for path in [*DUMPS.glob("*.txt"), *FIXTURES.glob("**/*.txt")]:
        for article in parse_dump(decode_dump(path.read_bytes())[0]).articles:
            for mention in extract(article):
                assert mention.rule.startswith(f"{mention.kind}.{article.language}."), (
                    path.name, mention)


def test_show_why_gives_each_entity_s_rule_and_words(tmp_path: Path) -> None:
    dump = tmp_path / "why.txt"
    dump.write_text(
        "    Minister Visits The Manuscript Library\n\n"
        "    Dr. Yusuf Demir, Minister of Culture of Türkiye, visited the Rabat Manuscript "
        "Library on 4 March 2026 with Kazakh experts.\n", "utf-8")
    cli = Cli(tmp_path / "a.db")
    assert cli("ingest", str(dump)).exit_code == 0
    [article] = cli.json("list")
    shown = json.loads(cli("show", str(article["id"]), "--why", "--json").stdout)
    why = {(w["kind"], w["name"]): (w["rule"], w["words"], w["role"]) for w in shown["why"]}
    assert why[("person", "Yusuf Demir")] == (
        "person.en.honorific", "Yusuf Demir", "Minister of Culture of Türkiye")
    assert why[("country", "Türkiye")][:2] == ("country.en.name", "Türkiye")
    assert why[("country", "Kazakhstan")][:2] == ("country.en.name", "Kazakh")
    assert why[("date", "2026-03-04")] == ("date.text.on-or-weekday", "on 4 March 2026", None)
    assert shown["why"][0]["kind"] == "date"  # the date first, then the entities
    assert len(why) == 1 + len(article["persons"]) + len(article["countries"]) + len(
        article["partners"])
    text = cli("show", str(article["id"]), "--why", "--text").stdout
    assert "Why:" in text and "person.en.honorific" in text and "“Kazakh”" in text
    assert "date.text.on-or-weekday" in text and "“on 4 March 2026”" in text
    assert "why" not in json.loads(cli("show", str(article["id"]), "--json").stdout)


def test_a_lower_case_word_after_a_name_is_not_part_of_it() -> None:
    article = ParsedArticle(title="A Title Line For The Test", language="en",
                            body=["Dr. Anar Karimov şehir visited Baku with Dr. Şahin Ögüt."])
    assert [m.name for m in extract(article) if m.kind == "person"] == [
        "Anar Karimov", "Şahin Ögüt"]
