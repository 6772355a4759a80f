"""`python -m pipeline verify` and `frictionless validate` on a fresh release, and on a damaged copy."""

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pipeline.paths import PROJECT_ROOT
from pipeline.publish.verify import verify_path

pytestmark = pytest.mark.build  # whole-graph builds: the `build` lane

ENV = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT_ROOT)}


def _release(out):
    index = json.loads((out / "releases" / "index.json").read_text())
    entry = next(r for r in index["releases"] if r["version"] == index["latest"])
    return out / "releases" / entry["path"], out / "releases" / entry["bundle"]["path"]


def _verify(path):
    return subprocess.run([sys.executable, "-m", "pipeline", "verify", str(path)],
                          capture_output=True, text=True, timeout=120, env=ENV)


def test_fresh_release_and_bundle_verify(seed_build):
    folder, bundle = _release(seed_build[0])
    proc = _verify(folder)
    assert proc.returncode == 0, proc.stderr
    assert verify_path(bundle) == []


def test_one_changed_byte_fails_naming_the_file(seed_build, tmp_path):
    folder, _ = _release(seed_build[0])
    copy = shutil.copytree(folder, tmp_path / "copy")
    target = copy / "personnel_counts.parquet"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    proc = _verify(copy)
    assert proc.returncode != 0
    assert "personnel_counts.parquet: sha256 does not match SHA256SUMS" in proc.stderr


def test_tampered_span_in_a_consistent_bundle_fails_provenance(seed_build, tmp_path):
    """Checksums can be recomputed by whoever edits a file; provenance cannot be faked that way."""
    import pyarrow.parquet as pq

    from pipeline.publish.manifest import write_checksums
    folder, _ = _release(seed_build[0])
    copy = shutil.copytree(folder, tmp_path / "copy")
    table = pq.read_table(copy / "statements.parquet")
    quotes = table.column("quote").to_pylist()
    quotes[0] = "words nobody said"
    pq.write_table(table.set_column(table.schema.get_field_index("quote"), table.schema.field("quote"), [quotes]),
                   copy / "statements.parquet")
    package = json.loads((copy / "datapackage.json").read_text())
    for res in package["resources"]:
        res.pop("hash", None)
    (copy / "datapackage.json").write_text(json.dumps(package))
    write_checksums(copy)
    problems = verify_path(copy)
    assert any(p.startswith("statements.parquet:") and "provenance" in p for p in problems), problems


def test_bundle_is_deterministic_and_holds_the_folder(seed_build):
    folder, bundle = _release(seed_build[0])
    with zipfile.ZipFile(bundle) as zf:
        names = zf.namelist()
        assert names == sorted(names)
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    expected = {f"{bundle.stem}/{p.relative_to(folder).as_posix()}" for p in folder.rglob("*") if p.is_file()}
    assert set(names) == expected


def test_frictionless_validates_the_datapackage(seed_build):
    folder, _ = _release(seed_build[0])
    exe = Path(sys.executable).with_name("frictionless")
    proc = subprocess.run([str(exe), "validate", "datapackage.json"], cwd=folder,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout[-3000:]
