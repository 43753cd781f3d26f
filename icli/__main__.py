"""`python -m icli` runs the command line."""

import sys

from icli.main import main

sys.exit(main())
