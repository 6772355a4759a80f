"""The build's SQLite event log keeps one engine per file and stores what Dagster's own does."""

from dagster import DagsterInstance, asset, materialize

from pipeline.event_log import EnginePerFileEventLog, with_engine_per_file


@asset
def small() -> int:
    return 1


def test_events_are_stored_and_read_back_through_one_engine_per_file(tmp_path):
    (tmp_path / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    with with_engine_per_file(DagsterInstance.from_config(str(tmp_path))) as instance:
        assert type(instance.event_log_storage) is EnginePerFileEventLog
        run_id = materialize([small], instance=instance).run_id
        first = instance.event_log_storage.__dict__["_engines_by_shard"][run_id]
        seen = [entry.dagster_event_type for entry in instance.all_logs(run_id)]
        assert len(seen) > 5 and instance.event_log_storage.__dict__["_engines_by_shard"][run_id] is first
    with DagsterInstance.from_config(str(tmp_path)) as plain:  # Dagster's own storage reads the same rows
        assert [entry.dagster_event_type for entry in plain.all_logs(run_id)] == seen
        assert plain.get_latest_materialization_event(small.key) is not None
