"""Bad rows are set aside in rejected_rows, with the reason; structural problems still fail the run."""

import json

import pandas as pd
import pyarrow.parquet as pq
import pytest
from dagster import DagsterInstance, materialize

import pipeline.extract.assets as extract_assets
from pipeline.checks import StructuralError, set_aside, split_valid
from pipeline.cli_report import failures
from pipeline.definitions import ASSETS, CHECKS
from pipeline.resources import build_resources
from schemas import PRIMARY_KEYS, TABLE_SCHEMAS

pytestmark = pytest.mark.build  # whole-graph builds: the `build` lane

EXTRACTED = ("claims", "statements", "locations", "location_mentions", "entities", "entity_mentions")


def _two_counts(tables, table="personnel_counts"):
    df = pd.concat([tables[table]] * 2, ignore_index=True)
    df["count_id"] = ["c0000001", "c0000002"]
    df.loc[1, ["qualifier", "value_best", "value_low", "value_high"]] = ["range", 150, 200, 100]
    return df


def test_split_keeps_good_rows_and_names_the_bad_one(tables):
    valid, rejected = split_valid("personnel_counts", _two_counts(tables), TABLE_SCHEMAS["personnel_counts"],
                                  PRIMARY_KEYS["personnel_counts"])
    assert list(valid["count_id"]) == ["c0000001"]
    [row] = rejected.to_dict("records")
    assert (row["table"], row["row_key"], row["check"]) == ("personnel_counts", "c0000002", "bounds_ordered")
    assert json.loads(row["value"])["value_low"] == 200


def test_vocabulary_failure_records_column_and_value(tables):
    df = tables["statements"].assign(speaker_kind="ghost")
    valid, rejected = split_valid("statements", df, TABLE_SCHEMAS["statements"], PRIMARY_KEYS["statements"])
    assert valid.empty
    assert rejected[["column", "value"]].values.tolist() == [["speaker_kind", "ghost"]]


def test_a_list_column_holding_no_list_of_names_is_set_aside_by_its_string_list_check(tables):
    df = pd.concat([tables["entities"].head(1)] * 3, ignore_index=True)
    df["entity_id"] = ["e0000001", "e0000002", "e0000003"]
    df["aliases"] = [["Abu Mohammed", "Abu M."], "not a list", [f"alias {n}" for n in range(201)]]
    valid, rejected = split_valid("entities", df, TABLE_SCHEMAS["entities"], PRIMARY_KEYS["entities"])
    assert len(valid) == 1 and len(rejected) == 2
    assert set(rejected["check"]) == {"string_list(max_items=200)"} and set(rejected["column"]) == {"aliases"}


def test_a_figure_from_an_earlier_war_is_kept_and_a_misread_year_is_set_aside(tables):
    df = _two_counts(tables).iloc[:1].copy()
    df = pd.concat([df, df], ignore_index=True)
    df["count_id"] = ["c0000001", "c0000002"]
    # Switzerland's internees of 1871 are history; a year before 1800 is a misread figure
    df["period_start"] = [pd.Timestamp("1871-02-01"), pd.Timestamp("1701-03-09")]
    valid, rejected = split_valid("personnel_counts", df, TABLE_SCHEMAS["personnel_counts"],
                                  PRIMARY_KEYS["personnel_counts"])
    assert list(valid["count_id"]) == ["c0000001"]
    assert rejected[["row_key", "column"]].values.tolist() == [["c0000002", "period_start"]]


@pytest.mark.parametrize("breakage", ["missing_column", "wrong_type"])
def test_structural_failure_raises_with_the_column_named(tables, breakage):
    df = tables["personnel_counts"]
    df = df.drop(columns=["status"]) if breakage == "missing_column" else df.assign(value_best=["many"])
    with pytest.raises(StructuralError, match="status" if breakage == "missing_column" else "value_best"):
        split_valid("personnel_counts", df, TABLE_SCHEMAS["personnel_counts"], PRIMARY_KEYS["personnel_counts"])


def test_rows_pointing_at_a_rejected_row_are_set_aside_too(tables):
    extracted = {name: tables[name] for name in EXTRACTED}
    extracted["locations"] = extracted["locations"].assign(lat=123.0)  # invalid place
    valid, rejected = set_aside(extracted, tables["articles"])
    assert valid["locations"].empty and valid["location_mentions"].empty and valid["claims"].empty
    checks = set(zip(rejected["table"], rejected["check"]))
    assert ("location_mentions", "foreign_key:locations") in checks
    assert ("personnel_counts", "foreign_key:locations") in checks


def test_shifted_span_is_set_aside_by_provenance(tables):
    extracted = {name: tables[name] for name in EXTRACTED}
    extracted["entity_mentions"].loc[0, "char_start"] += 1
    valid, rejected = set_aside(extracted, tables["articles"])
    assert valid["entity_mentions"].empty
    assert rejected[["table", "check"]].values.tolist() == [["entity_mentions", "provenance"]]


def _build_with(monkeypatch, tmp_path, tables, replaced):
    extracted = {name: tables[name] for name in EXTRACTED} | replaced
    monkeypatch.setattr(extract_assets, "extract_tables", lambda articles, topic, **_: extracted)
    return materialize([*ASSETS, *CHECKS], resources=build_resources(output_dir=tmp_path),
                       instance=DagsterInstance.ephemeral(), raise_on_error=False)


def test_bad_row_lands_in_rejected_rows_not_in_the_release(monkeypatch, tmp_path, tables):
    counts = _two_counts(tables, "claims")  # extraction's figures, published by reconcile as personnel_counts
    counts["article_id"] = "b9e58cb9d1b33e49"  # a seed article, so provenance is checked against real text
    result = _build_with(monkeypatch, tmp_path, tables, {"claims": counts.iloc[[1]]})
    assert result.success, failures(result)
    folder = tmp_path / "releases" / "1.0.0"
    assert pq.read_table(folder / "personnel_counts.parquet").num_rows == 0
    rejected = pq.read_table(folder / "rejected_rows.parquet").to_pylist()
    # (The sample statements/mentions point at an article that is not among the seeds: set aside as well.)
    assert ("personnel_counts", "c0000002", "bounds_ordered") in [(r["table"], r["row_key"], r["check"]) for r in rejected]
    assert not any(r["table"] == "personnel_counts" and r["check"] != "bounds_ordered" for r in rejected)


def test_structural_failure_fails_the_run_and_publishes_nothing(monkeypatch, tmp_path, tables):
    result = _build_with(monkeypatch, tmp_path, tables,
                         {"statements": tables["statements"].drop(columns=["speaker_kind"])})
    assert not result.success
    assert not (tmp_path / "releases").exists()
    assert any("step extract failed" in line and "speaker_kind" in line for line in failures(result))


def test_invalid_article_row_becomes_a_rejected_input(tables):
    from pipeline.ingest.assets import set_aside_invalid_articles

    articles = tables["articles"].assign(url="not a url")
    kept, rejected = set_aside_invalid_articles(articles, tables["rejected_inputs"])
    assert kept.empty
    row = rejected[rejected["reason"] == "invalid_row"].iloc[0]
    assert row["file"] == "a.txt" and "url" in row["detail"] and "not a url" in row["detail"]
