"""`python -m icli` runs the command line."""

from icli.cli import main

main()
