"""What a name given to who, country, partner or a --person/--country/--partner filter names:
the lookup rule's answer (`icli.store.lookup`) said on stderr, with the candidates of a name
that is part of several names told apart (office, acronym, articles, dates) and the
suggestions for a misspelling.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from icli.choices import LIST_COMMANDS
from icli.cli.request import Env, Query
from icli.errors import Ambiguous, Failure
from icli.store import lookup, queries, summaries

LISTS = {kind: command for command, kind in LIST_COMMANDS.items()}  # the list of each kind


def resolve(conn: sqlite3.Connection, kind: str, name: str, query: Query, env: Env,
            alone: bool = True) -> list[int]:
    """Ids of the entities `name` denotes by the lookup rule (lookup.lookup), saying on
    stderr what it found; part of several names is an Ambiguous failure listing them (exit 1;
    one JSON line on stderr with --json, --jsonl or --format json/jsonl) unless --all asks for
    all of them (and for a surname's owner, those named by it alone); a name of no entity (a
    misspelling: its suggestions; a title, another kind's id: lookup's note) gives no entity
    and says so, or, when it is not `alone` (one of a repeated filter's values, whose answer
    would be the others' alone), is a Failure saying so (exit 1)."""
    found = lookup.lookup(conn, kind, name)
    if found.ids and found.candidates and query.every:  # a surname's owner and those it leaves out
        told = described(conn, kind, [{"id": i} for i in found.ids] + found.candidates, name)
        env.note(f"{name!r}: all of {', '.join(map(candidate_text, told))}")
        return [c["id"] for c in told]
    if not found.ids and not found.ambiguous and (found.note is None or found.refused):
        said = found.note or hint(kind, name, found.candidates)  # it names no entity
        if not alone:
            raise Failure(f"{said} (one of several --{kind} values: no answer for the others alone)")
        env.note(said)
        return []
    if found.note:
        env.note(found.note)
    if found.ambiguous:
        told = described(conn, kind, found.candidates[:5], name)
        names = ", ".join(map(candidate_text, told)) + (", …" if len(found.candidates) > 5 else "")
        if not query.every:
            stored = any(c["id"] is not None for c in found.candidates)
            pick = ("'#ID' for one of them, or --all for all of them" if stored
                    else "the archive has none of them")
            raise Ambiguous((
                f"{name!r} is a name of several {LISTS[kind]}: {names}; {pick}")
                if found.whole > 1 else (
                f"{name!r} is the whole name of one and part of the names of others: "
                f"{names}; {pick}") if found.whole else (
                f"{name!r} is part of the names of several {LISTS[kind]}: {names}; "
                f"give more of the name{', ' if stored else '; '}{pick}"),
                told, bool({query.format, query.export} & {"json", "jsonl"}))
        env.note(f"{name!r}: all of {names}")
        return [c["id"] for c in found.candidates if c["id"] is not None]
    return found.ids


def described(conn: sqlite3.Connection, kind: str, found: list[dict[str, Any]],
              asked: str) -> list[dict[str, Any]]:
    """The entities a name may mean, each with what tells it apart: id, name, articles, first
    and last date, and a person's most held office (`role`, in the script of the name `asked`),
    a partner's `acronym`, or the `code` of a real country the archive does not name (id
    None, no articles)."""
    counted = {entity["id"]: entity for entity in summaries.entity_counts(
        conn, kind, queries.Filters(limit=0), only=[c["id"] for c in found if c["id"] is not None],
        asked=asked)}
    told = []
    for candidate in found:
        entity = counted.get(candidate["id"], candidate)
        one = {"id": candidate["id"], "name": entity["name"], "articles": entity["articles"],
               "first": entity.get("first"), "last": entity.get("last")}
        if candidate["id"] is None:
            one["code"] = candidate["code"]
        elif kind == "person":
            one["role"] = next((role["role"] for role in entity.get("roles", [])), None)
        elif kind == "partner":
            one["acronym"] = entity.get("acronym")
        told.append(one)
    return told


def candidate_text(entity: dict[str, Any]) -> str:
    """One entity a name may mean, as the error line shows it: "Anar Aliyev (#7; Minister of
    Culture of Azerbaijan; 2 articles, 2024-05-15 → 2024-09-06)"; a real country the archive
    does not name: "North Korea (PRK): no articles"."""
    if entity["id"] is None:
        return f"{entity['name']} ({entity['code']}): no articles"
    count, first, last = entity["articles"], entity["first"], entity["last"]
    span = f", {first}" + (f" → {last}" if last != first else "") if first else ""
    acronym = entity.get("acronym")
    what = [f"#{entity['id']}"] + [entity[key] for key in ("role",) if entity.get(key)] + (
        [acronym] if acronym and acronym != entity["name"] else [])
    return f"{entity['name']} ({'; '.join([*what, ''])}{count} article{'s' if count != 1 else ''}{span})"


def hint(kind: str, name: str, candidates: list[dict[str, Any]]) -> str:
    """The line saying that `name` names no entity of `kind`, and which it may mean."""
    if candidates:
        names = ", ".join(c["name"] for c in candidates[:5])
        return (f"no {kind} named {name!r}; did you mean {names}"
                f"{', …' if len(candidates) > 5 else ''}?")
    return f"no {kind} matches {name!r}; see `icli {LISTS[kind]}`"
