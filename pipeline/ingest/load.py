"""Read a folder of articles into the `articles` and `rejected_inputs` tables."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from pipeline.cache.entries import EntryStore
from pipeline.ingest.assemble import article_id
from pipeline.ingest.files import SIGNATURE, built_files
from pipeline.ingest.folder_read import SOURCES_NAME, FolderRead, folder_key, read_folder
from pipeline.ingest.model import Rejection, SourceRow
from pipeline.ingest.source_match import match_sources
from pipeline.ingest.sources import read_sources
from pipeline.ingest.stories import story_ids
from pipeline.progress import track
from schemas import TABLE_SCHEMAS

__all__ = ["Loaded", "folder_key", "load_articles", "load_folder"]

MAX_DETAIL_CHARS = 2000


def _sources(sources_csv: Path | None, files: list[str], default: Path
             ) -> tuple[dict[str, SourceRow], list[Rejection], str | None]:
    if sources_csv is None or (not os.path.lexists(sources_csv) and sources_csv == default):
        return {}, [], None
    if sources_csv == default and not stat.S_ISREG(sources_csv.lstat().st_mode):  # inside the folder: no links
        return {}, [Rejection(SOURCES_NAME, "sources_unreadable", f"{SOURCES_NAME} is a symbolic link or not a "
                              "regular file; it was not read and no metadata was used.")], None
    if not sources_csv.is_file():
        return {}, [Rejection(sources_csv.name, "sources_unreadable",
                              f"The metadata file '{sources_csv.name}' was given but does not exist; no metadata was used.")], None
    rows, rejections, digest = read_sources(sources_csv)
    matched, unmatched = match_sources(rows, files, sources_csv.name)
    return matched, rejections + unmatched, digest


def _dedupe(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[Rejection]]:
    """Same cleaned text under two names: the first file name wins, unless sources.csv gives the two
    files different outlets. That is a republication (one report under another outlet's name): both are
    articles, of one story, and the copy's id also hashes its outlet so that ids stay unique."""
    kept: dict[str, dict[str, Any]] = {}
    outlets: dict[str, set[str | None]] = {}
    unique, rejections = [], []
    for row in sorted(rows, key=lambda r: r["source_file"]):
        first = kept.setdefault(row["article_id"], row)
        seen = outlets.setdefault(row["article_id"], set())
        if first is row:
            seen.add(row["outlet"])
            unique.append(row)
        elif row["outlet"] is not None and None not in seen and row["outlet"] not in seen:
            seen.add(row["outlet"])
            unique.append({**row, "article_id": article_id(row["text"] + "\n" + row["outlet"])})
        else:
            rejections.append(Rejection(row["source_file"], "duplicate",
                                        f"Same article text as '{first['source_file']}', which was kept."))
    return unique, rejections


def _merge(rejections: list[Rejection]) -> list[tuple[str, str, str]]:
    """One row per (file, reason): a file is set aside once per cause, details joined."""
    details: dict[tuple[str, str], list[str]] = {}
    for r in rejections:
        seen = details.setdefault((r.file, r.reason), [])
        if r.detail not in seen:
            seen.append(r.detail)
    return [(file, reason, " ".join(d)[:MAX_DETAIL_CHARS]) for (file, reason), d in sorted(details.items())]


class Loaded(NamedTuple):
    articles: pd.DataFrame
    rejected: pd.DataFrame
    sources_sha256: str | None  # of the sources.csv bytes read, for the release's input manifest
    folder_key: str = ""  # of all that was read (FolderRead.key): equal keys, equal tables


def load_articles(articles_dir: Path, sources_csv: Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (articles, rejected_inputs), sorted by file, columns in contract order."""
    return load_folder(articles_dir, sources_csv)[:2]


def load_folder(articles_dir: Path, sources_csv: Path | None = None, cache: EntryStore | None = None,
                read: FolderRead | None = None) -> Loaded:
    """The articles and rejected_inputs tables, and the hash of the sources.csv bytes that were read.
    `read`: the folder as already read (`read_folder`), so that it is not read again."""
    read = read or read_folder(articles_dir, sources_csv)
    rejections = list(read.walked)
    # A sources.csv row may describe a file that was set aside: it is in the folder, so not "missing".
    present = [e.rel for e in read.entries] + [r.file for r in rejections]
    matched, source_rejections, sources_sha256 = _sources(read.sources_csv, present,
                                                          read.articles_dir / SOURCES_NAME)
    rejections += source_rejections
    rows = []
    # Unchanged files come from the cache; the rest are decoded and cleaned in a pool over the cores.
    built = built_files(read.entries, read.data, matched, cache)
    for item in track(built, "ingest", total=len(read.entries)):
        (rejections.append if isinstance(item, Rejection) else rows.append)(item)
    rows, duplicates = _dedupe(rows)
    rejections += duplicates
    stories = story_ids({row["article_id"]: row["text"] for row in rows},
                        known={row["article_id"]: row[SIGNATURE] for row in rows if SIGNATURE in row})
    rows = [{**row, "story_id": stories[row["article_id"]]} for row in rows]
    articles = pd.DataFrame(rows, columns=list(TABLE_SCHEMAS["articles"].to_schema().columns))
    rejected = pd.DataFrame(_merge(rejections), columns=list(TABLE_SCHEMAS["rejected_inputs"].to_schema().columns))
    return Loaded(articles.reset_index(drop=True), rejected, sources_sha256, read.key(sources_sha256))
