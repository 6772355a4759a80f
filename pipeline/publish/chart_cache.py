"""Charts drawn once per distinct data: the PNGs are kept under the output folder's cache, keyed by the
tables they picture and a fingerprint of the drawing code, so a rebuild that changed nothing (or changed
nothing these tables show) copies the pictures instead of spending seconds in matplotlib again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pandas as pd

from pipeline.cache.fingerprint import fingerprint_of
from pipeline.cache.store import PickleStore
from pipeline.paths import PACKAGE_DIR, PROJECT_ROOT

DRAWING_CODE = (PACKAGE_DIR / "publish" / "charts.py", PACKAGE_DIR / "publish" / "estimate_charts.py",
                PACKAGE_DIR / "publish" / "chart_names.py",
                PROJECT_ROOT / "schemas" / "vocab.py")


@cache
def _fingerprint() -> str:
    return fingerprint_of([(p.name, p) for p in DRAWING_CODE], ("matplotlib", "numpy", "pandas"))


def _key(tables: dict[str, pd.DataFrame], render: Callable) -> str:
    # Values as CSV text and the column types: equal for equal frames however they were built or copied
    # (a pickle is not: it carries the memory layout).
    digest = hashlib.sha256(f"{render.__module__}.{render.__qualname__}".encode())
    for name in sorted(tables):
        frame = tables[name]
        digest.update(f"\0{name}\0{list(frame.dtypes.astype(str))}\0".encode() + frame.to_csv().encode())
    return digest.hexdigest()


def cached_charts(tables: dict[str, pd.DataFrame], root: Path,
                  render: Callable[[dict[str, pd.DataFrame]], dict[str, bytes]]) -> dict[str, bytes]:
    store, key = PickleStore(root, _fingerprint(), (dict,)), _key(tables, render)
    if (pngs := store.get(key)) is None:
        pngs = render(tables)
        store.put(key, pngs)
    return pngs
