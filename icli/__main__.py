"""`python -m icli` and the `icli` command run the command line (`run`)."""

import sys


def run() -> None:
    """Run icli.cli.main.main and exit with its code. It is imported here, inside the guard:
    a Ctrl-C while Python still imports icli (before `main` can catch it) ends with the one
    line and exit code `main` gives, not a traceback."""
    try:
        from icli.cli.main import main

        code = main()
    except KeyboardInterrupt:
        from icli.errors import ExitCode

        sys.stderr.write("icli: interrupted\n")
        code = int(ExitCode.INTERRUPTED)
    sys.exit(code)


if __name__ == "__main__":
    run()
