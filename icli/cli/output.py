"""Rendering results for people: rich tables and lines (rich imported only for tables), and the
stream every format is written to (`data_stream`); JSON, JSON lines, CSV and TSV are written by
`writers`, the exports (graph JSON, GraphML, markdown) by `export`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from icli.text.escape import safe

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from icli.cli.request import Env, TextOut

class SafeText:
    """A text stream for a terminal, a pipe or a file: everything written passes through `safe`
    first (CSV, TSV, markdown, GraphML and plain lines alike; JSON has no raw control left), so
    text from a dump never drives a terminal or whatever reads the output."""

    def __init__(self, stream: TextOut) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        """Write `text` with its control characters shown as escapes."""
        return self.stream.write(safe(text))

    def flush(self) -> None:
        """Flush the stream underneath."""
        self.stream.flush()


def data_stream(env: Env) -> TextOut:
    """Where a command writes JSON, CSV, TSV, markdown, GraphML or plain lines: stdout, through
    `SafeText` whether it is a terminal, a pipe or a file."""
    return SafeText(env.stdout)


def make_console(env: Env) -> Console:
    """A rich console writing to the run's stdout (never a module-level one): styled only
    where the run has colour (a terminal without NO_COLOR). It reads no markup and no emoji
    codes: text from the archive is printed as `Text` made by `plain` (through `safe`), so
    "[bold]" or a backslash in a title is shown as written. A closed pipe raises
    BrokenPipeError, as plain writes do."""
    from rich.console import Console

    class SafeConsole(Console):
        def on_broken_pipe(self) -> None:  # rich would exit 1: icli.cli.main exits 0 quietly
            raise BrokenPipeError

    # rich declares `file` as IO[str] and calls only write, flush, isatty and fileno on it, which
    # StandardOutput has (hence the ignore)
    return SafeConsole(file=env.stdout,  # type: ignore[arg-type]
                       force_terminal=env.stdout_isatty, width=env.width,
                       color_system="auto" if env.colour else None, soft_wrap=False,
                       highlight=False, emoji=False, markup=False)


def plain(*parts: str | tuple[str, str]) -> Text:
    """Rich text from strings and (string, style) pairs, each string through `safe`: the one
    way text reaches a table or a console (no markup is parsed)."""
    from rich.text import Text

    text = Text()
    for part in parts:
        if isinstance(part, tuple):
            text.append(safe(part[0]), style=part[1])
        else:
            text.append(safe(part))
    return text


def footer(shown: int, total: int, offset: int) -> str:
    """Which rows a cut list shows: `rows 1–50 of 1994 (use --limit 0 for all)`, `rows 49–50
    of 50`, or `no rows after row 100 (50 in all)`."""
    if not shown:
        return f"no rows after row {offset} ({total} in all)"
    rest = " (use --limit 0 for all)" if offset + shown < total else ""
    return f"rows {offset + 1}\u2013{offset + shown} of {total}{rest}"


def print_footer(console: Console, shown: int, total: int, offset: int) -> None:
    """The footer (`footer`) under a list that is cut."""
    console.print(plain((footer(shown, total, offset), "dim")))


_MARK = re.compile(r"\*\*(.+?)\*\*")


def _marked(snippet: str) -> Text:
    """A search snippet with its **matches** in bold yellow."""
    parts: list[str | tuple[str, str]] = []
    end = 0
    for match in _MARK.finditer(snippet):
        parts += [snippet[end:match.start()], (match.group(1), "bold yellow")]
        end = match.end()
    return plain(*parts, snippet[end:])


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _first_words(article: dict[str, Any], limit: int = 110) -> str:
    return _shorten(article["body"][0] if article["body"] else "", limit)


def print_articles(console: Console, articles: Sequence[dict[str, Any]], title: str = "") -> None:
    """Articles as a table: id, date, title, the search snippet or the first words, the
    languages of their versions when any has some, and (--all) the entities asked each names."""
    from rich.table import Table

    if not articles:
        console.print(plain(("No articles.", "dim")))
        return
    table = Table(title=plain(title) if title else None, expand=False, show_lines=False, header_style="bold")
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("title", ratio=3, overflow="fold")
    table.add_column("match" if "snippet" in articles[0] else "text", ratio=4, overflow="fold")
    versions = any(article.get("versions") for article in articles)
    if versions:
        table.add_column("also in", no_wrap=True)
    matched = "matched" in articles[0]  # --all: which of the entities asked each names
    if matched:
        table.add_column("matched", ratio=2, overflow="fold")
    for article in articles:
        date = article["date"] or ""
        if article["date_source"] == "inferred":
            date += "~"
        detail = _marked(article["snippet"]) if "snippet" in article else plain(_first_words(article))
        also = [plain(" ".join(v["language"] or "?" for v in article.get("versions", [])))
                ] if versions else []
        named = [plain(", ".join(f"{m['name']} #{m['id']}" for m in article["matched"]))
                 ] if matched else []
        table.add_row(str(article["id"]), plain(date), plain(article["title"]), detail, *also,
                      *named)
    console.print(table)
    if any(a["date_source"] == "inferred" for a in articles):
        console.print(plain(("~ date inferred from neighbouring articles", "dim")))


LANGUAGE_NAMES = {"en": "English", "fr": "French", "ar": "Arabic"}


def also_in(versions: Sequence[dict[str, Any]]) -> str:
    """The versions of an article as "French (#12), Arabic (#31)"."""
    return ", ".join(f"{LANGUAGE_NAMES.get(v['language'], v['language'] or '?')} (#{v['id']})"
                     for v in versions)


def print_versions(console: Console, articles: Sequence[dict[str, Any]]) -> None:
    """Versions of one news item side by side: a column per article (language, id, date,
    title, people, countries, partners, then the paragraphs)."""
    from rich.table import Table

    table = Table(header_style="bold", show_lines=True, expand=True)
    for article in articles:
        table.add_column(plain(f"{LANGUAGE_NAMES.get(article['language'], article['language'])} "
                               f"#{article['id']}"), ratio=1, overflow="fold")
    table.add_row(*(plain((a["title"], "bold")) for a in articles))
    table.add_row(*(plain(a["date"] or "no date") for a in articles))
    for kind, show in (("persons", lambda e: e["name"]), ("countries", lambda e: e["name"]),
                       ("partners", lambda e: e["acronym"] or e["name"])):
        if any(a[kind] for a in articles):
            table.add_row(*(plain(", ".join(show(e) for e in a[kind])) for a in articles))
    table.add_row(*(plain("\n\n".join(a["body"])) for a in articles))
    console.print(table)


def print_shared(console: Console, article: dict[str, Any]) -> None:
    """What an article shares with each of its versions (show --shared), one line each."""
    languages = {v["id"]: v["language"] for v in article["versions"]}
    if not article["shared"]:
        console.print(plain((f"#{article['id']} has no versions", "dim")))
    for version in article["shared"]:
        evidence = "; ".join(f"{kind}: {', '.join(map(str, values))}"
                             for kind, values in version["shared"].items())
        language = languages[version["id"]]
        name = LANGUAGE_NAMES.get(language, language)
        console.print(plain((f"#{article['id']} and {name} #{version['id']} share:", "bold"),
                            f" {evidence}"))
    console.print()


def person_text(person: dict[str, Any]) -> str:
    """A person of an article as "name [= archive-wide name] (role)": the name as the article
    writes it, the person it is in the archive when named otherwise there."""
    identity = person.get("person") or {}
    text = person["name"]
    if identity.get("name") and identity["name"] != text:
        text += f" [= {identity['name']}]"
    return text + (f" ({person['role']})" if person["role"] else "")


def print_article(console: Console, article: dict[str, Any]) -> None:
    """One article in full: heading, facts, entities, paragraphs."""
    console.print(plain((article["title"], "bold")))
    if article["subtitle"]:
        console.print(plain((article["subtitle"], "italic")))
    facts = [f"#{article['id']}", article["date"] or "no date", article["language"]]
    if article["date_source"]:
        facts[1] += f" ({article['date_source']})"
    console.print(plain((" · ".join(facts), "dim")))
    if article.get("versions"):
        console.print(plain(("also in ", "dim"), also_in(article["versions"])))
    people = ", ".join(map(person_text, article["persons"]))
    for label, value in (
        ("People", people),
        ("Countries", ", ".join(c["name"] for c in article["countries"])),
        ("Partners", ", ".join(
            p["name"] + (f" ({p['acronym']})" if p["acronym"] else "") for p in article["partners"]
        )),
        ("Sources", ", ".join(article["sources"])),
    ):
        if value:
            console.print(plain((f"{label}:", "bold"), " " + value))
    console.print()
    for paragraph in article["body"]:
        console.print(plain(paragraph))
        console.print()
    if "why" in article:
        print_why(console, article["why"])


def print_why(console: Console, reasons: Sequence[dict[str, Any]]) -> None:
    """Why icli believes each entity of an article: kind, name, rule, the words matched."""
    console.print(plain(("Why:", "bold")))
    for reason in reasons:
        words = reason["words"] or ""
        if reason["role"]:
            words += f" — role: {reason['role']}"
        joined = ""
        version = reason.get("version")
        if version:  # joined to the person (partner) another version of the item names
            language = LANGUAGE_NAMES.get(version["language"], version["language"] or "?")
            joined = (f" — same {reason['kind']} as {version['name']} in the {language} version"
                      f" #{version['id']}")
        console.print(plain(f"  {reason['kind']}: {reason['name']}  ", (reason["rule"], "dim"),
                            f"  “{words}”{joined}" if words else joined))


ALIASES_SHOWN = 3  # a longer alias list is cut to this many and "+N more"


def shortened(names: Sequence[str], most: int = ALIASES_SHOWN) -> str:
    """Names joined by commas, a longer list cut with a count: "a, b, c +4 more"."""
    shown = ", ".join(names[:most])
    return shown + (f" +{len(names) - most} more" if len(names) > most else "")


def print_entities(console: Console, kind: str, entities: Sequence[dict[str, Any]]) -> None:
    """People, countries or partners with their article counts and date span; alias lists
    shortened with a count, and on a narrow console the dates left out (`last` below 100
    columns, both below 70) so that names keep their room."""
    from rich.table import Table

    if not entities:
        console.print(plain(("Nothing found.", "dim")))
        return
    extra = {"person": "aliases", "partner": "acronym", "country": "code"}[kind]
    dates = ("first", "last") if console.width >= 100 else ("last",) if console.width >= 70 else ()
    table = Table(header_style="bold")
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column(kind, ratio=3, min_width=12, overflow="fold")
    table.add_column("articles", justify="right", no_wrap=True)
    for date in dates:
        table.add_column(date, no_wrap=True)
    table.add_column(extra, ratio=2, min_width=7, overflow="fold")
    for item in entities:
        detail = item.get(extra)
        if isinstance(detail, list):
            detail = shortened([a for a in detail if a != item["name"]])
        table.add_row(str(item["id"]), plain(item["name"]), str(item["articles"]),
                      *(item[date] or "" for date in dates), plain(detail or ""))
    console.print(table)


FOLD = 3  # a run of this many months without articles or more is one line of the chart


def chart_rows(months: Sequence[dict[str, Any]]) -> list[tuple[str, int]]:
    """The rows of a month chart: (month, news items) for each month, a run of FOLD or more
    empty months folded into one ("14 months without articles", -1)."""
    rows: list[tuple[str, int]] = []
    index = 0
    while index < len(months):
        end = index
        while end < len(months) and not months[end]["items"]:
            end += 1
        if end - index >= FOLD:
            rows.append((f"{end - index} months without articles", -1))
            index = end
        else:
            rows.append((months[index]["month"], months[index]["items"]))
            index += 1
    return rows


def print_months(console: Console, months: Sequence[dict[str, Any]]) -> None:
    """News items per month (every month, as summaries.timeline gives them) as a bar chart that
    fits the console: a month with none is a row with no bar, a run of them one line. Titled
    "Articles per month" while no item has two versions among them."""
    from rich.table import Table

    if not months:
        return
    title = ("Articles per month" if all(row["items"] == row["articles"] for row in months)
             else "News items per month")
    top = max(row["items"] for row in months) or 1
    width = max(10, min(50, console.width - 24))
    table = Table(title=plain(title), show_header=False, box=None, pad_edge=False, title_justify="left")
    table.add_column(no_wrap=True)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(no_wrap=True)
    for label, count in chart_rows(months):
        if count < 0:
            table.add_row("\u2026", "", plain((label, "dim")))
            continue
        bar = "█" * max(1, round(count / top * width)) if count else ""
        table.add_row(label, str(count), plain((bar, "cyan")))
    console.print(table)


def print_profile(console: Console, profile: dict[str, Any]) -> None:
    """An entity's summary: names, roles, counts and dates, timeline, frequent company."""
    for entity in profile["entities"]:
        code = entity.get("code") or entity.get("acronym")
        heading = entity["name"] + (f" ({code})" if code else "")
        counts = f"{entity['articles']} article(s)"
        if entity.get("items", entity["articles"]) != entity["articles"]:
            counts = f"{entity['items']} news item(s) in {counts}"
        console.print(plain((heading, "bold"), f"  {counts}, "
                            f"{entity['first'] or '?'} → {entity['last'] or '?'}"))
        others = [a for a in entity.get("aliases", []) if a != entity["name"]]
        if others:
            console.print(plain(("  also:", "dim"), " " + ", ".join(others)))
        for role in entity.get("roles", [])[:5]:
            console.print(plain(("  role:", "dim"), f" {role['role']} ", (
                f"({role['articles']}×, {role['first']} → {role['last']})", "dim")))
    print_months(console, profile["timeline"])
    for kind, label in (("person", "People"), ("country", "Countries"), ("partner", "Partners")):
        company = profile["appears_with"][kind]
        if company:
            names = ", ".join(f"{c['name']} ({c['articles']})" for c in company)
            console.print(plain((f"{label} alongside:", "bold"), " " + names))
    console.print()


def print_summary(console: Console, data: dict[str, Any]) -> None:
    """The archive at a glance: range, articles per month, top entities, sources."""
    from rich.table import Table

    if not data["articles"]:
        console.print(plain(("No articles.", "dim")))
        return
    items = (f" ({data['items']} news items)" if data.get("items", data["articles"])
             != data["articles"] else "")
    console.print(plain((str(data["articles"]), "bold"),
                        f" article(s){items} from {data['sources']['files']} file(s), "
                        f"{data['first'] or '?'} → {data['last'] or '?'}"
                        + (f", {data['undated']} undated" if data["undated"] else "")))
    languages = ", ".join(f"{lang} {count}" for lang, count in data["languages"].items())
    if languages:
        console.print(plain(("languages:", "dim"), " " + languages))
    print_months(console, data["months"])
    columns = [data["top"][k] for k in ("people", "countries", "partners")]
    if not any(columns):  # --top 0
        return
    table = Table(header_style="bold", expand=False)
    for heading in ("people", "countries", "partners"):
        table.add_column(heading, ratio=1, overflow="fold")
    for i in range(max((len(c) for c in columns), default=0)):
        table.add_row(*(
            plain(f"{c[i].get('acronym') or c[i]['name']} ({c[i].get('items', c[i]['articles'])})")
            if i < len(c)
            else "" for c in columns
        ))
    console.print(table)


def print_network(console: Console, pairs: Sequence[dict[str, Any]]) -> None:
    """Co-mention pairs as a ranked table: how many news items each pair shares."""
    from rich.table import Table

    if not pairs:
        console.print(plain(("No pairs.", "dim")))
        return
    table = Table(header_style="bold")
    table.add_column("items", justify="right", no_wrap=True)
    table.add_column("entity", ratio=1, overflow="fold")
    table.add_column("with", ratio=1, overflow="fold")
    table.add_column("latest shared", ratio=2, overflow="fold")
    for pair in pairs:
        latest = pair["latest"]
        table.add_row(str(pair["items"]), plain(pair["source"]["name"]),
                      plain(pair["target"]["name"]),
                      plain(f"{latest['date'] or ''} #{latest['id']} {_shorten(latest['title'], 60)}"))
    console.print(table)
