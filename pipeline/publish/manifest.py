"""Release manifests: SHA256SUMS inside a release and releases/index.json beside them."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

CHECKSUMS = "SHA256SUMS"
INDEX = "index.json"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_checksums(release_dir: Path) -> None:
    """`sha256sum -c SHA256SUMS` format, sorted by path, every file but itself."""
    files = sorted(p for p in release_dir.rglob("*") if p.is_file() and p.name != CHECKSUMS)
    lines = [f"{sha256_file(p)}  {p.relative_to(release_dir).as_posix()}\n" for p in files]
    (release_dir / CHECKSUMS).write_text("".join(lines), encoding="utf-8")


def _version_key(version: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in version.split("."))


def write_json_atomic(path: Path, data) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def update_index(releases_dir: Path, version: str, tables: dict[str, int]) -> dict:
    """Add or replace `version` in index.json and make it the latest."""
    path = releases_dir / INDEX
    index = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"releases": []}
    releases = [r for r in index.get("releases", []) if r.get("version") != version]
    releases.append({"version": version, "path": version, "tables": dict(tables)})
    releases.sort(key=lambda r: _version_key(r["version"]))
    index = {"latest": version, "releases": releases}
    write_json_atomic(path, index)
    return index
