"""Atomic replacement of files and folders, so readers see the old or the new, never a mix.

`PIPELINE_PUBLISH_PAUSE=<seconds>` makes a build sleep just before each commit
(rename) of the publish stage, and `PIPELINE_PUBLISH_TRACE=<file>` counts those
points. They exist for the crash tests, which kill a build at each such point;
unset, they cost nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

PAUSE_ENV = "PIPELINE_PUBLISH_PAUSE"
TRACE_ENV = "PIPELINE_PUBLISH_TRACE"  # a file that gets one line per commit point reached, for the kill test


PAUSE_AT_ENV = "PIPELINE_PUBLISH_PAUSE_AT"  # with the trace: pause only at this (1-based) commit point


def pause_before_commit() -> None:
    reached = None
    if trace := os.environ.get(TRACE_ENV):
        with open(trace, "a+", encoding="utf-8") as fh:
            fh.write("commit point\n")
            fh.seek(0)
            reached = len(fh.read().splitlines())
    if (at := os.environ.get(PAUSE_AT_ENV)) and reached is not None and reached != int(at):
        return
    seconds = os.environ.get(PAUSE_ENV)
    if seconds:
        time.sleep(float(seconds))


def fsync_path(path: Path) -> None:
    """Flush a file or a folder entry to disk, so a rename never points at unwritten data."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(folder: Path) -> None:
    for p in sorted(folder.rglob("*")):
        fsync_path(p)
    fsync_path(folder)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    fsync_path(tmp)
    pause_before_commit()
    os.replace(tmp, path)
    fsync_path(path.parent)


def write_json_atomic(path: Path, data) -> None:
    write_bytes_atomic(path, (json.dumps(data, indent=2) + "\n").encode("utf-8"))


def replace_dir(staging: Path, final: Path) -> None:
    """Move a complete staging folder to `final`; an existing `final` is moved aside, then deleted."""
    fsync_tree(staging)
    pause_before_commit()
    old = None
    if final.exists():
        old = final.with_name(f".{final.name}-old-{os.getpid()}")
        os.rename(final, old)
    os.rename(staging, final)
    fsync_path(final.parent)
    if old is not None:
        shutil.rmtree(old)


def remove_leftovers(folder: Path) -> None:
    """Delete hidden staging/temp entries a killed build left behind (call only under the build lock)."""
    if not folder.is_dir():
        return
    for p in folder.iterdir():
        if p.name.startswith(".") and (p.name.endswith(".tmp") or "-old-" in p.name or p.name.startswith(".stage-")):
            shutil.rmtree(p) if p.is_dir() else p.unlink()
