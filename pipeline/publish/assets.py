"""Publish stage assets: the DuckDB warehouse and the versioned Parquet release.

Both take the output folder's build lock (re-entrant, so the CLI's own lock
covers them in process). The warehouse is staged by its step and committed by
the release step, in one transaction with the release folder and index.json.
"""


import pandas as pd
from dagster import (
    AssetExecutionContext,
    AssetIn,
    AssetKey,
    Config,
    MaterializeResult,
    MetadataValue,
    TableColumn,
    TableSchema,
    asset,
)

from pipeline.publish.arrow_once import ArrowFiles
from pipeline.publish.inputs import code_manifest, created_from, input_manifest
from pipeline.publish.lock import build_lock
from pipeline.publish.release import publish_release
from pipeline.publish.stored_tables import ON_DEMAND, StoredTable, StoredTables
from pipeline.publish.transaction import pending_dir, recover_publish
from pipeline.publish.warehouse_memo import remember_warehouse, warehouse_current, warehouse_key
from pipeline.publish.warehouse_stage import WAREHOUSE_NAME, stage_warehouse, stored_rows
from pipeline.resources import ArticlesSource, OutputStore
from schemas import TABLE_SCHEMAS
from schemas.metadata import SOURCES_SHA256, markdown_preview

# Each table read when the step reaches it, not all at once (publish/stored_tables.py)
TABLE_INS = {name: AssetIn(key=name, metadata=ON_DEMAND) for name in TABLE_SCHEMAS}

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


class ReleaseConfig(Config):
    """Run configuration of the release step (`build --rebase` sets it)."""

    rebase: bool = False  # publish a new major version without reading the (damaged) latest release


def _converted(output_store: OutputStore, tables: StoredTables):
    """The tables the warehouse step converted to Arrow (`arrow_once.py`), by content key."""
    files = ArrowFiles(output_store)
    return lambda name, columns: files.read(name, tables.key(name), columns)


def _sources_sha256(context: AssetExecutionContext) -> str | None:
    """sources.csv's hash as ingest read it, from the latest `articles` materialization (the tables' own)."""
    event = context.instance.get_latest_materialization_event(AssetKey("articles"))
    entry = event.asset_materialization.metadata.get(SOURCES_SHA256) if event and event.asset_materialization else None
    return (entry.value if entry is not None else None) or None


@asset(group_name="publish", kinds={"duckdb"}, ins=TABLE_INS,
       metadata={"dagster/column_schema": LISTING_SCHEMA})
def warehouse(context: AssetExecutionContext, output_store: OutputStore,
              **stored: pd.DataFrame | StoredTable) -> MaterializeResult:
    """Every table, article text included, plus the analyst views, for OUT/warehouse.duckdb.

    Staged here, committed by the `release` step together with the release and
    index.json, so the warehouse never holds a build the index does not name.
    """
    tables = StoredTables(stored)
    with build_lock(output_store.root()):
        recover_publish(output_store.releases_dir(), keep=context.run.run_id)
        # The warehouse in place already holds these tables (an unchanged rebuild): nothing to write.
        current = warehouse_current(output_store, warehouse_key(tables))
        rows = stored_rows(tables) if current else stage_warehouse(output_store, tables, context.run.run_id)[1]
    return MaterializeResult(metadata=_listing_metadata(
        rows, path=MetadataValue.path(str(output_store.warehouse_path())),
        status=MetadataValue.text("unchanged: the warehouse in place holds these tables" if current
                                  else "staged; published together with the release")))


@asset(group_name="publish", kinds={"parquet", "duckdb"}, ins={**TABLE_INS, "charts": AssetIn(key="charts")},
       deps=[warehouse], metadata={"dagster/column_schema": LISTING_SCHEMA})
def release(context: AssetExecutionContext, config: ReleaseConfig, output_store: OutputStore,
            article_source: ArticlesSource, charts: dict[str, bytes],
            **stored: pd.DataFrame | StoredTable) -> MaterializeResult:
    """A versioned release (semver from the diff): Parquet per table, changes, CHANGELOG.md, charts,
    dataset.duckdb, datapackage.json, SHA256SUMS and a zip bundle; nothing new when unchanged.
    Commits the staged warehouse in the same transaction (see publish/transaction.py)."""
    tables = StoredTables(stored)
    with build_lock(output_store.root()):
        staged = pending_dir(output_store.releases_dir(), context.run.run_id) / WAREHOUSE_NAME
        key = warehouse_key(tables)
        if not staged.is_file() and not warehouse_current(output_store, key):
            # the warehouse step ran in another run (or not at all): stage it here
            recover_publish(output_store.releases_dir(), keep=context.run.run_id)
            staged = stage_warehouse(output_store, tables, context.run.run_id)[0]
        committed = staged.is_file()
        articles = tables["articles"]  # read once for both, then dropped: the largest table (article text)
        inputs, created = (input_manifest(articles, tables["rejected_inputs"], article_source.sources_path().name,
                                          _sources_sha256(context)), created_from(articles))
        del articles
        published = publish_release(
            output_store.releases_dir(), tables, include_text=output_store.include_text,
            inputs=inputs, code=code_manifest(), created=created, charts=charts,
            warehouse=(staged, output_store.warehouse_path()) if committed else None, token=context.run.run_id,
            rebase=config.rebase, converted=_converted(output_store, tables))
        if committed:
            remember_warehouse(output_store, key)
    status = "unchanged" if published.level is None else "published"
    return MaterializeResult(metadata=_listing_metadata(
        published.rows, version=MetadataValue.text(published.version), status=MetadataValue.text(status),
        change_level=MetadataValue.text(published.level or "none"),
        changes=MetadataValue.json(published.changes), path=MetadataValue.path(str(published.folder))))
