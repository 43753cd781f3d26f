"""`python -m icli` runs the command line."""

import sys

from icli.cli.main import main

sys.exit(main())
