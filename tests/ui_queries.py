"""GraphQL questions the UI tests ask the shared `dagster dev`: sensor cursor, runs, materializations."""

from __future__ import annotations

import time

from dagster import DagsterRunStatus
from dagster_graphql import DagsterGraphQLClient

from tests.ui_server import DagsterDev

RUN_TIMEOUT_S = 240
FINISHED = (DagsterRunStatus.SUCCESS, DagsterRunStatus.FAILURE, DagsterRunStatus.CANCELED)


def wait_for_run(client: DagsterGraphQLClient, run_id: str, timeout: float = RUN_TIMEOUT_S) -> DagsterRunStatus:
    deadline = time.monotonic() + timeout
    while (status := client.get_run_status(run_id)) not in FINISHED:
        if time.monotonic() > deadline:
            raise TimeoutError(f"run {run_id} not finished after {timeout} s")
        time.sleep(1)
    return status


def sensor_cursor(server: DagsterDev, sensor: str = "articles_changed") -> str | None:
    """The sensor's stored cursor (None until its first tick has run)."""
    data = server.graphql(
        """query($selector: SensorSelector!) { sensorOrError(sensorSelector: $selector) {
             ... on Sensor { sensorState { status typeSpecificData { ... on SensorData { lastCursor } } } } } }""",
        {"selector": {"repositoryLocationName": "syria_iraq_personnel", "repositoryName": "__repository__",
                      "sensorName": sensor}})
    state = data["sensorOrError"]["sensorState"]
    return state["typeSpecificData"]["lastCursor"]


def runs_tagged(server: DagsterDev, key: str, value: str) -> list[dict]:
    data = server.graphql(
        """query($filter: RunsFilter) { runsOrError(filter: $filter) { ... on Runs { results { runId status } } } }""",
        {"filter": {"tags": [{"key": key, "value": value}]}})
    return data["runsOrError"]["results"]


def latest_materialization(server: DagsterDev, asset: str) -> str | None:
    data = server.graphql(
        """query($key: AssetKeyInput!) { assetOrError(assetKey: $key) {
             ... on Asset { assetMaterializations(limit: 1) { runId } } } }""", {"key": {"path": [asset]}})
    found = (data["assetOrError"] or {}).get("assetMaterializations") or []
    return found[0]["runId"] if found else None


def materialization_runs(server: DagsterDev, asset: str, limit: int = 20) -> list[str]:
    """Run ids of the asset's latest materialisations, newest first."""
    data = server.graphql(
        """query($key: AssetKeyInput!, $limit: Int) { assetOrError(assetKey: $key) {
             ... on Asset { assetMaterializations(limit: $limit) { runId } } } }""",
        {"key": {"path": [asset]}, "limit": limit})
    return [m["runId"] for m in (data["assetOrError"] or {}).get("assetMaterializations") or []]


def ensure_materialized(server: DagsterDev, asset: str, timeout: float = RUN_TIMEOUT_S) -> None:
    """Run all assets once unless `asset` already has a materialization (tests may run alone)."""
    if latest_materialization(server, asset):
        return
    client = DagsterGraphQLClient("127.0.0.1", port_number=server.port)
    run_id = client.submit_job_execution("__ASSET_JOB")
    status = wait_for_run(client, run_id, timeout)
    assert status == DagsterRunStatus.SUCCESS, f"run {run_id} ended {status}"
