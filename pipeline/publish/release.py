"""Assemble a release folder (Parquet, DuckDB, datapackage, checksums) and swap it into place."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from pipeline.publish.arrow import to_arrow
from pipeline.publish.datapackage import datapackage
from pipeline.publish.duckdb_store import write_duckdb
from pipeline.publish.manifest import sha256_file, update_index, write_checksums
from pipeline.publish.parquet import write_parquet
from schemas import TABLE_SCHEMAS


def _fill_release(folder: Path, version: str, frames: dict[str, pd.DataFrame]) -> dict[str, int]:
    tables = {name: to_arrow(name, frames[name]) for name in TABLE_SCHEMAS}
    files = {}
    for name, table in tables.items():
        path = folder / f"{name}.parquet"
        write_parquet(table, path)
        files[name] = {"path": path.name, "bytes": path.stat().st_size,
                       "hash": f"sha256:{sha256_file(path)}", "rows": table.num_rows}
    write_duckdb(folder / "dataset.duckdb", tables)
    descriptor = datapackage(version, files)
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=2) + "\n", encoding="utf-8")
    write_checksums(folder)
    return {name: table.num_rows for name, table in tables.items()}


def _swap_into_place(staging: Path, final: Path) -> None:
    """Rename staging to final; an existing release of that version is moved aside first."""
    old = None
    if final.exists():
        old = final.with_name(f".{final.name}-old-{os.getpid()}")
        os.rename(final, old)
    os.rename(staging, final)
    if old is not None:
        shutil.rmtree(old)


def publish_release(releases_dir: Path, version: str, frames: dict[str, pd.DataFrame]) -> tuple[Path, dict[str, int]]:
    """Write releases/<version>/ and point index.json at it; returns (folder, rows per table)."""
    releases_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{version}-", dir=releases_dir))
    try:
        rows = _fill_release(staging, version, frames)
        staging.chmod(0o755)  # mkdtemp makes it private; a release is meant to be read
        final = releases_dir / version
        _swap_into_place(staging, final)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    update_index(releases_dir, version, rows)
    return final, rows
