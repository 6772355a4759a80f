"""Bring a stage's DataFrame to its schema's column order and dtypes before it is stored.

Casting is best effort: a column that cannot be cast is left as it is so the
blocking schema check reports it with failure cases, instead of the asset
crashing with a bare traceback.
"""

from __future__ import annotations

import contextlib

import pandas as pd

from schemas import ALL_SCHEMAS

TYPED = ("Int64", "boolean", "float64", "datetime64[ns]")  # the dtypes a cast leaves as they are


def _cast(series: pd.Series, dtype: str) -> pd.Series:
    if dtype in TYPED and str(series.dtype) == dtype:
        # Already cast (a table conformed before, extended or passed on): the casts below would return the same
        # values, `to_datetime` after boxing a sample of the column to decide on a cache (~0.2 s a table).
        return series
    if dtype == "Int64":
        return pd.to_numeric(series).astype("Int64")
    if dtype == "boolean":
        return series.astype("boolean")
    if dtype == "float64":
        return pd.to_numeric(series).astype("float64")
    if dtype.startswith("datetime64"):
        return pd.to_datetime(series, format="ISO8601").astype("datetime64[ns]")
    if dtype in ("str", "object"):
        return series.astype(object).where(series.notna(), None)
    return series


def conform(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Schema columns first in schema order (extras kept at the end), dtypes cast where possible."""
    columns = ALL_SCHEMAS[name].to_schema().columns
    ordered = [c for c in columns if c in df.columns] + [c for c in df.columns if c not in columns]
    out = df.loc[:, ordered].reset_index(drop=True).copy()
    for col, spec in columns.items():
        if col in out.columns:
            # a column that cannot be cast is left as it is: the schema check then names it
            with contextlib.suppress(TypeError, ValueError):
                out[col] = _cast(out[col], str(spec.dtype))
    return out
