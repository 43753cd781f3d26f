"""Exports written as files are: the co-mention graph as JSON or GraphML, articles as markdown.
Text from dumps is escaped for the format it goes into; control characters are escaped by the
stream they are written to (`output.data_stream`)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from icli.cli.output import person_text
from icli.cli.writers import json_text
from icli.text.escape import markdown_text, safe

if TYPE_CHECKING:
    from icli.cli.request import TextOut


def write_graph_json(pairs: Iterable[dict[str, Any]], stream: TextOut, pretty: bool) -> None:
    """The co-mention graph in networkx's node-link form, written as the pairs come: the links,
    then the nodes they name."""
    gap = "\n  " if pretty else ""
    nodes: dict[int, dict[str, Any]] = {}
    stream.write('{"directed": false, "multigraph": false, "graph": {}, "links": [')
    for number, pair in enumerate(pairs):
        for end in (pair["source"], pair["target"]):
            nodes.setdefault(end["id"], end)
        link = {"source": pair["source"]["id"], "target": pair["target"]["id"],
                "weight": pair["items"]}
        stream.write(("," if number else "") + gap + json.dumps(link))
    stream.write(f'{gap}], "nodes": [' + ",".join(
        gap + json_text(node) for node in nodes.values()) + f"{gap}]}}\n")


def write_graphml(pairs: Iterable[dict[str, Any]], stream: TextOut) -> None:
    """The co-mention graph as GraphML for Gephi, yEd or networkx.read_graphml, written as the
    pairs come: each node before the first edge that names it."""
    from xml.sax.saxutils import escape

    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
                 '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>\n'
                 '  <key id="name" for="node" attr.name="name" attr.type="string"/>\n'
                 '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>\n'
                 '  <graph id="icli" edgedefault="undirected">\n')
    written: set[int] = set()
    for pair in pairs:
        for node in (pair["source"], pair["target"]):
            if node["id"] not in written:
                written.add(node["id"])
                name = escape(_XML_FORBIDDEN.sub("", safe(node["name"])))
                stream.write(f'    <node id="n{node["id"]}"><data key="kind">{node["kind"]}</data>'
                             f'<data key="name">{name}</data></node>\n')
        stream.write(f'    <edge source="n{pair["source"]["id"]}" target="n{pair["target"]["id"]}">'
                     f'<data key="weight">{pair["items"]}</data></edge>\n')
    stream.write("  </graph>\n</graphml>\n")


# Characters XML 1.0 does not allow anywhere in a document, even escaped (the controls among
# them are already escaped by `safe`: what is left is lone surrogates, U+FFFE and U+FFFF).
_XML_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def write_markdown(articles: Iterable[dict[str, Any]], stream: TextOut) -> None:
    """One section per article: title, date, people, countries, partners, then the body; text
    from the dump is data, escaped to render as written (escape.markdown_text)."""
    for article in articles:
        stream.write(f"## {markdown_text(article['title'])}\n\n")
        if article["subtitle"]:
            stream.write(f"*{markdown_text(article['subtitle'])}*\n\n")
        date = article["date"] or "undated"
        if article["date_source"] == "inferred":
            date += " (inferred)"
        stream.write(f"- **Date:** {date}\n- **Id:** {article['id']}\n")
        people = "; ".join(map(person_text, article["persons"]))
        for label, value in (
            ("People", people),
            ("Countries", ", ".join(c["name"] for c in article["countries"])),
            ("Partners", ", ".join(p["name"] for p in article["partners"])),
            ("Sources", ", ".join(article["sources"])),
        ):
            if value:
                stream.write(f"- **{label}:** {markdown_text(value)}\n")
        stream.write("\n" + "\n\n".join(map(markdown_text, article["body"])) + "\n\n")
