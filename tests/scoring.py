"""Scoring a fixture set of annotated articles, shared by the held-out, other-caseload, meaning and
Arabic tests: extract it into a release-shaped folder, run the acceptance scorer, read its lines."""

from __future__ import annotations

import importlib.util
import io
import re
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.checks.set_aside import PUBLISHED_AS
from pipeline.extract.rows.corpus import extract_tables
from pipeline.ingest.load import load_articles

SCORER = Path(__file__).resolve().parents[2] / "shared" / "acceptance" / "score.py"


def extract_release(articles_dir: Path, gold: Path, out: Path) -> tuple[Path, dict[str, pd.DataFrame], pd.DataFrame]:
    """(folder, tables as read back from Parquet, articles) for one fixture set; every file is read."""
    articles, rejected = load_articles(articles_dir)
    assert rejected.empty, rejected.to_dict("records")
    assert len(articles) == len(list(gold.glob("*.json")))
    articles.to_parquet(out / "articles.parquet")
    for name, df in extract_tables(articles).items():
        # the figures as extracted are what personnel_counts publishes (reconcile adds origin and estimate)
        df.to_parquet(out / f"{PUBLISHED_AS.get(name, name)}.parquet")
    # Score what a user would get: the tables as read back from the Parquet files.
    return out, {p.stem: read_table(p) for p in out.glob("*.parquet") if p.stem != "articles"}, articles


def read_table(path: Path) -> pd.DataFrame:
    """A parquet file as a frame, read by its path: `pd.read_parquet` hands pyarrow a Python file object, whose
    reader threads can still be alive when the interpreter exits and abort it ("terminate called without an active
    exception", a few runs in twenty with pyarrow 26)."""
    return pq.read_table(path).to_pandas()


def acceptance_score(out: Path, gold: Path) -> list[str]:
    """The lines the acceptance scorer prints for a release folder against a gold folder (skips without it)."""
    if not SCORER.exists():
        pytest.skip(f"acceptance scorer not found at {SCORER}")
    spec = importlib.util.spec_from_file_location("acceptance_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    argv, sys.argv = sys.argv, ["score.py", str(out), str(gold)]
    buf = io.StringIO()
    try:
        with redirect_stdout(buf):
            module.main()
    finally:
        sys.argv = argv
    return buf.getvalue().strip().splitlines()


def below_floors(lines: list[str], floors: dict[str, float]) -> dict[str, float]:
    """The scorer's summary F1s that fall below their floors (empty when every floor holds)."""
    got = summary_of(lines)
    return {key: got[key] for key, floor in floors.items() if got[key] < floor}


def summary_of(lines: list[str]) -> dict[str, float]:
    return {k: float(v) for k, v in (kv.split("=") for kv in lines[-1].removeprefix("summary f1: ").split())}


def field_share(lines: list[str], field: str) -> float:
    """Share of matched figures whose `field` is right, from the scorer's counts line."""
    counts = next(line for line in lines if line.startswith("counts:"))
    right, total = map(int, re.search(rf"\b{field}=(\d+)/(\d+)", counts).groups())
    return right / total
