"""The files of one release folder: Parquet and CSV per table, changes, changelog, charts, the documents
(README, codebook, citation, licence, queries), DuckDB, descriptor, sums."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.publish.changelog import render_changelog
from pipeline.publish.datapackage import datapackage
from pipeline.publish.diff import changes_table
from pipeline.publish.manifest import sha256_file, write_checksums
from pipeline.publish.previous import ReleaseTables
from pipeline.publish.release_docs import DOCUMENTS, write_documents
from pipeline.publish.release_readme import render_readme
from pipeline.publish.release_tables import StagedTables, write_table, write_table_csv
from schemas import TABLE_SCHEMAS


def _write_documents(folder: Path, version: str, rows: dict[str, int], include_text: bool,
                     created: str | None) -> list[dict]:
    readme = render_readme(version, created, rows, include_text)
    write_documents(folder, version, created, include_text, readme)
    return [{"path": name, "description": text, "hash": f"sha256:{sha256_file(folder / name)}"}
            for name, text in DOCUMENTS.items()]


def _write_charts(folder: Path, charts: dict[str, bytes]) -> None:
    if charts:
        (folder / "charts").mkdir()
    for name, png in sorted(charts.items()):
        (folder / "charts" / (name if name.endswith(".png") else f"{name}.png")).write_bytes(png)


def fill_release(folder: Path, version: str, tables: StagedTables, charts: dict[str, bytes], prev,
                 columns: dict[str, list[str]], *, meta: dict) -> dict:
    """Write the rest of the release into `folder`, which holds every table's Parquet and CSV files
    (`release_tables.py`); returns its datapackage.json descriptor."""
    changes = changes_table(tables.diffs)
    files = {**{name: tables.parquet[name] for name in TABLE_SCHEMAS}, "changes": write_table(folder, "changes", changes)}
    csv_files = {**{name: tables.csv[name] for name in TABLE_SCHEMAS},
                 "changes": write_table_csv(folder, "changes", changes)}
    include_text = "text" in columns["articles"]
    documents = _write_documents(folder, version, tables.rows, include_text, meta["created"])
    new = ReleaseTables(folder, list(TABLE_SCHEMAS))  # read back one at a time, from the files just written
    changelog = render_changelog(version, prev.version if prev else None, tables.diffs,
                                 prev.tables if prev else {}, new, meta["changes"]["level"])
    (folder / "CHANGELOG.md").write_text(changelog, encoding="utf-8")
    _write_charts(folder, charts)
    descriptor = datapackage(version, files, columns, **meta, csv_files=csv_files, documents=documents)
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=2) + "\n", encoding="utf-8")
    write_checksums(folder)
    return descriptor
