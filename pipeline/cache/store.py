"""Pickled results on disk: `<root>/<fingerprint>/<key[:2]>/<key>.pickle`.

Each entry is written to a temporary file and renamed into place, so a crash leaves either the whole
entry or none; an entry that cannot be read (truncated, from another pickle format, damaged) counts as
absent and is recomputed and rewritten. Only the build process writes (workers return their results),
so two writers never race on one entry. Deleting the folder is always safe.
"""

from __future__ import annotations

import os
import pickle
import shutil
import tempfile
from pathlib import Path


class PickleStore:
    def __init__(self, root: Path, fingerprint: str, kinds: tuple[type, ...] = (object,)) -> None:
        self.root, self.folder, self.kinds = root, root / fingerprint, kinds

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str):
        """The stored value, or None when absent or unreadable (or not of the expected kinds)."""
        try:
            with self._path(key).open("rb") as handle:
                value = pickle.load(handle)
        except Exception:  # absent, truncated or damaged: recomputed and rewritten
            return None
        return value if isinstance(value, self.kinds) else None

    def put(self, key: str, value) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as tmp:
                try:
                    pickle.dump(value, tmp, protocol=pickle.HIGHEST_PROTOCOL)
                except OSError:
                    tmp.close()
                    os.unlink(tmp.name)
                    raise
            os.replace(tmp.name, path)
        except OSError:
            pass  # a full or read-only disk only costs speed next time


def clear(root: Path) -> bool:
    """Remove every entry of every fingerprint; True when there was something to remove."""
    if not root.exists():
        return False
    shutil.rmtree(root)
    return True
