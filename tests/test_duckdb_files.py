"""DuckDB files open in DuckDB 1.1 and carry their descriptions as COMMENTs."""

import duckdb
import pytest

from pipeline.publish.arrow import to_arrow
from pipeline.publish.comments import view_column_description
from pipeline.publish.duckdb_store import _fill
from pipeline.publish.release import publish_release
from pipeline.publish.sql_text import sql_identifier, sql_literal
from pipeline.publish.views import VIEW_DESCRIPTIONS
from schemas import TABLE_SCHEMAS, table_description
from tests.conftest import sample_tables
from tests.old_duckdb import OLD_DUCKDB, old_duckdb_python, read_with_old_duckdb  # noqa: F401

pytestmark = pytest.mark.build  # publishes releases or runs builds: the `build` lane

def test_sql_literal_doubles_quotes_and_round_trips():
    text = "Al-Qa'im's \"camp\" -- ; DROP TABLE x; \\ ’"
    con = duckdb.connect()
    assert con.execute(f"SELECT {sql_literal(text)}").fetchone()[0] == text


def test_sql_literal_refuses_nul_and_identifier_refuses_odd_names():
    with pytest.raises(ValueError):
        sql_literal("a\x00b")
    for bad in ('x"; DROP', "Upper", "a b", ""):
        with pytest.raises(ValueError):
            sql_identifier(bad)
    assert sql_identifier("personnel_counts") == '"personnel_counts"'


def test_every_view_column_has_a_description():
    con = duckdb.connect()
    _fill(con, {name: to_arrow(name, df) for name, df in sample_tables().items() if name in TABLE_SCHEMAS})
    for view in VIEW_DESCRIPTIONS:
        for (col,) in con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = ?", [view]).fetchall():
            assert view_column_description(view, col)


def test_duckdb_1_1_reads_every_table_and_sees_the_comments(tables, tmp_path, old_duckdb_python):
    folder = publish_release(tmp_path, tables).folder
    seen = read_with_old_duckdb(old_duckdb_python, folder / "dataset.duckdb")
    assert seen["version"] == OLD_DUCKDB
    assert set(seen["tables"]) == set(TABLE_SCHEMAS)
    for name, info in seen["tables"].items():
        assert info["rows"] == len(tables[name]), name
        assert info["comment"] == table_description(name)
    assert seen["views"] == VIEW_DESCRIPTIONS
    assert seen["uncommented_columns"] == []
