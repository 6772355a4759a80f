"""Rows in primary-key order, sorted by Arrow on the key columns alone.

Every table is put in primary-key order before it is converted (`arrow.py`), so that row order never depends on
extraction order. pandas' `sort_values(kind="mergesort")` over the whole DataFrame was ~0.3 s of each conversion
of the ten tables at 10,000 articles; Arrow's `sort_indices` on the key columns, then one `take` of the rows, gives
the same order in about half the time: both sorts are stable and ascending, and text compares by code point in
Python as its UTF-8 bytes do in Arrow. Keys Arrow cannot take as they are (mixed types) or that hold nulls
(whose place the two libraries define differently) are sorted by pandas, as before.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc


def _arrow_order(df: pd.DataFrame, keys: tuple[str, ...]) -> np.ndarray | None:
    try:
        columns = {key: pa.array(df[key], from_pandas=True) for key in keys}
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        return None
    if any(column.null_count or pa.types.is_floating(column.type) or pa.types.is_null(column.type)
           for column in columns.values()):
        return None  # nulls and NaN: placed by pandas' rules, not Arrow's
    return pc.sort_indices(pa.table(columns), sort_keys=[(key, "ascending") for key in keys]).to_numpy()


def key_sorted(df: pd.DataFrame, keys: tuple[str, ...]) -> pd.DataFrame:
    """`df.sort_values(list(keys), kind="mergesort").reset_index(drop=True)`, the same rows in the same order."""
    order = _arrow_order(df, keys) if len(df) else None
    if order is None:
        return df.sort_values(list(keys), kind="mergesort").reset_index(drop=True)
    return df.take(order).reset_index(drop=True)
