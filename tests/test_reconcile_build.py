"""Reconciliation on real builds: the December 2024 entry is one disputed estimate, and a copy of an article
under another outlet's name joins the original's story without adding an independent source."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.paths import DEFAULT_ARTICLES_DIR, PROJECT_ROOT
from tests.conftest import build
from tests.scoring import read_table

pytestmark = pytest.mark.build  # whole-graph builds: the `build` lane

OWN_ARTICLES = PROJECT_ROOT / "tests" / "fixtures" / "reconcile"
COPIED = "003_5534ab36bd3f4f34.txt"  # Kurdistan 24's report


def _latest(out: Path, name: str) -> pd.DataFrame:
    latest = json.loads((out / "releases" / "index.json").read_text())["latest"]
    return read_table(out / "releases" / latest / f"{name}.parquet")


def _folder(tmp_path: Path, *extra: Path, rows: tuple[str, ...] = ()) -> Path:
    """The seeds, plus `extra` files and sources.csv `rows`, in a fresh folder."""
    folder = tmp_path / "articles"
    shutil.copytree(DEFAULT_ARTICLES_DIR, folder)
    for path in extra:
        shutil.copy(path, folder / path.name)
    with (folder / "sources.csv").open("a", encoding="utf-8") as sources:
        sources.writelines(f"{row}\n" for row in rows)
    return folder


def december_entry(out: Path) -> tuple[pd.Series, pd.DataFrame]:
    """The `entered` estimate whose period covers 7-8 December 2024 and holds 2,493, and its claims."""
    estimates, counts = _latest(out, "estimates"), _latest(out, "personnel_counts")
    start, end = pd.to_datetime(estimates["period_start"]), pd.to_datetime(estimates["period_end"])
    covering = estimates[(estimates["status"] == "entered") & (start <= "2024-12-07") & (end >= "2024-12-08")]
    holding = counts[counts["estimate_id"].isin(covering["estimate_id"]) & (counts["value_best"] == 2493)]
    assert holding["estimate_id"].nunique() == 1, covering
    estimate = covering.set_index("estimate_id").loc[holding["estimate_id"].iloc[0]]
    return estimate, counts[counts["estimate_id"] == estimate.name]


def assert_december_entry(out: Path) -> pd.Series:
    estimate, claims = december_entry(out)
    assert {"2,493", "nearly 3,000", "more than 2,000"} <= set(claims["count_text"])
    assert "Turki Mohammed" in set(claims.loc[claims["count_text"] == "nearly 3,000", "origin_name"])
    assert estimate["agreement"] == "disputed"
    assert estimate["value_low"] <= 2001 and estimate["value_high"] >= 3000
    assert estimate["value_low"] <= estimate["value_best"] <= estimate["value_high"]
    assert estimate["n_sources"] >= 3 and estimate["n_sources"] == claims["origin"].nunique()
    return estimate


def test_the_december_entry_on_the_seeds(seed_build):
    out, result = seed_build
    assert result.success
    assert_december_entry(out)
    counts = _latest(out, "personnel_counts")
    assert counts["estimate_id"].notna().all()


def test_own_articles_join_the_december_entry_as_a_reader_would(tmp_path):
    rows = tuple((OWN_ARTICLES / "sources.csv").read_text(encoding="utf-8").splitlines()[1:])
    out = tmp_path / "out"
    assert build(out, _folder(tmp_path, *sorted(OWN_ARTICLES.glob("*.txt")), rows=rows)).success
    estimate, claims = december_entry(out)
    assert_december_entry(out)
    articles = _latest(out, "articles").set_index("source_file")
    # the wire story and its repost are one story and one source; the mayor quoted again is no new source
    assert articles.loc["rc_01_wire.txt", "story_id"] == articles.loc["rc_02_repost.txt", "story_id"]
    by_file = claims.merge(articles.reset_index()[["article_id", "source_file"]], on="article_id")
    wire = by_file[by_file["source_file"].isin(["rc_01_wire.txt", "rc_02_repost.txt"])]
    assert len(wire) == 2 and wire["origin"].nunique() == 1
    mayor = by_file.loc[by_file["count_text"] == "nearly 3,000", "origin"]
    assert mayor.nunique() == 1 and len(mayor) == 2
    assert estimate["n_outlets"] >= 4


def test_a_copy_under_another_outlets_name_joins_the_story_and_adds_no_source(seed_build, tmp_path):
    copy = tmp_path / "copy_of_003.txt"
    shutil.copy(DEFAULT_ARTICLES_DIR / COPIED, copy)
    out = tmp_path / "out"
    row = "copy_of_003.txt,BasNews,Exodus of Syrian Military Commanders to Iraq Sparks Controversy,,2025-02,en"
    assert build(out, _folder(tmp_path, copy, rows=(row,))).success
    articles = _latest(out, "articles").set_index("source_file")
    assert articles.loc["copy_of_003.txt", "outlet"] == "BasNews"
    assert articles.loc["copy_of_003.txt", "story_id"] == articles.loc[COPIED, "story_id"]
    assert articles.loc["copy_of_003.txt", "article_id"] != articles.loc[COPIED, "article_id"]
    before = _latest(seed_build[0], "estimates").set_index("estimate_id")
    after = _latest(out, "estimates").set_index("estimate_id")
    assert set(after.index) == set(before.index)
    assert (after.loc[before.index, "n_sources"] == before["n_sources"]).all()
    assert after["n_claims"].sum() > before["n_claims"].sum()
