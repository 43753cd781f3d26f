"""`icli serve`: the Datasette configuration icli writes, answered by Datasette in-process
(its canned queries give what the matching commands give), and the command itself: the
missing extra, an unusable archive, a served archive that stops cleanly on Ctrl-C."""

from __future__ import annotations

import asyncio
import hashlib
import json
import shutil
import sys
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from datasette.app import Datasette

from icli.store import web
from tests.conftest import Cli, run, serving


def get(db: Path, path: str) -> Any:
    """A JSON answer of Datasette serving `db` with icli's metadata (and plugin)."""

    async def fetch() -> Any:
        ds = Datasette([str(db)], metadata=web.metadata(str(db)))
        await ds.invoke_startup()
        response = await ds.client.get(path)
        return response.status_code, response.json()

    status, body = asyncio.run(fetch())
    assert status == 200, body
    return body


def ids(rows: list[dict[str, Any]]) -> list[int]:
    return [row["id"] for row in rows]


def test_search_query_finds_what_icli_search_finds(loaded_db: Path, ro_cli: Cli) -> None:
    for query in ("Kazakhstan", '"cultural heritage" OR title:Oman', "Kaz*", "Al-Malik"):
        served = get(loaded_db, f"/archive/search.json?_shape=array&q={quote(query)}")
        assert served, query
        assert ids(served) == ids(ro_cli.json("search", query, "-n", "0")), query


def test_entity_queries_find_what_the_commands_find(loaded_db: Path, ro_cli: Cli) -> None:
    for command, name in (("who", "Malik"), ("country", "KAZ"), ("partner", "AOU")):
        served = get(loaded_db, f"/archive/{command}.json?_shape=array&_size=max&name={name}")
        expected = ro_cli.json(command, name, "-n", "0")
        assert expected and sorted(ids(served)) == sorted(ids(expected)), command
    assert get(loaded_db, "/archive/who.json?_shape=array&name=Nobody%20Atall") == []


def test_article_query_lists_people_roles_countries_partners(loaded_db: Path,
                                                             ro_cli: Cli) -> None:
    article = ro_cli.json("show", "3")
    rows = get(loaded_db, "/archive/article.json?_shape=array&id=3")
    assert rows[0] == {"field": "title", "value": article["title"], "detail": article["subtitle"],
                       "person": None, "id": 3}
    assert [(r["value"], r["detail"], r["person"]) for r in rows if r["field"] == "person"] == [
        (p["name"], p["role"], p["person"]["name"]) for p in article["persons"]]
    assert [r["detail"] for r in rows if r["field"] == "country"] == [
        c["code"] for c in article["countries"]]
    assert [(r["id"], r["detail"]) for r in rows if r["field"] == "version"] == [
        (v["id"], v["language"]) for v in article["versions"]]
    assert rows[-1] == {"field": "text", "value": "\n\n".join(article["body"]), "detail": None,
                        "person": None, "id": None}


def test_facets_and_months_agree_with_summary(loaded_db: Path, ro_cli: Cli) -> None:
    summary = ro_cli.json("summary")
    page = get(loaded_db, "/archive/articles_browse.json?_size=0")
    facets = page["facet_results"]
    assert set(facets) == {"language", "month", "people", "countries", "partners"}
    top = summary["top"]["countries"][0]
    assert {"value": top["name"], "count": top["articles"]}.items() <= {
        k: v for item in facets["countries"]["results"] for k, v in item.items()
        if item["value"] == top["name"]}.items()
    months = get(loaded_db, "/archive/months.json?_shape=array&_size=max")
    assert months == [{"month": m["month"], "articles": m["articles"]} for m in summary["months"]]
    assert months[0]["month"] == summary["first"][:7] and months[-1]["month"] == summary["last"][:7]


def test_internal_tables_are_hidden(loaded_db: Path) -> None:
    database = get(loaded_db, "/archive.json")
    assert {t["name"] for t in database["tables"]} >= {"articles", "entities", "mentions"}
    assert [t["name"] for t in database["tables"] if not t["hidden"]] == []
    assert [v["name"] for v in database["views"]] == ["articles_browse"]


def test_a_browser_cannot_write(loaded_db: Path) -> None:
    before = hashlib.sha256(loaded_db.read_bytes()).hexdigest()

    async def attempt() -> int:
        ds = Datasette([str(loaded_db)], metadata=web.metadata(str(loaded_db)))
        response = await ds.client.get("/archive.json?sql=delete+from+articles")
        return response.status_code

    assert asyncio.run(attempt()) == 400
    assert hashlib.sha256(loaded_db.read_bytes()).hexdigest() == before


def test_serve_without_the_extra_says_what_to_install(loaded_db: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "datasette", None)  # import datasette: ImportError
    result = run(["--db", str(loaded_db), "serve"])
    assert (result.exit_code, result.stderr) == (
        1, "icli: error: serve needs Datasette: pip install 'icli[web]'\n")


def test_serve_refuses_an_unusable_archive_as_other_commands_do(tmp_path: Path) -> None:
    for name, content in (("missing.db", None), ("foreign.db", b"not a database" * 100)):
        db = tmp_path / name
        if content is not None:
            db.write_bytes(content)
        served, listed = run(["--db", str(db), "serve"]), run(["--db", str(db), "list"])
        assert served.exit_code == listed.exit_code == 1
        assert served.stderr == listed.stderr and served.stderr.count("\n") == 1


def test_serve_answers_on_localhost_and_stops_on_ctrl_c(loaded_db: Path) -> None:
    with serving(loaded_db) as server:
        with urllib.request.urlopen(server.url + "/archive/search.json?_shape=array&q=Kazakhstan") as r:
            assert len(json.load(r)) == 5
        with urllib.request.urlopen(server.url + "/-/metadata.json") as r:
            assert json.load(r)["title"] == "ICESCO news archive"
    assert server.stopped == 0, server.stderr
    assert server.stderr.startswith(f"icli: serving {loaded_db} read-only at {server.url}/")
    with pytest.raises(OSError):  # nothing left listening
        urllib.request.urlopen(server.url + "/", timeout=2)



def test_serve_reads_a_read_only_archive_as_it_is(loaded_db: Path, tmp_path: Path) -> None:
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    db = shelf / "archive.db"
    shutil.copy(loaded_db, db)
    db.chmod(0o444)
    shelf.chmod(0o555)
    try:
        with serving(db) as server:
            with urllib.request.urlopen(server.url + "/archive/who.json?_shape=array&name=Malik") as r:
                assert json.load(r)
            with urllib.request.urlopen(server.url + "/-/databases.json") as r:
                assert [(d["name"], d["is_mutable"]) for d in json.load(r)] == [("archive", False)]
        assert server.stopped == 0, server.stderr
        assert sorted(p.name for p in shelf.iterdir()) == ["archive.db"]  # no -wal, no -shm
    finally:
        shelf.chmod(0o755)
