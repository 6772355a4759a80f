"""Release manifests: SHA256SUMS inside a release and releases/index.json beside them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pipeline.publish.atomic import write_json_atomic

CHECKSUMS = "SHA256SUMS"
INDEX = "index.json"
UNCHECKSUMMED = ("dataset.duckdb",)  # not byte-reproducible; see duckdb_store.py


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def checksummed_files(release_dir: Path) -> list[Path]:
    return sorted(p for p in release_dir.rglob("*")
                  if p.is_file() and p.name != CHECKSUMS and p.relative_to(release_dir).as_posix() not in UNCHECKSUMMED)


def write_checksums(release_dir: Path) -> None:
    """`sha256sum -c SHA256SUMS` format, sorted by path, every file but itself and dataset.duckdb."""
    lines = [f"{sha256_file(p)}  {p.relative_to(release_dir).as_posix()}\n" for p in checksummed_files(release_dir)]
    (release_dir / CHECKSUMS).write_text("".join(lines), encoding="utf-8")


def read_checksums(release_dir: Path) -> dict[str, str]:
    listed = {}
    for line in (release_dir / CHECKSUMS).read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        listed[name] = digest
    return listed


def _version_key(version: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in version.split("."))


def read_index(releases_dir: Path) -> dict:
    path = releases_dir / INDEX
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"latest": None, "releases": []}


def next_index(releases_dir: Path, version: str, tables: dict[str, int], **extra) -> dict:
    """index.json with `version` added (or replaced) and made the latest; written by the caller.

    An unreadable index.json only gets here on a --rebase build: it starts a new list then.
    """
    try:
        index = read_index(releases_dir)
    except ValueError:
        index = {"releases": []}
    releases = [r for r in index.get("releases", []) if r.get("version") != version]
    releases.append({"version": version, "path": version, "tables": dict(tables), **extra})
    releases.sort(key=lambda r: _version_key(r["version"]))
    return {"latest": version, "releases": releases}


def update_index(releases_dir: Path, version: str, tables: dict[str, int], **extra) -> dict:
    """Add or replace `version` in index.json (atomically) and make it the latest."""
    index = next_index(releases_dir, version, tables, **extra)
    write_json_atomic(releases_dir / INDEX, index)
    return index
