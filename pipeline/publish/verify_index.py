"""verify, part two: does the release agree with releases/index.json beside it?

A release can be edited and resealed (Parquet rewritten, datapackage.json and
SHA256SUMS recomputed) so that it agrees with itself. index.json, written when
the release was published, records each table's hash and row count and the
hash of SHA256SUMS (which covers every other file): a resealed edit no longer
matches it. Without an index beside it, a release can only be checked against itself.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.publish.manifest import CHECKSUMS, INDEX, sha256_file

NO_ENTRY = f"no {INDEX} entry"


def _entry(index_path: Path, *, folder_name: str | None = None, bundle_name: str | None = None) -> dict | None:
    if not index_path.is_file():
        return None
    try:
        index = json.loads(index_path.read_text(encoding="utf-8"))
        releases = index["releases"]
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise ValueError(f"{INDEX}: unreadable ({type(err).__name__})") from None
    for entry in releases if isinstance(releases, list) else []:
        if not isinstance(entry, dict):
            continue
        if folder_name and entry.get("path") == folder_name:
            return entry
        if bundle_name and (entry.get("bundle") or {}).get("path") == bundle_name:
            return entry
    return None


def _compare(folder: Path, descriptor: dict, entry: dict) -> list[str]:
    problems = []
    if entry.get("version") != descriptor.get("version"):
        problems.append(f"datapackage.json: version {descriptor.get('version')} but {INDEX} says {entry.get('version')}")
    hashes, rows = entry.get("hashes") or {}, entry.get("tables") or {}
    for res in descriptor.get("resources", []):
        name = res.get("name")
        if name in hashes and res.get("hash") != hashes[name]:
            problems.append(f"{res.get('path')}: hash differs from the one {INDEX} recorded at publication")
        if name in rows and res.get("rows") != rows[name]:
            problems.append(f"{res.get('path')}: {res.get('rows')} rows, {INDEX} recorded {rows[name]}")
    for name in sorted((set(hashes) | set(rows)) - {r.get("name") for r in descriptor.get("resources", [])}):
        problems.append(f"datapackage.json: table {name} is missing ({INDEX} recorded it at publication)")
    expected = entry.get("checksums_sha256")
    if expected and (folder / CHECKSUMS).is_file() and sha256_file(folder / CHECKSUMS) != expected:
        problems.append(f"{CHECKSUMS}: differs from the one {INDEX} recorded at publication (a file was changed)")
    return problems


def check_index(folder: Path, descriptor: dict, bundle: Path | None = None) -> tuple[list[str], list[str]]:
    """(problems, notes): disagreements with index.json, and what could not be checked.

    A note starting with NO_ENTRY means there was no index to compare with.
    """
    where = bundle or folder
    try:
        entry = (_entry(where.parent / INDEX, bundle_name=bundle.name) if bundle
                 else _entry(where.parent / INDEX, folder_name=folder.name))
    except ValueError as err:
        return [str(err)], []
    if entry is None:
        return [], [f"{NO_ENTRY} beside {where.name}: checked against itself only"]
    problems = _compare(folder, descriptor, entry)
    if bundle and (entry.get("bundle") or {}).get("sha256") not in (None, sha256_file(bundle)):
        problems.append(f"{bundle.name}: sha256 differs from {INDEX}")
    notes = [] if entry.get("hashes") else [f"{INDEX} entry has no table hashes (an older release)"]
    return problems, notes
