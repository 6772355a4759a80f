"""The downloadable bundle of a release: a deterministic zip of the release folder.

Fixed timestamps, fixed permissions and sorted entries: the same folder gives
the same zip bytes, so its sha256 (listed in index.json) identifies the content.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry


def write_bundle(folder: Path, target: Path, prefix: str) -> None:
    """Zip every file of `folder` under `prefix/`, written to a temp file and renamed into place."""
    tmp = target.with_name(f".{target.name}.tmp")
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    with zipfile.ZipFile(tmp, "w") as zf:
        for path in files:
            info = zipfile.ZipInfo(f"{prefix}/{path.relative_to(folder).as_posix()}", date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # unix, whatever system builds it
            zf.writestr(info, path.read_bytes(), compresslevel=9)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def extract_bundle(bundle: Path, into: Path) -> Path:
    """Unpack a bundle (refusing paths that escape `into`); returns the release folder inside it."""
    with zipfile.ZipFile(bundle) as zf:
        for name in zf.namelist():
            dest = (into / name).resolve()
            if not dest.is_relative_to(into.resolve()):
                raise ValueError(f"{bundle.name}: entry {name!r} points outside the bundle")
        zf.extractall(into)
    tops = sorted({n.split("/", 1)[0] for n in zipfile.ZipFile(bundle).namelist()})
    if len(tops) != 1:
        raise ValueError(f"{bundle.name}: expected one release folder inside, found {tops}")
    return into / tops[0]
