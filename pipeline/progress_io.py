"""Stage boundaries for the progress reporter, seen where every step loads its inputs.

Each step's first input load starts its stage ("extract", "warehouse", ...); the size
of an `articles` input becomes the stage's total. This is what tells the heartbeat which
stage is running, without touching the stage code.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
from functools import cache

import pandas as pd
from dagster import InputContext, IOManager, OutputContext
from dagster._core.storage.upath_io_manager import UPathIOManager  # the filesystem IO manager's base

from pipeline.progress import REPORTER, Reporter
from pipeline.publish.stored_tables import LOAD, ON_DEMAND, StoredTable
from pipeline.table_keys import forget, loaded_from


@cache
def _libc():
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None


@cache
def _arrow_on_malloc() -> None:
    """Arrow's buffers from the C library's allocator: Arrow's default pool (mimalloc) keeps what it freed,
    out of `malloc_trim`'s reach (reading the last release's Parquet for the diff left ~100 MB resident,
    against ~45 MB with this pool; the bytes written are the same)."""
    import pyarrow as pa

    pa.set_memory_pool(pa.system_memory_pool())


def return_freed_memory() -> None:
    """Give the memory freed by the last step back to the system (glibc's `malloc_trim`; nothing elsewhere).
    Freed blocks otherwise stay in the process's heap: the build's resident size would only grow, each
    step's peak on top of the last one's."""
    libc = _libc()
    if libc is not None and hasattr(libc, "malloc_trim"):
        libc.malloc_trim(0)


class StageReportingIOManager(IOManager):
    def __init__(self, inner: IOManager, reporter: Reporter = REPORTER):
        self.inner, self.reporter = inner, reporter
        _arrow_on_malloc()  # before the first step reads or writes a table

    def load_input(self, context: InputContext):
        stage = context.op_def.name
        if self.reporter.current is None or self.reporter.current.stage != stage:
            return_freed_memory()  # a new step: what the last one freed goes back to the system first
        value = self._on_demand(context) or self.inner.load_input(context)
        if isinstance(value, pd.DataFrame) and isinstance(self.inner, UPathIOManager):
            # hashed once per stored file, not once per step; a Dagster that moved `_get_path` only costs that
            with contextlib.suppress(Exception):
                loaded_from(value, self.inner._get_path(context))
        progress = self.reporter.start_stage(stage)
        if context.has_asset_key and context.asset_key.to_user_string() == "articles" and hasattr(value, "__len__"):
            progress.total = progress.total or len(value)
        return value

    def _on_demand(self, context: InputContext):
        """The stored file instead of the table, for inputs marked ON_DEMAND (`publish/stored_tables.py`)."""
        if not isinstance(self.inner, UPathIOManager) or context.definition_metadata.get(LOAD) != ON_DEMAND[LOAD]:
            return None
        path = self.inner._get_path(context)
        return StoredTable(path) if path.is_file() else None  # not stored there: loaded as usual

    def handle_output(self, context: OutputContext, obj) -> None:
        if isinstance(self.inner, UPathIOManager):
            with contextlib.suppress(Exception):
                forget(self.inner._get_path(context))
        self.inner.handle_output(context, obj)
