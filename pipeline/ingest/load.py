"""Read a folder of articles into the `articles` and `rejected_inputs` tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.ingest.assemble import build_article
from pipeline.ingest.model import Rejection, SourceRow
from pipeline.ingest.reader import list_files, read_article
from pipeline.ingest.sources import match_sources, read_sources
from pipeline.progress import track
from schemas import TABLE_SCHEMAS

SOURCES_NAME = "sources.csv"
MAX_DETAIL_CHARS = 2000


def _sources(sources_csv: Path | None, files: list[str], default: Path) -> tuple[dict[str, SourceRow], list[Rejection]]:
    if sources_csv is None or (not sources_csv.exists() and sources_csv == default):
        return {}, []
    if not sources_csv.is_file():
        return {}, [Rejection(sources_csv.name, "sources_unreadable",
                              f"The metadata file '{sources_csv.name}' was given but does not exist; no metadata was used.")]
    rows, rejections = read_sources(sources_csv)
    matched, unmatched = match_sources(rows, files, sources_csv.name)
    return matched, rejections + unmatched


def _dedupe(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[Rejection]]:
    """Same cleaned text under two names: the first file name wins."""
    kept: dict[str, str] = {}
    unique, rejections = [], []
    for row in sorted(rows, key=lambda r: r["source_file"]):
        first = kept.setdefault(row["article_id"], row["source_file"])
        if first == row["source_file"]:
            unique.append(row)
        else:
            rejections.append(Rejection(row["source_file"], "duplicate",
                                        f"Same article text as '{first}', which was kept."))
    return unique, rejections


def _merge(rejections: list[Rejection]) -> list[tuple[str, str, str]]:
    """One row per (file, reason): a file is set aside once per cause, details joined."""
    details: dict[tuple[str, str], list[str]] = {}
    for r in rejections:
        seen = details.setdefault((r.file, r.reason), [])
        if r.detail not in seen:
            seen.append(r.detail)
    return [(file, reason, " ".join(d)[:MAX_DETAIL_CHARS]) for (file, reason), d in sorted(details.items())]


def load_articles(articles_dir: Path, sources_csv: Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (articles, rejected_inputs), sorted by file, columns in contract order."""
    articles_dir = Path(articles_dir)
    if sources_csv is None and (articles_dir / SOURCES_NAME).is_file():
        sources_csv = articles_dir / SOURCES_NAME
    sources_csv = Path(sources_csv) if sources_csv is not None else None
    files, rejections = list_files(articles_dir, (sources_csv,) if sources_csv else ())
    present = files + [r.file for r in rejections]
    matched, source_rejections = _sources(sources_csv, present, articles_dir / SOURCES_NAME)
    rejections += source_rejections
    rows = []
    for rel in track(files, "ingest", total=len(files)):
        raw = read_article(articles_dir, rel)
        built = raw if isinstance(raw, Rejection) else build_article(raw, matched.get(rel))
        (rejections.append if isinstance(built, Rejection) else rows.append)(built)
    rows, duplicates = _dedupe(rows)
    rejections += duplicates
    articles = pd.DataFrame(rows, columns=list(TABLE_SCHEMAS["articles"].to_schema().columns))
    rejected = pd.DataFrame(_merge(rejections), columns=list(TABLE_SCHEMAS["rejected_inputs"].to_schema().columns))
    return articles.reset_index(drop=True), rejected
