"""Semantic release versions computed from what changed (Frictionless data-package recipe).

MAJOR: a field added, removed or retyped, or a vocabulary (enum) changed in a
       table both releases have, or a table removed -> the schema fingerprint differs.
MINOR: rows or tables added.
PATCH: existing rows corrected or removed.
None:  nothing changed -> no new release.
"""

from __future__ import annotations

import hashlib
import json

from pipeline.publish.diff import TableDiff

FIRST_VERSION = "1.0.0"
# Only what changes the meaning of the data counts; descriptions are documentation.
FINGERPRINT_KEYS = ("name", "type", "constraints", "arrowType")


def table_fingerprint(table_schema: dict) -> str:
    fields = [{k: f[k] for k in FINGERPRINT_KEYS if k in f} for f in table_schema["fields"]]
    canon = {"fields": fields, "primaryKey": table_schema.get("primaryKey"),
             "foreignKeys": table_schema.get("foreignKeys")}
    return hashlib.sha256(json.dumps(canon, sort_keys=True).encode()).hexdigest()


def package_fingerprint(tables: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(tables, sort_keys=True).encode()).hexdigest()


def change_level(old_fp: dict[str, str] | None, new_fp: dict[str, str], diffs: dict[str, TableDiff]) -> str | None:
    """'major', 'minor', 'patch' or None (unchanged)."""
    if old_fp is None:
        return "major"
    if any(name not in new_fp or new_fp[name] != fp for name, fp in old_fp.items()):
        return "major"
    if set(new_fp) - set(old_fp) or any(d.added for d in diffs.values()):
        return "minor"
    if any(d.removed or d.changed for d in diffs.values()):
        return "patch"
    return None


def bump(previous: str | None, level: str) -> str:
    if previous is None:
        return FIRST_VERSION
    major, minor, patch = (int(p) for p in previous.split(".")[:3])
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"
