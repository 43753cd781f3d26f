"""The one reader of extraction's per-language word lists: icli/extract/data/<language>.json,
one file per language of icli.choices.LANGUAGES (en, fr, ar), each a JSON object of named lists,
`{"about": what the list is, "words": its words}`. A file is read once, on first use;
icli.extract.gazetteer names the lists for the code that matches them."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=None)
def lists(language: str) -> dict[str, Any]:
    """The named lists of one language's file, as stored (its top-level "about" included)."""
    from importlib.resources import files

    text = files("icli.extract").joinpath(f"data/{language}.json").read_text("utf-8")
    return json.loads(text)


def load(language: str, name: str) -> Any:
    """The words of one list: a JSON array, or an object for a table (form → code, …)."""
    return lists(language)[name]["words"]
