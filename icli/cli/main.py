"""The entry point: `main(args, env)` runs one invocation and maps every error to an exit code.

Importing Typer (with the pydantic it coerces parameters through) costs more than most queries
take. So a plain invocation (known options, each in its plain form, values not starting with
`-`) is parsed by `icli.cli.shortcut` with the table `icli/cli/cli_spec.json`, which
`icli.cli.app.shortcut_spec()` generates from the Typer definition (`make spec`; a test fails
if it is stale), and runs
through the same `request.build` and `commands.run` as the Typer commands. Anything else (help,
completion, a typo, an unusual form) goes to Typer.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from icli.cli.request import Env
from icli.cli.shortcut import parse as shortcut_parse
from icli.cli.shortcut import unknown_option
from icli.errors import Ambiguous, ExitCode, Failure, ReaderGone, Terminated, UsageError, WriteError


def main(args: list[str] | None = None, env: Env | None = None, shortcut: bool = True) -> int:
    """Run icli with `args` (default: sys.argv[1:]) in `env`; the exit code. Errors are one
    line on stderr, never a traceback; a closed stdout (`icli list | head`) exits 0."""
    args = sys.argv[1:] if args is None else list(args)
    system = env is None
    env = env or Env()
    try:
        if args[:1] == ["__complete"]:  # a Tab in a shell (`icli completion SHELL`)
            from icli.cli.complete import run

            return run(args[1:], env.stdout)
        completing = "_ICLI_COMPLETE" in os.environ
        parsed = shortcut_parse(args) if shortcut and not completing else None
        if parsed is None:
            unknown = None if completing else unknown_option(args)
            if unknown is not None:
                from icli.cli.complete import no_such_option

                raise UsageError(no_such_option(*unknown))
            code = _typer(args, env)
        else:
            from icli.cli import commands, request

            code = commands.run(request.build(*parsed), env)
        env.stdout.flush()
        return int(code)
    except (BrokenPipeError, ReaderGone):
        if system:
            _quiet_stdout()
        return int(ExitCode.OK)
    except KeyboardInterrupt as stop:  # an ingest says what it keeps (IngestReport.interrupted)
        if env.stderr_isatty:
            env.stderr.write("\n")  # past the ^C the terminal echoed
        env.note(str(stop) or "interrupted")
        return int(ExitCode.INTERRUPTED)
    except Terminated as stop:
        env.note(str(stop) or "terminated")
        return int(ExitCode.TERMINATED)
    except Exception as error:  # every error ends here, as one line
        code, message = exit_code(error)
        if system and isinstance(error, WriteError):
            _quiet_stdout()
        if isinstance(error, Ambiguous) and error.as_json:
            from icli.cli.writers import json_text

            env.stderr.write(json_text({"error": message, "candidates": error.candidates}) + "\n")
        else:
            env.error(message)
        return int(code)


def _quiet_stdout() -> None:
    """Point file descriptor 1 at /dev/null, so the exit's flush of what could not be written
    raises nothing more; not when stdout was closed from the start (descriptor 1 may then be
    a file icli opened)."""
    if sys.stdout is not None:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def exit_code(error: Exception) -> tuple[ExitCode, str]:
    """The exit code and message for an error: the one table of them."""
    if isinstance(error, UsageError):  # also queries.QueryError
        return ExitCode.USAGE, str(error)
    if isinstance(error, Failure):  # also db.StoreError
        return ExitCode.FAILURE, str(error)
    typer = sys.modules.get("typer")  # imported only when Typer parsed the command line
    if typer and isinstance(error, typer.TyperException):  # Click's usage errors
        return ExitCode(error.exit_code), _click_message(error)
    return ExitCode.FAILURE, f"internal error: {type(error).__name__}: {error}"


def _click_message(error: Any) -> str:
    """A Typer usage error's message; a bad value as `--limit: not an integer: 'x'` (the
    option or argument, then what is wrong), not "Invalid value for '--limit' / '-n': …"."""
    import typer

    param = getattr(error, "param", None)
    if type(error) is typer.BadParameter and param is not None:
        name = (param.opts[0] if param.param_type_name == "option"
                else param.metavar or param.name.upper())
        return f"{name}: {error.message}"
    return error.format_message()


def _typer(args: list[str], env: Env) -> int:
    """Run the Typer app on `args`, its help and errors written to env's streams."""
    from contextlib import redirect_stderr, redirect_stdout

    import typer

    from icli.cli.app import app

    with redirect_stdout(env.stdout), redirect_stderr(env.stderr):
        try:
            result = app(args or ["--help"], prog_name="icli", standalone_mode=False, obj=env)
        except typer.Abort:
            raise KeyboardInterrupt from None
        except SystemExit as exit_:  # shell completion ends this way
            return exit_.code if isinstance(exit_.code, int) else int(exit_.code is not None)
    return result if isinstance(result, int) else 0
