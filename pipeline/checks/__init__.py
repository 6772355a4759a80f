"""Asset checks of every table; all blocking, so bad rows never reach a release."""

from pipeline.checks.provenance import PROVENANCE_CHECKS, SURFACE_COLUMNS, provenance_failures
from pipeline.checks.schema import SCHEMA_CHECKS, schema_failures

ALL_CHECKS = [*SCHEMA_CHECKS, *PROVENANCE_CHECKS]

__all__ = ["ALL_CHECKS", "SURFACE_COLUMNS", "provenance_failures", "schema_failures"]
