"""The sensor: a new article dropped into the watched folder yields a new release, untouched by hand.

Unit tests of the fingerprints run in milliseconds; the last test uses the shared `dagster dev`.
"""

import json
import shutil
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline.automation.fingerprints import describe_changes, folder_fingerprints
from pipeline.automation.sensor import INTERVAL_ENV, sensor_interval
from tests.scoring import read_table
from tests.ui_queries import runs_tagged, sensor_cursor

pytestmark = pytest.mark.build  # whole-graph builds: the `build` lane

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
NEW_ARTICLE = "h01_reuters.txt"
RELEASE_TIMEOUT_S = 150


def test_fingerprints_change_with_content_not_with_touch(tmp_path):
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / ".hidden").write_text("ignored")
    before = folder_fingerprints(tmp_path)
    assert list(before) == ["a.txt"]
    (tmp_path / "a.txt").touch()
    assert folder_fingerprints(tmp_path) == before
    (tmp_path / "a.txt").write_text("two")
    (tmp_path / "b.txt").write_text("new")
    assert describe_changes(before, folder_fingerprints(tmp_path)) == {
        "added": ["b.txt"], "changed": ["a.txt"], "removed": []}


def test_interval_defaults_to_30_s_and_follows_the_env_var(monkeypatch):
    monkeypatch.delenv(INTERVAL_ENV, raising=False)
    assert sensor_interval() == 30
    monkeypatch.setenv(INTERVAL_ENV, "5")
    assert sensor_interval() == 5


def _latest_articles(output: Path) -> set[str]:
    index = output / "releases" / "index.json"
    if not index.exists():
        return set()
    data = json.loads(index.read_text())
    entry = next(r for r in data["releases"] if r["version"] == data["latest"])
    return set(read_table(output / "releases" / entry["path"] / "articles.parquet")["source_file"])


@pytest.mark.ui
def test_new_article_produces_a_new_release_without_any_other_action(dagster_ui):
    deadline = time.monotonic() + 60
    while sensor_cursor(dagster_ui) is None:  # the first tick records the folder as it is
        assert time.monotonic() < deadline, "sensor never ticked: is the daemon running and the sensor on?"
        time.sleep(1)
    assert NEW_ARTICLE not in _latest_articles(dagster_ui.output)

    sources = pd.read_csv(HELDOUT / "sources.csv", dtype=str)
    row = sources[sources["file"] == NEW_ARTICLE]
    row.to_csv(dagster_ui.articles / "sources.csv", mode="a", header=False, index=False)
    shutil.copy(HELDOUT / NEW_ARTICLE, dagster_ui.articles / NEW_ARTICLE)

    started = time.monotonic()
    while NEW_ARTICLE not in _latest_articles(dagster_ui.output):
        assert time.monotonic() - started < RELEASE_TIMEOUT_S, "no release with the new article in time"
        time.sleep(2)
    print(f"release with {NEW_ARTICLE} published {time.monotonic() - started:.1f} s after the drop")
    assert runs_tagged(dagster_ui, "pipeline/trigger", "articles_changed")
