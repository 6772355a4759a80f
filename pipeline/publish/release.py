"""Decide whether and as what version to publish, then write the release and swap it into place.

Order of commits, each atomic: release folder (staging renamed), bundle zip,
index.json last. A build killed before the folder rename leaves only a hidden
staging folder (cleaned up by the next build); killed after it, index.json
still names the previous release, which stays complete and valid.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.publish.arrow import to_arrow
from pipeline.publish.atomic import remove_leftovers, replace_dir
from pipeline.publish.bundle import write_bundle
from pipeline.publish.datapackage import PACKAGE, fingerprints
from pipeline.publish.diff import diff_release
from pipeline.publish.latest import point_latest
from pipeline.publish.manifest import sha256_file, update_index
from pipeline.publish.previous import latest_release
from pipeline.publish.profile import release_columns
from pipeline.publish.release_files import fill_release
from pipeline.publish.version import bump, change_level
from schemas import TABLE_SCHEMAS


@dataclass
class Published:
    version: str
    folder: Path
    rows: dict[str, int]
    level: str | None  # None: unchanged, nothing written
    bundle: Path | None = None
    changes: dict = field(default_factory=dict)


def publish_release(releases_dir: Path, frames: dict[str, pd.DataFrame], *, include_text: bool = False,
                    inputs: list[dict] | None = None, code: dict | None = None,
                    created: str | None = None, charts: dict[str, bytes] | None = None) -> Published:
    """Publish `frames` as the next version, or report the latest one unchanged. Call under the build lock."""
    releases_dir.mkdir(parents=True, exist_ok=True)
    remove_leftovers(releases_dir)
    columns = {name: release_columns(name, include_text) for name in TABLE_SCHEMAS}
    new = {name: to_arrow(name, frames[name], columns[name]) for name in TABLE_SCHEMAS}
    rows = {name: t.num_rows for name, t in new.items()}
    prev = latest_release(releases_dir, TABLE_SCHEMAS)
    diffs = diff_release(prev.tables if prev else {}, new)
    old_fp = prev.table_fingerprints() or {"": ""} if prev else None  # {"": ""}: unknown -> major
    level = change_level(old_fp, fingerprints(columns)["tables"], diffs)
    if level is None:
        point_latest(releases_dir, prev.version)
        return Published(prev.version, prev.folder, rows, None)
    version = bump(prev.version if prev else None, level)
    summary = {"since": prev.version if prev else None, "level": level,
               **{k: sum(len(getattr(d, k)) for d in diffs.values()) for k in ("added", "removed", "changed")}}
    staging = Path(tempfile.mkdtemp(prefix=".stage-", dir=releases_dir))
    try:
        fill_release(staging, version, new, charts or {}, diffs, prev, columns,
                     meta=dict(created=created, inputs=inputs or [], code=code or {}, changes=summary))
        staging.chmod(0o755)  # mkdtemp makes it private; a release is meant to be read
        final = releases_dir / version
        replace_dir(staging, final)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    bundle = releases_dir / f"{PACKAGE['name']}-{version}.zip"
    write_bundle(final, bundle, prefix=f"{PACKAGE['name']}-{version}")
    update_index(releases_dir, version, rows, level=level, created=created,
                 bundle={"path": bundle.name, "sha256": sha256_file(bundle)}, changes=summary)
    point_latest(releases_dir, version)
    return Published(version, final, rows, level, bundle, summary)
