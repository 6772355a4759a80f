"""The latest published release, read back (and checked) to compare the next build against.

A damaged latest release is never taken as "unchanged" nor diffed against: the
build stops with one line naming it and what to do.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.publish.manifest import INDEX, read_index
from pipeline.publish.verify_docs import parquet_resources
from pipeline.publish.verify_files import check_files, check_resources
from pipeline.publish.verify_index import check_index


class ReleaseTables(Mapping):
    """The release's tables, each read from its Parquet file when asked for and kept by no one here: the
    diff holds one previous table at a time instead of all of them (~50 MB at 10,000 articles)."""

    def __init__(self, folder: Path, names: list[str]) -> None:
        self.folder, self.names = folder, names

    def __getitem__(self, name: str) -> pa.Table:
        if name not in self.names:
            raise KeyError(name)
        return pq.read_table(self.folder / f"{name}.parquet")

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)


@dataclass
class Previous:
    version: str
    folder: Path
    descriptor: dict
    tables: Mapping[str, pa.Table]

    def table_fingerprints(self) -> dict[str, str] | None:
        """None for a release made before fingerprints existed: treated as a schema change."""
        return (self.descriptor.get("schema_fingerprint") or {}).get("tables")


_SEMVER = re.compile(r"(\d+)\.(\d+)\.(\d+)")


class CorruptRelease(RuntimeError):
    """The latest release (or index.json) is damaged: the next version cannot be computed against it."""


REMEDY = ("restore it (from its bundle or a backup) and build again, or build with --rebase to publish a new "
          "major version that does not compare against it")


def _damaged(what: str, problems: list[str]) -> CorruptRelease:
    more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
    return CorruptRelease(f"{what} is damaged: {problems[0]}{more}; {REMEDY}")


def _read_index(releases_dir: Path) -> dict:
    try:
        index = read_index(releases_dir)
        if not isinstance(index, dict) or not isinstance(index.get("releases", []), list):
            raise ValueError("not an index of releases")
        return index
    except (OSError, ValueError) as err:
        raise _damaged(f"{releases_dir / INDEX}", [f"unreadable ({err})"]) from None


def latest_release(releases_dir: Path, table_names) -> Previous | None:
    """The latest release, checked as `verify` checks it (files, datapackage.json, Parquet, index.json)."""
    index = _read_index(releases_dir)
    version = index.get("latest")
    if not version:
        return None
    entry = next((r for r in index["releases"] if isinstance(r, dict) and r.get("version") == version), None)
    folder = releases_dir / str((entry or {}).get("path", version))
    what = f"the latest release {version} ({folder})"
    if not folder.is_dir():
        raise _damaged(what, ["index.json names it but the folder is missing"])
    problems = check_files(folder)
    try:
        descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        # Tables the release does not have (made before a table was added) are not damage: they diff as new.
        problems += check_resources(parquet_resources(descriptor), frozenset()) + check_index(folder, descriptor)[0]
        listed = {r.get("name") for r in descriptor["resources"]}
        tables = ReleaseTables(folder, [name for name in table_names if name in listed])
        for name in tables:  # readable as Parquet (footer and schema); the bytes are checked against the sums
            pq.read_schema(folder / f"{name}.parquet")
    except (OSError, ValueError, pa.ArrowException, AttributeError, TypeError) as err:
        problems.append(f"{type(err).__name__}: {str(err)[:200]}")
    if problems:
        raise _damaged(what, problems)
    return Previous(version, folder, descriptor, tables)


def rebased_version(releases_dir: Path) -> str:
    """The next major version above every version found in index.json (if readable) or as a folder name."""
    found = [p.name for p in releases_dir.iterdir() if p.is_dir() and _SEMVER.fullmatch(p.name)]
    with contextlib.suppress(CorruptRelease):
        found += [str(r.get("version")) for r in _read_index(releases_dir)["releases"] if isinstance(r, dict)]
    majors = [int(m[1]) for v in found if (m := _SEMVER.fullmatch(v))]
    return f"{max(majors, default=0) + 1}.0.0"
