"""The CSV copies joined by Arrow (`publish/csv_export.py`) are byte for byte what csv.writer writes for
`csv_cell` of every cell: quoting, doubled quotes, line feeds and carriage returns, nulls, every column type."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pyarrow as pa
import pytest

from pipeline.publish.csv_export import csv_cell, table_csv, write_csv

TRICKY = ["plain", "a,b", 'say "no"', "two\nlines", "carriage\rreturn", "", None, "\"", ",", "\n", " spaced ",
          "ünïcödé, “quotes”", "tab\there", "\r\n", 'ends with "', "x" * 3000]


def _csv_writer_text(table: pa.Table) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(table.column_names)
    writer.writerows(zip(*([csv_cell(value) for value in column.to_pylist()] for column in table.columns)))
    return buffer.getvalue()


def _every_type(rows: int) -> pa.Table:
    def pick(values: list) -> list:  # the values over and over, `rows` of them
        return [values[i % len(values)] for i in range(rows)]

    return pa.table({
        "text": pa.array(pick(TRICKY), pa.string()),
        "large": pa.array(pick(TRICKY[::-1]), pa.large_string()),
        "count": pa.array(pick([0, -3, 12_000_000, None, 7]), pa.int64()),
        "small": pa.array(pick([1, None, 2]), pa.int8()),
        "flag": pa.array(pick([True, False, None]), pa.bool_()),
        "day": pa.array(pick([dt.date(2025, 3, 1), None, dt.date(1945, 1, 1), dt.date(2100, 12, 31)]), pa.date32()),
        "share": pa.array(pick([0.1, None, 1e16, 100.0, -2.5]), pa.float64()),
        "names": pa.array(pick([["Al-Qaim", "Al Qa'im"], [], None, ['say "x"', "a,b"]]), pa.list_(pa.string())),
        "when": pa.array(pick([dt.datetime(2025, 1, 2, 3, 4, 5), None]), pa.timestamp("us")),
    })


@pytest.mark.parametrize("rows", [0, 1, 37])
def test_every_column_type_is_written_as_csv_writer_writes_it(rows):
    table = _every_type(rows)
    assert table_csv(table) == _csv_writer_text(table)


def test_columns_in_several_chunks_and_one_column_tables():
    table = pa.concat_tables([_every_type(5), _every_type(9)])  # columns of two chunks each
    assert table.column(0).num_chunks == 2
    assert table_csv(table) == _csv_writer_text(table)
    single = pa.table({"only": pa.array(["", None, "a,b", "x"], pa.string())})  # csv.writer quotes a lone empty cell
    assert table_csv(single) == _csv_writer_text(single) == 'only\n""\n""\n"a,b"\nx\n'


def test_the_file_holds_the_same_bytes_from_arrow_buffers(tmp_path):
    for table in (_every_type(37), _every_type(37).slice(5, 20), pa.concat_tables([_every_type(3), _every_type(0),
                                                                                  _every_type(8)]), _every_type(0)):
        write_csv(table, tmp_path / "csv" / "table.csv")
        assert (tmp_path / "csv" / "table.csv").read_bytes() == _csv_writer_text(table).encode("utf-8")
