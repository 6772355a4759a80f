"""Blocking schema checks: each table validated against its pandera model (run by the step that makes it,
`pipeline/checks/stage.py`)."""

import pandas as pd
import pandera.errors as pa_errors
from dagster import AssetCheckResult, AssetCheckSeverity, AssetCheckSpec, MetadataValue

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


def schema_spec(name: str) -> AssetCheckSpec:
    return AssetCheckSpec("schema", asset=name, blocking=True,
                          description=f"Rows of `{name}` satisfy {ALL_SCHEMAS[name].__name__} "
                                      "(dtypes, vocabularies, bounds, keys).")


def schema_result(name: str, table: pd.DataFrame, known_to_pass: bool = False) -> AssetCheckResult:
    """`known_to_pass`: this very table passed validation a moment ago (`passed.py`); not validated again."""
    failures = [] if known_to_pass else schema_failures(name, table)
    return named(failure_result(failures, rows=MetadataValue.int(len(table))), name, "schema")


def named(result: AssetCheckResult, asset: str, check: str, severity=AssetCheckSeverity.ERROR) -> AssetCheckResult:
    """`result` as the result of `asset`'s check `check` (a step that checks several tables names each)."""
    return AssetCheckResult(passed=result.passed, asset_key=asset, check_name=check, severity=severity,
                            metadata=result.metadata, description=result.description)
