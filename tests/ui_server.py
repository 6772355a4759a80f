"""A real `dg dev` for the UI tests, started by the README's `python -m pipeline dev`: temp instance, temp
folders, its own process group, launched as a shell's background job is (SIGINT ignored).

One server per test session (started lazily by the `dagster_ui` fixture) serves the
server, sensor and browser tests; starting it takes ~10 s, a run ~30 s.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests
import yaml

from pipeline.paths import DEFAULT_ARTICLES_DIR, PROJECT_ROOT

START_TIMEOUT_S = 90
# dagster dev stops in 2-5 s; the wait before SIGKILL is a margin for a loaded machine, not a speed the test asserts
STOP_TIMEOUT_S = 40
SENSOR_INTERVAL_S = 5
# a run queued just before the idle check is launched within the queue daemon's next ticks: two sensor intervals
IDLE_SETTLE_S = 2 * SENSOR_INTERVAL_S


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _absolute_base_dirs(node, home: Path):
    # The repo's dagster.yaml uses paths relative to the CWD; a test instance lives in `home`.
    if isinstance(node, dict):
        return {k: (str(home / Path(v).name) if k == "base_dir" else _absolute_base_dirs(v, home))
                for k, v in node.items()}
    return node


def write_instance(home: Path) -> None:
    config = yaml.safe_load((PROJECT_ROOT / "dagster.yaml").read_text())
    (home / "dagster.yaml").write_text(yaml.safe_dump(_absolute_base_dirs(config, home)))


@dataclass
class DagsterDev:
    home: Path
    articles: Path
    output: Path
    port: int
    process: subprocess.Popen | None = None
    stragglers: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        env = {**os.environ, "DAGSTER_HOME": str(self.home), "PIPELINE_ARTICLES_DIR": str(self.articles),
               "PIPELINE_OUTPUT_DIR": str(self.output), "PIPELINE_SENSOR_INTERVAL_S": str(SENSOR_INTERVAL_S)}
        log = (self.home / "dagster-dev.log").open("wb")
        # Own session = own process group: SIGTERM reaches the webserver, daemon and code server.
        with as_background_job():
            self.process = subprocess.Popen(
                [sys.executable, "-m", "pipeline", "dev", "--port", str(self.port)],
                cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

    def wait_ready(self, timeout: float = START_TIMEOUT_S) -> float:
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"dagster dev exited early; see {self.home / 'dagster-dev.log'}")
            try:
                if requests.get(f"{self.url}/server_info", timeout=2).ok:
                    return time.monotonic() - started
            except requests.RequestException:
                pass
            time.sleep(0.5)
        raise TimeoutError(f"dagster dev did not answer within {timeout} s")

    def graphql(self, query: str, variables: dict | None = None) -> dict:
        response = requests.post(f"{self.url}/graphql", json={"query": query, "variables": variables or {}}, timeout=30)
        response.raise_for_status()
        return response.json()["data"]

    def wait_until_idle(self, timeout_s: float = 120) -> None:
        """Wait (bounded) until no run has been queued or in progress for a settling period: a sensor-triggered
        run may still be writing, and a run a browser test asked for may reach the queue a few seconds late."""
        query = ("query { runsOrError(filter: {statuses: [QUEUED, NOT_STARTED, STARTING, STARTED, CANCELING]}) "
                 "{ ... on Runs { results { runId } } } }")
        deadline = time.monotonic() + timeout_s
        idle_since = None
        while time.monotonic() < deadline:
            if self.graphql(query)["runsOrError"]["results"]:
                idle_since = None
            elif idle_since is None:
                idle_since = time.monotonic()
            elif time.monotonic() - idle_since >= IDLE_SETTLE_S:
                return
            time.sleep(1)

    def stop(self) -> int | None:
        """SIGTERM to the process group, then SIGKILL for whatever lingers; returns the parent's exit code.

        The parent (dagster dev) exits on SIGTERM; its webserver, daemon and code server follow, some slowly
        when the machine is busy. Whatever is still alive after a grace period is killed and recorded in
        `self.stragglers`, so a test run never leaves a server behind.
        """
        if self.process is None or self.process.poll() is not None:
            return None if self.process is None else self.process.returncode
        pgid = os.getpgid(self.process.pid)
        os.killpg(pgid, signal.SIGTERM)
        try:
            code = self.process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(pgid, signal.SIGKILL)
            code = self.process.wait(timeout=STOP_TIMEOUT_S)
        deadline = time.monotonic() + STOP_TIMEOUT_S
        while not group_is_gone(pgid) and time.monotonic() < deadline:
            time.sleep(0.2)
        self.stragglers = live_members(pgid)
        if self.stragglers:
            os.killpg(pgid, signal.SIGKILL)
            deadline = time.monotonic() + 5
            while not group_is_gone(pgid) and time.monotonic() < deadline:
                time.sleep(0.1)
        return code


@contextmanager
def as_background_job():
    """Children started inside inherit an ignored SIGINT, as `cmd &` in a script or a CI step gives them. A
    `dg dev` started so once ignored SIGTERM (pipeline/dev_server.py); the stop test holds it to stopping."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def live_members(pgid: int) -> list[str]:
    """Command lines of the group's processes that are alive (zombies have exited: they do not count)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid and fields[0] != "Z":
                out.append((stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"))
        except (OSError, IndexError, ValueError):
            continue
    return out


def group_is_gone(pgid: int) -> bool:
    """No live process left in the group. Zombies do not count: they have exited, and in a container
    whose PID 1 does not reap orphans they would otherwise linger for ever."""
    return not live_members(pgid)


@pytest.fixture(scope="session")
def dagster_ui(tmp_path_factory):
    root = tmp_path_factory.mktemp("dagster_ui")
    server = DagsterDev(home=root / "home", articles=root / "articles", output=root / "out", port=free_port())
    server.home.mkdir()
    server.output.mkdir()
    shutil.copytree(DEFAULT_ARTICLES_DIR, server.articles)
    write_instance(server.home)
    server.start()
    try:
        server.startup_s = server.wait_ready()
        yield server
    finally:
        server.stop()
        assert server.process.poll() is not None, "dagster dev still running after SIGTERM/SIGKILL"

