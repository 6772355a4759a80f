"""The build's pools share one fork server (`parallel.py`), started as the build starts when they will run.

Ingest's pool and then extraction's fork their workers from one server that preloads both stages' modules
(~1 s of imports, once instead of once per pool) and extracts one short article (~0.5 s, once instead of in
every extraction worker). In a full build (an output folder without an ingest cache,
enough files to pool) the server is started at the start of the build command, so that it imports on the
second core while the build process imports Dagster and the asset graph and starts the run: the first pool
finds it ready instead of waiting for it. With the cache in place it is started early only when the folder
looks changed (`folder_stamp.py`): an added article is then cleaned in the build process (~0.1 s, while the server
warms up) and extracted in a worker forked from the warmed server (`parallel.pooled`) instead of in the build
process, where its first article paid ~1 s to load the gazetteer's indexes and compile the rule tables' patterns;
an unchanged rebuild starts none. The extract
step stops it (`extract_step.py`), whether its pool ran or not.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing import forkserver
from pathlib import Path

from pipeline.cli_progress import input_files
from pipeline.folder_stamp import changed_since_stamp
from pipeline.ingest.minhash_values import reproduced
from pipeline.parallel import worker_count

MIN_POOLED_FILES = 24  # fewer files than this are built in-process (`ingest/files.py`): a pool would cost more


def pool_modules() -> tuple[str, ...]:
    """What the pools' workers run: ingest's (and datasketch, where its numbers are not reproduced without it),
    then extraction's (`extract/engines.py`), its first-use work done once for all its workers (`warm_up.py`)."""
    return ("pipeline.ingest.files", *(() if reproduced() else ("datasketch",)), "pipeline.extract.rows.job",
            "pipeline.extract.warm_up")


def start_early(articles_dir: Path, ingest_cache: Path) -> bool:
    """Start the server now if this build will build every file in a pool (no ingest cache yet) or some files
    changed since the last build (the cache in place); whether it was."""
    if worker_count() < 2:
        return False
    cached = ingest_cache.exists()
    try:
        ingest_cache.mkdir(parents=True, exist_ok=True)
    except OSError:  # an unwritable cache folder: ingest says so; no hint to keep
        return False
    changed = changed_since_stamp(articles_dir, ingest_cache)  # stored by every build, the first one included
    if (cached and not changed) or (not cached and input_files(articles_dir) < MIN_POOLED_FILES):
        return False
    multiprocessing.get_context("forkserver").set_forkserver_preload(list(pool_modules()))
    forkserver.ensure_running()  # returns at once; the server imports the modules in its own process
    return True
