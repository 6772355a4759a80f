"""A bad row makes its check fail, and a failing blocking check stops publishing."""

import pandas as pd
import pytest
from dagster import DagsterInstance, materialize

import pipeline.extract.assets as extract_assets
from pipeline.checks import SURFACE_COLUMNS, provenance_failures, schema_failures
from pipeline.cli_report import failures
from pipeline.definitions import ASSETS, CHECKS
from pipeline.resources import build_resources
from schemas import PRIMARY_KEYS, TABLE_SCHEMAS


def _provenance(name, tables):
    return provenance_failures(tables[name], tables["articles"], SURFACE_COLUMNS[name], PRIMARY_KEYS[name][0])


def test_sample_rows_pass_every_check(tables):
    for name in TABLE_SCHEMAS:
        assert schema_failures(name, tables[name]) == [], name
    for name in SURFACE_COLUMNS:
        assert _provenance(name, tables) == [], name


@pytest.mark.parametrize("table,column,value", [
    ("personnel_counts", "qualifier", "roughly"),
    ("personnel_counts", "population", "tanks"),
    ("personnel_counts", "status", "vanished"),
    ("statements", "speaker_kind", "ghost"),
    ("locations", "feature_type", "planet"),
    ("entities", "entity_type", "animal"),
    ("articles", "published_date_precision", "week"),
])
def test_value_outside_vocabulary_fails(tables, table, column, value):
    tables[table].loc[0, column] = value
    found = schema_failures(table, tables[table])
    assert any(f["column"] == column and f["failure_case"] == value for f in found)


def test_value_low_above_value_high_fails(tables):
    df = tables["personnel_counts"]
    df.loc[0, ["qualifier", "value_best", "value_low", "value_high"]] = ["range", 150, 200, 100]
    assert any(f["check"] == "bounds_ordered" for f in schema_failures("personnel_counts", df))


def test_codebook_bounds_for_more_and_fewer_than_pass(tables):
    df = pd.concat([tables["personnel_counts"]] * 2, ignore_index=True)
    df["count_id"] = ["c000000a", "c000000b"]
    df.loc[1, ["qualifier", "value_best", "value_low", "value_high"]] = ["fewer_than", 100, pd.NA, 99]
    assert schema_failures("personnel_counts", df) == []


@pytest.mark.parametrize("table,column,value", [
    ("personnel_counts", "char_start", -1),
    ("locations", "lat", 123.0),
    ("statements", "statement_id", "Not An Id!"),
])
def test_out_of_bounds_fails(tables, table, column, value):
    tables[table].loc[0, column] = value
    assert any(f["column"] == column for f in schema_failures(table, tables[table]))


def test_duplicate_primary_key_fails(tables):
    df = pd.concat([tables["entities"]] * 2, ignore_index=True)
    assert schema_failures("entities", df)


def test_period_end_before_start_fails(tables):
    tables["personnel_counts"].loc[0, "period_end"] = pd.Timestamp("2024-12-01")
    assert any(f["check"] == "period_ordered" for f in schema_failures("personnel_counts", tables["personnel_counts"]))


@pytest.mark.parametrize("table", list(SURFACE_COLUMNS))
def test_shifted_offsets_fail_provenance(tables, table):
    tables[table].loc[0, "char_start"] += 1
    found = _provenance(table, tables)
    assert found and "char_start:char_end" in found[0]["problem"]


def test_wrong_evidence_span_fails_provenance(tables):
    tables["statements"].loc[0, "evidence_end"] = 10
    assert any("evidence" in f["problem"] for f in _provenance("statements", tables))


def test_unknown_article_fails_provenance(tables):
    tables["entity_mentions"].loc[0, "article_id"] = "ffffffffffffffff"
    assert _provenance("entity_mentions", tables)[0]["problem"] == "unknown article_id"


def test_blocking_check_stops_the_release(tmp_path, tables, monkeypatch):
    """Quarantine normally removes bad rows first; if one slips through, the blocking check still stops it."""
    bad = {name: df for name, df in tables.items() if name not in ("articles", "rejected_inputs", "rejected_rows")}
    bad["claims"].loc[0, "qualifier"] = "roughly"
    monkeypatch.setattr(extract_assets, "extract_tables", lambda articles, topic, **_: bad)
    monkeypatch.setattr(extract_assets, "set_aside", lambda t, articles, passed=None: (t, tables["rejected_rows"].iloc[:0]))
    result = materialize([*ASSETS, *CHECKS], resources=build_resources(output_dir=tmp_path),
                         instance=DagsterInstance.ephemeral(), raise_on_error=False)
    assert not result.success
    assert not (tmp_path / "releases").exists()
    assert any("claims:schema" in line for line in failures(result))
