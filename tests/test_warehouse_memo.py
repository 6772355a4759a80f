"""The warehouse is written again unless the file in place was committed from tables with the same key."""

from __future__ import annotations

import os

import pandas as pd

from pipeline.publish.warehouse_memo import remember_warehouse, warehouse_current, warehouse_key
from pipeline.resources import OutputStore


def test_the_warehouse_is_current_only_for_its_own_tables_and_untouched_file(tmp_path):
    store = OutputStore(output_dir=str(tmp_path))
    tables = {"articles": pd.DataFrame({"article_id": ["a", "b"], "text": ["one", "two"]})}
    key = warehouse_key(tables)
    assert not warehouse_current(store, key)  # no warehouse yet
    store.warehouse_path().write_bytes(b"database")
    assert not warehouse_current(store, key)  # a file no build recorded
    remember_warehouse(store, key)
    assert warehouse_current(store, key)
    changed = {"articles": tables["articles"].assign(text=["one", "three"])}
    assert not warehouse_current(store, warehouse_key(changed))
    os.utime(store.warehouse_path(), ns=(1, 1))  # touched (or replaced) since it was committed
    assert not warehouse_current(store, key)
    remember_warehouse(store, key)
    store.warehouse_path().unlink()
    assert not warehouse_current(store, key)
