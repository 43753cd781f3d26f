"""`python -m icli` runs the command line."""

from icli.fastpath import main

main()
