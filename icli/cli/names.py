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
from icli.errors import Failure
from icli.store import lookup, queries, summaries

LISTS = {kind: command for command, kind in LIST_COMMANDS.items()}  # the list of each kind


def resolve(conn: sqlite3.Connection, kind: str, name: str, query: Query, env: Env) -> list[int]:
    """Ids of the entities `name` denotes by the lookup rule (lookup.lookup), saying on
    stderr what it found; part of several names is a Failure listing them (exit 1) unless
    --all asks for all of them; a misspelling gives suggestions and no entity."""
    found = lookup.lookup(conn, kind, name)
    if found.note:
        env.note(found.note)
    if found.ambiguous:
        names = candidates(conn, kind, found.candidates[:5], name)
        more = ", …" if len(found.candidates) > 5 else ""
        if not query.every and found.exact:
            raise Failure(f"{name!r} is the whole name of one and part of the names of others: "
                          f"{names}{more}; --all for all of them")
        if not query.every:
            raise Failure(f"{name!r} is part of the names of several {LISTS[kind]}: {names}{more}; "
                          "give more of the name, or --all for all of them")
        env.note(f"{name!r}: all of {names}{more}")
        return [c["id"] for c in found.candidates if c["id"] is not None]
    if not found.ids and found.note is None:
        hint(kind, name, env, found.candidates)
    if found.ids and query.every:  # a surname's owner, and those named by it alone elsewhere
        return [*found.ids, *(c["id"] for c in found.candidates)]
    return found.ids


def candidates(conn: sqlite3.Connection, kind: str, found: list[dict[str, Any]], asked: str) -> str:
    """The entities a name may mean, each so a user can tell them apart: "Anar Aliyev
    (Minister of Culture of Azerbaijan; 2 articles, 2024-05-15 → 2024-09-06)" (a person's
    most held office, in the script of the name `asked`; a partner's acronym; its span)."""
    described = {entity["id"]: entity for entity in summaries.entity_counts(
        conn, kind, queries.Filters(limit=0), only=[c["id"] for c in found if c["id"] is not None],
        asked=asked)}

    def one(candidate: dict[str, Any]) -> str:
        if candidate["id"] is None:  # a real country the archive does not name
            return f"{candidate['name']} ({candidate['code']}): no articles"
        entity = described.get(candidate["id"], candidate)
        count = entity["articles"]
        first, last = entity.get("first"), entity.get("last")
        span = f", {first}" + (f" → {last}" if last != first else "") if first else ""
        what = [role["role"] for role in entity.get("roles", [])[:1]] + (
            [entity["acronym"]] if entity.get("acronym") and entity["acronym"] != entity["name"]
            else [])
        return (f"{entity['name']} ({'; '.join([*what, ''])}{count} "
                f"article{'s' if count != 1 else ''}{span})")

    return ", ".join(map(one, found))


def hint(kind: str, name: str, env: Env, candidates: list[dict[str, Any]]) -> None:
    """Say on stderr that `name` names no entity of `kind`, and which it may mean."""
    if candidates:
        names = ", ".join(c["name"] for c in candidates[:5])
        env.note(f"no {kind} named {name!r}; did you mean {names}"
                 f"{', …' if len(candidates) > 5 else ''}?")
    else:
        env.note(f"no {kind} matches {name!r}; see `icli {LISTS[kind]}`")
