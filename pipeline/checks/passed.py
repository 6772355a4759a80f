"""Checks the quarantine has just run on the very tables a step hands on, not run a second time.

Why: the extract step validated every table with its pandera model and traced every row's span to its article
(`set_aside.py`), then its blocking checks (`stage.py`) did both again on the same tables (~1 s at 10,000
articles). A table the quarantine passed whole, nothing set aside from it, that equals the table the step
hands on (`DataFrame.equals`: the same columns, index, dtypes and values) gets the result the check gives a
table without failures; any other table is checked as before.
"""

from __future__ import annotations

import pandas as pd


class PassedChecks:
    """The tables each (table name, check) passed, as the quarantine saw them."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str], tuple[pd.DataFrame, pd.DataFrame | None]] = {}

    def record(self, name: str, check: str, table: pd.DataFrame, articles: pd.DataFrame | None = None) -> None:
        """`table` (read against `articles`, for provenance) passed `check` with no failure."""
        self._seen[name, check] = (table, articles)

    def holds(self, name: str, check: str, table: pd.DataFrame, articles: pd.DataFrame | None = None) -> bool:
        """Whether `table` (and the `articles` it is read against) is one that passed `check`."""
        seen = self._seen.get((name, check))
        if seen is None or seen[1] is not articles:
            return False
        try:
            return seen[0].columns.equals(table.columns) and seen[0].index.equals(table.index) and seen[0].equals(table)
        except (TypeError, ValueError):  # values that cannot be compared: check the table
            return False
