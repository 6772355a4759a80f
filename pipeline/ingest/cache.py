"""The ingest cache: each file's row (or the reason it was set aside), keyed by the file's bytes, its name
and its sources.csv row, under a fingerprint of the ingest code and the tables it reads.

An unchanged article is then read (to hash it) but never decoded, parsed as HTML or cleaned again. What
needs the whole folder (duplicates, stories) is still worked out on every build from the cached rows.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from pipeline.cache.entries import EntryStore
from pipeline.cache.fingerprint import files_under, fingerprint_of
from pipeline.ingest.model import Rejection, SourceRow
from pipeline.paths import LANGUAGE_PACKS_DIR, PACKAGE_DIR, TOPIC_PACKS_DIR

CODE_FOLDERS = (PACKAGE_DIR / "ingest", PACKAGE_DIR / "text", PACKAGE_DIR / "cache", LANGUAGE_PACKS_DIR,
                TOPIC_PACKS_DIR)
CODE_FILES = ("paths.py", "date_bounds.py")  # publication dates outside its bounds are set aside
LIBRARIES = ("ftfy", "trafilatura", "lxml", "lxml_html_clean", "pycountry")


@cache
def ingest_fingerprint() -> str:
    return fingerprint_of([*((name, PACKAGE_DIR / name) for name in CODE_FILES),
                           *(f for d in CODE_FOLDERS for f in files_under(d))], LIBRARIES)


def ingest_cache(root: Path) -> EntryStore:
    return EntryStore(root, ingest_fingerprint(), (dict, Rejection))


def entry_key(name: str, data: bytes, source: SourceRow | None) -> str:
    """What one file's row depends on: its name in the tables, its bytes and its sources.csv row."""
    digest = hashlib.sha256(data)
    digest.update(b"\0" + name.encode() + b"\0" + repr(source).encode())
    return digest.hexdigest()
