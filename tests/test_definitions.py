"""The code location loads and every asset and table is described and guarded."""

from dagster import AssetKey, DefaultSensorStatus, Definitions, EnvVar

from pipeline.automation.sensor import sensor_interval
from pipeline.checks import SURFACE_COLUMNS
from pipeline.definitions import defs
from pipeline.extract.rows.tables import ROW_TYPES, check_rows_follow_schemas
from pipeline.paths import PROJECT_ROOT
from pipeline.resources import build_resources, resources_from_env
from schemas import ALL_SCHEMAS, FOREIGN_KEYS, PRIMARY_KEYS, STAGE_SCHEMAS, TABLE_SCHEMAS
from schemas.reader_order import reader_columns

GROUPS = {"ingest", "extract", "reconcile", "publish"}


def _specs():
    graph = defs.resolve_asset_graph()
    return {key: graph.get(key) for key in graph.get_all_asset_keys()}


def test_definitions_load():
    Definitions.validate_loadable(defs)
    assert {k.to_user_string() for k in _specs()} == set(TABLE_SCHEMAS) | set(STAGE_SCHEMAS) | {
        "articles_folder", "warehouse", "release", "charts"}


def test_the_reconcile_stage_has_its_own_group():
    specs = {k.to_user_string(): node for k, node in _specs().items()}
    assert {name for name, node in specs.items() if node.group_name == "reconcile"} == {"personnel_counts", "estimates"}
    assert AssetKey("claims") in specs["personnel_counts"].parent_keys


def test_the_articles_folder_is_the_source_at_the_top_of_the_lineage():
    specs = _specs()
    folder = specs[AssetKey("articles_folder")]
    assert not folder.is_materializable and not folder.parent_keys
    assert folder.child_keys == {AssetKey("articles"), AssetKey("rejected_inputs")}


def test_every_asset_is_described_grouped_and_typed():
    for key, node in _specs().items():
        assert node.description, key
        assert node.group_name in GROUPS, key
        assert node.kinds, key
        if key not in (AssetKey("charts"), AssetKey("articles_folder")):  # pictures, a folder: not tables
            assert "dagster/column_schema" in node.metadata, key


def test_table_column_schema_has_descriptions():
    for name in TABLE_SCHEMAS:
        schema = _specs()[AssetKey(name)].metadata["dagster/column_schema"]
        schema = getattr(schema, "schema", schema)  # TableSchema or its MetadataValue wrapper
        # Reading order in the UI (schemas/reader_order.py); the same columns as the model.
        assert [c.name for c in schema.columns] == reader_columns(name)
        assert all(c.description for c in schema.columns), name


def test_every_table_has_blocking_schema_check_and_offsets_have_provenance():
    graph = defs.resolve_asset_graph()
    checks = {(k.asset_key.to_user_string(), k.name): graph.get(k) for k in graph.asset_check_keys}
    for name in ALL_SCHEMAS:
        assert checks[(name, "schema")].blocking, name
    for name in SURFACE_COLUMNS:
        assert checks[(name, "provenance")].blocking, name


def test_integrity_checks_cover_every_table_and_only_the_warnings_are_lenient():
    graph = defs.resolve_asset_graph()
    checks = {(k.asset_key.to_user_string(), k.name): graph.get(k) for k in graph.asset_check_keys}
    for name in ALL_SCHEMAS:
        assert checks[(name, "no_duplicates")].blocking, name
        if FOREIGN_KEYS[name]:
            assert checks[(name, "references")].blocking, name
    assert checks[("personnel_counts", "one_estimate_per_figure")].blocking
    assert checks[("estimates", "values_ordered")].blocking
    assert not checks[("estimates", "figures_agree")].blocking and not checks[("estimates", "stock_flow")].blocking
    assert all(node.description for node in checks.values())


def test_publish_assets_say_what_they_produce():
    kinds = {k.to_user_string(): node.kinds for k, node in _specs().items()}
    assert "parquet" in kinds["release"] and "duckdb" in kinds["warehouse"] and "png" in kinds["charts"]
    tables = [k for k in kinds if k not in ("release", "warehouse", "charts", "articles_folder")]
    assert tables and all("pandera" in kinds[t] for t in tables), kinds


def test_sensor_watches_the_articles_and_is_on_by_default():
    sensor = next(s for s in defs.sensors if s.name == "articles_changed")
    assert sensor.default_status == DefaultSensorStatus.RUNNING
    assert "article_source" in sensor.required_resource_keys
    assert sensor.minimum_interval_seconds == sensor_interval()


def test_every_table_materialization_has_row_count_schema_and_preview(seed_build):
    _, result = seed_build
    seen = set()
    for event in result.get_asset_materialization_events():
        name, metadata = event.materialization.asset_key.to_user_string(), event.materialization.metadata
        if name in TABLE_SCHEMAS:
            seen.add(name)
            assert {"dagster/row_count", "dagster/column_schema", "preview"} <= set(metadata), name
            assert metadata["preview"].value.startswith("| "), name
    assert seen == set(TABLE_SCHEMAS)


def test_every_schema_field_has_description_and_bounds():
    for name, model in TABLE_SCHEMAS.items():
        for col, spec in model.to_schema().columns.items():
            assert spec.description, f"{name}.{col}"
            assert spec.checks, f"{name}.{col} has no bounds"
        assert PRIMARY_KEYS[name] and name in FOREIGN_KEYS


# The columns the acceptance scorer reads (shared/acceptance/score.py): renaming one breaks every user's scoring.
SCORER_COLUMNS = {
    "articles": ("article_id", "source_file"),
    "personnel_counts": ("article_id", "evidence", "value_best", "value_low", "value_high", "qualifier",
                         "population", "status", "location_id", "period_start", "period_end"),
    "statements": ("article_id", "quote", "evidence", "speaker_name", "speaker_kind", "is_direct"),
    "locations": ("location_id", "name", "aliases"),
    "location_mentions": ("article_id", "location_id"),
    "entities": ("entity_id", "entity_type", "name", "aliases"),
    "entity_mentions": ("article_id", "entity_id"),
}


def test_schemas_keep_the_columns_the_scorer_reads():
    for name, cols in SCORER_COLUMNS.items():
        assert set(cols) <= set(TABLE_SCHEMAS[name].to_schema().columns), name


def test_typed_rows_follow_the_pandera_models():
    check_rows_follow_schemas()
    assert set(ROW_TYPES) <= set(ALL_SCHEMAS)


def test_relative_paths_are_anchored_on_the_project_root():
    res = build_resources(articles_dir="seeds", output_dir="outputs")
    assert res["article_source"].articles_path() == PROJECT_ROOT / "seeds"
    assert res["article_source"].sources_path() == PROJECT_ROOT / "seeds" / "sources.csv"
    assert res["output_store"].releases_dir() == PROJECT_ROOT / "outputs" / "releases"


def test_env_vars_configure_the_ui_resources(monkeypatch, tmp_path):
    monkeypatch.setenv("PIPELINE_OUTPUT_DIR", str(tmp_path))
    monkeypatch.delenv("PIPELINE_ARTICLES_DIR", raising=False)
    res = resources_from_env()
    assert isinstance(res["output_store"].output_dir, EnvVar)
    assert res["article_source"].articles_dir == str(PROJECT_ROOT / "seeds")
