"""A build after one article was added, edited or removed extends the last build's extraction tables
(`pipeline/extract/extend.py`) and gives the same tables, CSV copies and charts, byte for byte, as a fresh
build of the same folder; the same bundle members, and the same rows in dataset.duckdb and the warehouse."""

from __future__ import annotations

import csv
import shutil
import zipfile
from pathlib import Path

import duckdb
import pytest

import pipeline.extract_step as extract_step
from pipeline.paths import DEFAULT_ARTICLES_DIR
from pipeline.publish.datapackage import PACKAGE
from tests.conftest import build

pytestmark = pytest.mark.build
HELD_BACK = "004_ace763b708bf3151.txt"
EDITED = "001_d7c0092e387a85d0.txt"
REMOVED = "002_d816d2135e05ab6b.txt"
# Files a release writes from its version and the previous release, not from the tables.
VERSIONED = {"CHANGELOG.md", "README.md", "CITATION.cff", "datapackage.json", "SHA256SUMS", "dataset.duckdb",
             "changes.parquet", "csv/changes.csv"}


def _copy_seeds(folder: Path, without: str) -> None:
    shutil.copytree(DEFAULT_ARTICLES_DIR, folder)
    _remove(folder, without)


def _remove(folder: Path, name: str) -> None:
    (folder / name).unlink()
    with (folder / "sources.csv").open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.reader(handle) if row[0] != name]
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)


def _database(path: Path) -> dict[str, list]:
    """Every table's rows in their stored order, its columns and their comments, and the views."""
    with duckdb.connect(str(path), read_only=True) as con:
        names = [name for (name,) in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        return {**{name: con.execute(f'SELECT * FROM "{name}"').fetchall() for name in names},
                "columns": con.execute("SELECT table_name, column_name, data_type, comment FROM duckdb_columns() "
                                       "ORDER BY table_name, column_index").fetchall(),
                "views": con.execute("SELECT view_name, sql, comment FROM duckdb_views() WHERE NOT internal "
                                     "ORDER BY 1").fetchall()}


def _table_files(out: Path) -> dict[str, object]:
    release = (out / "releases" / "latest").resolve()
    files: dict[str, object] = {str(p.relative_to(release)): p.read_bytes() for p in sorted(release.rglob("*"))
                                if p.is_file() and str(p.relative_to(release)) not in VERSIONED}
    with zipfile.ZipFile(out / "releases" / f"{PACKAGE['name']}-{release.name}.zip") as bundle:
        files.update({f"bundle:{name.split('/', 1)[1]}": bundle.read(name) for name in bundle.namelist()
                      if name.split("/", 1)[1] not in VERSIONED})
    files["dataset.duckdb"], files["warehouse.duckdb"] = _database(release / "dataset.duckdb"), _database(
        out / "warehouse.duckdb")
    return files


def _fresh(articles: Path, out: Path) -> dict[str, object]:
    assert build(out, shutil.copytree(articles, out.parent / f"{out.name}_articles")).success
    return _table_files(out)


@pytest.fixture
def extended(monkeypatch) -> list[bool]:
    """Whether each build's extract step extended the last tables (True) or built them whole (False)."""
    calls, real = [], extract_step.extended

    def recording(*args):
        done = real(*args)
        calls.append(done is not None)
        return done

    monkeypatch.setattr(extract_step, "extended", recording)
    return calls


def test_an_added_edited_and_removed_article_give_the_files_of_a_fresh_build(tmp_path, extended):
    articles, out = tmp_path / "articles", tmp_path / "out"
    _copy_seeds(articles, without=HELD_BACK)
    assert build(out, articles).success
    shutil.copy(DEFAULT_ARTICLES_DIR / HELD_BACK, articles / HELD_BACK)  # added (its sources.csv row too)
    shutil.copy(DEFAULT_ARTICLES_DIR / "sources.csv", articles / "sources.csv")
    assert build(out, articles).success
    assert _table_files(out) == _fresh(articles, tmp_path / "fresh_added")
    edited = articles / EDITED
    edited.write_text(edited.read_text(encoding="utf-8") + "\nAbout 300 Syrian soldiers crossed at Al-Qaim on "
                      "Friday, an Iraqi border official said.\n", encoding="utf-8")
    assert build(out, articles).success
    assert _table_files(out) == _fresh(articles, tmp_path / "fresh_edited")
    _remove(articles, REMOVED)
    assert build(out, articles).success
    assert _table_files(out) == _fresh(articles, tmp_path / "fresh_removed")
    # The first build and the fresh ones had no last tables; each change after the first extended them.
    assert extended == [False, True, False, True, False, True, False]


def test_rows_made_by_other_code_are_not_kept(tmp_path, extended, monkeypatch):
    articles, out = tmp_path / "articles", tmp_path / "out"
    _copy_seeds(articles, without=HELD_BACK)
    assert build(out, articles).success
    shutil.copy(DEFAULT_ARTICLES_DIR / HELD_BACK, articles / HELD_BACK)
    monkeypatch.setattr(extract_step, "code_fingerprint", lambda: "a rule table edited since")
    assert build(out, articles).success
    assert extended == [False, False]
