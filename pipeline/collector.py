"""Python's cyclic garbage collector in the build process.

With its default thresholds the collector scanned every live container object ~10 times in a build that
adds one article to 10,000: the ~400,000 objects of the imports (modules, classes, functions, rule tables)
and every row, name and place the steps hold, ~0.2 s per full scan; ~2 s of CPU a build (measured with
`gc.callbacks`), almost all of it finding nothing, since the data is freed by reference counting as it goes.
Here the imports run with the collector paused, what they made is frozen (never scanned again: it lives as
long as the process), and the young generation is collected after 10,000 allocations instead of 700: the
middle one after 100,000 and a full scan, if the old objects grew by a quarter, after a million. Measured at
10,000 articles: ~0.8 s of collecting instead of ~2.2 s, no full scan. The price is memory: cycles wait
longer to be freed, so the full build's peak is ~50 MB higher (bench at 10,000 articles, the same minutes:
654 MB with these thresholds, 624 MB with 2,000, 600 MB with Python's 700; one added article 13.2, 13.7 and
13.7 s). Both stay under the 700 MB of issue #15; the added article's time is the target still missed.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

BUILD_THRESHOLDS = (10_000, 10, 10)  # allocations before a young collection; young, middle ones before the next


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside (imports, loading tables: objects that stay alive)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def tuned_for_build() -> Iterator[None]:
    """What is alive now frozen, the build's objects collected rarely; both undone after (a test process that
    builds in-process goes on with the defaults)."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*BUILD_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
