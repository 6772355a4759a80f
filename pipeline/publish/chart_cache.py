"""Charts drawn once per distinct data: each PNG is kept under the output folder's cache, keyed by the rows
it pictures (`chart_names.chart_views`) and a fingerprint of the drawing code, so a rebuild that changed
nothing (or nothing a chart shows) copies the pictures instead of spending seconds in matplotlib again, and
one added article redraws only the charts of its figures' statuses.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection
from functools import cache
from pathlib import Path

import pandas as pd

from pipeline.cache.fingerprint import fingerprint_of
from pipeline.cache.store import PickleStore
from pipeline.memo import frame_key
from pipeline.paths import PACKAGE_DIR, PROJECT_ROOT
from pipeline.publish.chart_names import chart_views

DRAWING_CODE = (PACKAGE_DIR / "publish" / "charts.py", PACKAGE_DIR / "publish" / "estimate_charts.py",
                PACKAGE_DIR / "publish" / "chart_names.py",
                PROJECT_ROOT / "schemas" / "vocab.py")


@cache
def _fingerprint() -> str:
    return fingerprint_of([(p.name, p) for p in DRAWING_CODE], ("matplotlib", "numpy", "pandas"))


def _key(name: str, frames: dict[str, pd.DataFrame], render: Callable) -> str:
    # The rows' content (`memo.frame_key`: values, column names and types, hashed by pandas), renumbered:
    # equal for equal rows however they were built, copied or selected (a pickle is not: it carries the
    # memory layout; CSV text was the same key at several times the cost).
    digest = hashlib.sha256(f"{render.__module__}.{render.__qualname__}\0{name}".encode())
    for table in sorted(frames):
        digest.update(f"\0{table}\0{frame_key(frames[table].reset_index(drop=True))}".encode())
    return digest.hexdigest()


def cached_charts(tables: dict[str, pd.DataFrame], root: Path,
                  render: Callable[[dict[str, pd.DataFrame], Collection[str]], dict[str, bytes]]) -> dict[str, bytes]:
    """Every chart, each drawn only when the rows it pictures (`chart_views`) are new: `render(tables, names)`
    draws the charts named."""
    store = PickleStore(root, _fingerprint(), (bytes,))
    keys = {name: _key(name, frames, render) for name, frames in chart_views(tables).items()}
    pngs = {name: store.get(key) for name, key in keys.items()}
    if missing := [name for name, png in pngs.items() if png is None]:
        for name, png in render(tables, missing).items():
            pngs[name] = png
            store.put(keys[name], png)
    return {name: png for name, png in pngs.items() if png is not None}
