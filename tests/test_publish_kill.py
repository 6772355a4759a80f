"""A publish killed at any commit point: the warehouse and index.json agree once the next build recovers.

The publisher runs in a child process that pauses at every commit point; the
test kills it at the 1st, 2nd, ... point in turn. Before recovery the last good
state is untouched unless the journal was written; after recovery (what every
build does first) the warehouse holds exactly the release index.json names.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from pipeline.paths import PROJECT_ROOT
from pipeline.publish.atomic import PAUSE_AT_ENV, PAUSE_ENV, TRACE_ENV
from pipeline.publish.lock import build_lock
from pipeline.publish.transaction import JOURNAL, recover_publish
from pipeline.publish.verify import verify_path

pytestmark = pytest.mark.build  # publishes releases or runs builds: the `build` lane

PUBLISH = """
import sys
from pathlib import Path
import pandas as pd
from pipeline.publish.arrow import to_arrow
from pipeline.publish.duckdb_store import write_duckdb
from pipeline.publish.release import publish_release
from pipeline.publish.transaction import pending_dir
from schemas import TABLE_SCHEMAS
from schemas.conform import conform
from tests.conftest import sample_tables

out, copies = Path(sys.argv[1]), int(sys.argv[2])
tables = sample_tables()
extra = tables["rejected_inputs"].iloc[[0] * copies].assign(file=[f"x{i}.txt" for i in range(copies)])
tables["rejected_inputs"] = conform("rejected_inputs", pd.concat([tables["rejected_inputs"], extra]))
staged = pending_dir(out / "releases", "run") / "warehouse.duckdb"
write_duckdb(staged, {n: to_arrow(n, tables[n]) for n in TABLE_SCHEMAS})
publish_release(out / "releases", tables, warehouse=(staged, out / "warehouse.duckdb"), token="run")
"""
COMMIT_POINTS = 7  # staged warehouse, pending index, journal, then four moves


def _publish(out, copies: int, env_extra: dict | None = None) -> subprocess.Popen:
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT_ROOT), "DAGSTER_HOME": os.environ["DAGSTER_HOME"],
           **(env_extra or {})}
    return subprocess.Popen([sys.executable, "-c", PUBLISH, str(out), str(copies)], cwd=PROJECT_ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def _state(out) -> tuple[str, int, int]:
    """(latest version, rejected_inputs rows in index.json, rejected_inputs rows in the warehouse)."""
    index = json.loads((out / "releases" / "index.json").read_text())
    entry = next(r for r in index["releases"] if r["version"] == index["latest"])
    with duckdb.connect(str(out / "warehouse.duckdb"), read_only=True) as con:
        rows = con.execute("SELECT count(*) FROM rejected_inputs").fetchone()[0]
    return index["latest"], entry["tables"]["rejected_inputs"], rows


@pytest.fixture(scope="module")
def published_once(tmp_path_factory):
    out = tmp_path_factory.mktemp("first")
    first = _publish(out, 0)
    assert first.wait(timeout=300) == 0, first.stderr.read()
    return out


@pytest.mark.parametrize("kill_at", range(1, COMMIT_POINTS + 1))
def test_warehouse_and_index_agree_after_a_kill_at_every_commit_point(published_once, tmp_path, kill_at):
    tmp_path = shutil.copytree(published_once, tmp_path / "out", symlinks=True)
    before = _state(tmp_path)
    trace = tmp_path / "trace"
    proc = _publish(tmp_path, 2, {PAUSE_ENV: "60", TRACE_ENV: str(trace), PAUSE_AT_ENV: str(kill_at)})
    try:
        deadline = time.monotonic() + 240
        while not trace.exists() or len(trace.read_text().splitlines()) < kill_at:
            assert proc.poll() is None and time.monotonic() < deadline, "publish ended before the kill point"
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    if not (tmp_path / "releases" / JOURNAL).exists():
        assert _state(tmp_path) == before  # not committed: the last good state is untouched
    with build_lock(tmp_path):
        recover_publish(tmp_path / "releases")
    version, index_rows, warehouse_rows = _state(tmp_path)
    assert index_rows == warehouse_rows
    assert (version, index_rows) in {before[:2], ("1.1.0", 3)}
    assert verify_path(tmp_path / "releases" / version) == []
    assert not [p.name for p in (tmp_path / "releases").iterdir() if p.name.startswith(".")]


def test_the_kill_points_are_all_reached(published_once, tmp_path):
    """Without a kill the publish passes exactly COMMIT_POINTS points, so the test above covers each one."""
    out = shutil.copytree(published_once, tmp_path / "out", symlinks=True)
    proc = _publish(out, 2, {TRACE_ENV: str(out / "trace")})
    assert proc.wait(timeout=300) == 0, proc.stderr.read()
    assert len((out / "trace").read_text().splitlines()) == COMMIT_POINTS
    assert _state(out)[1:] == (3, 3)
