"""DuckDB files: the warehouse and each release's dataset.duckdb, with the analyst views.

A DuckDB file is not byte-reproducible (it embeds a random database id and
uninitialised slack, duckdb/duckdb#23382), so releases keep dataset.duckdb out
of SHA256SUMS and `verify` compares its tables to the Parquet files instead.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import duckdb
import pyarrow as pa

from pipeline.publish.atomic import fsync_path, pause_before_commit
from pipeline.publish.views import create_views
from schemas import TABLE_SCHEMAS, table_description


def _fill(con: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table]) -> None:
    con.execute("CREATE TABLE _tables (table_name VARCHAR PRIMARY KEY, description VARCHAR, row_count BIGINT)")
    con.execute("CREATE TABLE _columns (table_name VARCHAR, column_name VARCHAR, description VARCHAR)")
    for name, table in tables.items():
        if name not in TABLE_SCHEMAS:  # identifiers below are quoted, but only known names get in
            raise ValueError(f"unknown table {name!r}")
        con.register("_src", table)
        con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM _src')
        con.unregister("_src")
        con.execute("INSERT INTO _tables VALUES (?, ?, ?)", [name, table_description(name), table.num_rows])
        con.executemany(
            "INSERT INTO _columns VALUES (?, ?, ?)",
            [[name, f.name, (f.metadata or {}).get(b"description", b"").decode()] for f in table.schema],
        )
    create_views(con)


def write_duckdb(path: Path, tables: dict[str, pa.Table], *, atomic_pause: bool = True) -> None:
    """Write to a temp file beside `path`, then rename: readers never see a half-built file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.unlink(tmp)  # duckdb refuses to open an existing empty file as a database
    try:
        con = duckdb.connect(tmp, config={"threads": 1})  # one thread: stable row-group layout
        try:
            _fill(con, tables)
            con.execute("CHECKPOINT")
        finally:
            con.close()
        fsync_path(Path(tmp))
        if atomic_pause:
            pause_before_commit()
        os.replace(tmp, path)
    finally:
        for leftover in (tmp, tmp + ".wal"):
            if os.path.exists(leftover):
                os.unlink(leftover)
