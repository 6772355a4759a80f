"""Asset checks of every table; all blocking, so bad rows never reach a release.

Row-level failures are set aside into `rejected_rows` by the stage assets
(quarantine.py, set_aside.py) before these checks run; the checks then guard
that what remains is clean, and fail the run on anything structural.
"""

from pipeline.checks.provenance import PROVENANCE_CHECKS, SURFACE_COLUMNS, provenance_failures
from pipeline.checks.quarantine import StructuralError, split_valid
from pipeline.checks.schema import SCHEMA_CHECKS, schema_failures
from pipeline.checks.set_aside import set_aside

ALL_CHECKS = [*SCHEMA_CHECKS, *PROVENANCE_CHECKS]

__all__ = ["ALL_CHECKS", "SURFACE_COLUMNS", "StructuralError", "provenance_failures", "schema_failures",
           "set_aside", "split_valid"]
