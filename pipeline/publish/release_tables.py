"""The release's tables converted to Arrow, compared with the previous release and written one at a time.

Converting every table first and diffing them together held the DataFrames, their Arrow copies and the
previous release's table at once (the added-article build's peak). Here each table is converted, compared
and, when it changed, written (Parquet and CSV) before the next one is read, into a folder that becomes the
release folder once the version is known; a table left unwritten (unchanged, in a release that others
changed) is converted again then. The bytes are those of the whole-table writes: each file is the same
table written by the same writer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa

from pipeline.publish.arrow import to_arrow
from pipeline.publish.csv_export import CSV_DIR, write_csv
from pipeline.publish.diff import TableDiff, diff_table
from pipeline.publish.manifest import sha256_file
from pipeline.publish.parquet import write_parquet
from schemas import TABLE_SCHEMAS


def write_table(folder: Path, name: str, table: pa.Table) -> dict:
    path = folder / f"{name}.parquet"
    write_parquet(table, path)
    return {"path": path.name, "hash": f"sha256:{sha256_file(path)}", "rows": table.num_rows}


def write_table_csv(folder: Path, name: str, table: pa.Table) -> dict:
    path = folder / CSV_DIR / f"{name}.csv"
    write_csv(table, path)
    return {"path": f"{CSV_DIR}/{name}.csv", "hash": f"sha256:{sha256_file(path)}", "rows": table.num_rows}


@dataclass
class StagedTables:
    """Per table: its rows, its diff against the previous release, and the files written so far."""

    rows: dict[str, int] = field(default_factory=dict)
    diffs: dict[str, TableDiff] = field(default_factory=dict)
    parquet: dict[str, dict] = field(default_factory=dict)
    csv: dict[str, dict] = field(default_factory=dict)

    def write(self, folder: Path, name: str, table: pa.Table) -> None:
        self.parquet[name] = write_table(folder, name, table)
        self.csv[name] = write_table_csv(folder, name, table)


# (table, columns) -> the table as `to_arrow` converts it, when already converted (`arrow_once.py`), else None
Converted = Callable[[str, list[str]], pa.Table | None]


def _arrow(name: str, frames: Mapping[str, pd.DataFrame], columns: list[str], converted: Converted | None) -> pa.Table:
    table = converted(name, columns) if converted else None
    return table if table is not None else to_arrow(name, frames[name], columns)


def stage_tables(frames: Mapping[str, pd.DataFrame], columns: dict[str, list[str]],
                 previous: Mapping[str, pa.Table] | None, folder: Path,
                 converted: Converted | None = None) -> StagedTables:
    """Convert and diff each table (against `previous`, None: no previous release), writing those that
    differ into `folder`: the ones a new release will certainly hold in a form not yet published."""
    staged = StagedTables()
    for name in TABLE_SCHEMAS:
        table = _arrow(name, frames, columns[name], converted)
        staged.rows[name] = table.num_rows
        staged.diffs[name] = diff_table(name, previous.get(name) if previous is not None else None, table)
        if previous is None or not staged.diffs[name].empty():
            staged.write(folder, name, table)
        del table  # before the next table is read
    return staged


def finish_tables(staged: StagedTables, frames: Mapping[str, pd.DataFrame], columns: dict[str, list[str]],
                  folder: Path, converted: Converted | None = None) -> None:
    """Write the tables `stage_tables` left out (equal to the previous release's rows; the new release
    still needs its own files, which may carry new column descriptions)."""
    for name in TABLE_SCHEMAS:
        if name not in staged.parquet:
            staged.write(folder, name, _arrow(name, frames, columns[name], converted))
