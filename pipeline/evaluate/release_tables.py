"""The release to score: a release folder, or an output folder whose index.json names the latest."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

TABLES = ("articles", "personnel_counts", "statements", "locations", "location_mentions",
          "entities", "entity_mentions")


def resolve_release(path: Path) -> Path:
    if (path / "personnel_counts.parquet").exists():
        return path
    index = path / "releases" / "index.json"
    if not index.exists():
        raise FileNotFoundError(f"no release under {path}: expected personnel_counts.parquet or releases/index.json")
    data = json.loads(index.read_text(encoding="utf-8"))
    entry = next((r for r in data.get("releases", []) if r.get("version") == data["latest"]), {})
    return index.parent / entry.get("path", data["latest"])


def read_tables(release: Path) -> dict[str, list[dict]]:
    """Rows as dicts (dates as datetime.date, lists as lists); a missing table is empty."""
    return {name: pq.read_table(release / f"{name}.parquet").to_pylist()
            if (release / f"{name}.parquet").exists() else [] for name in TABLES}
