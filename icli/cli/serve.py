"""`icli serve`: the archive in a browser, through Datasette, until Ctrl-C.

Datasette runs in this process (its own `datasette serve`, on uvicorn) with the metadata
`icli.store.web` builds, written to a temporary directory, and icli's plugin
(`icli.cli.web_plugin`, found through its entry point). It reads the archive through read-only connections
(`?mode=ro`), or as immutable when the file or its directory is read-only, so nothing a
browser does can change it.
"""

from __future__ import annotations

import json
import os
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from icli.cli.request import Env, Query
from icli.errors import ExitCode, Failure

INSTALL = "serve needs Datasette: pip install 'icli[web]'"


def run(query: Query, env: Env, path: str) -> ExitCode:
    """Serve the archive at `path` on query.host:query.port until Ctrl-C or SIGTERM."""
    from icli.store import web

    try:
        from datasette.cli import cli as datasette
    except ImportError:
        raise Failure(INSTALL) from None
    config = web.metadata(path)  # a missing, foreign or old archive: the usual one line
    with tempfile.TemporaryDirectory(prefix="icli-serve-") as directory:
        metadata = os.path.join(directory, "metadata.json")
        with open(metadata, "w", encoding="utf-8") as stream:
            json.dump(config, stream)
        args = ["serve", *(("--immutable", path) if _read_only(path) else (path,)),
                "--metadata", metadata, "--host", query.host, "--port", str(query.port),
                *(("--open",) if query.browser else ())]
        env.note(f"serving {path} read-only at http://{query.host}:{query.port}/ "
                 "(Ctrl-C stops)")
        with _stopped_by(signal.SIGINT, signal.SIGTERM):
            try:
                datasette.main(args, prog_name="datasette", standalone_mode=False)
            except KeyboardInterrupt:  # uvicorn shut down, then passed the signal on
                pass
            except SystemExit as exit_:  # uvicorn could not start (it said why)
                if exit_.code:
                    raise Failure(f"Datasette stopped (exit code {exit_.code})") from None
    return ExitCode.OK


@contextmanager
def _stopped_by(*signals: signal.Signals) -> Iterator[None]:
    """While in the block, these signals raise KeyboardInterrupt (SIGTERM as well, and
    whatever their disposition was: a shell's background job ignores SIGINT)."""

    def stop(_signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt

    previous = {sig: signal.signal(sig, stop) for sig in signals}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _read_only(path: str) -> bool:
    """Whether the archive or its directory is read-only: SQLite then cannot make the -shm
    file a read-only WAL connection needs, and Datasette must open the file immutable."""
    from icli.store.connection import read_only

    return read_only(path) or read_only(os.path.dirname(os.path.abspath(path)))
