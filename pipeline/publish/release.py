"""Decide whether and as what version to publish, then write the release and swap it into place.

Everything (release folder, bundle, new index.json, and the staged warehouse
when given) is written into a pending folder first, then committed as one
transaction (transaction.py): the warehouse and the latest release change
together or not at all.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.publish.atomic import fsync_tree, remove_leftovers, write_json_atomic
from pipeline.publish.bundle import write_bundle
from pipeline.publish.datapackage import PACKAGE, fingerprints
from pipeline.publish.duckdb_store import write_duckdb
from pipeline.publish.latest import point_latest
from pipeline.publish.manifest import CHECKSUMS, INDEX, UNCHECKSUMMED, next_index, sha256_file
from pipeline.publish.previous import ReleaseTables, latest_release, rebased_version
from pipeline.publish.profile import release_columns
from pipeline.publish.release_files import fill_release
from pipeline.publish.release_tables import Converted, finish_tables, stage_tables
from pipeline.publish.transaction import commit, pending_dir, recover_publish
from pipeline.publish.version import bump, change_level
from schemas import TABLE_SCHEMAS

TABLES_FOLDER = ".tables"  # in the pending folder: the tables written before the version is known
(DATABASE,) = UNCHECKSUMMED  # dataset.duckdb: written beside the release folder, moved in once the bundle holds it


@dataclass
class Published:
    version: str
    folder: Path
    rows: dict[str, int]
    level: str | None  # None: unchanged, nothing written
    bundle: Path | None = None
    changes: dict = field(default_factory=dict)


def publish_release(releases_dir: Path, frames: Mapping[str, pd.DataFrame], *, include_text: bool = False,
                    inputs: list[dict] | None = None, code: dict | None = None, created: str | None = None,
                    charts: dict[str, bytes] | None = None, warehouse: tuple[Path, Path] | None = None,
                    token: str = "release", rebase: bool = False, converted: Converted | None = None) -> Published:
    """Publish `frames` as the next version, or report the latest one unchanged. Call under the build lock.

    `warehouse` is (staged file, final path): it is committed in the same transaction as the release.
    `converted` gives a table already converted to Arrow, when there is one (`arrow_once.py`).
    """
    releases_dir.mkdir(parents=True, exist_ok=True)
    recover_publish(releases_dir, keep=token)
    remove_leftovers(releases_dir)
    pending = pending_dir(releases_dir, token)
    moves = [warehouse] if warehouse else []
    columns = {name: release_columns(name, include_text) for name in TABLE_SCHEMAS}
    # --rebase: the previous release is not read at all (it may be damaged); a new major version starts.
    prev = None if rebase else latest_release(releases_dir, TABLE_SCHEMAS)
    # The tables one at a time, written as they are compared, into what becomes the release folder.
    written = pending / TABLES_FOLDER
    written.mkdir(mode=0o755)
    tables = stage_tables(frames, columns, prev.tables if prev else None, written, converted)
    rows, diffs = tables.rows, tables.diffs
    old_fp = prev.table_fingerprints() or {"": ""} if prev else None  # {"": ""}: unknown -> major
    level = "major" if rebase else change_level(old_fp, fingerprints(columns)["tables"], diffs)
    if level is None:
        commit(releases_dir, moves)
        shutil.rmtree(pending)
        point_latest(releases_dir, prev.version)
        return Published(prev.version, prev.folder, rows, None)
    version = rebased_version(releases_dir) if rebase else bump(prev.version if prev else None, level)
    summary = {"since": prev.version if prev else None, "level": level, **({"rebased": True} if rebase else {}),
               **{k: sum(len(getattr(d, k)) for d in diffs.values()) for k in ("added", "removed", "changed")}}
    staged = pending / version
    written.rename(staged)
    finish_tables(tables, frames, columns, staged, converted)
    database = pending / DATABASE
    # dataset.duckdb reads the Parquet files just written, and DuckDB releases the GIL while it writes: it is
    # written in a thread while this one writes the documents and the bundle deflates its other members.
    with ThreadPoolExecutor(max_workers=1) as background:
        written_database = background.submit(write_duckdb, database, ReleaseTables(staged, list(TABLE_SCHEMAS)),
                                             atomic_pause=False)
        descriptor = fill_release(staged, version, tables, charts or {}, prev, columns,
                                  meta=dict(created=created, inputs=inputs or [], code=code or {}, changes=summary))
        bundle_name = f"{PACKAGE['name']}-{version}.zip"
        write_bundle(staged, pending / bundle_name, prefix=f"{PACKAGE['name']}-{version}",
                     later={DATABASE: (database, written_database)})
    os.replace(database, staged / DATABASE)
    index = next_index(releases_dir, version, rows, level=level, created=created,
                       bundle={"path": bundle_name, "sha256": sha256_file(pending / bundle_name)}, changes=summary,
                       hashes={r["name"]: r["hash"] for r in descriptor["resources"]},
                       checksums_sha256=sha256_file(staged / CHECKSUMS))
    write_json_atomic(pending / INDEX, index)
    fsync_tree(pending)
    # index.json last: until it moves, readers see the previous release as the latest.
    commit(releases_dir, [(staged, releases_dir / version), (pending / bundle_name, releases_dir / bundle_name),
                          *moves, (pending / INDEX, releases_dir / INDEX)])
    shutil.rmtree(pending)
    point_latest(releases_dir, version)
    return Published(version, releases_dir / version, rows, level, releases_dir / bundle_name, summary)
