"""The latest published release, read back to compare the next build against."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.publish.manifest import read_index


@dataclass
class Previous:
    version: str
    folder: Path
    descriptor: dict
    tables: dict[str, pa.Table]

    def table_fingerprints(self) -> dict[str, str] | None:
        """None for a release made before fingerprints existed: treated as a schema change."""
        return (self.descriptor.get("schema_fingerprint") or {}).get("tables")


def latest_release(releases_dir: Path, table_names) -> Previous | None:
    index = read_index(releases_dir)
    version = index.get("latest")
    if not version:
        return None
    entry = next((r for r in index.get("releases", []) if r.get("version") == version), None)
    folder = releases_dir / (entry or {}).get("path", version)
    if not (folder / "datapackage.json").is_file():
        raise FileNotFoundError(f"index.json names release {version} but {folder}/datapackage.json is missing; "
                                "restore that folder or remove the entry from index.json")
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    tables = {name: pq.read_table(folder / f"{name}.parquet")
              for name in table_names if (folder / f"{name}.parquet").is_file()}
    return Previous(version, folder, descriptor, tables)
