"""Deterministic Parquet writing: same table, same bytes."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

# Every option that could change the bytes is pinned here, so an upgrade of a
# default in pyarrow shows up as a code change, not as a silent diff in a release.
WRITER_OPTIONS = dict(
    compression="zstd",
    compression_level=9,
    use_dictionary=True,
    write_statistics=True,
    version="2.6",
    data_page_version="1.0",
    row_group_size=1_000_000,
    store_schema=True,  # keeps column descriptions and exact Arrow types for readers
    write_page_index=False,
)


def write_parquet(table: pa.Table, path: Path) -> None:
    pq.write_table(table, str(path), **WRITER_OPTIONS)
