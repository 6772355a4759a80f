"""Frictionless Data Package descriptor (datapackage.json) generated from the schemas.

Two concessions to `frictionless validate`, which reads Parquet through pandas:
list columns are typed "any" (pandas hands it numpy arrays, which its "array"
type rejects) with the exact type kept in `arrowType`; and nullable numbers
list "nan" as a missing value (pandas turns a null integer into NaN).
"""

from __future__ import annotations

import pandas as pd

from pipeline.publish.arrow import ARROW_TYPES, type_name
from pipeline.publish.diff import CHANGES_SCHEMA
from pipeline.publish.version import package_fingerprint, table_fingerprint
from schemas import FOREIGN_KEYS, PRIMARY_KEYS, TABLE_SCHEMAS, table_description

FRICTIONLESS_TYPES = {
    "str": "string", "Int64": "integer", "boolean": "boolean",
    "float64": "number", "datetime64[ns]": "date", "object": "any",
}

PACKAGE = {
    "name": "syria-iraq-personnel",
    "title": "Syrian ex-regime military personnel in Iraq (December 2024 onwards)",
    "description": (
        "Personnel counts, places, statements, persons and organisations read out of news "
        "articles about the Syrian soldiers and officers who crossed into Iraq at Al-Qaim in "
        "December 2024. Every row points at character offsets in the cleaned article text."
    ),
    "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                  "path": "https://creativecommons.org/licenses/by/4.0/"}],
    "sources": [{"title": "News articles; outlet, title and URL of each are in the articles table"}],
}


def _plain(value):
    return value.date().isoformat() if isinstance(value, pd.Timestamp) else value


def _constraints(spec, primary_key: tuple[str, ...]) -> dict:
    out: dict = {"required": not spec.nullable}
    if list(primary_key) == [spec.name]:
        out["unique"] = True
    for check in spec.checks:
        stats = check.statistics
        if check.name == "isin" and str(spec.dtype) != "boolean":
            out["enum"] = list(stats["allowed_values"])
        elif check.name in ("greater_than_or_equal_to", "in_range") and "min_value" in stats:
            out["minimum"] = _plain(stats["min_value"])
        if check.name in ("less_than_or_equal_to", "in_range") and "max_value" in stats:
            out["maximum"] = _plain(stats["max_value"])
        elif check.name == "str_matches":
            out["pattern"] = stats["pattern"]
        elif check.name == "str_length":
            out["minLength"], out["maxLength"] = stats["min_value"], stats["max_value"]
    return out


def _field(name: str, type_: str, arrow_type: str, description: str, constraints: dict) -> dict:
    out = {"name": name, "type": type_, "arrowType": arrow_type, "description": description,
           "constraints": constraints}
    if type_ in ("integer", "number") and not constraints.get("required"):
        out["missingValues"] = ["", "nan"]
    return out


def table_schema(name: str, columns: list[str] | None = None) -> dict:
    specs = TABLE_SCHEMAS[name].to_schema().columns
    return {
        "fields": [
            _field(col, FRICTIONLESS_TYPES[str(spec.dtype)], type_name(ARROW_TYPES[str(spec.dtype)]),
                   spec.description, _constraints(spec, PRIMARY_KEYS[name]))
            for col, spec in specs.items() if columns is None or col in columns
        ],
        "primaryKey": list(PRIMARY_KEYS[name]),
        "foreignKeys": [
            {"fields": col, "reference": {"resource": ref, "fields": ref_col}}
            for col, ref, ref_col in FOREIGN_KEYS[name]
        ],
    }


def changes_schema() -> dict:
    fields = [_field(f.name, "any" if str(f.type).startswith("list") else "string", type_name(f.type),
                     f.metadata[b"description"].decode(), {"required": True}) for f in CHANGES_SCHEMA]
    fields[2]["constraints"]["enum"] = ["added", "removed", "changed"]
    return {"fields": fields, "primaryKey": ["table", "row_id"]}


def fingerprints(columns: dict[str, list[str]]) -> dict:
    """Per-table and package fingerprints of the published schemas (see version.py)."""
    tables = {name: table_fingerprint(table_schema(name, cols)) for name, cols in columns.items()}
    return {"package": package_fingerprint(tables), "tables": tables}


def _resource(name: str, path: str, description: str, schema: dict, info: dict) -> dict:
    return {"name": name, "path": path, "format": "parquet", "mediatype": "application/vnd.apache.parquet",
            "profile": "tabular-data-resource", "description": description, "hash": info["hash"],
            "rows": info["rows"], "schema": schema}


def _csv_resource(parquet: dict, info: dict) -> dict:
    """The CSV copy of a Parquet resource: same fields and key; foreign keys stay on the Parquet side."""
    schema = {k: v for k, v in parquet["schema"].items() if k != "foreignKeys"}
    return {**parquet, "name": f"{parquet['name']}_csv", "path": info["path"], "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "hash": info["hash"], "schema": schema,
            "description": f"CSV copy of {parquet['name']}.parquet (list cells as JSON arrays)."}


def datapackage(version: str, files: dict[str, dict], columns: dict[str, list[str]], *,
                created: str | None, inputs: list[dict], code: dict, changes: dict,
                csv_files: dict[str, dict] | None = None, documents: list[dict] | None = None) -> dict:
    """`files` maps table name (and "changes") to {"path", "hash", "rows"} of its Parquet file,
    `csv_files` the same names to their CSV copies; `documents` lists the release's text files.

    No "bytes": frictionless cannot count the bytes of a Parquet source and reports a mismatch.
    """
    resources = [_resource(name, info["path"], table_description(name), table_schema(name, columns[name]), info)
                 for name, info in files.items() if name != "changes"]
    resources.append(_resource("changes", files["changes"]["path"],
                               "Rows added, removed or changed since the previous release.",
                               changes_schema(), files["changes"]))
    resources += [_csv_resource(res, csv_files[res["name"]]) for res in list(resources)
                  if res["name"] in (csv_files or {})]
    return {
        **PACKAGE,
        "version": version,
        **({"created": created} if created else {}),
        "schema_fingerprint": fingerprints(columns),
        "inputs": inputs,
        "code": code,
        "changes": changes,
        "documentation": documents or [],
        "resources": resources,
    }
