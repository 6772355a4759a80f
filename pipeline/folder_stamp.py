"""Whether the articles folder looks changed since the last build: a hint, read before anything is imported.

The build command starts the pools' fork server early only when a pool will run (`pool_server.py`). With the
ingest cache in place that is when a file was added or edited, which only ingest's hashing of every file
proves (after Dagster's imports). The listing's names, sizes, modification times and inodes, hashed (~0.03 s
at 10,000 files), tell it at once: if they differ from the stamp the last build left, files probably changed.
A wrong hint costs only speed (a server started for nothing, or none started), never a different table.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

STAMP_NAME = "folder.stamp"  # beside the ingest cache's entries, removed with them by `cache clear`


def folder_stamp(articles_dir: Path) -> str:
    """A hash of every entry's relative name, size, modification time and inode, hidden ones left out."""
    digest, folders = hashlib.sha256(), [articles_dir]
    listed = []
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        folders.append(Path(entry.path))
                        continue
                    info = entry.stat(follow_symlinks=False)
                    listed.append(f"{entry.path}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ino}")
        except OSError:  # a folder that cannot be listed: ingest reports it
            continue
    for line in sorted(listed):
        digest.update(line.encode("utf-8", "surrogateescape") + b"\n")
    return digest.hexdigest()


def changed_since_stamp(articles_dir: Path, cache_dir: Path) -> bool:
    """Whether the folder's stamp differs from the one stored under `cache_dir`; stores the new one."""
    path, stamp = cache_dir / STAMP_NAME, folder_stamp(articles_dir)
    try:
        changed = path.read_text() != stamp
    except OSError:  # no stamp yet (a cache from before stamps): assume a change
        changed = True
    if changed:
        try:
            tmp = path.with_name(f".{STAMP_NAME}.tmp")
            tmp.write_text(stamp)
            os.replace(tmp, path)
        except OSError:
            pass  # an unwritable cache only costs the hint
    return changed
