"""The bundle's zip, its members deflated in threads (`pipeline/publish/zip_writer.py`), is byte for byte what
`zipfile` writes for the same members, and a member written meanwhile by another thread is read once done."""

from __future__ import annotations

import io
import os
import random
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pipeline.publish.bundle import FIXED_TIME, LEVEL, UNIX, bundle_members, write_bundle
from pipeline.publish.zip_writer import write_zip


def _zipfile_bytes(folder: Path, prefix: str) -> bytes:
    """The bundle as `zipfile` wrote it before the members were deflated in threads."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{prefix}/{path.relative_to(folder).as_posix()}", date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = UNIX
            archive.writestr(info, path.read_bytes(), compresslevel=LEVEL)
    return buffer.getvalue()


def _release_like(folder: Path) -> Path:
    generator = random.Random(7)
    (folder / "csv").mkdir(parents=True)
    (folder / "charts").mkdir()
    (folder / "csv" / "articles.csv").write_text("id,text\n" + "".join(f"{i},word {i % 13}\n" for i in range(20_000)))
    (folder / "articles.parquet").write_bytes(bytes(generator.randrange(256) for _ in range(50_000)))
    (folder / "charts" / "timeline.png").write_bytes(b"\x89PNG" + bytes(range(256)) * 40)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "café.md").write_text("é" * 500, encoding="utf-8")  # a name that is not ASCII
    (folder / "changes.parquet").write_bytes(b"x" * 3000)
    (folder / "csv.txt").write_text("a name that sorts between the folders' files")
    return folder


def test_the_threaded_zip_is_the_zipfile_bytes(tmp_path):
    folder = _release_like(tmp_path / "release")
    for threads in (1, 2, 4):
        buffer = io.BytesIO()
        write_zip(buffer, bundle_members(folder, "bundle-1.0.0"), LEVEL, threads)
        assert buffer.getvalue() == _zipfile_bytes(folder, "bundle-1.0.0")
    write_bundle(folder, tmp_path / "bundle.zip", "bundle-1.0.0")
    assert (tmp_path / "bundle.zip").read_bytes() == _zipfile_bytes(folder, "bundle-1.0.0")
    with zipfile.ZipFile(tmp_path / "bundle.zip") as archive:
        assert archive.testzip() is None


def test_a_member_written_meanwhile_is_read_once_written(tmp_path):
    folder = _release_like(tmp_path / "release")
    elsewhere = tmp_path / "dataset.duckdb"
    content = os.urandom(100_000)
    with ThreadPoolExecutor(max_workers=1) as background:
        written = background.submit(elsewhere.write_bytes, content)
        write_bundle(folder, tmp_path / "bundle.zip", "b", later={"dataset.duckdb": (elsewhere, written)})
    (folder / "dataset.duckdb").write_bytes(content)
    assert (tmp_path / "bundle.zip").read_bytes() == _zipfile_bytes(folder, "b")
