"""Where articles are extracted: in this process, in a pool over the machine's cores, or on a Dask cluster.

`DASK_SCHEDULER_ADDRESS` (Dask's own setting, e.g. `tcp://10.0.0.5:8786`) sends the work to that cluster,
so a team points the same command at its cluster; the workers need this project installed. Otherwise a
process pool of `PIPELINE_WORKERS` processes (default: every core) does it (`pipeline/parallel.py`), unless
the articles to extract are too few to repay starting one. Every engine returns outcomes in job order and
runs the same pure function (`rows/job.py`), so the tables are byte-identical whichever ran.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

from pipeline.cache.entries import EntryStore
from pipeline.extract.rows.job import ArticleJob, ArticleOutcome, run_jobs
from pipeline.parallel import WORKERS_VARIABLE, batches, pooled, worker_count

__all__ = ["WORKERS_VARIABLE", "engine_name", "extract_all"]

SCHEDULER_VARIABLE = "DASK_SCHEDULER_ADDRESS"
MIN_POOLED = 24  # fewer articles than this are done in-process: a pool's start-up would cost more


def engine_name() -> str:
    if address := os.environ.get(SCHEDULER_VARIABLE, "").strip():
        return f"dask {address}"
    return f"pool of {worker_count()}"


def _dask(jobs: list[ArticleJob], address: str) -> Iterator[tuple[list[ArticleOutcome], list[bytes]]]:
    from distributed import Client  # only a build that uses a cluster pays for importing it

    with Client(address) as client:
        work = batches(jobs, max(1, sum(client.nthreads().values())))
        # pure=False: a batch is cheap to ship and must run even if an identical one ran before.
        futures = client.map(run_jobs, work, pure=False)
        for future in futures:  # in job order, as each is ready
            yield future.result()


def extract_all(jobs: list[ArticleJob], on_done: Callable[[int], None] | None = None,
                store: EntryStore | None = None, keys: list[str] | None = None) -> list[ArticleOutcome]:
    """Every job's outcome, in job order, each also stored in `store` under its job's key when one is given;
    `on_done(n)` after each n articles finished (progress). `keys`: the jobs' keys where the caller has them
    already (hashing 10,000 texts again cost the build process ~0.3 s while the pool ran)."""
    if not jobs:
        return []
    if store is not None and keys is None:
        keys = [job.key() for job in jobs]
    address = os.environ.get(SCHEDULER_VARIABLE, "").strip()
    results = _dask(jobs, address) if address else pooled(run_jobs, jobs, "pipeline.extract.rows.job", MIN_POOLED)
    outcomes: list[ArticleOutcome] = []
    for batch, entries in results:
        if store is not None:  # each outcome as the worker pickled it
            store.add(zip(keys[len(outcomes):len(outcomes) + len(entries)], entries))
        outcomes += batch
        if on_done:
            on_done(len(batch))
    if store is not None:
        store.commit()
    return outcomes
