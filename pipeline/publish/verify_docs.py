"""Checks of what makes a release explain itself: its documents are there, and each CSV copy
holds the same columns and rows as its Parquet file."""

from __future__ import annotations

import csv

import pyarrow.parquet as pq

from pipeline.publish.csv_export import csv_cell
from pipeline.publish.release_docs import DOCUMENTS


def parquet_resources(descriptor: dict) -> dict:
    """The descriptor restricted to its Parquet resources (the CSV copies are checked here instead)."""
    return {**descriptor, "resources": [r for r in descriptor.get("resources", []) if r.get("format") == "parquet"]}


def _csv_problems(folder, resource: dict, by_name: dict) -> list[str]:
    source = by_name.get(resource["name"].removesuffix("_csv"))
    if source is None:
        return [f"{resource['path']}: no Parquet resource {resource['name'].removesuffix('_csv')!r} to compare with"]
    try:
        table = pq.read_table(folder / source["path"])
    except Exception:
        return []
    try:
        with open(folder / resource["path"], encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
    except (OSError, UnicodeDecodeError) as err:
        return [f"{resource['path']}: unreadable ({err})"]
    expected = [table.column_names] + [[csv_cell(row[c]) for c in table.column_names] for row in table.to_pylist()]
    if rows[:1] != expected[:1]:
        return [f"{resource['path']}: columns differ from {source['path']}"]
    if rows != expected:
        return [f"{resource['path']}: rows differ from {source['path']}"]
    return []


def document_problems(folder, descriptor: dict) -> list[str]:
    problems = [f"{name}: missing" for name in DOCUMENTS if not (folder / name).is_file()]
    listed = {d.get("path") for d in descriptor.get("documentation", [])}
    problems += [f"datapackage.json: {name} not listed under documentation" for name in DOCUMENTS if name not in listed]
    by_name = {r["name"]: r for r in parquet_resources(descriptor)["resources"]}
    copies = [r for r in descriptor.get("resources", []) if r.get("format") == "csv"]
    problems += [f"datapackage.json: no CSV copy of {name}" for name in by_name
                 if f"{name}_csv" not in {r["name"] for r in copies}]
    for resource in copies:
        problems += _csv_problems(folder, resource, by_name)
    return problems
