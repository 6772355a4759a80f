"""Extraction engines: a process pool and a Dask cluster give exactly what one process gives."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from pipeline.extract import engines
from pipeline.extract.rows.corpus import extract_tables
from tests.conftest import build
from tests.test_article_cache import _articles, _same

pytestmark = pytest.mark.build  # starts worker processes or a cluster: the `build` lane


def test_pool_gives_the_in_process_tables(monkeypatch):
    articles = _articles(6)
    monkeypatch.setenv(engines.WORKERS_VARIABLE, "1")
    alone = extract_tables(articles)
    monkeypatch.setenv(engines.WORKERS_VARIABLE, "2")
    monkeypatch.setattr(engines, "MIN_POOLED", 0)  # pool even six articles
    progress: list[int] = []
    assert _same(extract_tables(articles, on_article=progress.append), alone)
    assert sum(progress) == 6


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def dask_cluster():
    """A scheduler and one single-threaded worker on 127.0.0.1, each in its own process group."""
    from distributed import Client

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    bin_dir = os.path.dirname(sys.executable)
    commands = [[f"{bin_dir}/dask", "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                [f"{bin_dir}/dask", "worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard"]]
    processes = []
    try:
        for command in commands:
            processes.append(subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL,
                                              stderr=subprocess.DEVNULL))
            time.sleep(0.5)  # the scheduler listens before the worker dials it
        with Client(address, timeout=60) as client:
            client.wait_for_workers(1, timeout=60)
            yield address, client
    finally:
        for process in reversed(processes):
            os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def _release_files(out) -> dict[str, bytes]:
    latest = out / "releases" / "latest"
    return {path.name: path.read_bytes() for path in sorted(latest.glob("*.parquet"))}


def test_a_build_on_a_dask_cluster_is_byte_identical(dask_cluster, seed_build, tmp_path, monkeypatch):
    address, client = dask_cluster
    assert not any(client.run(lambda: "pipeline.extract.rows.job" in sys.modules).values())
    monkeypatch.setenv(engines.SCHEDULER_VARIABLE, address)
    result = build(tmp_path / "out")
    assert result.success
    # The worker imported the extraction core: it ran the articles.
    assert all(client.run(lambda: "pipeline.extract.rows.job" in sys.modules).values())
    local_out, _local = seed_build
    assert _release_files(tmp_path / "out") == _release_files(local_out) and _release_files(local_out)
