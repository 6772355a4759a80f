"""A build killed while publishing leaves the previous release and warehouse intact; builds don't overlap."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from pipeline.cli import main
from pipeline.paths import DEFAULT_ARTICLES_DIR, PROJECT_ROOT
from pipeline.publish.atomic import PAUSE_ENV
from pipeline.publish.lock import build_lock
from pipeline.publish.verify import verify_path

pytestmark = pytest.mark.build  # whole-graph builds: the `build` lane

def _publishing_started(out) -> bool:
    """The first trace of the publish stage: a staging folder or a temp warehouse file."""
    return any(p.name.startswith(".stage-") for p in (out / "releases").iterdir()) or any(
        p.name.startswith(".warehouse.duckdb-") for p in out.iterdir())


def test_killed_build_leaves_previous_release_intact(seed_build, tmp_path):
    out = shutil.copytree(seed_build[0], tmp_path / "out", ignore=shutil.ignore_patterns("intermediate"), symlinks=True)
    index_before = (out / "releases" / "index.json").read_bytes()
    warehouse_before = (out / "warehouse.duckdb").read_bytes()
    # --include-text changes the published schema, so this build really has something new to publish.
    cmd = [sys.executable, "-m", "pipeline", "build", "--articles", str(DEFAULT_ARTICLES_DIR),
           "--out", str(out), "--include-text"]
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT_ROOT), PAUSE_ENV: "60",
           "DAGSTER_HOME": os.environ["DAGSTER_HOME"]}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not _publishing_started(out):
            assert proc.poll() is None and time.monotonic() < deadline, "build ended before publishing"
            time.sleep(0.1)
        time.sleep(0.5)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert (out / "releases" / "index.json").read_bytes() == index_before
    assert (out / "warehouse.duckdb").read_bytes() == warehouse_before
    assert sorted(p.name for p in (out / "releases").iterdir() if not p.name.startswith(".")) == [
        "1.0.0", "index.json", "latest", "syria-iraq-personnel-1.0.0.zip"]
    assert os.readlink(out / "releases" / "latest") == "1.0.0"
    assert verify_path(out / "releases" / "1.0.0") == []
    assert json.loads(index_before)["latest"] == "1.0.0"
    with build_lock(out):  # the dead build's lock died with it
        pass


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
