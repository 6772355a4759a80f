"""A table loaded from a file is hashed once per version of the file: the next table loaded from the same
file takes its key, a rewritten file is hashed again, and a table that was not loaded is always hashed."""

from __future__ import annotations

import pickle

import pandas as pd

from pipeline.memo import _frame_key, frame_key
from pipeline.table_keys import content_key, forget, loaded_from


def _load(path):
    table = pickle.loads(path.read_bytes())
    loaded_from(table, path)
    return table


def test_one_hash_per_version_of_the_file(tmp_path):
    path, hashed = tmp_path / "articles", []
    path.write_bytes(pickle.dumps(pd.DataFrame({"a": [1, 2]})))
    compute = lambda table: lambda: hashed.append(1) or _frame_key(table)
    first, second = _load(path), _load(path)
    assert content_key(first, compute(first)) == content_key(second, compute(second)) == _frame_key(first)
    assert len(hashed) == 1
    forget(path)  # as the IO manager does before it rewrites the file
    path.write_bytes(pickle.dumps(pd.DataFrame({"a": [1, 3]})))
    third = _load(path)
    assert content_key(third, compute(third)) == _frame_key(third) != _frame_key(first) and len(hashed) == 2
    copy = third.copy()
    content_key(copy, compute(copy))
    assert len(hashed) == 3  # not loaded from the file: hashed


def test_frame_key_of_a_loaded_table_is_its_content_key(tmp_path):
    path = tmp_path / "t"
    path.write_bytes(pickle.dumps(pd.DataFrame({"a": ["x", None]})))
    assert frame_key(_load(path)) == frame_key(_load(path)) == _frame_key(pd.DataFrame({"a": ["x", None]}))
