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
from pipeline.paths import PACKAGE_DIR, PROJECT_ROOT
from pipeline.publish.chart_names import chart_views

DRAWING_CODE = (PACKAGE_DIR / "publish" / "charts.py", PACKAGE_DIR / "publish" / "estimate_charts.py",
                PACKAGE_DIR / "publish" / "chart_names.py",
                PROJECT_ROOT / "schemas" / "vocab.py")


@cache
def _fingerprint() -> str:
    return fingerprint_of([(p.name, p) for p in DRAWING_CODE], ("matplotlib", "numpy", "pandas"))


def _key(name: str, frames: dict[str, pd.DataFrame], render: Callable) -> str:
    # Values as CSV text and the column types: equal for equal frames however they were built or copied
    # (a pickle is not: it carries the memory layout).
    digest = hashlib.sha256(f"{render.__module__}.{render.__qualname__}\0{name}".encode())
    for table in sorted(frames):
        frame = frames[table]
        digest.update(f"\0{table}\0{list(frame.dtypes.astype(str))}\0".encode() + frame.to_csv(index=False).encode())
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
