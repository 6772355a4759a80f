"""Publish stage assets: the DuckDB warehouse and the numbered Parquet release."""

import pandas as pd
from dagster import AssetIn, MaterializeResult, MetadataValue, TableColumn, TableSchema, asset

from pipeline.publish.arrow import to_arrow
from pipeline.publish.duckdb_store import write_duckdb
from pipeline.publish.release import publish_release
from pipeline.publish.version import release_version
from pipeline.resources import OutputStore
from schemas import TABLE_SCHEMAS
from schemas.metadata import markdown_preview

TABLE_INS = {name: AssetIn(key=name) for name in TABLE_SCHEMAS}

# Both publish assets are collections of tables: their "columns" describe the listing.
LISTING_SCHEMA = TableSchema(columns=[
    TableColumn("table", "string", description="Table name (one Parquet file / DuckDB table each)."),
    TableColumn("rows", "int", description="Number of rows in the table."),
])


def _listing_metadata(rows: dict[str, int], **extra) -> dict:
    listing = pd.DataFrame({"table": list(rows), "rows": list(rows.values())})
    return {
        "dagster/row_count": MetadataValue.int(sum(rows.values())),
        "dagster/column_schema": MetadataValue.table_schema(LISTING_SCHEMA),
        "preview": MetadataValue.md(markdown_preview(listing, rows=len(listing))),
        **extra,
    }


@asset(group_name="publish", kinds={"duckdb"}, ins=TABLE_INS,
       metadata={"dagster/column_schema": LISTING_SCHEMA})
def warehouse(output_store: OutputStore, **tables: pd.DataFrame) -> MaterializeResult:
    """Every table, article text included, in OUT/warehouse.duckdb for ad-hoc SQL."""
    arrow = {name: to_arrow(name, tables[name]) for name in TABLE_SCHEMAS}
    path = output_store.warehouse_path()
    write_duckdb(path, arrow)
    rows = {name: t.num_rows for name, t in arrow.items()}
    return MaterializeResult(metadata=_listing_metadata(rows, path=MetadataValue.path(str(path))))


@asset(group_name="publish", kinds={"parquet", "duckdb"}, ins=TABLE_INS,
       metadata={"dagster/column_schema": LISTING_SCHEMA})
def release(output_store: OutputStore, **tables: pd.DataFrame) -> MaterializeResult:
    """A numbered release: Parquet per table, dataset.duckdb, datapackage.json, SHA256SUMS."""
    version = release_version(tables)
    folder, rows = publish_release(output_store.releases_dir(), version, tables)
    return MaterializeResult(metadata=_listing_metadata(
        rows, version=MetadataValue.text(version), path=MetadataValue.path(str(folder))))
