"""The UI shows columns in reading order; the files keep the schema order."""

import pytest

from schemas import TABLE_SCHEMAS
from schemas.metadata import column_schema, table_metadata
from schemas.reader_order import reader_columns


@pytest.mark.parametrize("name", list(TABLE_SCHEMAS))
def test_every_column_once(name):
    columns = reader_columns(name)
    assert sorted(columns) == sorted(TABLE_SCHEMAS[name].to_schema().columns)
    assert [c.name for c in column_schema(name).columns] == columns


def test_a_count_reads_figure_first_and_ids_last():
    columns = reader_columns("personnel_counts")
    assert columns[:5] == ["count_text", "qualifier", "value_best", "value_low", "value_high"]
    assert columns.index("status") < columns.index("location_text") < columns.index("period_start") \
        < columns.index("attributed_to") < columns.index("evidence")
    assert set(columns[-9:]) == {"count_id", "article_id", "location_id", "statement_id", "estimate_id",
                                 "char_start", "char_end", "evidence_start", "evidence_end"}


def test_preview_header_follows_reading_order_and_keeps_column_descriptions(tables):
    preview = table_metadata("personnel_counts", tables["personnel_counts"])["preview"].value
    header = [cell.strip() for cell in preview.splitlines()[0].strip("|").split("|")]
    assert header == reader_columns("personnel_counts")
    assert all(column.description for column in column_schema("personnel_counts").columns)
    assert tables["personnel_counts"].columns[0] == "count_id"  # the DataFrame itself is untouched
