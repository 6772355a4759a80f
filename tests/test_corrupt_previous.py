"""A damaged latest release stops the next build with one line naming it; --rebase starts a new major version."""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest

from pipeline.cli import main
from pipeline.paths import DEFAULT_ARTICLES_DIR
from pipeline.publish.verify import verify_path

pytestmark = pytest.mark.build  # publishes releases or runs builds: the `build` lane

def _flip_byte(folder):
    path = folder / "locations.parquet"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


DAMAGE = {
    "flipped byte": (_flip_byte, "locations.parquet"),
    "edited changelog": (lambda f: (f / "CHANGELOG.md").write_text("# rewritten\n"), "CHANGELOG.md"),
    "removed table": (lambda f: (f / "entities.parquet").unlink(), "entities.parquet"),
    "garbled index": (lambda f: (f.parent / "index.json").write_text("{not json"), "index.json"),
}


@pytest.fixture
def damaged(seed_build, tmp_path, request):
    out = shutil.copytree(seed_build[0], tmp_path / "out", ignore=shutil.ignore_patterns("intermediate"), symlinks=True)
    damage, named = DAMAGE[request.param]
    damage(out / "releases" / "1.0.0")
    return out, named


@pytest.mark.parametrize("damaged", sorted(DAMAGE), indirect=True)
def test_damaged_latest_release_is_named_with_what_to_do(damaged, capsys):
    out, named = damaged
    warehouse_before = (out / "warehouse.duckdb").read_bytes()
    assert main(["build", "--articles", str(DEFAULT_ARTICLES_DIR), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    line = next(x for x in err.splitlines() if "damaged" in x)
    assert named in line and "--rebase" in line and "restore" in line and "Traceback" not in err
    assert "unchanged" not in capsys.readouterr().out
    assert (out / "warehouse.duckdb").read_bytes() == warehouse_before  # nothing published


@pytest.mark.parametrize("damaged", ["flipped byte", "garbled index"], indirect=True)
def test_rebase_publishes_a_new_major_version(damaged, capsys):
    out, _ = damaged
    assert main(["build", "--articles", str(DEFAULT_ARTICLES_DIR), "--out", str(out), "--rebase"]) == 0
    assert "release 2.0.0 (major)" in capsys.readouterr().out
    index = json.loads((out / "releases" / "index.json").read_text())
    assert index["latest"] == "2.0.0" and verify_path(out / "releases" / "2.0.0") == []
    with duckdb.connect(str(out / "warehouse.duckdb"), read_only=True) as con:
        names = [row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
        rows = {name: con.table(name).aggregate("count(*)").fetchall()[0][0] for name in names}
    entry = next(r for r in index["releases"] if r["version"] == "2.0.0")
    assert all(rows[name] == count for name, count in entry["tables"].items())
