"""A scraped folder mixing the sample articles with one bad file of each kind builds end to end."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pandas as pd
import pytest

from pipeline.paths import DEFAULT_ARTICLES_DIR, PROJECT_ROOT
from tests.scoring import read_table
from tests.test_ingest_bad_inputs import _write

pytestmark = pytest.mark.build  # whole-graph builds: the `build` lane

def _build(articles, out, *extra) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", "build", "--articles", str(articles), "--out", str(out),
                           *extra], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    mixed = tmp_path_factory.mktemp("mixed")
    _write(mixed)
    for f in DEFAULT_ARTICLES_DIR.glob("*.txt"):
        shutil.copy(f, mixed / f.name)
    seed_rows = (DEFAULT_ARTICLES_DIR / "sources.csv").read_text(encoding="utf-8").splitlines()[1:]
    with open(mixed / "sources.csv", "a", encoding="utf-8") as fh:  # the seeds' rows under the messy header
        # A row whose path only shares a seed's file name comes first: it must not take the seed's metadata.
        fh.write(f"archive/{seed_rows[0].split(',', 1)[0]},Impostor,Wrong,,2001-01-01,en,\n")
        fh.writelines(line.rstrip("\r") + ",\n" if not line.endswith(",") else line + "\n" for line in seed_rows)
    out_mixed, out_seeds = tmp_path_factory.mktemp("out_mixed"), tmp_path_factory.mktemp("out_seeds")
    return mixed, out_mixed, _build(mixed, out_mixed), _build(DEFAULT_ARTICLES_DIR, out_seeds), out_seeds


def _latest(out, table: str) -> pd.DataFrame:
    import json
    latest = json.loads((out / "releases" / "index.json").read_text())["latest"]
    return read_table(out / "releases" / latest / f"{table}.parquet")


def test_mixed_folder_builds_and_says_what_was_set_aside(builds):
    _, out_mixed, mixed, _, _ = builds
    assert mixed.returncode == 0, mixed.stderr
    rejected = _latest(out_mixed, "rejected_inputs")
    assert len(rejected) >= 8 and rejected["detail"].str.len().min() > 20
    assert f"inputs set aside: {len(rejected)}" in mixed.stdout


def test_the_sample_articles_rows_are_as_before(builds):
    _, out_mixed, _, seeds, out_seeds = builds
    assert seeds.returncode == 0, seeds.stderr
    alone = _latest(out_seeds, "personnel_counts")
    together = _latest(out_mixed, "personnel_counts")
    together = together[together.article_id.isin(alone.article_id)]
    pd.testing.assert_frame_equal(alone.reset_index(drop=True), together.reset_index(drop=True))


def test_strict_mode_turns_set_aside_inputs_into_exit_code_3(builds, tmp_path):
    mixed_dir = builds[0]
    strict = _build(mixed_dir, tmp_path / "out", "--strict")
    assert strict.returncode == 3 and "set aside" in strict.stderr


def test_nothing_outside_the_folder_is_read_and_every_entry_is_accounted_for(builds):
    _mixed, out_mixed, *_ = builds
    import duckdb
    with duckdb.connect(str(out_mixed / "warehouse.duckdb"), read_only=True) as con:
        leaked = con.execute("SELECT count(*) FROM articles WHERE text LIKE ? OR raw_text LIKE ? OR text LIKE ?",
                             ["%SECRET-OUTSIDE%", "%SECRET-OUTSIDE%", "%root:x:0%"]).fetchone()[0]
        files = {r[0] for r in con.execute("SELECT source_file FROM articles UNION SELECT file FROM rejected_inputs").fetchall()}
    assert leaked == 0
    for name in ("leak.txt", "passwd.txt", "linked_dir", "pipe.txt", "sock.txt", "hidden.txt", "french.txt"):
        assert name in files


def test_seed_metadata_is_as_in_a_seeds_only_build(builds):
    _, out_mixed, _, _, out_seeds = builds
    cols = ["article_id", "source_file", "outlet", "title", "url", "published_date", "language", "raw_sha256"]
    alone = _latest(out_seeds, "articles")[cols]
    together = _latest(out_mixed, "articles")[cols]
    together = together[together.article_id.isin(alone.article_id)]
    pd.testing.assert_frame_equal(alone.reset_index(drop=True), together.reset_index(drop=True))


def test_hidden_characters_give_the_right_figures(builds):
    _, out_mixed, *_ = builds
    articles = _latest(out_mixed, "articles")
    hidden = articles.loc[articles.source_file == "hidden.txt", "article_id"].item()
    counts = _latest(out_mixed, "personnel_counts")
    assert sorted(counts.loc[counts.article_id == hidden, "value_best"]) == [750, 2493]
