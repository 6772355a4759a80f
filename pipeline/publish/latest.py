"""`releases/latest`: a relative symlink to the newest release folder, swapped atomically.

Relative, so the releases folder can be moved or copied with it; replaced by a
rename, so a reader following it sees the old release or the new, never nothing.
index.json stays the authoritative record (it also names the bundle and history).
"""

from __future__ import annotations

import os
from pathlib import Path

LATEST = "latest"


def point_latest(releases_dir: Path, version: str) -> None:
    tmp = releases_dir / f".{LATEST}.new"
    if tmp.is_symlink() or tmp.exists():  # left by a build killed between the two lines below
        tmp.unlink()
    os.symlink(version, tmp)
    os.replace(tmp, releases_dir / LATEST)
