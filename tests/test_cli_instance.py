"""A command-line build is recorded in the Dagster instance the UI reads (DAGSTER_HOME)."""

import os
import subprocess
import sys

import pytest
from dagster import AssetCheckKey, AssetKey, DagsterInstance, DagsterRunStatus

from pipeline.instance import DEFAULT_HOME, instance_home, prepare_home
from pipeline.paths import DEFAULT_ARTICLES_DIR, PROJECT_ROOT
from schemas import TABLE_SCHEMAS

pytestmark = pytest.mark.build  # publishes releases or runs builds: the `build` lane

PUBLISHED = ("warehouse", "release", "charts")


def test_instance_home_is_dagster_home_else_the_project_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    assert instance_home() == tmp_path
    monkeypatch.setenv("DAGSTER_HOME", "some/where")
    assert instance_home() == PROJECT_ROOT / "some" / "where"  # the project root, never the CWD
    monkeypatch.delenv("DAGSTER_HOME")
    assert instance_home() == DEFAULT_HOME


def test_prepare_home_keeps_a_users_own_dagster_yaml(tmp_path):
    (tmp_path / "dagster.yaml").write_text("telemetry:\n  enabled: true\n")
    prepare_home(tmp_path)
    assert (tmp_path / "dagster.yaml").read_text() == "telemetry:\n  enabled: true\n"
    fresh = prepare_home(tmp_path / "new")
    assert (fresh / "dagster.yaml").read_bytes() == (PROJECT_ROOT / "dagster.yaml").read_bytes()


def test_readme_build_command_records_the_run_and_every_materialisation(tmp_path):
    home, out = tmp_path / "home", tmp_path / "out"
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT_ROOT), "DAGSTER_HOME": str(home)}
    proc = subprocess.run([sys.executable, "-m", "pipeline", "build", "--articles", str(DEFAULT_ARTICLES_DIR),
                           "--out", str(out)], capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert f"dagster instance: {home} (run " in proc.stdout
    with DagsterInstance.from_config(str(home)) as instance:
        runs = instance.get_runs()
        assert [run.status for run in runs] == [DagsterRunStatus.SUCCESS]
        run_id = runs[0].run_id
        assert run_id in proc.stdout
        for name in (*TABLE_SCHEMAS, *PUBLISHED):
            event = instance.get_latest_materialization_event(AssetKey(name))
            assert event is not None and event.run_id == run_id, name
        counts = instance.get_latest_materialization_event(AssetKey("personnel_counts")).asset_materialization
        assert counts.metadata["dagster/row_count"].value > 0
        key = AssetCheckKey(AssetKey("personnel_counts"), "schema")
        check = instance.event_log_storage.get_latest_asset_check_execution_by_key([key])[key]
        assert check.run_id == run_id and check.status.value == "SUCCEEDED"
    assert os.listdir(home)  # the instance's own files live in DAGSTER_HOME, not the CWD
    assert not [p for p in tmp_path.iterdir() if p.name not in ("home", "out")]
