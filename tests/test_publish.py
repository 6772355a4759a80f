"""Publishing pieces: Arrow conversion, deterministic Parquet, manifests, atomic release swap."""

import json
import os

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.publish.arrow import arrow_schema, to_arrow
from pipeline.publish.datapackage import table_schema
from pipeline.publish.manifest import update_index, write_checksums
from pipeline.publish.parquet import write_parquet
from pipeline.publish.release import publish_release
from schemas import TABLE_SCHEMAS

pytestmark = pytest.mark.build  # whole-graph builds: the `build` lane

def test_empty_table_keeps_its_full_schema():
    empty = pd.DataFrame(columns=list(TABLE_SCHEMAS["locations"].to_schema().columns))
    table = to_arrow("locations", empty)
    assert table.num_rows == 0 and table.schema == arrow_schema("locations")
    assert str(table.schema.field("aliases").type) == "list<item: string>"


def test_rows_sorted_by_primary_key_regardless_of_input_order(tables):
    df = pd.concat([tables["entities"]] * 3, ignore_index=True)
    df["entity_id"] = ["org:c", "org:a", "org:b"]
    assert to_arrow("entities", df).column("entity_id").to_pylist() == ["org:a", "org:b", "org:c"]


def test_parquet_bytes_do_not_depend_on_row_order(tables, tmp_path):
    df = pd.concat([tables["entities"]] * 2, ignore_index=True)
    df["entity_id"] = ["org:a", "org:b"]
    write_parquet(to_arrow("entities", df), tmp_path / "a.parquet")
    write_parquet(to_arrow("entities", df.iloc[::-1]), tmp_path / "b.parquet")
    assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()


def test_dates_are_written_as_date32(tables, tmp_path):
    write_parquet(to_arrow("personnel_counts", tables["personnel_counts"]), tmp_path / "c.parquet")
    row = pq.read_table(tmp_path / "c.parquet").to_pylist()[0]
    assert str(row["period_start"]) == "2024-12-08" and row["value_high"] is None


def test_index_keeps_other_versions_and_moves_latest(tmp_path):
    update_index(tmp_path, "0.1.0", {"articles": 1})
    index = update_index(tmp_path, "0.2.0", {"articles": 2})
    assert index["latest"] == "0.2.0"
    assert [r["version"] for r in index["releases"]] == ["0.1.0", "0.2.0"]
    assert json.loads((tmp_path / "index.json").read_text()) == index


def test_checksums_use_sha256sum_format(tmp_path):
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.txt").write_text("a")
    write_checksums(tmp_path)
    lines = (tmp_path / "SHA256SUMS").read_text().splitlines()
    assert [line.split("  ")[1] for line in lines] == ["a.txt", "b.txt"]
    assert all(len(line.split("  ")[0]) == 64 for line in lines)


def test_publish_writes_a_versioned_release_then_reports_unchanged(tables, tmp_path):
    (tmp_path / ".stage-leftover").mkdir()  # what a killed build leaves behind
    first = publish_release(tmp_path, tables)
    assert first.version == "1.0.0" and first.rows["personnel_counts"] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["1.0.0", "index.json", "latest",
                                                          "syria-iraq-personnel-1.0.0.zip"]
    assert (tmp_path / "latest").resolve() == first.folder.resolve()
    again = publish_release(tmp_path, tables)
    assert again.level is None and again.version == "1.0.0"


def test_latest_moves_to_the_newest_release(tables, tmp_path):
    publish_release(tmp_path, tables)
    tables["rejected_inputs"].loc[0, "detail"] = "Nothing but whitespace."
    second = publish_release(tmp_path, tables)
    assert second.version != "1.0.0"
    assert os.readlink(tmp_path / "latest") == second.version  # relative: the folder can move


def test_release_leaves_article_text_out_unless_asked(tables, tmp_path):
    folder = publish_release(tmp_path / "public", tables).folder
    assert "text" not in pq.read_schema(folder / "articles.parquet").names
    folder = publish_release(tmp_path / "full", tables, include_text=True).folder
    assert {"text", "raw_text"} <= set(pq.read_schema(folder / "articles.parquet").names)


def test_datapackage_constraints_come_from_the_schema():
    fields = {f["name"]: f for f in table_schema("personnel_counts")["fields"]}
    assert "more_than" in fields["qualifier"]["constraints"]["enum"]
    assert fields["char_start"]["constraints"]["minimum"] == 0
    assert fields["period_start"]["type"] == "date"
    fks = table_schema("personnel_counts")["foreignKeys"]
    assert {"fields": "article_id", "reference": {"resource": "articles", "fields": "article_id"}} in fks
