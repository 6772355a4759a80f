"""`releases/latest`: a relative symlink to the newest release folder, swapped atomically.

Relative, so the releases folder can be moved or copied with it; replaced by a
rename, so a reader following it sees the old release or the new, never nothing.
index.json stays the authoritative record (it also names the bundle and history).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

LATEST = "latest"


def point_latest(releases_dir: Path, version: str) -> None:
    tmp = releases_dir / f".{LATEST}.new"
    if tmp.is_symlink() or tmp.exists():  # left by a build killed between the two lines below
        tmp.unlink()
    os.symlink(version, tmp)
    latest = releases_dir / LATEST
    if latest.is_dir() and not latest.is_symlink():  # a copy made by a tool that followed the link
        shutil.rmtree(latest)
    os.replace(tmp, latest)
