"""Set aside rows that fail validation instead of failing the whole run.

`split_valid` is pure: a DataFrame and its pandera model in, (valid rows,
rejected_rows records) out. Row-level failures (a value outside a vocabulary,
bounds out of order, a duplicate key) quarantine the row; structural failures
(a missing column, a column of the wrong type) still raise, because they mean
the code is wrong, not the data, and every row would be affected.
"""

from __future__ import annotations

import hashlib
import json

import pandas as pd
import pandera.errors as pa_errors
import pandera.pandas as pa

from schemas.rejected import RejectedRowSchema

REJECTED_COLUMNS = tuple(RejectedRowSchema.to_schema().columns)
STRUCTURAL_CHECKS = ("column_in_dataframe", "column_in_schema", "dtype(", "coerce_dtype(")
LONG_COLUMNS = {"text", "raw_text", "evidence", "quote"}  # too long to repeat in `value`
MAX_VALUE_CHARS = 2_000


class StructuralError(ValueError):
    """The table does not have the shape its schema requires; no row can be trusted."""


def empty_rejections() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in REJECTED_COLUMNS})


def row_key(row: pd.Series | dict, key_cols: tuple[str, ...], index) -> str:
    parts = [row.get(c) for c in key_cols]
    if not parts or any(p is None or (not isinstance(p, (list, tuple)) and pd.isna(p)) for p in parts):
        return f"index:{index}"
    return "|".join(str(p) for p in parts)


def rejection(table: str, key: str, check: str, column: str | None, value) -> dict:
    """One rejected_rows record; the id hashes what identifies the failure, so it is stable."""
    text = None if value is None else str(value)[:MAX_VALUE_CHARS]
    digest = hashlib.sha256(json.dumps([table, key, check, column]).encode()).hexdigest()[:16]
    return {"rejection_id": digest, "table": table, "row_key": key, "check": check, "column": column, "value": text}


def _plain(value):
    """JSON-friendly: numpy scalars to Python, timestamps to dates, missing to None."""
    if isinstance(value, (list, tuple)) or (hasattr(value, "__array__") and getattr(value, "ndim", 0)):
        return [str(v) for v in value]
    if pd.isna(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return value.item() if hasattr(value, "item") else value


def _row_summary(row: pd.Series) -> str:
    short = {k: _plain(v) for k, v in row.items() if k not in LONG_COLUMNS}
    return json.dumps(short, default=str, ensure_ascii=False)


def _structural_message(case: pd.Series) -> str:
    check = str(case["check"])
    if check == "column_in_dataframe":
        return f"missing column {case['failure_case']!r}"
    if check == "column_in_schema":
        return f"unexpected column {case['failure_case']!r}"
    if check.startswith("dtype("):
        return f"column {case['column']!r} fails {check} (found {case['failure_case']!r})"
    return f"{case['column']}: {check} failed for the whole column ({case['failure_case']})"


def _failure_cases(df: pd.DataFrame, model: type[pa.DataFrameModel]) -> pd.DataFrame | None:
    try:
        model.validate(df, lazy=True)
    except pa_errors.SchemaErrors as err:
        return err.failure_cases
    return None


def split_valid(table: str, df: pd.DataFrame, model: type[pa.DataFrameModel],
                key_cols: tuple[str, ...]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(rows passing `model`, one rejected_rows record per failing row and check)."""
    df = df.reset_index(drop=True)
    cases = _failure_cases(df, model)
    if cases is None:
        return df, empty_rejections()
    structural = cases[cases["index"].isna() | cases["check"].astype(str).str.startswith(STRUCTURAL_CHECKS)]
    if len(structural):
        found = "; ".join(sorted({_structural_message(c) for _, c in structural.iterrows()}))
        raise StructuralError(f"table {table!r} does not match {model.__name__}: {found}")
    records, bad = [], set()
    for (index, check), group in cases.groupby(["index", "check"], sort=True):
        index = int(index)
        row = df.loc[index]
        frame_check = (group["schema_context"] == "DataFrameSchema").all()
        column = None if frame_check else str(group["column"].iloc[0])
        value = _row_summary(row) if frame_check else group["failure_case"].iloc[0]
        records.append(rejection(table, row_key(row, key_cols, index), str(check), column, value))
        bad.add(index)
    valid = df.drop(index=sorted(bad)).reset_index(drop=True)
    return valid, pd.DataFrame(records, columns=list(REJECTED_COLUMNS)).drop_duplicates("rejection_id")
