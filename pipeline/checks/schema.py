"""Blocking schema checks: each table validated against its pandera model."""

import pandas as pd
import pandera.errors as pa_errors
from dagster import AssetCheckResult, AssetChecksDefinition, AssetKey, MetadataValue, asset_check

from pipeline.memo import remembered
from pipeline.resources import OutputStore
from schemas import ALL_SCHEMAS

SAMPLE_SIZE = 20


def schema_failures(name: str, df: pd.DataFrame) -> list[dict]:
    """Every failure pandera finds in `df` (lazy validation), as plain records."""
    try:
        ALL_SCHEMAS[name].validate(df, lazy=True)
    except pa_errors.SchemaErrors as err:
        cases = err.failure_cases
        return [
            {
                "column": None if pd.isna(row["column"]) else str(row["column"]),
                "check": str(row["check"]),
                "failure_case": None if row["failure_case"] is None else str(row["failure_case"]),
                "index": None if pd.isna(row["index"]) else int(row["index"]),
            }
            for _, row in cases.iterrows()
        ]
    return []


def failure_result(failures: list[dict], **metadata) -> AssetCheckResult:
    """Pass/fail with the failure count and a sample that fits in the UI."""
    return AssetCheckResult(
        passed=not failures,
        description=None if not failures else f"{len(failures)} failure(s); see failure_sample",
        metadata={
            "failure_count": MetadataValue.int(len(failures)),
            "failure_sample": MetadataValue.json(failures[:SAMPLE_SIZE]),
            **metadata,
        },
    )


def build_schema_check(name: str) -> AssetChecksDefinition:
    @asset_check(
        asset=AssetKey(name),
        name="schema",
        blocking=True,
        description=f"Rows of `{name}` satisfy {ALL_SCHEMAS[name].__name__} (dtypes, vocabularies, bounds, keys).",
    )
    def _check(table: pd.DataFrame, output_store: OutputStore) -> AssetCheckResult:
        # The same table as last build: the same findings (pipeline/memo.py), without validating it again.
        failures = remembered(f"{name}.schema", {"table": table}, output_store, lambda: schema_failures(name, table))
        return failure_result(failures, rows=MetadataValue.int(len(table)))

    return _check


SCHEMA_CHECKS = [build_schema_check(name) for name in ALL_SCHEMAS]
