"""CSV copies of the release tables, for spreadsheet users.

Deterministic text, one format for every table: UTF-8, comma, "\\n" line ends,
minimal quoting; null is an empty cell; booleans `true`/`false`; dates ISO
(YYYY-MM-DD); list cells a JSON array (`["Al-Qaim","Al Qa'im"]`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pyarrow as pa

CSV_DIR = "csv"


def csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return json.dumps(list(value), ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)  # shortest exact form, same on every machine
    return str(value)


def _cells(column: pa.ChunkedArray) -> list[str]:
    """A column's cells as `csv_cell` writes them; text, integer, boolean and date columns (most cells) without a
    call per cell."""
    values = column.to_pylist()
    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        return ["" if value is None else value for value in values]
    if pa.types.is_integer(column.type):
        return ["" if value is None else str(value) for value in values]
    if pa.types.is_boolean(column.type):
        return ["" if value is None else "true" if value else "false" for value in values]
    if pa.types.is_date32(column.type):
        return ["" if value is None else value.isoformat() for value in values]
    return [csv_cell(value) for value in values]


def table_csv(table: pa.Table) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(table.column_names)
    writer.writerows(zip(*(_cells(column) for column in table.columns)))  # column by column: no row dicts
    return buf.getvalue()


def write_csv(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(table_csv(table), encoding="utf-8", newline="")
