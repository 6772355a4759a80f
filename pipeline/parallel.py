"""Work spread over the machine's cores: a forkserver process pool that returns results in input order.

Workers fork from a clean server process that preloaded only the modules the work needs, never from the
build process (its threads and Dagster state must not be copied into a child); the server is stopped with
its pool, so each pool's server preloads its own modules and none lingers for the rest of the build, unless the pool
is told that another follows (`keep_server`): the next pool then forks from the same server (its modules preloaded
by the first), and whoever runs last stops it (`stop_server`). Too little work to repay starting a pool runs in
this process, unless a server is already running. `PIPELINE_WORKERS` sets the pool's size (default: every core).
"""

from __future__ import annotations

import math
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import forkserver
from typing import TypeVar

WORKERS_VARIABLE = "PIPELINE_WORKERS"
BATCH_LIMIT = 64  # items per task: large enough to amortise shipping, small enough to balance the load

Item = TypeVar("Item")
Result = TypeVar("Result")


def worker_count() -> int:
    value = os.environ.get(WORKERS_VARIABLE, "").strip()
    return max(1, int(value)) if value else (os.cpu_count() or 1)


def batches(items: Sequence[Item], slots: int) -> list[list[Item]]:
    size = max(1, min(BATCH_LIMIT, math.ceil(len(items) / (slots * 4))))
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def pooled(run_batch: Callable[[list[Item]], list[Result]], items: Sequence[Item], preload: str | tuple[str, ...],
           min_pooled: int, keep_server: bool = False, cheap_here: bool = False) -> Iterator[list[Result]]:
    """`run_batch` over batches of `items`, each batch's results as it is done, in input order. `preload`
    matters only when no server is running; `keep_server`: leave it running for a pool that follows;
    `cheap_here`: the work's first use costs this process little, so too few items run here even with a server."""
    workers = worker_count()
    # A server already running (started early, `pool_server.py`) has its modules loaded and warmed: a worker
    # forked from it costs less than the first use of those modules in this process, however few the items,
    # unless that first use is cheap (`cheap_here`) and the server may still be warming up.
    if workers == 1 or not items or (len(items) < min_pooled and (cheap_here or not server_running())):
        yield from (run_batch([item]) for item in items)
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([preload] if isinstance(preload, str) else list(preload))
    work = batches(items, workers)
    try:
        with ProcessPoolExecutor(max_workers=min(workers, len(work)), mp_context=context) as pool:
            yield from pool.map(run_batch, work)
    finally:
        if not keep_server:
            stop_server()


def server_running() -> bool:
    """Whether a fork server was started and not stopped (one that died is started again by the pool)."""
    return getattr(forkserver._forkserver, "_forkserver_pid", None) is not None


def stop_server() -> None:
    """The fork server outlives its pool (~90 MB for the rest of the build) and would keep the first pool's
    preloaded modules for the next one: stopped once a pool is done, started again by the next."""
    stop = getattr(forkserver._forkserver, "_stop", None)  # CPython's own (its tests stop it so)
    if stop is not None:
        stop()
