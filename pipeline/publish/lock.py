"""One build at a time per output folder: an advisory lock on OUT/.build.lock.

Policy: a second build FAILS at once with a clear message (it does not wait),
because a queued build would publish a release computed from inputs its user
may already have changed. The OS drops the lock when the holder dies, so a
killed build never leaves a stale lock behind; the file itself may remain and
is harmless. The lock is re-entrant within a process: the CLI takes it for the
whole run and the publish assets take it again (needed when `dagster dev` runs
each step in its own process).
"""

from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".build.lock"
_held: dict[Path, int] = {}  # lock path -> depth, for re-entrance within this process


class BuildLocked(RuntimeError):
    """Another build is writing to the same output folder."""


@contextmanager
def build_lock(output_dir: Path):
    path = (Path(output_dir) / LOCK_NAME).resolve()
    if path in _held:
        _held[path] += 1
        try:
            yield path
        finally:
            _held[path] -= 1
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "unknown"
            raise BuildLocked(
                f"another build is writing to {path.parent} (lock {path}, held by pid {holder}); "
                "wait for it to finish and run again") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        _held[path] = 1
        try:
            yield path
        finally:
            del _held[path]
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
