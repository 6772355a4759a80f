"""`dagster dev` as an analyst uses it: a run launched through the API publishes a release.

Runs last of the UI tests (file order) because its final test stops the shared server.
"""

import json
import os
import time

import pyarrow.parquet as pq
import pytest
from dagster import DagsterRunStatus
from dagster_graphql import DagsterGraphQLClient

from tests.ui_queries import wait_for_run
from tests.ui_server import group_is_gone, live_members

pytestmark = pytest.mark.ui


def test_server_starts_within_a_minute_and_answers_graphql(dagster_ui):
    assert dagster_ui.startup_s < 60
    info = dagster_ui.graphql("{ version }")
    assert info["version"]


def test_materialize_all_through_the_api_publishes_a_release(dagster_ui):
    client = DagsterGraphQLClient("127.0.0.1", port_number=dagster_ui.port)
    started = time.monotonic()
    run_id = client.submit_job_execution("__ASSET_JOB")
    assert wait_for_run(client, run_id) == DagsterRunStatus.SUCCESS
    print(f"run {run_id} succeeded in {time.monotonic() - started:.1f} s")

    index = json.loads((dagster_ui.output / "releases" / "index.json").read_text())
    entry = next(r for r in index["releases"] if r["version"] == index["latest"])
    folder = dagster_ui.output / "releases" / entry["path"]
    for name, rows in entry["tables"].items():
        assert pq.read_metadata(folder / f"{name}.parquet").num_rows == rows
    assert entry["tables"]["articles"] == len([p for p in dagster_ui.articles.glob("*.txt")])
    assert {"timeline.png", "places.png"} <= {p.name for p in (dagster_ui.output / "charts").iterdir()}


def test_server_stops_on_sigterm_to_its_process_group(dagster_ui):
    dagster_ui.wait_until_idle()  # stop the server, not a run the sensor is still writing
    pgid = os.getpgid(dagster_ui.process.pid)
    started = time.monotonic()
    code = dagster_ui.stop()
    assert group_is_gone(pgid), f"processes survived even SIGKILL: {live_members(pgid)}"
    # 0: dagster dev caught the signal and shut its webserver and daemon down itself (a kill gives -9, a bare
    # SIGTERM to a wrapper around it -15)
    assert code == 0, f"dagster dev did not shut down on SIGTERM (exit {code}); see {dagster_ui.home}/dagster-dev.log"
    if dagster_ui.stragglers:  # slow children under load are killed, and said so, rather than failing the run
        print(f"killed after the grace period: {[s[:60] for s in dagster_ui.stragglers]}")
    print(f"dagster dev stopped in {time.monotonic() - started:.1f} s (exit code {code})")
