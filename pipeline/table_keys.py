"""Content keys of the tables the IO manager loads, computed once per stored file.

Every step that skips work when its inputs are unchanged (`pipeline/memo.py`) hashes its input tables, and
many steps load the same file: `articles` alone is hashed by the extract and reconcile steps and a dozen
checks, ~0.05 s each at 10,000 articles. A table loaded from a file is marked with that file's identity
(path, inode, size, modification time in nanoseconds); the first step to hash it keeps the key for the
next step that loads the same file. A rewritten file is another identity, so its key is computed again, and a
table that was not loaded from a file (or is a copy or a part of one) is always hashed.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable

_SOURCE: dict[int, tuple] = {}  # id of a loaded table, while it lives -> the file it was loaded from
_KEYS: dict[tuple, str] = {}  # a file's identity -> the content key of the table stored in it


def loaded_from(table: object, path: str | os.PathLike) -> None:
    """Mark `table` as the content of the file at `path` as it is now (call right after loading it)."""
    try:
        info = os.stat(path)
        weakref.finalize(table, _SOURCE.pop, id(table), None)
    except (OSError, TypeError):  # no file, or an object that cannot be followed: hashed every time
        return
    _SOURCE[id(table)] = (os.fspath(path), info.st_ino, info.st_size, info.st_mtime_ns)


def forget(path: str | os.PathLike) -> None:
    """The file at `path` is being rewritten: a key kept for it no longer says anything (a rewrite within
    the file system's clock tick, at the same size, would otherwise look like the same file)."""
    for source in [s for s in _KEYS if s[0] == os.fspath(path)]:
        del _KEYS[source]


def known_key(path: str | os.PathLike) -> str | None:
    """The key already computed for the file at `path` as it is now, if any (None: it must be read)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return _KEYS.get((os.fspath(path), info.st_ino, info.st_size, info.st_mtime_ns))


def content_key(table: object, compute: Callable[[], str]) -> str:
    """`compute()`, or the key already computed for the file `table` was loaded from."""
    source = _SOURCE.get(id(table))
    if source is None:
        return compute()
    if source not in _KEYS:
        _KEYS[source] = compute()
    return _KEYS[source]
