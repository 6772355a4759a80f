"""Damage a cache entry the way a full disk or a crash could: its stored bytes cut short."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pipeline.cache.entries import FILE_NAME


def truncate_one_entry(root: Path, number: int = 0) -> None:
    """Cut the `number`-th entry (in key order) of the one entry file under `root` to 40 bytes."""
    (path,) = root.rglob(FILE_NAME)
    with sqlite3.connect(path) as db:
        key = db.execute("SELECT key FROM entries ORDER BY key LIMIT 1 OFFSET ?", (number,)).fetchone()[0]
        db.execute("UPDATE entries SET value = substr(value, 1, 40) WHERE key = ?", (key,))
