"""Blocking checks of every table, so bad rows never reach a release.

Row-level failures are set aside into `rejected_rows` by the stage assets
(quarantine.py, set_aside.py) before these checks run; the checks then guard
that what remains is clean, and fail the run on anything structural. Each stage's
step runs the checks of the tables it makes (stage.py).
"""

from pipeline.checks.provenance import SURFACE_COLUMNS, provenance_failures
from pipeline.checks.quarantine import StructuralError, split_valid
from pipeline.checks.schema import schema_failures
from pipeline.checks.set_aside import set_aside

__all__ = ["SURFACE_COLUMNS", "StructuralError", "provenance_failures", "schema_failures", "set_aside", "split_valid"]
