"""The build's run keeps no step output alive: each table is freed once the IO manager has stored it."""

from __future__ import annotations

import gc
import weakref

from dagster import FilesystemIOManager, asset

from pipeline.run import materialize_uncaptured


class Table(list):
    """A stand-in for a DataFrame that a weak reference can watch."""


def test_outputs_are_not_held_by_the_run(tmp_path):
    made: list[weakref.ref] = []

    @asset
    def first() -> Table:
        table = Table(range(1000))
        made.append(weakref.ref(table))
        return table

    @asset
    def second(first: Table) -> Table:
        return Table(first[:10])

    result = materialize_uncaptured([first, second], resources={"io_manager": FilesystemIOManager(base_dir=str(tmp_path))})
    gc.collect()
    assert result.success and made and made[0]() is None  # `materialize` would keep it in the result
    assert [e.asset_key.to_user_string() for e in result.get_asset_materialization_events()
            if e.asset_key] == ["first", "second"]


def test_the_build_io_manager_puts_arrow_buffers_where_malloc_trim_reaches_them(tmp_path):
    """Arrow's default pool (mimalloc) keeps freed pages resident; the build's IO manager switches Arrow to
    the C library's allocator, whose freed pages `return_freed_memory` gives back between steps."""
    import pyarrow as pa

    from pipeline.progress_io import StageReportingIOManager

    StageReportingIOManager(FilesystemIOManager(base_dir=str(tmp_path)))
    assert pa.default_memory_pool().backend_name == "system"
