"""`materialize` for the build command, without keeping every step's output in memory.

Dagster's `materialize` runs the graph in process and, so that a test can ask the result for any step's
value, holds a reference to every output of every step until the run ends: the whole corpus's tables,
each in several versions (articles, extraction, reconciliation...), stay alive at once, and the build's
peak memory grows with every stage. The build command never asks for an output (the tables are on disk,
read back by the IO manager), so its run turns that capture off. Everything else is `materialize`'s own
code path; only the flag its in-process execution passes down differs.
"""

from __future__ import annotations

from contextlib import contextmanager

from dagster import materialize
from dagster._core.execution import execute_in_process as _in_process  # the function `materialize` calls


@contextmanager
def _outputs_not_captured():
    real = _in_process.core_execute_in_process

    def uncaptured(*args, **kwargs):
        return real(*args, **{**kwargs, "output_capturing_enabled": False})

    _in_process.core_execute_in_process = uncaptured
    try:
        yield
    finally:
        _in_process.core_execute_in_process = real


def materialize_uncaptured(assets, **kwargs):
    """`dagster.materialize(assets, **kwargs)`, but the result holds no step outputs (events only)."""
    with _outputs_not_captured():
        return materialize(assets, **kwargs)
