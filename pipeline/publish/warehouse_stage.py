"""The warehouse staged from the step's tables, each read, converted to Arrow and written in turn."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pyarrow as pa

from pipeline.publish.arrow import to_arrow
from pipeline.publish.arrow_once import ArrowFiles
from pipeline.publish.duckdb_store import write_duckdb
from pipeline.publish.stored_tables import StoredTables
from pipeline.publish.transaction import pending_dir
from pipeline.resources import OutputStore
from schemas import TABLE_SCHEMAS

WAREHOUSE_NAME = "warehouse.duckdb"
ORDER = tuple(TABLE_SCHEMAS)  # the order the writer reads the tables in


class _ArrowOnRead(Mapping):
    """The tables as Arrow, each converted when the writer reaches it and dropped once written: one table's
    copy at a time instead of the whole warehouse's (article text included), and the next one's being converted
    by `ahead` while DuckDB writes it (DuckDB releases the GIL; the conversion is mostly Python). Each is also
    kept on disk for the release step (`arrow_once.py`)."""

    def __init__(self, frames: StoredTables, files: ArrowFiles | None = None,
                 ahead: ThreadPoolExecutor | None = None) -> None:
        self.frames, self.files, self.ahead, self.rows = frames, files, ahead, {}
        self.next: tuple[str, Future[pa.Table]] | None = None

    def _converted(self, name: str) -> pa.Table:
        table = to_arrow(name, self.frames[name])
        self.rows[name] = table.num_rows
        if self.files is not None:
            self.files.write(self.frames.key(name), table)
        return table

    def __getitem__(self, name: str) -> pa.Table:
        waiting, self.next = self.next, None
        table = waiting[1].result() if waiting is not None and waiting[0] == name else self._converted(name)
        following = ORDER[ORDER.index(name) + 1:][:1]
        if self.ahead is not None and following:
            self.next = (following[0], self.ahead.submit(self._converted, following[0]))
        return table

    def __iter__(self) -> Iterator[str]:
        return iter(TABLE_SCHEMAS)

    def __len__(self) -> int:
        return len(TABLE_SCHEMAS)


def stage_warehouse(output_store: OutputStore, tables: StoredTables, token: str) -> tuple[Path, dict[str, int]]:
    """Write the complete warehouse into the run's pending folder (the release step commits it); the rows of
    each table written."""
    staged = pending_dir(output_store.releases_dir(), token) / WAREHOUSE_NAME
    files = ArrowFiles(output_store)
    files.keep_only({tables.key(name) for name in TABLE_SCHEMAS})
    with ThreadPoolExecutor(max_workers=1) as ahead:
        arrow = _ArrowOnRead(tables, files, ahead)
        write_duckdb(staged, arrow)
    return staged, {name: arrow.rows[name] for name in TABLE_SCHEMAS}


def stored_rows(tables: StoredTables) -> dict[str, int]:
    return {name: len(tables[name]) for name in TABLE_SCHEMAS}  # one table read at a time
