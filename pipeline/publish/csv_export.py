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

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

CSV_DIR = "csv"
QUOTED_WHEN = '[,"\n]'


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


def _texts(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """A column's cells as `csv_cell` writes them, as Arrow text: text, integer, boolean and date columns (most
    cells) cast by Arrow, the others a call per cell."""
    kind = column.type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        texts = column
    elif pa.types.is_integer(kind) or pa.types.is_date32(kind):  # str(int), date.isoformat(): Arrow's own casts
        texts = pc.cast(column, pa.string())
    elif pa.types.is_boolean(kind):
        texts = pc.if_else(column, pa.scalar("true"), pa.scalar("false"))
    elif pa.types.is_list(kind) and not pa.types.is_nested(kind.value_type):
        texts = pa.chunked_array([pa.array(_list_cells(column.to_pylist()), pa.string())])
    else:
        texts = pa.chunked_array([pa.array([csv_cell(value) for value in column.to_pylist()], pa.string())])
    return pc.cast(pc.fill_null(texts, ""), pa.large_string())


def _list_cells(values: list) -> list[str]:
    """`csv_cell` of each list, each distinct list's text made once: `changes.changed_columns` holds one list
    per row of every table (158,000 at 10,000 articles, nearly all empty), ~0.3 s of JSON a full build."""
    made: dict[tuple | None, str] = {}
    cells = []
    for value in values:
        key = None if value is None else tuple(value)
        cell = made.get(key)
        if cell is None:
            cell = made[key] = csv_cell(value)
        cells.append(cell)
    return cells


def _quoted(texts: pa.ChunkedArray) -> pa.ChunkedArray:
    """What csv.writer (QUOTE_MINIMAL, "\n" line ends) does to a cell: quoted, its quotes doubled, when it holds
    a comma, a quote or a line feed (not a carriage return: only the line terminator's characters count)."""
    quote, nothing = pa.scalar('"', pa.large_string()), pa.scalar("", pa.large_string())
    escaped = pc.binary_join_element_wise(quote, pc.replace_substring(texts, '"', '""'), quote, nothing)
    return pc.if_else(pc.match_substring_regex(texts, QUOTED_WHEN), escaped, texts)


def _never_quoted(kind: pa.DataType) -> bool:
    """Numbers, dates and booleans: their cells hold no comma, quote or line feed, so none is ever quoted (the
    regular expression over every cell of every such column was ~a third of the CSV files' time)."""
    return pa.types.is_integer(kind) or pa.types.is_floating(kind) or pa.types.is_date32(kind) \
        or pa.types.is_boolean(kind)


def _lines(table: pa.Table) -> pa.ChunkedArray:
    """Each row as csv.writer writes it, its line end included."""
    comma, line_end, nothing = (pa.scalar(text, pa.large_string()) for text in (",", "\n", ""))
    row = pc.binary_join_element_wise(*(_texts(column) if _never_quoted(column.type) else _quoted(_texts(column))
                                        for column in table.columns), comma)
    return pc.binary_join_element_wise(row, line_end, nothing)


def _header(table: pa.Table) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(table.column_names)
    return buf.getvalue()


def _one_column_csv(table: pa.Table) -> str:
    """csv.writer quotes a row's only cell when it is empty: a table of one column is written by it."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(table.column_names)
    writer.writerows([csv_cell(value)] for column in table.columns for value in column.to_pylist())
    return buf.getvalue()


def table_csv(table: pa.Table) -> str:
    """The table as csv.writer writes its header and `csv_cell` of every cell, the rows joined by Arrow rather
    than a call per cell (~0.5 s for the tables of 10,000 articles)."""
    if table.num_columns < 2:
        return _one_column_csv(table)
    return _header(table) + "".join(_lines(table).to_pylist())


def write_csv(table: pa.Table, path: Path) -> None:
    """`table_csv`'s text as UTF-8, the rows written from Arrow's buffers (no Python string per row)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if table.num_columns < 2:
        path.write_text(_one_column_csv(table), encoding="utf-8", newline="")
        return
    with path.open("wb") as handle:
        handle.write(_header(table).encode("utf-8"))
        for chunk in _lines(table).chunks:
            if len(chunk):  # its lines lie end to end in its data buffer, between its first and last offsets
                _validity, offsets, data = chunk.buffers()
                bounds = np.frombuffer(offsets, dtype=np.int64)[[chunk.offset, chunk.offset + len(chunk)]]
                handle.write(memoryview(data)[int(bounds[0]):int(bounds[1])])
