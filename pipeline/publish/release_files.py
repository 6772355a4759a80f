"""The files of one release folder: Parquet and CSV per table, changes, changelog, charts, the documents
(README, codebook, citation, licence, queries), DuckDB, descriptor, sums."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa

from pipeline.publish.changelog import render_changelog
from pipeline.publish.csv_export import CSV_DIR, write_csv
from pipeline.publish.datapackage import datapackage
from pipeline.publish.diff import TableDiff, changes_table
from pipeline.publish.duckdb_store import write_duckdb
from pipeline.publish.manifest import sha256_file, write_checksums
from pipeline.publish.parquet import write_parquet
from pipeline.publish.release_docs import DOCUMENTS, write_documents
from pipeline.publish.release_readme import render_readme


def _write_table(folder: Path, name: str, table: pa.Table) -> dict:
    path = folder / f"{name}.parquet"
    write_parquet(table, path)
    return {"path": path.name, "hash": f"sha256:{sha256_file(path)}", "rows": table.num_rows}


def _write_csv(folder: Path, name: str, table: pa.Table) -> dict:
    path = folder / CSV_DIR / f"{name}.csv"
    write_csv(table, path)
    return {"path": f"{CSV_DIR}/{name}.csv", "hash": f"sha256:{sha256_file(path)}", "rows": table.num_rows}


def _write_documents(folder: Path, version: str, tables: dict[str, pa.Table], created: str | None) -> list[dict]:
    include_text = "text" in tables["articles"].column_names
    readme = render_readme(version, created, {n: t.num_rows for n, t in tables.items()}, include_text)
    write_documents(folder, version, created, include_text, readme)
    return [{"path": name, "description": text, "hash": f"sha256:{sha256_file(folder / name)}"}
            for name, text in DOCUMENTS.items()]


def _write_charts(folder: Path, charts: dict[str, bytes]) -> None:
    if charts:
        (folder / "charts").mkdir()
    for name, png in sorted(charts.items()):
        (folder / "charts" / (name if name.endswith(".png") else f"{name}.png")).write_bytes(png)


def fill_release(folder: Path, version: str, tables: dict[str, pa.Table], charts: dict[str, bytes],
                 diffs: dict[str, TableDiff], prev, columns: dict[str, list[str]], *, meta: dict) -> dict:
    """Write every file of the release into `folder`; returns its datapackage.json descriptor."""
    files = {name: _write_table(folder, name, table) for name, table in tables.items()}
    changes = changes_table(diffs)
    files["changes"] = _write_table(folder, "changes", changes)
    csv_files = {name: _write_csv(folder, name, table) for name, table in {**tables, "changes": changes}.items()}
    documents = _write_documents(folder, version, tables, meta["created"])
    changelog = render_changelog(version, prev.version if prev else None, diffs,
                                 prev.tables if prev else {}, tables, meta["changes"]["level"])
    (folder / "CHANGELOG.md").write_text(changelog, encoding="utf-8")
    _write_charts(folder, charts)
    write_duckdb(folder / "dataset.duckdb", tables, atomic_pause=False)
    descriptor = datapackage(version, files, columns, **meta, csv_files=csv_files, documents=documents)
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=2) + "\n", encoding="utf-8")
    write_checksums(folder)
    return descriptor
