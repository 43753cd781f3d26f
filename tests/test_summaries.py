"""summary, network and export: JSON shapes, agreement with the entity queries, rendering."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

from rich.console import Console

from icli.cli.output import print_summary
from icli.store.connection import open_for_reading
from icli.store.queries import Filters
from icli.store.summaries import summary
from tests.conftest import Cli


def test_summary_months_add_up_to_the_article_count(ro_cli: Cli) -> None:
    data = ro_cli.json("summary")
    assert data["articles"] == len(ro_cli.json("list", "--limit", "0")) == 50
    assert sum(m["articles"] for m in data["months"]) + data["undated"] == data["articles"]
    assert [m["month"] for m in data["months"]] == sorted(m["month"] for m in data["months"])
    assert data["first"] <= data["last"] and data["sources"]["files"] == 5


def test_summary_top_entities_agree_with_entity_queries(ro_cli: Cli) -> None:
    top = ro_cli.json("summary")["top"]
    person = top["people"][0]
    assert len(ro_cli.json("who", person["name"], "--limit", "0")) == person["articles"]
    for item in top["countries"][:3]:
        assert len(ro_cli.json("country", item["code"], "--limit", "0")) == item["articles"]
    for item in top["partners"][:3]:
        query = item["acronym"] or item["name"]
        assert len(ro_cli.json("partner", query, "--limit", "0")) == item["articles"]


def test_summary_filters_narrow_everything(ro_cli: Cli) -> None:
    whole = ro_cli.json("summary")
    azerbaijan = ro_cli.json("summary", "--country", "Azerbaijan")
    assert azerbaijan["articles"] == len(ro_cli.json("country", "Azerbaijan", "--limit", "0"))
    assert 0 < azerbaijan["articles"] < whole["articles"]
    assert azerbaijan["top"]["countries"][0]["code"] == "AZE"
    year = ro_cli.json("summary", "--since", "2026", "--until", "2026")
    assert {m["month"][:4] for m in year["months"]} == {"2026"}


def test_summary_renders_labelled_bars_in_80_columns(loaded_db) -> None:
    conn = open_for_reading(loaded_db)
    data = summary(conn, Filters())
    console = Console(width=80, record=True, color_system=None)
    print_summary(console, data)
    text = console.export_text()
    assert all(len(line) <= 80 for line in text.splitlines())
    for month in data["months"]:
        row = next((line for line in text.splitlines() if line.startswith(month["month"])), None)
        if month["articles"]:
            assert row is not None and row.split()[1] == str(month["articles"]) and "█" in row
    assert f"{data['top']['people'][0]['name']} ({data['top']['people'][0]['articles']})" in text


def test_piped_table_has_no_colour_codes(ro_cli: Cli) -> None:
    result = ro_cli("summary", "--table")
    assert result.exit_code == 0 and "\x1b[" not in result.stdout and "Articles per month" in result.stdout


def test_network_pairs_and_exports(ro_cli: Cli) -> None:
    pairs = ro_cli.json("network", "--limit", "10")
    counts = [p["articles"] for p in pairs]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 2
    top = pairs[0]
    shared = {a["id"] for a in ro_cli.json("list", "--limit", "0")
              if {top["source"]["name"], top["target"]["name"]}
              <= {p["person"]["name"] for p in a["persons"]}
              | {e["name"] for e in a["countries"] + a["partners"]}}
    assert len(shared) == top["articles"] and top["latest"]["id"] in shared
    graph = json.loads(ro_cli("network", "--limit", "10", "--format", "json").stdout)
    assert len(graph["links"]) == 10 and graph["nodes"]
    root = ET.fromstring(ro_cli("network", "--limit", "10", "--format", "graphml").stdout)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:edge", ns)) == 10


def test_export_formats(ro_cli: Cli) -> None:
    oman = ro_cli.json("country", "Oman", "--limit", "0")
    lines = ro_cli("export", "--country", "Oman").stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [a["id"] for a in oman]
    rows = list(csv.DictReader(io.StringIO(ro_cli("export", "--country", "Oman", "--format", "csv").stdout)))
    assert len(rows) == len(oman) and "Oman" in rows[0]["countries"]
    markdown = ro_cli("export", "--country", "Oman", "--format", "markdown").stdout
    assert markdown.count("\n## ") + markdown.startswith("## ") == len(oman)
    assert "- **Countries:**" in markdown
    assert ro_cli("export", "--format", "pdf").exit_code == 2
