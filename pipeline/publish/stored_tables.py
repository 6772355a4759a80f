"""The publish steps' input tables, each read from the file the IO manager stored it in when asked for.

Dagster hands a step all its inputs at once: the warehouse and release steps took every table as a
DataFrame together (~130 MB at 10,000 articles) before making their Arrow and DuckDB copies beside them,
which set the added-article build's peak. Their inputs are marked `ON_DEMAND` instead: the IO manager
gives a `StoredTable` (the file's path), and `StoredTables` unpickles a table when the step reaches it
and keeps it nowhere, so a step holds one table at a time. A value that is already a table (another IO
manager, a test) is used as it is.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Mapping
from pathlib import Path

import pandas as pd

from pipeline.table_keys import known_key, loaded_from

LOAD = "pipeline/load"
ON_DEMAND = {LOAD: "on_demand"}  # AssetIn metadata read by the IO manager (progress_io.py)


class StoredTable:
    """A table the IO manager pickled at `path` (as Dagster's filesystem IO manager writes it)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def load(self) -> pd.DataFrame:
        with self.path.open("rb") as fh:
            frame = pickle.load(fh)
        loaded_from(frame, self.path)  # its content key, once computed, is kept for the file
        return frame


class StoredTables(Mapping):
    """name -> DataFrame, each loaded when asked for (a `StoredTable`) or the value given."""

    def __init__(self, values: Mapping[str, pd.DataFrame | StoredTable]) -> None:
        self.values = dict(values)

    def __getitem__(self, name: str) -> pd.DataFrame:
        value = self.values[name]
        return value.load() if isinstance(value, StoredTable) else value

    def __iter__(self) -> Iterator[str]:
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)

    def key(self, name: str) -> str:
        """The table's content key (`memo.frame_key`), without reading the file when an earlier step of
        this process already hashed it."""
        value = self.values[name]
        if isinstance(value, StoredTable) and (key := known_key(value.path)) is not None:
            return key
        from pipeline.memo import frame_key  # here: memo imports the resources, which import this module

        return frame_key(self[name])
