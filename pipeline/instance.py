"""The Dagster instance shared by command-line builds and the UI, so the UI shows every build.

DAGSTER_HOME when set (relative values start at the project root), else the
project's default instance folder `.dagster_home/`. The project's `dagster.yaml`
is the instance configuration: it is copied into the default folder whenever it
changed, and into a DAGSTER_HOME folder only when that folder has none.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from dagster import DagsterInstance

from pipeline.event_log import with_engine_per_file
from pipeline.paths import PROJECT_ROOT
from pipeline.resources import anchored

DEFAULT_HOME = PROJECT_ROOT / ".dagster_home"
PROJECT_CONFIG = PROJECT_ROOT / "dagster.yaml"
CONFIG_NAME = "dagster.yaml"


def instance_home() -> Path:
    configured = os.environ.get("DAGSTER_HOME")
    return anchored(configured).resolve() if configured else DEFAULT_HOME


def prepare_home(home: Path | None = None) -> Path:
    """Create the instance folder and give it the project's dagster.yaml (see the module docstring)."""
    home = home or instance_home()
    home.mkdir(parents=True, exist_ok=True)
    config = home / CONFIG_NAME
    ours = PROJECT_CONFIG.read_bytes()
    if home == DEFAULT_HOME and config.is_file() and config.read_bytes() != ours:
        config.write_bytes(ours)
    elif not config.is_file():
        shutil.copyfile(PROJECT_CONFIG, config)
    return home


def open_instance(home: Path | None = None) -> DagsterInstance:
    """The persistent instance at `home` (default: instance_home()); use it as a context manager. Its SQLite
    event log keeps one engine per file (pipeline/event_log.py): the build stores hundreds of events."""
    return with_engine_per_file(DagsterInstance.from_config(str(prepare_home(home))))
