"""Arrow schemas derived from the pandera models, and DataFrame -> Arrow conversion.

Building every array with an explicit type (instead of `Table.from_pandas`)
keeps pandas index metadata out of the files and makes an empty table have the
same schema as a full one.
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import pyarrow as pa

from pipeline.publish.key_order import key_sorted
from schemas import PRIMARY_KEYS, TABLE_SCHEMAS

ARROW_TYPES: dict[str, pa.DataType] = {
    "str": pa.string(),
    "Int64": pa.int64(),
    "boolean": pa.bool_(),
    "float64": pa.float64(),
    "datetime64[ns]": pa.date32(),  # dates only: day precision is all the sources give
    "object": pa.list_(pa.string()),  # object columns in the schemas are lists of strings
}


def type_name(type_: pa.DataType) -> str:
    """Arrow type as datapackage.json records it; list item names ("item"/"element") vary by writer."""
    return f"list<{type_name(type_.value_type)}>" if pa.types.is_list(type_) else str(type_)


def arrow_schema(name: str, columns: list[str] | None = None) -> pa.Schema:
    """The table's Arrow schema, optionally restricted to `columns` (schema order kept)."""
    return _arrow_schema(name, None if columns is None else tuple(columns))


@cache
def _arrow_schema(name: str, columns: tuple[str, ...] | None) -> pa.Schema:
    # Built once per table and columns: pandera builds its schema anew on every `to_schema()` (~12 ms).
    specs = TABLE_SCHEMAS[name].to_schema().columns
    return pa.schema([
        pa.field(col, ARROW_TYPES[str(spec.dtype)], nullable=bool(spec.nullable),
                 metadata={"description": spec.description or ""})
        for col, spec in specs.items() if columns is None or col in columns
    ])


def _array(series: pd.Series, type_: pa.DataType) -> pa.Array:
    if pa.types.is_date32(type_):
        return pa.array(pd.to_datetime(series).dt.normalize(), type=pa.timestamp("ns"), from_pandas=True).cast(type_)
    if pa.types.is_list(type_):
        return pa.array([None if v is None else [str(i) for i in v] for v in series], type=type_)
    if pa.types.is_string(type_) and series.dtype == object:
        # None, NaN, pd.NA and NaT are nulls for `from_pandas` as they are for `notna`: no copy made to say so
        return pa.array(series, type=type_, from_pandas=True)
    if pa.types.is_string(type_):
        return pa.array(series.astype(object).where(series.notna(), None), type=type_, from_pandas=True)
    return pa.array(series, type=type_, from_pandas=True)


def sort_by_key(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Rows in primary-key order, so row order never depends on extraction order."""
    return key_sorted(df, PRIMARY_KEYS[name])


def to_arrow(name: str, df: pd.DataFrame, columns: list[str] | None = None) -> pa.Table:
    schema = arrow_schema(name, columns)
    df = sort_by_key(name, df)
    return pa.Table.from_arrays([_array(df[f.name], f.type) for f in schema], schema=schema)
