"""Tables in primary-key order as pandas' stable sort puts them (`publish/key_order.py`), and text columns
converted to Arrow with the same nulls as before (`publish/arrow.py`)."""

import numpy as np
import pandas as pd
import pyarrow as pa

from pipeline.publish.arrow import _array
from pipeline.publish.key_order import key_sorted

# Letters either side of the ASCII/Latin-1/BMP/astral boundaries: code point order is UTF-8 byte order
TEXTS = ["b", "a", "Z", "é", "e\u0301", "ß", "\uff61", "😀", "", "a b", "a", "10", "9", "\u0645\u0635\u0631"]


def _pandas_order(df, keys):
    return df.sort_values(list(keys), kind="mergesort").reset_index(drop=True)


def test_text_keys_sorted_as_pandas_sorts_them_ties_kept_in_place():
    df = pd.DataFrame({"key": TEXTS * 3, "row": range(len(TEXTS) * 3)})
    pd.testing.assert_frame_equal(key_sorted(df, ("key",)), _pandas_order(df, ("key",)))


def test_two_keys_text_and_number():
    rng = np.random.default_rng(7)
    df = pd.DataFrame({"file": rng.choice(TEXTS, 200), "n": pd.array(rng.integers(0, 5, 200), dtype="Int64"),
                       "row": range(200)})
    pd.testing.assert_frame_equal(key_sorted(df, ("file", "n")), _pandas_order(df, ("file", "n")))


def test_keys_with_nulls_or_floats_left_to_pandas():
    for column in (["b", None, "a", np.nan], [2.0, np.nan, 1.0, 0.5], [2.0, 3.0, 1.0, 0.5]):
        df = pd.DataFrame({"key": column, "row": range(4)})
        pd.testing.assert_frame_equal(key_sorted(df, ("key",)), _pandas_order(df, ("key",)))


def test_empty_table():
    df = pd.DataFrame({"key": pd.Series([], dtype=object)})
    assert key_sorted(df, ("key",)).empty


def test_text_column_nulls_as_before():
    series = pd.Series(["a", None, np.nan, pd.NA, pd.NaT, "", "é"], dtype=object)
    before = pa.array(series.astype(object).where(series.notna(), None), type=pa.string(), from_pandas=True)
    assert _array(series, pa.string()).equals(before)
    assert _array(series, pa.string()).null_count == 4
