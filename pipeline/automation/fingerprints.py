"""Fingerprints of the input folder: which files exist and what their bytes hash to.

Content hashes rather than mtimes, so touching or re-copying a file without changing
it does not trigger a rebuild, while any edit (even one keeping size and mtime) does.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def folder_fingerprints(folder: Path) -> dict[str, str]:
    """{relative path: sha256} of every non-hidden file under `folder` (sources.csv included)."""
    if not folder.is_dir():
        return {}
    return {
        path.relative_to(folder).as_posix(): _sha256(path)
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    }


def encode(fingerprints: dict[str, str]) -> str:
    return json.dumps(fingerprints, sort_keys=True, separators=(",", ":"))


def decode(cursor: str | None) -> dict[str, str] | None:
    return None if not cursor else json.loads(cursor)


def describe_changes(old: dict[str, str], new: dict[str, str]) -> dict[str, list[str]]:
    """Added, changed and removed file names between two fingerprint sets."""
    return {
        "added": sorted(set(new) - set(old)),
        "changed": sorted(name for name in set(new) & set(old) if new[name] != old[name]),
        "removed": sorted(set(old) - set(new)),
    }
