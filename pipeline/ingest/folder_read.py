"""The articles folder read once: every entry's bytes (or why they could not be read) and the key of it all.

Ingest needs the folder's key before it builds anything (the step is skipped when the key is the last
build's, `pipeline/memo.py`), and the bytes to build from when it is not: both come from this one read, so a
full build no longer walks, opens and hashes ten thousand files twice.
"""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path
from typing import Any, NamedTuple

from pipeline.ingest.entries import Entry, walk_folder
from pipeline.ingest.model import Rejection
from pipeline.ingest.reader import read_bytes

SOURCES_NAME = "sources.csv"


def sources_path(articles_dir: Path, sources_csv: Path | None) -> Path | None:
    """The sources.csv given, else the folder's own when it has one."""
    if sources_csv is None and (articles_dir / SOURCES_NAME).is_file():
        sources_csv = articles_dir / SOURCES_NAME
    return Path(sources_csv) if sources_csv is not None else None


def sources_sha256(path: Path | None) -> str | None:
    """As `read_sources` reports it: the bytes' hash when the file is regular and readable, else None."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() if path and stat.S_ISREG(path.lstat().st_mode) else None
    except OSError:
        return None


class FolderRead(NamedTuple):
    """Every entry read (its name and bytes, or why it could not be read) and what walking set aside.
    `key(sha)` is the key of the ingest built from it with the sources.csv whose bytes hash to `sha`:
    the same key, the same tables (from the same code)."""

    articles_dir: Path
    sources_csv: Path | None
    entries: list[Entry]
    walked: list[Rejection]
    data: list[bytes | Rejection]  # one per entry
    digest: Any  # a sha256 of all the above, before sources.csv

    def key(self, sources_sha: str | None) -> str:
        digest = self.digest.copy()
        digest.update(f"\0{sources_sha}".encode())
        return digest.hexdigest()


def read_folder(articles_dir: Path, sources_csv: Path | None = None) -> FolderRead:
    articles_dir = Path(articles_dir)
    sources_csv = sources_path(articles_dir, sources_csv)
    entries, walked = walk_folder(articles_dir, (sources_csv,) if sources_csv else ())
    digest = hashlib.sha256(repr((str(articles_dir), str(sources_csv), walked)).encode())
    data = []
    for entry in entries:
        read = read_bytes(articles_dir, entry)
        digest.update(f"\0{entry.name}\0{entry.rel}\0".encode())
        digest.update(hashlib.sha256(read).digest() if isinstance(read, bytes) else repr(read).encode())
        data.append(read)
    return FolderRead(articles_dir, sources_csv, entries, walked, data, digest)


def folder_key(articles_dir: Path, sources_csv: Path | None = None) -> str:
    """The key `load_folder` gives the folder as it is now, read without building anything."""
    read = read_folder(articles_dir, sources_csv)
    return read.key(sources_sha256(read.sources_csv))
