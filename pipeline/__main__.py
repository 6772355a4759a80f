"""`python -m pipeline ...`: see pipeline.cli."""

import sys

from pipeline.cli import main

# Guarded: worker processes of the extraction pool import the main module again and must not run a command.
if __name__ == "__main__":
    sys.exit(main())
