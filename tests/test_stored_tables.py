"""The publish steps read their tables one at a time: the IO manager hands over the stored files, and
`StoredTables` reads each table only when asked for and keeps none of them."""

from __future__ import annotations

import gc
import weakref

import pandas as pd
from dagster import AssetIn, FilesystemIOManager, asset

from pipeline.memo import frame_key
from pipeline.progress_io import StageReportingIOManager
from pipeline.publish.stored_tables import ON_DEMAND, StoredTable, StoredTables
from pipeline.publish.warehouse_memo import warehouse_key
from pipeline.run import materialize_uncaptured


def _stored(tmp_path, name: str, frame: pd.DataFrame) -> StoredTable:
    path = tmp_path / name
    frame.to_pickle(path)
    return StoredTable(path)


def test_each_table_is_read_when_asked_for_and_kept_nowhere(tmp_path):
    frame = pd.DataFrame({"a": [1, 2, 3]})
    tables = StoredTables({"t": _stored(tmp_path, "t", frame), "given": frame})
    first = tables["t"]
    assert first.equals(frame) and first is not tables["t"]  # read again: the mapping did not keep it
    seen = weakref.ref(first)
    del first
    gc.collect()
    assert seen() is None
    assert tables["given"] is frame  # a table handed over as a table is used as it is


def test_the_warehouse_key_is_the_same_from_files_and_from_tables(tmp_path):
    frames = {"x": pd.DataFrame({"a": [1, None]}, dtype="Int64"), "y": pd.DataFrame({"b": ["p", "q"]})}
    stored = StoredTables({name: _stored(tmp_path, name, frame) for name, frame in frames.items()})
    assert stored.key("x") == frame_key(frames["x"])
    assert warehouse_key(stored) == warehouse_key(frames)


def test_the_io_manager_hands_over_the_file_for_inputs_read_on_demand(tmp_path):
    received = {}

    @asset
    def table() -> pd.DataFrame:
        return pd.DataFrame({"a": [1, 2]})

    @asset
    def same() -> pd.DataFrame:
        return pd.DataFrame({"a": [1, 2]})

    @asset(ins={"lazy": AssetIn(key="table", metadata=ON_DEMAND), "eager": AssetIn(key="same")})
    def reader(lazy, eager) -> int:
        received.update(lazy=lazy, eager=eager)
        return 0

    io_manager = StageReportingIOManager(FilesystemIOManager(base_dir=str(tmp_path)).create_io_manager(None))
    assert materialize_uncaptured([table, same, reader], resources={"io_manager": io_manager}).success
    assert isinstance(received["lazy"], StoredTable) and isinstance(received["eager"], pd.DataFrame)
    assert StoredTables({"t": received["lazy"]})["t"].equals(received["eager"])
