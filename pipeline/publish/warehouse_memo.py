"""Whether `warehouse.duckdb` already holds these tables, so that the build need not write it again.

The warehouse is every table plus views and comments, rewritten from scratch (~1.5 s at 10,000 articles). A
build whose tables, code and schemas are those that made the warehouse in place (the key of `memo.step_key`)
and whose file is the one that build committed (same size and modification time: an edit or a copy over it
shows) stages nothing: the file in place is already what it would write. The key is recorded only after the
release step has committed the file, so a build killed before that writes it again next time.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from pipeline.memo import keyed_step, step_store
from pipeline.publish.stored_tables import StoredTables
from pipeline.resources import OutputStore

ENTRY = "warehouse.committed"


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def warehouse_key(tables: Mapping[str, pd.DataFrame] | StoredTables) -> str:
    """`memo.step_key` of the tables, each read only if no earlier step of the build hashed its file."""
    stored = tables if isinstance(tables, StoredTables) else StoredTables(tables)
    return keyed_step("warehouse", {name: stored.key(name) for name in stored}, ())


def warehouse_current(output_store: OutputStore, key: str) -> bool:
    """The warehouse in place was committed from tables with this key and has not been touched since."""
    stamp = _stamp(output_store.warehouse_path())
    return stamp is not None and step_store(output_store).get(ENTRY) == (key, stamp)


def remember_warehouse(output_store: OutputStore, key: str) -> None:
    """Call once the warehouse made from tables with this key is committed in place."""
    if (stamp := _stamp(output_store.warehouse_path())) is not None:
        step_store(output_store).put(ENTRY, (key, stamp))
