"""A build killed while publishing leaves the previous release and warehouse intact; builds don't overlap."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from pipeline.cli import main
from pipeline.paths import DEFAULT_ARTICLES_DIR, PROJECT_ROOT
from pipeline.publish.atomic import PAUSE_AT_ENV, PAUSE_ENV, TRACE_ENV
from pipeline.publish.lock import build_lock
from pipeline.publish.transaction import JOURNAL
from pipeline.publish.verify import verify_path

pytestmark = pytest.mark.build  # whole-graph builds: the `build` lane

def _run_until(cmd, env, trace, kill_at: int) -> None:
    """Start a build and SIGKILL it when it reaches commit point `kill_at` of the publish stage."""
    proc = subprocess.Popen(cmd, env={**env, TRACE_ENV: str(trace), PAUSE_AT_ENV: str(kill_at)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        while not trace.exists() or len(trace.read_text().splitlines()) < kill_at:
            assert proc.poll() is None and time.monotonic() < deadline, "build ended before the kill point"
            time.sleep(0.1)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def _warehouse_rows(out) -> dict[str, int]:
    with duckdb.connect(str(out / "warehouse.duckdb"), read_only=True) as con:
        names = [row[0] for row in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY table_name").fetchall()]
        return {name: con.table(name).aggregate("count(*)").fetchall()[0][0] for name in names}


def test_killed_build_leaves_previous_release_intact(seed_build, tmp_path):
    out = shutil.copytree(seed_build[0], tmp_path / "out", ignore=shutil.ignore_patterns("intermediate"), symlinks=True)
    index_before = (out / "releases" / "index.json").read_bytes()
    warehouse_before = (out / "warehouse.duckdb").read_bytes()
    # --include-text changes the published schema, so this build really has something new to publish.
    cmd = [sys.executable, "-m", "pipeline", "build", "--articles", str(DEFAULT_ARTICLES_DIR),
           "--out", str(out), "--include-text"]
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT_ROOT), PAUSE_ENV: "60",
           "DAGSTER_HOME": os.environ["DAGSTER_HOME"]}
    _run_until(cmd, env, tmp_path / "trace", kill_at=1)  # the warehouse is staged, nothing is committed
    assert (out / "releases" / "index.json").read_bytes() == index_before
    assert (out / "warehouse.duckdb").read_bytes() == warehouse_before
    assert sorted(p.name for p in (out / "releases").iterdir() if not p.name.startswith(".")) == [
        "1.0.0", "index.json", "latest", "syria-iraq-personnel-1.0.0.zip"]
    assert os.readlink(out / "releases" / "latest") == "1.0.0"
    assert verify_path(out / "releases" / "1.0.0") == []
    assert json.loads(index_before)["latest"] == "1.0.0"
    with build_lock(out):  # the dead build's lock died with it
        pass


def test_build_killed_after_its_commit_point_is_finished_by_the_next(seed_build, tmp_path):
    """Killed between moving the release folder and moving the warehouse: the next build completes it."""
    out = shutil.copytree(seed_build[0], tmp_path / "out", ignore=shutil.ignore_patterns("intermediate"), symlinks=True)
    articles = shutil.copytree(DEFAULT_ARTICLES_DIR, tmp_path / "articles")
    first = sorted(articles.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nA later report said 40 soldiers returned to Syria.\n",
                     encoding="utf-8")
    cmd = [sys.executable, "-m", "pipeline", "build", "--articles", str(articles), "--out", str(out)]
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT_ROOT), PAUSE_ENV: "60",
           "DAGSTER_HOME": os.environ["DAGSTER_HOME"]}
    _run_until(cmd, env, tmp_path / "trace", kill_at=6)  # release folder and bundle moved, warehouse not yet
    assert (out / "releases" / JOURNAL).exists()
    assert main(["build", "--articles", str(articles), "--out", str(out)]) == 0
    index = json.loads((out / "releases" / "index.json").read_text())
    entry = next(r for r in index["releases"] if r["version"] == index["latest"])
    assert index["latest"] != "1.0.0" and entry["tables"] == {k: v for k, v in _warehouse_rows(out).items()
                                                              if k in entry["tables"]}
    assert verify_path(out / "releases" / index["latest"]) == []


def test_second_build_on_the_same_folder_is_refused(tmp_path, capsys):
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pipeline.publish.lock import build_lock\n"
         "with build_lock(sys.argv[1]):\n    print('held', flush=True); time.sleep(60)", str(tmp_path)],
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT_ROOT)}, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert main(["build", "--out", str(tmp_path)]) == 2
        err = capsys.readouterr().err
        assert "another build is writing to" in err and f"pid {holder.pid}" in err
    finally:
        holder.kill()
        holder.wait()
    assert not (tmp_path / "releases").exists()
