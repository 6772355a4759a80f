"""`python -m pipeline ...`: see pipeline.cli."""

import sys

from pipeline.cli import main

# Guarded so that importing this module (a process pool preparing its workers, a tool scanning the package)
# never runs a command.
if __name__ == "__main__":
    sys.exit(main())
