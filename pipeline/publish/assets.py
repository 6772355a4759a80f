"""Publish stage assets: the DuckDB warehouse and the versioned Parquet release.

Both take the output folder's build lock (re-entrant, so the CLI's own lock
covers them in process) and commit with atomic renames only.
"""

import pandas as pd
from dagster import AssetIn, MaterializeResult, MetadataValue, TableColumn, TableSchema, asset

from pipeline.publish.arrow import to_arrow
from pipeline.publish.duckdb_store import write_duckdb
from pipeline.publish.inputs import code_manifest, created_from, input_manifest
from pipeline.publish.lock import build_lock
from pipeline.publish.release import publish_release
from pipeline.resources import ArticlesSource, OutputStore
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
    """Every table, article text included, plus the analyst views, in OUT/warehouse.duckdb."""
    arrow = {name: to_arrow(name, tables[name]) for name in TABLE_SCHEMAS}
    path = output_store.warehouse_path()
    with build_lock(output_store.root()):
        write_duckdb(path, arrow)
    rows = {name: t.num_rows for name, t in arrow.items()}
    return MaterializeResult(metadata=_listing_metadata(rows, path=MetadataValue.path(str(path))))


@asset(group_name="publish", kinds={"parquet", "duckdb"}, ins={**TABLE_INS, "charts": AssetIn(key="charts")},
       metadata={"dagster/column_schema": LISTING_SCHEMA})
def release(output_store: OutputStore, article_source: ArticlesSource, charts: dict[str, bytes],
            **tables: pd.DataFrame) -> MaterializeResult:
    """A versioned release (semver from the diff): Parquet per table, changes, CHANGELOG.md, charts,
    dataset.duckdb, datapackage.json, SHA256SUMS and a zip bundle; nothing new when unchanged."""
    with build_lock(output_store.root()):
        published = publish_release(
            output_store.releases_dir(), tables, include_text=output_store.include_text,
            inputs=input_manifest(tables["articles"], tables["rejected_inputs"], article_source.sources_path()),
            code=code_manifest(), created=created_from(tables["articles"]), charts=charts)
    status = "unchanged" if published.level is None else "published"
    return MaterializeResult(metadata=_listing_metadata(
        published.rows, version=MetadataValue.text(published.version), status=MetadataValue.text(status),
        change_level=MetadataValue.text(published.level or "none"),
        changes=MetadataValue.json(published.changes), path=MetadataValue.path(str(published.folder))))
