"""Where the database lives by default, and how that is found.

Lookup order: `--db PATH`; else `$ICLI_DB`; else `icli.db` in the earlier default directory
(Click's app directory for "icli", `~/.config/icli` on Linux) if a database is there; else
`icli.db` in the user data directory (platformdirs: `~/.local/share/icli` on Linux).
"""

from __future__ import annotations

import os
import sys

NAME = "icli.db"


def legacy_db_path() -> str:
    """icli.db in the earlier default directory, `typer.get_app_dir("icli")` (Click's rule,
    computed without importing Typer on Linux)."""
    if sys.platform not in ("win32", "darwin"):
        config = os.environ.get("XDG_CONFIG_HOME", "")
        if not os.path.isabs(config):  # unset, empty or relative: ignored (XDG's rule)
            config = os.path.expanduser("~/.config")
        return os.path.join(config, "icli", NAME)
    import typer

    return os.path.join(typer.get_app_dir("icli"), NAME)


def data_db_path() -> str:
    """icli.db in the user data directory."""
    from platformdirs import user_data_dir

    return os.path.join(user_data_dir("icli", appauthor=False), NAME)


def default_db_path() -> str:
    """`$ICLI_DB`, else an existing database at the earlier default, else the data directory."""
    env = os.environ.get("ICLI_DB")
    if env:
        return env
    legacy = legacy_db_path()
    return legacy if os.path.exists(legacy) else data_db_path()


def describe_default() -> str:
    """How the default database was chosen, in one line."""
    if os.environ.get("ICLI_DB"):
        return "(from $ICLI_DB)"
    if os.path.exists(legacy_db_path()):
        return f"(found at the earlier default; new archives go to {data_db_path()})"
    return "(the user data directory; set $ICLI_DB or pass --db to use another file)"
