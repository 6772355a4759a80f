"""Release version. Kept alone so semantic versioning from a changelog can replace it."""

from __future__ import annotations

import pandas as pd

INITIAL_VERSION = "0.1.0"


def release_version(tables: dict[str, pd.DataFrame]) -> str:
    """The version to publish `tables` as (fixed until versioning from diffs lands)."""
    return INITIAL_VERSION
