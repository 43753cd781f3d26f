"""Rendering results: JSON, JSON lines, CSV, and rich tables (rich imported only for tables)."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

FORMATS = ("table", "json", "jsonl", "csv")


def choose_format(json_: bool, jsonl: bool, csv_: bool, table: bool, is_terminal: bool) -> str:
    """The output format: an explicit flag wins, else a table on a terminal and JSON in a pipe."""
    for flag, name in ((json_, "json"), (jsonl, "jsonl"), (csv_, "csv"), (table, "table")):
        if flag:
            return name
    return "table" if is_terminal else "json"


def write_json(data: Any, stream: IO[str], pretty: bool) -> None:
    """One JSON document; indented on a terminal, compact when piped."""
    stream.write(json.dumps(data, ensure_ascii=False, indent=2 if pretty else None) + "\n")


def write_jsonl(rows: Sequence[dict[str, Any]], stream: IO[str]) -> None:
    """One JSON object per line."""
    for row in rows:
        stream.write(json.dumps(row, ensure_ascii=False) + "\n")


def _flat(value: Any) -> Any:
    """A CSV cell: lists of entities become "a; b", paragraphs are joined by blank lines."""
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return "; ".join(str(item.get("name") or item.get("code") or "") for item in value)
        return "\n\n".join(str(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_csv(rows: Sequence[dict[str, Any]], stream: IO[str]) -> None:
    """A header row and one row per object; nested values flattened."""
    if not rows:
        return
    writer = csv.DictWriter(stream, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _flat(value) for key, value in row.items()})


def make_console(stream: IO[str], is_terminal: bool) -> Console:
    """A rich console for this invocation (never a module-level one); NO_COLOR is honoured."""
    from rich.console import Console

    return Console(file=stream, force_terminal=is_terminal or None, soft_wrap=False,
                   highlight=False)


_MARK = re.compile(r"\*\*(.+?)\*\*")


def _marked(snippet: str) -> str:
    """A search snippet with its **matches** turned into rich bold markup."""
    from rich.markup import escape

    return _MARK.sub(lambda m: f"[bold yellow]{escape(m.group(1))}[/]", escape(snippet))


def _first_words(article: dict[str, Any], limit: int = 110) -> str:
    text = article["body"][0] if article["body"] else ""
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def print_articles(console: Console, articles: Sequence[dict[str, Any]], title: str = "") -> None:
    """Articles as a table: id, date, title, and the search snippet or the first words."""
    from rich.markup import escape
    from rich.table import Table

    if not articles:
        console.print("No articles.", style="dim")
        return
    table = Table(title=title or None, expand=False, show_lines=False, header_style="bold")
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("title", ratio=3, overflow="fold")
    table.add_column("match" if "snippet" in articles[0] else "text", ratio=4, overflow="fold")
    for article in articles:
        date = article["date"] or ""
        if article["date_source"] == "inferred":
            date += "~"
        detail = _marked(article["snippet"]) if "snippet" in article else escape(_first_words(article))
        table.add_row(str(article["id"]), date, escape(article["title"]), detail)
    console.print(table)
    if any(a["date_source"] == "inferred" for a in articles):
        console.print("~ date inferred from neighbouring articles", style="dim")


def print_article(console: Console, article: dict[str, Any]) -> None:
    """One article in full: heading, facts, entities, paragraphs."""
    from rich.markup import escape

    console.print(f"[bold]{escape(article['title'])}[/]")
    if article["subtitle"]:
        console.print(f"[italic]{escape(article['subtitle'])}[/]")
    facts = [f"#{article['id']}", article["date"] or "no date", article["language"]]
    if article["date_source"]:
        facts[1] += f" ({article['date_source']})"
    console.print(" · ".join(facts), style="dim")
    people = ", ".join(
        p["name"] + (f" ({p['role']})" if p["role"] else "") for p in article["persons"]
    )
    for label, value in (
        ("People", people),
        ("Countries", ", ".join(c["name"] for c in article["countries"])),
        ("Partners", ", ".join(
            p["name"] + (f" ({p['acronym']})" if p["acronym"] else "") for p in article["partners"]
        )),
        ("Sources", ", ".join(article["sources"])),
    ):
        if value:
            console.print(f"[bold]{label}:[/] {escape(value)}")
    console.print()
    for paragraph in article["body"]:
        console.print(escape(paragraph))
        console.print()


def print_entities(console: Console, kind: str, entities: Sequence[dict[str, Any]]) -> None:
    """People, countries or partners with their article counts and date span."""
    from rich.markup import escape
    from rich.table import Table

    if not entities:
        console.print("Nothing found.", style="dim")
        return
    table = Table(header_style="bold")
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column(kind, ratio=2, overflow="fold")
    table.add_column("articles", justify="right", no_wrap=True)
    table.add_column("first", no_wrap=True)
    table.add_column("last", no_wrap=True)
    extra = {"person": "aliases", "partner": "acronym", "country": "code"}[kind]
    table.add_column(extra, ratio=2, overflow="fold")
    for item in entities:
        detail = item.get(extra)
        if isinstance(detail, list):
            detail = ", ".join(a for a in detail if a != item["name"])
        table.add_row(str(item["id"]), escape(item["name"]), str(item["articles"]),
                      item["first"] or "", item["last"] or "", escape(detail or ""))
    console.print(table)


def print_bars(console: Console, rows: Sequence[dict[str, Any]], label: str, value: str,
               title: str) -> None:
    """A labelled horizontal bar chart (months, counts) that fits the console width."""
    from rich.table import Table
    from rich.text import Text

    if not rows:
        return
    top = max(row[value] for row in rows) or 1
    width = max(10, min(50, console.width - 24))
    table = Table(title=title, show_header=False, box=None, pad_edge=False, title_justify="left")
    table.add_column(no_wrap=True)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(no_wrap=True)
    for row in rows:
        bar = "█" * max(1, round(row[value] / top * width))
        table.add_row(str(row[label]), str(row[value]), Text(bar, style="cyan"))
    console.print(table)


def print_profile(console: Console, profile: dict[str, Any]) -> None:
    """An entity's summary: names, roles, counts and dates, timeline, frequent company."""
    from rich.markup import escape

    for entity in profile["entities"]:
        code = entity.get("code") or entity.get("acronym")
        heading = escape(entity["name"]) + (f" ({escape(code)})" if code else "")
        console.print(f"[bold]{heading}[/]  {entity['articles']} article(s), "
                      f"{entity['first'] or '?'} → {entity['last'] or '?'}")
        others = [a for a in entity.get("aliases", []) if a != entity["name"]]
        if others:
            console.print(f"  [dim]also:[/] {escape(', '.join(others))}")
        for role in entity.get("roles", [])[:5]:
            console.print(f"  [dim]role:[/] {escape(role['role'])} "
                          f"[dim]({role['articles']}×, {role['first']} → {role['last']})[/]")
    print_bars(console, profile["timeline"], "month", "articles", "Articles per month")
    for kind, label in (("person", "People"), ("country", "Countries"), ("partner", "Partners")):
        company = profile["appears_with"][kind]
        if company:
            names = ", ".join(f"{escape(c['name'])} ({c['articles']})" for c in company)
            console.print(f"[bold]{label} alongside:[/] {names}")
    console.print()
