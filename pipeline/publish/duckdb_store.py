"""DuckDB files: the warehouse and each release's dataset.duckdb, with the analyst views.

Written in DuckDB's v1.1.0 storage format (attached with an explicit STORAGE_VERSION),
so DuckDB 1.1 and every later client opens them; DuckDB 2.0's default format is
unreadable for 1.x. Descriptions are COMMENTs on tables, columns and views.

A DuckDB file is not byte-reproducible (it embeds a random database id and
uninitialised slack, duckdb/duckdb#23382), so releases keep dataset.duckdb out
of SHA256SUMS and `verify` compares its tables to the Parquet files instead.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

import duckdb
import pyarrow as pa

from pipeline.publish.atomic import fsync_path, pause_before_commit
from pipeline.publish.comments import comment_tables, comment_views
from pipeline.publish.sql_text import sql_identifier, sql_literal
from pipeline.publish.views import create_views
from schemas import TABLE_SCHEMAS

# The oldest format still written by current DuckDB that 1.1 reads; see the README's "Querying".
STORAGE_VERSION = "v1.1.0"


def _fill(con: duckdb.DuckDBPyConnection, tables: Mapping[str, pa.Table]) -> None:
    for name, table in tables.items():
        if name not in TABLE_SCHEMAS:  # identifiers below are quoted, but only known names get in
            raise ValueError(f"unknown table {name!r}")
        con.register("_src", table)
        con.execute(f"CREATE TABLE {sql_identifier(name)} AS SELECT * FROM _src")
        con.unregister("_src")
    # One transaction for the ~200 COMMENT statements and the views: each on its own was a commit (~3 ms).
    con.execute("BEGIN TRANSACTION")
    comment_tables(con, tables)
    create_views(con)
    comment_views(con)
    con.execute("COMMIT")


def _attach(con: duckdb.DuckDBPyConnection, path: str) -> None:
    # ATTACH takes no parameters: the path is a quoted literal, the version a constant of this module.
    con.execute(f"ATTACH {sql_literal(path)} AS dataset (STORAGE_VERSION {sql_literal(STORAGE_VERSION)})")
    con.execute("USE dataset")


def write_duckdb(path: Path, tables: Mapping[str, pa.Table], *, atomic_pause: bool = True) -> None:
    """Write to a temp file beside `path`, then rename: readers never see a half-built file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.unlink(tmp)  # duckdb refuses to open an existing empty file as a database
    try:
        con = duckdb.connect(":memory:", config={"threads": 1})  # one thread: stable row-group layout
        try:
            _attach(con, tmp)
            _fill(con, tables)
            con.execute("CHECKPOINT dataset")
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
