"""Each file's bytes to its `articles` row (or the reason it was set aside), from the cache or built in a
pool over the machine's cores (`pipeline/parallel.py`). Workers import this module and the pure ingest
code only, no Dagster; results come back in file order, so the tables do not depend on who built them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.cache.store import PickleStore
from pipeline.ingest.assemble import build_article
from pipeline.ingest.cache import entry_key
from pipeline.ingest.entries import Entry
from pipeline.ingest.model import Rejection, SourceRow
from pipeline.ingest.reader import raw_article, read_bytes
from pipeline.ingest.stories import signature_values
from pipeline.parallel import pooled

SIGNATURE = "_minhash"  # a row's story signature values, dropped when the rows become the table
MIN_POOLED = 24  # fewer files than this are built in-process: a pool's start-up would cost more

Built = dict[str, Any] | Rejection
Work = tuple[str, bytes, SourceRow | None]


def build_file(name: str, data: bytes, source: SourceRow | None) -> Built:
    raw = raw_article(name, data)
    built = raw if isinstance(raw, Rejection) else build_article(raw, source)
    if isinstance(built, dict):  # kept with the row (not a column) so that stories need no rehashing
        built[SIGNATURE] = signature_values(built["text"])
    return built


def build_files(work: list[Work]) -> list[Built]:
    return [build_file(*item) for item in work]


def built_files(articles_dir: Path, entries: list[Entry], sources: dict[str, SourceRow],
                cache: PickleStore | None, on_read: Callable[[Entry, bytes | Rejection], None] | None = None
                ) -> list[Built]:
    """One row or rejection per entry, in entry order: unchanged files from the cache, the rest built.
    `on_read(entry, bytes or rejection)` sees what was read of each entry (the folder's key, load.py)."""
    results: list[Built | None] = [None] * len(entries)
    missing: list[tuple[int, str]] = []
    work: list[Work] = []
    for index, entry in enumerate(entries):
        data = read_bytes(articles_dir, entry)
        if on_read:
            on_read(entry, data)
        if isinstance(data, Rejection):
            results[index] = data
            continue
        source = sources.get(entry.rel)
        key = entry_key(entry.name, data, source)
        if cache and (stored := cache.get(key)) is not None:
            results[index] = stored
            continue
        missing.append((index, key))
        work.append((entry.name, data, source))
    built = (b for batch in pooled(build_files, work, "pipeline.ingest.files", MIN_POOLED) for b in batch)
    for (index, key), value in zip(missing, built):
        results[index] = value
        if cache:
            cache.put(key, value)
    return results  # type: ignore[return-value]
