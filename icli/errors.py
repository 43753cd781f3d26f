"""The errors icli reports and the exit code of each (docs/contract.md): modules raise them,
`icli.cli.main.exit_code` turns them into one line and a code. Standard library only."""

from __future__ import annotations

import enum
from typing import Any


class ExitCode(enum.IntEnum):
    """The documented exit codes (docs/contract.md)."""

    OK = 0
    FAILURE = 1
    USAGE = 2
    INTERRUPTED = 130
    TERMINATED = 143


class UsageError(Exception):
    """A bad option, argument, date or query: exit 2."""


class Failure(Exception):
    """A runtime failure (database unreadable, files not ingested, no such article): exit 1."""


class Ambiguous(Failure):
    """A name given to a lookup that is part of several entities' names (exit 1): `candidates`
    are those entities told apart (id, name, articles, first, last, and a person's office, a
    partner's acronym or an absent country's code); `as_json`: the error line is written as one
    JSON object, {"error": the message, "candidates": [...]}, for a user who asked for JSON."""

    def __init__(self, message: str, candidates: list[dict[str, Any]], as_json: bool) -> None:
        super().__init__(message)
        self.candidates, self.as_json = candidates, as_json


class WriteError(Failure):
    """Standard output cannot be written (disk full, closed, an I/O error): exit 1."""

    def __init__(self, error: OSError) -> None:
        super().__init__(f"write error: {error.strerror or error}")


class ReaderGone(Exception):
    """Standard output's reader closed the pipe (`icli search X | head`): exit 0. A closed pipe
    inside a Typer command is raised as this, since Click turns a BrokenPipeError into exit 1."""


class Terminated(BaseException):
    """SIGTERM during an ingest (a BaseException, like KeyboardInterrupt)."""
