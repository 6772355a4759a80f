"""The downloadable bundle of a release: a deterministic zip of the release folder.

Fixed timestamps, fixed permissions and sorted entries: the same folder gives
the same zip bytes, so its sha256 (listed in index.json) identifies the content.
"""

from __future__ import annotations

import os
import shutil
import stat
import zipfile
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from pathlib import Path

from pipeline.parallel import worker_count
from pipeline.publish.zip_writer import Member, write_zip

FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry
UNIX = 3  # the system a member says made it, whatever system builds it
LEVEL = 6  # zlib's default: 9 spent ~60 % more CPU on a release of 10,000 articles for a bundle 0.4 % smaller
MAX_UNPACKED_BYTES = 2 * 1024**3  # far above any release; bounds what verify unpacks
MAX_ENTRIES = 10_000
MAX_RATIO = 1_000  # deflate rarely beats 1000:1 on real data; zip bombs do


def _after(future: Future, path: Path) -> Callable[[], bytes]:
    return lambda: (future.result(), path.read_bytes())[1]


def bundle_members(folder: Path, prefix: str, later: Mapping[str, tuple[Path, Future]] | None = None) -> list[Member]:
    """Every file of `folder` under `prefix/`, in name order, with a fixed time and permissions; `later` names
    files still being written elsewhere (name in the folder -> (where, the future that writes it)), each read
    once written."""
    files = {path.relative_to(folder).as_posix(): path.read_bytes for path in folder.rglob("*") if path.is_file()}
    files.update({name: _after(future, path) for name, (path, future) in (later or {}).items()})
    # In the order of their paths, as sorting the Path objects gave it: folder by folder.
    return [Member(f"{prefix}/{name}", FIXED_TIME, 0o644 << 16, UNIX, files[name])
            for name in sorted(files, key=lambda name: name.split("/"))]


def write_bundle(folder: Path, target: Path, prefix: str, later: Mapping[str, tuple[Path, Future]] | None = None) -> None:
    """Zip every file of `folder` (and `later`, see `bundle_members`) under `prefix/`, written to a temp file
    and renamed into place; the members deflated on every core (`zip_writer.py`), the bytes `zipfile` would
    write."""
    tmp = target.with_name(f".{target.name}.tmp")
    with open(tmp, "wb") as handle:
        write_zip(handle, bundle_members(folder, prefix, later), LEVEL, worker_count())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target)


def _unsafe_entry(info: zipfile.ZipInfo, into: Path) -> str | None:
    name = info.filename
    if name.startswith("/") or "\\" in name or ".." in Path(name).parts or not (into / name).resolve().is_relative_to(into.resolve()):
        return f"entry {name!r} points outside the bundle"
    if stat.S_ISLNK(info.external_attr >> 16):
        return f"entry {name!r} is a symbolic link"
    if info.file_size > MAX_UNPACKED_BYTES or (info.compress_size and info.file_size / info.compress_size > MAX_RATIO):
        return f"entry {name!r} unpacks to {info.file_size:,} bytes (a zip bomb?)"
    return None


def extract_bundle(bundle: Path, into: Path) -> Path:
    """Unpack a bundle after checking every entry: inside `into`, no links, bounded sizes.

    Returns the release folder inside it; raises ValueError naming the first bad entry.
    """
    with zipfile.ZipFile(bundle) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise ValueError(f"{bundle.name}: {len(infos):,} entries, more than a release holds ({MAX_ENTRIES:,})")
        for info in infos:
            if problem := _unsafe_entry(info, into):
                raise ValueError(f"{bundle.name}: {problem}")
        if sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
            raise ValueError(f"{bundle.name}: unpacks to more than {MAX_UNPACKED_BYTES:,} bytes")
        tops = sorted({i.filename.split("/", 1)[0] for i in infos})
        if len(tops) != 1:
            raise ValueError(f"{bundle.name}: expected one release folder inside, found {tops[:5]}")
        for info in infos:  # streamed with a byte budget: the sizes in the directory could lie
            dest = into / info.filename
            if info.is_dir():
                dest.mkdir(parents=True, exist_ok=True)
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(dest, "wb") as out:
                shutil.copyfileobj(_bounded(src, info), out)
    return into / tops[0]


class _bounded:
    """A reader that refuses to give more bytes than the entry declared."""

    def __init__(self, src, info: zipfile.ZipInfo) -> None:
        self.src, self.left, self.name = src, info.file_size, info.filename

    def read(self, size: int = -1) -> bytes:
        data = self.src.read(1 << 20 if size < 0 else size)
        self.left -= len(data)
        if self.left < 0:
            raise ValueError(f"entry {self.name!r} is larger than its declared size")
        return data
