"""Where articles are extracted: in this process, in a pool over the machine's cores, or on a Dask cluster.

`DASK_SCHEDULER_ADDRESS` (Dask's own setting, e.g. `tcp://10.0.0.5:8786`) sends the work to that cluster,
so a team points the same command at its cluster; the workers need this project installed. Otherwise a
process pool of `PIPELINE_WORKERS` processes (default: every core) does it, unless the articles to extract
are too few to repay starting one. Every engine returns outcomes in job order and runs the same pure
function (`rows/job.py`), so the tables are byte-identical whichever ran.
"""

from __future__ import annotations

import math
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor

from pipeline.extract.rows.job import ArticleJob, ArticleOutcome, run_jobs

SCHEDULER_VARIABLE = "DASK_SCHEDULER_ADDRESS"
WORKERS_VARIABLE = "PIPELINE_WORKERS"
MIN_POOLED = 24  # fewer articles than this are done in-process: a pool's start-up would cost more
BATCH_LIMIT = 64  # articles per task: large enough to amortise shipping, small enough to balance the load


def worker_count() -> int:
    value = os.environ.get(WORKERS_VARIABLE, "").strip()
    return max(1, int(value)) if value else (os.cpu_count() or 1)


def engine_name() -> str:
    if address := os.environ.get(SCHEDULER_VARIABLE, "").strip():
        return f"dask {address}"
    return f"pool of {worker_count()}"


def _batches(jobs: list[ArticleJob], slots: int) -> list[list[ArticleJob]]:
    size = max(1, min(BATCH_LIMIT, math.ceil(len(jobs) / (slots * 4))))
    return [jobs[i:i + size] for i in range(0, len(jobs), size)]


def _pool(batches: list[list[ArticleJob]], workers: int) -> Iterator[list[ArticleOutcome]]:
    # forkserver: workers fork from a clean process that preloaded the extraction core, never from this
    # one (its threads and Dagster state must not be copied into a child).
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipeline.extract.rows.job"])
    with ProcessPoolExecutor(max_workers=min(workers, len(batches)), mp_context=context) as pool:
        yield from pool.map(run_jobs, batches)


def _dask(jobs: list[ArticleJob], address: str) -> Iterator[list[ArticleOutcome]]:
    from distributed import Client  # only a build that uses a cluster pays for importing it

    with Client(address) as client:
        batches = _batches(jobs, max(1, sum(client.nthreads().values())))
        # pure=False: a batch is cheap to ship and must run even if an identical one ran before.
        futures = client.map(run_jobs, batches, pure=False)
        for future in futures:  # in job order, as each is ready
            yield future.result()


def extract_all(jobs: list[ArticleJob], on_done: Callable[[int], None] | None = None) -> list[ArticleOutcome]:
    """Every job's outcome, in job order; `on_done(n)` after each n articles finished (progress)."""
    address = os.environ.get(SCHEDULER_VARIABLE, "").strip()
    workers = worker_count()
    if not jobs:
        return []
    if not address and (workers == 1 or len(jobs) < MIN_POOLED):
        results = (run_jobs([job]) for job in jobs)
    elif address:
        results = _dask(jobs, address)
    else:
        results = _pool(_batches(jobs, workers), workers)
    outcomes: list[ArticleOutcome] = []
    for batch in results:
        outcomes += batch
        if on_done:
            on_done(len(batch))
    return outcomes
