"""Versions follow what changed: one article added -> MINOR listing its rows; a correction -> PATCH."""

import json
import shutil

import pyarrow.parquet as pq
import pytest

from pipeline.paths import DEFAULT_ARTICLES_DIR
from tests.conftest import build

pytestmark = pytest.mark.build  # whole-graph builds: the `build` lane

NEW_ARTICLE = "004_ace763b708bf3151.txt"
ARTICLE_TABLES = ("personnel_counts", "statements", "location_mentions", "entity_mentions")


def _copy_seeds(dest, without=None):
    dest.mkdir()
    for path in DEFAULT_ARTICLES_DIR.iterdir():
        if path.name != without and path.name != "sources.csv":
            shutil.copy(path, dest / path.name)
    lines = (DEFAULT_ARTICLES_DIR / "sources.csv").read_text().splitlines(keepends=True)
    (dest / "sources.csv").write_text("".join(line for line in lines if not (without and line.startswith(without))))


def _latest(out):
    index = json.loads((out / "releases" / "index.json").read_text())
    return index["latest"], out / "releases" / index["latest"]


def _changes(folder):
    return pq.read_table(folder / "changes.parquet").to_pylist()


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """Build 1: seeds without one article. Build 2: that article added. Build 3: one outlet corrected."""
    with pytest.MonkeyPatch.context() as mp:
        # Charts are not under test here and cost ~1.5 s a build: draw nothing.
        mp.setattr("pipeline.publish.chart_asset.render_charts", lambda tables, only=None: {})
        return _history(tmp_path_factory.mktemp("history"))


def _history(root):
    arts, out = root / "articles", root / "out"
    _copy_seeds(arts, without=NEW_ARTICLE)
    steps = []
    assert build(out, arts).success
    steps.append(_latest(out))
    shutil.copy(DEFAULT_ARTICLES_DIR / NEW_ARTICLE, arts / NEW_ARTICLE)
    shutil.copy(DEFAULT_ARTICLES_DIR / "sources.csv", arts / "sources.csv")
    assert build(out, arts).success
    steps.append(_latest(out))
    sources = arts / "sources.csv"
    sources.write_text(sources.read_text().replace("Kurdistan 24", "Kurdistan24"))
    assert build(out, arts).success
    steps.append(_latest(out))
    return steps


def test_versions_are_computed_from_the_changes(history):
    assert [version for version, _ in history] == ["1.0.0", "1.1.0", "1.1.1"]


def test_added_article_is_a_minor_release_listing_exactly_its_rows(history):
    _, folder = history[1]
    article_id = pq.read_table(folder / "articles.parquet").to_pandas().set_index("source_file").loc[
        NEW_ARTICLE, "article_id"]
    changes = _changes(folder)
    assert not [c for c in changes if c["change"] == "removed"]
    added = {(c["table"], c["row_id"]) for c in changes if c["change"] == "added"}
    assert ("articles", article_id) in {a for a in added if a[0] == "articles"} == {("articles", article_id)}
    changelog = (folder / "CHANGELOG.md").read_text()
    assert "Changes since 1.0.0 (minor release)" in changelog and f"`{article_id}`" in changelog
    for name in ARTICLE_TABLES:
        rows = pq.read_table(folder / f"{name}.parquet").to_pandas()
        key = rows.columns[0]
        expected = set(rows.loc[rows["article_id"] == article_id, key])
        assert {r for t, r in added if t == name} == expected, name
        assert f"## {name}\n\n- added: {len(expected)}, removed: 0, changed: 0" in changelog
    # Resolved entities/places may gain aliases from the new article, estimates its claims: a change, never a loss.
    assert {c["table"] for c in changes if c["change"] == "changed"} <= {"entities", "locations", "estimates"}


def test_corrected_metadata_is_a_patch_release_listing_the_row_as_changed(history):
    _, folder = history[2]
    changes = _changes(folder)
    assert [(c["table"], c["change"], c["changed_columns"]) for c in changes] == [
        ("articles", "changed", ["outlet"])]
    assert "(patch release)" in (folder / "CHANGELOG.md").read_text()
    package = json.loads((folder / "datapackage.json").read_text())
    assert package["version"] == "1.1.1" and package["changes"]["level"] == "patch"
