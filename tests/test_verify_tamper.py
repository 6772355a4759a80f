"""verify catches what a resealing editor leaves consistent, and ends in FAIL lines, never a traceback."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import zipfile

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.paths import PROJECT_ROOT
from pipeline.publish.manifest import sha256_file, write_checksums
from pipeline.publish.verify import verify_release

pytestmark = pytest.mark.build  # publishes releases or runs builds: the `build` lane

ENV = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT_ROOT)}


@pytest.fixture
def releases(seed_build, tmp_path):
    """A copy of the whole releases folder (index.json included) and its latest release folder."""
    copy = shutil.copytree(seed_build[0] / "releases", tmp_path / "releases")
    latest = json.loads((copy / "index.json").read_text())["latest"]
    return copy, copy / latest


def _verify(path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", "verify", str(path)],
                          capture_output=True, text=True, timeout=300, env=ENV)


def _failed(proc, *needles) -> None:
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    for needle in needles:
        assert needle in proc.stderr, proc.stderr


def _reseal(folder) -> None:
    """What an editor would do: datapackage.json hashes and row counts, then SHA256SUMS, recomputed."""
    package = json.loads((folder / "datapackage.json").read_text())
    package["resources"] = [r for r in package["resources"] if (folder / r["path"]).is_file()]
    for res in package["resources"]:
        res["hash"] = f"sha256:{sha256_file(folder / res['path'])}"
        with contextlib.suppress(pa.ArrowInvalid):  # a corrupt file keeps its old count
            res["rows"] = pq.read_metadata(folder / res["path"]).num_rows
    (folder / "datapackage.json").write_text(json.dumps(package, indent=2) + "\n")
    write_checksums(folder)


def test_fresh_copy_with_its_index_verifies(releases):
    proc = _verify(releases[1])
    assert proc.returncode == 0, proc.stderr
    assert "note:" not in proc.stdout  # checked against index.json, not only against itself


def test_removed_and_resealed_table_fails(releases):
    folder = releases[1]
    (folder / "entities.parquet").unlink()
    _reseal(folder)
    _failed(_verify(folder), "datapackage.json: table entities is missing")


def test_edited_and_resealed_value_fails_against_the_index(releases):
    folder = releases[1]
    table = pq.read_table(folder / "articles.parquet")
    outlets = table.column("outlet").to_pylist()
    outlets[0] = "Some Other Outlet"
    idx = table.schema.get_field_index("outlet")
    pq.write_table(table.set_column(idx, table.schema.field(idx), pa.array(outlets, pa.string())),
                   folder / "articles.parquet")
    _reseal(folder)
    _failed(_verify(folder), "articles.parquet: hash differs from the one index.json recorded",
            "SHA256SUMS: differs from the one index.json recorded")


def test_checksum_line_pointing_outside_the_release_fails(releases, tmp_path):
    folder = releases[1]
    (tmp_path / "outside.txt").write_text("not part of the release")
    with open(folder / "SHA256SUMS", "a") as fh:
        fh.write(f"{sha256_file(tmp_path / 'outside.txt')}  ../../outside.txt\n")
        fh.write(f"{sha256_file(tmp_path / 'outside.txt')}  {tmp_path / 'outside.txt'}\n")
    _failed(_verify(folder), "outside the release")


def test_corrupt_parquet_is_a_fail_line_not_a_traceback(releases):
    folder = releases[1]
    (folder / "statements.parquet").write_bytes(b"PAR1 this is not parquet PAR1")
    _reseal(folder)
    _failed(_verify(folder), "statements.parquet: unreadable Parquet")


def test_non_table_files_are_covered(releases):
    folder = releases[1]
    (folder / "CHANGELOG.md").write_text("# rewritten history\n")
    write_checksums(folder)
    _failed(_verify(folder), "SHA256SUMS: differs from the one index.json recorded")


@pytest.mark.parametrize("entry,data,words", [
    ("../escape.txt", b"x", "points outside the bundle"),
    ("rel/bomb.bin", b"\0" * 50_000_000, "zip bomb"),
])
def test_unsafe_bundle_is_refused(tmp_path, entry, data, words):
    bundle = tmp_path / "syria-iraq-personnel-9.9.9.zip"
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("rel/SHA256SUMS", "")
        zf.writestr(entry, data)
    _failed(_verify(bundle), words)
    assert not (tmp_path / "escape.txt").exists()


def test_removed_table_is_caught_without_an_index_too(releases, tmp_path):
    alone = shutil.copytree(releases[1], tmp_path / "alone")  # no index.json beside it
    (alone / "entities.parquet").unlink()
    _reseal(alone)
    proc = _verify(alone)
    _failed(proc, "datapackage.json: table entities is missing")
    assert "checked against itself only" in proc.stdout


@pytest.mark.parametrize("damage", [
    lambda f: ((f / "datapackage.json").unlink(), os.mkfifo(f / "datapackage.json")),
    lambda f: (f.parent / "index.json").write_text(f'{{"releases": [{{"path": "{f.name}", "tables": [1], "hashes": 7}}]}}'),
    lambda f: (f / "datapackage.json").write_text('{"resources": [{"name": "articles"}]}'),
    lambda f: (f / "SHA256SUMS").write_bytes(b"\xff\xfe not sums\n"),
])
def test_malformed_release_files_are_fail_lines(releases, damage):
    damage(releases[1])
    _failed(_verify(releases[1]))


def test_the_latest_link_is_checked_against_the_index(seed_build):
    latest = seed_build[0] / "releases" / "latest"
    problems, notes = verify_release(latest)
    assert problems == [] and notes == []
