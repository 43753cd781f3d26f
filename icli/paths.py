"""Where the database lives by default."""

from __future__ import annotations

import os
import sys


def default_db_path() -> str:
    """`$ICLI_DB`, else icli.db in the user's app directory (a plain path: queries do not
    import pathlib)."""
    env = os.environ.get("ICLI_DB")
    if env:
        return env
    if sys.platform not in ("win32", "darwin"):  # click's rule, without importing Typer
        config = os.environ.get("XDG_CONFIG_HOME", os.path.expanduser("~/.config"))
        return os.path.join(config, "icli", "icli.db")
    import typer  # the app directory on Windows and macOS

    return os.path.join(typer.get_app_dir("icli"), "icli.db")
