"""One publish: the warehouse, the release folder, its bundle and index.json change together or not at all.

Everything is first written, complete, into a hidden pending folder under
releases/. Then one small journal (`.publish-journal.json`) listing the moves
is written atomically: that rename is the commit point. The moves follow, index.json
last. A build killed before the journal leaves the last good state untouched
(the pending folder is deleted by the next build); killed after it, the next
build or `recover_publish` finishes the moves first, so the warehouse and the
latest release agree again before anything else reads or writes them.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from pipeline.publish.atomic import fsync_path, pause_before_commit, remove_leftovers, write_json_atomic

JOURNAL = ".publish-journal.json"
PENDING_PREFIX = ".publish-"


def pending_dir(releases_dir: Path, token: str) -> Path:
    """The hidden folder a publish stages into; `token` (the run id) lets two steps of one run share it."""
    folder = releases_dir / f"{PENDING_PREFIX}{token}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _replace(src: Path, dst: Path) -> None:
    if dst.is_dir() and not dst.is_symlink():
        aside = dst.with_name(f"{PENDING_PREFIX}old-{dst.name}-{os.getpid()}")
        os.rename(dst, aside)
        os.rename(src, dst)
        shutil.rmtree(aside)
    else:
        os.replace(src, dst)
    fsync_path(dst.parent)


def _apply(releases_dir: Path, moves: list[list[str]]) -> None:
    for src, dst in moves:  # each move is atomic; a move already done has no source left
        if (releases_dir / src).exists():
            pause_before_commit()
            _replace(releases_dir / src, releases_dir / dst)
    (releases_dir / JOURNAL).unlink()
    fsync_path(releases_dir)


def commit(releases_dir: Path, moves: list[tuple[Path, Path]]) -> None:
    """Move each staged path to its place; all of them, even if this process dies half-way (see recover)."""
    rel = [[os.path.relpath(src, releases_dir), os.path.relpath(dst, releases_dir)] for src, dst in moves]
    write_json_atomic(releases_dir / JOURNAL, {"moves": rel})
    _apply(releases_dir, rel)


def recover_publish(releases_dir: Path, keep: str | None = None) -> bool:
    """Finish a publish a killed build committed to; delete pending folders of any other. Under the build lock."""
    journal = releases_dir / JOURNAL
    finished = journal.is_file()
    if finished:
        _apply(releases_dir, json.loads(journal.read_text(encoding="utf-8"))["moves"])
    if releases_dir.is_dir():
        for path in releases_dir.iterdir():
            if path.name.startswith(PENDING_PREFIX) and path.name != JOURNAL and path.name != f"{PENDING_PREFIX}{keep}":
                shutil.rmtree(path) if path.is_dir() else path.unlink()
        remove_leftovers(releases_dir)  # e.g. a journal's temp file: the journal was never committed
    return finished
