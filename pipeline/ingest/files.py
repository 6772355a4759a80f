"""Each file's bytes to its `articles` row (or the reason it was set aside), from the cache or built in a
pool over the machine's cores (`pipeline/parallel.py`). Workers import this module and the pure ingest
code only, no Dagster; results come back in file order, so the tables do not depend on who built them.
"""

from __future__ import annotations

import pickle
from typing import Any

from pipeline.cache.entries import EntryStore, pickled
from pipeline.ingest.assemble import build_article
from pipeline.ingest.cache import entry_key
from pipeline.ingest.entries import Entry
from pipeline.ingest.model import Rejection, SourceRow
from pipeline.ingest.reader import raw_article
from pipeline.ingest.story_signatures import signature_values
from pipeline.parallel import pooled
from pipeline.pool_server import MIN_POOLED_FILES, pool_modules

SIGNATURE = "_minhash"  # a row's story signature values, dropped when the rows become the table
MIN_POOLED = MIN_POOLED_FILES  # fewer files than this are built in-process: a pool's start-up would cost more

Built = dict[str, Any] | Rejection
Work = tuple[str, bytes, SourceRow | None]


def build_file(name: str, data: bytes, source: SourceRow | None) -> Built:
    raw = raw_article(name, data)
    built = raw if isinstance(raw, Rejection) else build_article(raw, source)
    if isinstance(built, dict):  # kept with the row (not a column) so that stories need no rehashing
        built[SIGNATURE] = signature_values(built["text"])
    return built


def build_files(work: list[Work]) -> list[bytes]:
    """Each item built and pickled: the bytes travel to the build process and go into the cache as they are,
    so the build process unpickles each row once and never pickles it again."""
    return [pickled(build_file(name, data, source)) for name, data, source in work]


def built_files(entries: list[Entry], data: list[bytes | Rejection], sources: dict[str, SourceRow],
                cache: EntryStore | None) -> list[Built]:
    """One row or rejection per entry, in entry order, from the bytes read of each (`folder_read.py`):
    unchanged files from the cache, the rest built (and stored)."""
    results: list[Built | None] = [None] * len(entries)
    missing: list[tuple[int, str]] = []
    work: list[Work] = []
    keys = [None if isinstance(read, Rejection) else entry_key(entry.name, read, sources.get(entry.rel))
            for entry, read in zip(entries, data)]
    stored = cache.get_many([key for key in keys if key is not None]) if cache else []
    found = dict(zip((key for key in keys if key is not None), stored))
    for index, (entry, read, key) in enumerate(zip(entries, data, keys)):
        if key is None:
            results[index] = read  # set aside when read
        elif found.get(key) is not None:
            results[index] = found[key]
        else:
            missing.append((index, key))
            work.append((entry.name, read, sources.get(entry.rel)))
    done = 0
    # The extract step's pool forks from the same server (`pool_server.py`), which the extract step stops. A few
    # files (an added article) are built here: ~0.1 s, where a worker waited ~0.9 s for the server to warm up.
    for batch in pooled(build_files, work, pool_modules(), MIN_POOLED, keep_server=True, cheap_here=True):
        for (index, key), value in zip(missing[done:done + len(batch)], batch):
            results[index] = pickle.loads(value)
            if cache:
                cache.add([(key, value)])
        done += len(batch)
    if cache:
        cache.commit()
    return results  # type: ignore[return-value]
