"""Fingerprints of code and rule tables: a hash of every source and data file under some folders, of the
Python version and of the versions of the libraries whose behaviour the results depend on."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def files_under(folder: Path) -> list[tuple[str, Path]]:
    """(name relative to the folder's parent, path) of every source and data file, in name order."""
    return sorted((p.relative_to(folder.parent).as_posix(), p) for p in folder.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo"))


def _library_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


def fingerprint_of(files: Iterable[tuple[str, Path]], libraries: Iterable[str]) -> str:
    digest = hashlib.sha256(f"{sys.version_info[:2]}".encode())
    for name in libraries:
        digest.update(f"|{name}={_library_version(name)}".encode())
    for name, path in files:
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:20]
