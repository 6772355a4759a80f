"""Frictionless Data Package descriptor (datapackage.json) generated from the schemas."""

from __future__ import annotations

import pandas as pd

from schemas import FOREIGN_KEYS, PRIMARY_KEYS, TABLE_SCHEMAS, table_description

FRICTIONLESS_TYPES = {
    "str": "string", "Int64": "integer", "boolean": "boolean",
    "float64": "number", "datetime64[ns]": "date", "object": "array",
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
        elif check.name == "string_list":
            out["maxItems"] = stats["max_items"]
    return out


def table_schema(name: str) -> dict:
    columns = TABLE_SCHEMAS[name].to_schema().columns
    return {
        "fields": [
            {"name": col, "type": FRICTIONLESS_TYPES[str(spec.dtype)], "description": spec.description,
             "constraints": _constraints(spec, PRIMARY_KEYS[name])}
            for col, spec in columns.items()
        ],
        "primaryKey": list(PRIMARY_KEYS[name]),
        "foreignKeys": [
            {"fields": col, "reference": {"resource": ref, "fields": ref_col}}
            for col, ref, ref_col in FOREIGN_KEYS[name]
        ],
    }


def datapackage(version: str, files: dict[str, dict]) -> dict:
    """`files` maps table name to {"path", "bytes", "hash", "rows"} of its Parquet file."""
    return {
        **PACKAGE,
        "version": version,
        "resources": [
            {
                "name": name, "path": info["path"], "format": "parquet",
                "mediatype": "application/vnd.apache.parquet", "profile": "tabular-data-resource",
                "description": table_description(name), "bytes": info["bytes"], "hash": info["hash"],
                "rows": info["rows"], "schema": table_schema(name),
            }
            for name, info in files.items()
        ],
    }
