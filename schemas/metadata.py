"""Dagster metadata derived from the schemas: column schema, row count and a preview."""

from __future__ import annotations

import warnings
from functools import cache

import pandas as pd
from dagster import AssetOut, MetadataValue, TableSchema
from dagster_pandera import pandera_schema_to_dagster_type

from schemas import ALL_SCHEMAS, table_description
from schemas.reader_order import reader_columns

PREVIEW_ROWS = 5
PREVIEW_CELL_CHARS = 60  # article text would otherwise swamp the UI


@cache
def column_schema(name: str) -> TableSchema:
    """Column names, dtypes, descriptions and constraints, as dagster-pandera renders them, in reading order."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the helper is flagged beta; its output is stable enough here
        dagster_type = pandera_schema_to_dagster_type(ALL_SCHEMAS[name])
    schema = dagster_type.metadata["schema"].schema
    by_name = {column.name: column for column in schema.columns}
    return TableSchema(columns=[by_name[c] for c in reader_columns(name)], constraints=schema.constraints)


# Metadata key under which the `articles` materialisation records the sha256 of the sources.csv it read
# (the release's input manifest takes it from there).
SOURCES_SHA256 = "sources_sha256"


def _cell(value) -> str:
    if not isinstance(value, str) and hasattr(value, "__len__"):
        value = list(value)  # list columns may arrive as numpy arrays
    elif value is None or pd.isna(value):
        return ""
    text = " ".join(str(value).split())
    text = text if len(text) <= PREVIEW_CELL_CHARS else text[: PREVIEW_CELL_CHARS - 1] + "…"
    return text.replace("|", "\\|")


def markdown_preview(df: pd.DataFrame, rows: int = PREVIEW_ROWS) -> str:
    """A markdown table of the first rows (no tabulate dependency)."""
    cols = list(df.columns)
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for record in df.head(rows).itertuples(index=False):
        lines.append("| " + " | ".join(_cell(v) for v in record) + " |")
    return "\n".join(lines)


def table_outs(names) -> dict[str, AssetOut]:
    """A stage multi-asset's outputs: one pandera-validated table each, described by its model."""
    return {name: AssetOut(description=table_description(name), kinds={"pandas", "pandera"},
                           metadata={"dagster/column_schema": column_schema(name)}) for name in names}


def table_metadata(name: str, df: pd.DataFrame) -> dict:
    """Materialization metadata every table asset reports."""
    shown = [c for c in reader_columns(name) if c in df.columns]
    return {
        "dagster/row_count": MetadataValue.int(len(df)),
        "dagster/column_schema": MetadataValue.table_schema(column_schema(name)),
        "preview": MetadataValue.md(markdown_preview(df[shown])),
    }
