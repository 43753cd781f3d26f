"""What one invocation asks for (`Query`) and where it reads and writes (`Env`).

`build()` turns the parameters of a command, as the command line parsed them, into a checked
`Query`; every rule about option values lives here, so both ways of parsing agree. Standard
library only: plain queries import neither Typer nor rich.
"""

from __future__ import annotations

import io
import os
import sys
from typing import IO, Any, BinaryIO, NamedTuple, Protocol, TextIO

from icli.choices import (
    DEFAULT_EXPORT,
    DEFAULT_TOP,
    ENTITY_COMMANDS,
    EXPORT_FORMATS,
    LANGUAGES,
    OUTPUT_FORMATS,
    SERVE_HOST,
    SERVE_PORT,
    SHELLS,
    in_words,
    sorts,
)
from icli.errors import UsageError, WriteError
from icli.store.queries import Filters
from icli.text.escape import readable_name, safe

MAX_INTEGER = 2**63 - 1  # SQLite's largest integer
STDIN_CHUNK = 2**20


class Query(NamedTuple):
    """One invocation: the command, its filters and paging, output format and fields."""

    command: str
    db: str | None = None
    filters: Filters = Filters()  # limit None: not given (commands.run decides, by format)
    format: str | None = None  # None: a table on a terminal, JSON in a pipe
    fields: tuple[str, ...] = ()
    sort: str | None = None
    text: str | None = None  # search's QUERY, or the NAME of who/country/partner
    ids: tuple[int, ...] = ()  # show
    paths: tuple[str, ...] = ()  # ingest
    name: str | None = None  # ingest --name (what stdin is called)
    top: int = DEFAULT_TOP  # summary
    export: str | None = None  # network/export --format
    notes: tuple[str, ...] = ()  # said on stderr before the command runs (a date read two ways)
    versions: bool = False  # show --versions
    why: bool = False  # show --why
    shared: bool = False  # show --shared
    every: bool = False  # --all: a name that is part of several entities' names means them all
    host: str = SERVE_HOST  # serve
    port: int = SERVE_PORT  # serve
    browser: bool = False  # serve --open


class TextOut(Protocol):
    """Where a command writes its text: a text stream, StandardOutput or output.SafeText."""

    def write(self, text: str, /) -> int: ...

    def flush(self) -> None: ...


class Env:
    """The streams and terminal facts of one run; tests pass their own."""

    def __init__(self, stdin: BinaryIO | None = None, stdout: IO[str] | None = None,
                 stderr: IO[str] | None = None, stdout_isatty: bool | None = None,
                 stderr_isatty: bool | None = None, width: int | None = None,
                 colour: bool | None = None) -> None:
        self._stdin = stdin  # None: the process's standard input, read only by `ingest -`
        self.stdout: IO[str] | StandardOutput = (
            stdout if stdout is not None else StandardOutput(sys.stdout))
        if (stderr is None and isinstance(sys.stderr, io.TextIOWrapper)
                and sys.stderr.errors == "strict"):
            sys.stderr.reconfigure(errors="backslashreplace")
        self.stderr = stderr if stderr is not None else sys.stderr
        self.stdout_isatty = _isatty(self.stdout) if stdout_isatty is None else stdout_isatty
        self.stderr_isatty = _isatty(self.stderr) if stderr_isatty is None else stderr_isatty
        self.width = width  # None: rich measures the terminal
        if colour is None:
            colour = self.stdout_isatty and "NO_COLOR" not in os.environ
        self.colour = colour

    def read_stdin(self, limit: int) -> bytes:
        """Standard input, as bytes, read a chunk at a time; OSError once it holds more than
        `limit` bytes (so `yes | icli ingest -` stops at the cap, not at the machine's memory)."""
        stream = self._stdin if self._stdin is not None else (
            sys.stdin.buffer if sys.stdin is not None else None)
        if stream is None:
            return b""
        data = bytearray()
        while chunk := stream.read(STDIN_CHUNK):
            data += chunk
            if len(data) > limit:
                raise OSError(f"larger than {limit // 2**20} MB")
        return bytes(data)

    def error(self, message: str) -> None:
        """`icli: error: message` on stderr."""
        self.note(f"error: {message}")

    def warn(self, message: str) -> None:
        """`icli: warning: message` on stderr."""
        self.note(f"warning: {message}")

    def note(self, message: str) -> None:
        """`icli: message` on stderr (hints and suggestions), control characters escaped
        (`escape.safe`): messages quote file names and text from dumps."""
        line = safe(message).replace("\n", "\\n")
        self.stderr.write(f"icli: {line}\n")


class StandardOutput:
    """The process's stdout as a run writes to it: UTF-8 when it is not a terminal, whatever
    the locale or PYTHONIOENCODING says (a terminal keeps its encoding, with what it cannot
    show written as \\u escapes); a write that fails (disk full, stdout closed, an I/O error)
    raises WriteError, a closed pipe BrokenPipeError as before."""

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream  # None: file descriptor 1 was closed when Python started
        if stream is not None and hasattr(stream, "reconfigure"):
            if not _isatty(stream):
                stream.reconfigure(encoding="utf-8", errors="strict")
            elif stream.encoding.lower().replace("-", "") != "utf8":
                stream.reconfigure(errors="backslashreplace")
        self.encoding = "utf-8" if stream is None else stream.encoding

    def write(self, text: str) -> int:
        """Write `text`; WriteError if the stream refuses it."""
        try:
            if self.stream is None:
                raise OSError(9, "standard output is closed")
            return self.stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as error:
            raise WriteError(error) from None

    def flush(self) -> None:
        """Flush what is buffered; WriteError if the stream refuses it."""
        try:
            if self.stream is not None:
                self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise WriteError(error) from None

    def isatty(self) -> bool:
        """Whether stdout is a terminal."""
        return self.stream is not None and _isatty(self.stream)

    def fileno(self) -> int:
        """The file descriptor underneath (OSError when stdout is closed)."""
        if self.stream is None:
            raise OSError(9, "standard output is closed")
        return self.stream.fileno()


def _isatty(stream: IO[str] | StandardOutput) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def build(command: str, params: dict[str, Any]) -> Query:
    """The checked Query for `command` given its parsed parameters (names as in cli.py)."""
    _check_utf8(params)
    if params.get("db") == "":
        raise UsageError("--db: an empty path (leave --db out for the default database)")
    limit = params.get("limit")
    if limit is not None and limit < 0:
        raise UsageError(f"--limit must be 0 (no limit) or more, not {limit}")
    offset = params.get("offset") or 0
    if offset < 0:
        raise UsageError(f"--offset must be 0 or more, not {offset}")
    top = params.get("top", DEFAULT_TOP)
    if top < 0:
        raise UsageError(f"--top must be 0 or more, not {top}")
    for option, value in (("--limit", limit), ("--offset", offset), ("--top", top),
                          *(("ID", id_) for id_ in params.get("ids") or ())):
        if value is not None and not -MAX_INTEGER <= value <= MAX_INTEGER:
            raise UsageError(f"{option} {value} is out of range (at most {MAX_INTEGER})")
    languages = tuple(_choice("--language", value.lower(), LANGUAGES)
                      for value in params.get("language") or ())
    since, until, notes = _dates(params.get("since"), params.get("until"))
    export = _export(command, params.get("format"))
    if limit is None and (command in ("export", "summary") or export):
        limit = 0  # exports and summaries are whole unless --limit is given
    prefer = tuple(_choice("--prefer", value.strip().lower(), LANGUAGES)
                   for value in (params.get("prefer") or "").split(",") if value.strip())
    if params.get("prefer") is not None and not prefer:
        raise UsageError(f"--prefer needs languages in order, of {', '.join(LANGUAGES)} "
                         "(--prefer ar,fr)")
    if params.get("name") is not None and not params["name"].strip():
        raise UsageError("--name needs the source name for stdin, not an empty string")
    if params.get("name") is not None:
        from icli.store.sources import is_stdin

        if not any(map(is_stdin, params.get("paths") or ())):  # `-`, or /dev/stdin on a pipe
            raise UsageError("--name names standard input: give - among the paths "
                             f"(… | icli ingest - --name {params['name']})")
    if "" in (params.get("paths") or ()):
        raise UsageError("ingest: an empty path (give files, directories, or - for standard input)")
    if prefer and not params.get("per_item"):
        raise UsageError("--prefer chooses the version --per-item keeps: give --per-item too")
    per_item = tuple(dict.fromkeys(prefer + LANGUAGES)) if params.get("per_item") else ()
    filters = Filters(
        since, until, _names(params.get("person")), _names(params.get("country")),
        _names(params.get("partner")), languages, limit, offset, per_item, bool(params.get("all")),
    )
    sort = params.get("sort")
    if sort is not None:
        _choice("--sort", sort, sorts(command))
    if command == "completion":
        return Query(command=command, text=_choice("SHELL", params["shell"], SHELLS))
    words = params.get("query", params.get("name_"))
    text = " ".join(words) if isinstance(words, (list, tuple)) else words  # several words: one
    if text is not None and not text.strip():
        raise UsageError(f"empty {'search query' if command == 'search' else ENTITY_COMMANDS[command] + ' name'}")
    fmt = _format(params)
    if command == "network" and export and fmt:
        raise UsageError(f"choose one output format, not --format {export} and --{fmt}")
    if command == "network" and export and params.get("fields") is not None:
        raise UsageError(f"--fields picks the fields of the pairs' rows (--json, --csv): "
                         f"--format {export} exports the graph's nodes and links whole")
    if command == "network" and export and offset and not limit:
        raise UsageError(f"--offset skips the strongest pairs of a --limit: --format {export} "
                         f"exports the whole graph unless --limit is given (-n 50 --offset 50)")
    return Query(
        command=command, db=params.get("db"), filters=filters, format=fmt,
        fields=_fields(params.get("fields")), sort=sort, text=text,
        ids=tuple(params.get("ids") or ()), paths=tuple(params.get("paths") or ()),
        name=params.get("name"), top=top, export=export, versions=bool(params.get("versions")),
        why=bool(params.get("why")), shared=bool(params.get("shared")),
        every=bool(params.get("all")), notes=notes, host=params.get("host") or SERVE_HOST,
        port=_port(params.get("port")), browser=bool(params.get("open")),
    )


def _port(value: int | None) -> int:
    """serve's --port (default SERVE_PORT, Datasette's)."""
    if value is None:
        return SERVE_PORT
    if not 1 <= value <= 65535:
        raise UsageError(f"--port must be 1 to 65535, not {value}")
    return value


def _check_utf8(params: dict[str, Any]) -> None:
    """Refuse (UsageError) an argument holding bytes that are not UTF-8 (Python keeps them as
    lone surrogates, which SQLite cannot take). Paths to ingest may: each such file fails
    alone (icli.store.ingest)."""
    for name, value in params.items():
        if name == "paths":
            continue
        for text in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(text, str) and not text.isascii():
                if readable_name(text) != text:
                    raise UsageError(f"{name.rstrip('_')}: not valid UTF-8: "
                                     f"'{readable_name(text)}'")


def _choice(option: str, value: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise UsageError(f"{option} must be {in_words(choices)}, not {value!r}")
    return value


def _names(values: list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """Entity filter values; blank ones are refused."""
    for value in values or ():
        if not value.strip():
            raise UsageError("an empty name in a --person/--country/--partner filter")
    return tuple(values or ())


def _dates(since: str | None, until: str | None) -> tuple[str | None, str | None, tuple[str, ...]]:
    """ISO bounds for --since/--until, and a note for each that reads two ways."""
    if since is None and until is None:
        return None, None, ()
    from icli.cli.dateargs import DateArgumentError, parse_range, read_two_ways

    try:
        start, stop = parse_range(since, until)
    except DateArgumentError as error:
        raise UsageError(str(error)) from None
    notes = (read_two_ways("--since", since, start), read_two_ways("--until", until, stop))
    return start, stop, tuple(note for note in notes if note)


def _format(params: dict[str, Any]) -> str | None:
    """The one output format asked for; two at once is a usage error, said by the options
    (an option with two names by both: `show --table` is its --text)."""
    chosen = [name for name in OUTPUT_FORMATS if params.get(name)]
    if len(chosen) > 1:
        said = " and ".join(_SPELLED.get(name, "--" + name) for name in chosen)
        raise UsageError(f"choose one output format, not {said}")
    return chosen[0] if chosen else None


# The output formats given two names (app.py: "--jsonl", "--nl"; show's "--text", "--table").
_SPELLED = {"jsonl": "--jsonl/--nl", "text": "--text/--table"}


def _fields(value: str | None) -> tuple[str, ...]:
    if value is None:
        return ()
    fields = tuple(field.strip() for field in value.split(",") if field.strip())
    if not fields:
        raise UsageError("--fields needs at least one field name (e.g. --fields id,title)")
    return fields


def _export(command: str, value: str | None) -> str | None:
    if value is None:
        return DEFAULT_EXPORT if command == "export" else None
    return _choice("--format", value.lower(), EXPORT_FORMATS[command])
