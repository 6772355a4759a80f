"""End to end: the seeds built in process and through the CLI, checked as a user would."""

import hashlib
import json
import subprocess
import sys

import duckdb
import pyarrow.parquet as pq

from pipeline.paths import DEFAULT_ARTICLES_DIR, PROJECT_ROOT
from schemas import PRIMARY_KEYS, TABLE_SCHEMAS
from tests.conftest import build


def _release(out):
    index = json.loads((out / "releases" / "index.json").read_text())
    entry = next(r for r in index["releases"] if r["version"] == index["latest"])
    return index, entry, out / "releases" / entry["path"]


def test_build_succeeds_with_every_check_passing(seed_build):
    _, result = seed_build
    assert result.success
    evaluations = result.get_asset_check_evaluations()
    assert evaluations and all(e.passed for e in evaluations)
    rows = {m.asset_key.to_user_string(): m.metadata["dagster/row_count"].value
            for m in result.get_asset_materialization_events() for m in [m.materialization]}
    assert rows["articles"] > 0


def test_release_has_every_file_and_index_points_at_it(seed_build):
    out, _ = seed_build
    index, entry, folder = _release(out)
    assert index["latest"] == "0.1.0" and folder.is_dir()
    expected = {f"{n}.parquet" for n in TABLE_SCHEMAS} | {"dataset.duckdb", "datapackage.json", "SHA256SUMS"}
    assert {p.name for p in folder.iterdir()} == expected
    for name, rows in entry["tables"].items():
        assert pq.read_metadata(folder / f"{name}.parquet").num_rows == rows
    assert not [p for p in (out / "releases").iterdir() if p.name.startswith(".")]  # no staging left


def test_sha256sums_cover_and_match_every_file(seed_build):
    _, _, folder = _release(seed_build[0])
    listed = {}
    for line in (folder / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ", 1)
        listed[name] = digest
    assert list(listed) == sorted(listed)
    assert set(listed) == {p.name for p in folder.iterdir()} - {"SHA256SUMS"}
    for name, digest in listed.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest


def test_parquet_is_typed_sorted_and_free_of_pandas_metadata(seed_build):
    _, _, folder = _release(seed_build[0])
    for name in TABLE_SCHEMAS:
        table = pq.read_table(folder / f"{name}.parquet")
        assert b"pandas" not in (table.schema.metadata or {})
        assert table.column_names == list(TABLE_SCHEMAS[name].to_schema().columns)
        keys = table.select(list(PRIMARY_KEYS[name])).to_pylist()
        assert keys == sorted(keys, key=lambda r: tuple(r.values()))
    counts = pq.read_schema(folder / "personnel_counts.parquet")
    assert str(counts.field("period_start").type) == "date32[day]"


def test_datapackage_describes_every_field(seed_build):
    _, _, folder = _release(seed_build[0])
    package = json.loads((folder / "datapackage.json").read_text())
    assert package["version"] == "0.1.0" and package["licenses"]
    assert {r["name"] for r in package["resources"]} == set(TABLE_SCHEMAS)
    for resource in package["resources"]:
        assert resource["format"] == "parquet" and resource["schema"]["primaryKey"]
        for field in resource["schema"]["fields"]:
            assert field["description"] and field["type"] and field["constraints"]


def test_duckdb_warehouse_and_dataset_hold_every_table(seed_build):
    out, _ = seed_build
    _, entry, folder = _release(out)
    for db in (out / "warehouse.duckdb", folder / "dataset.duckdb"):
        con = duckdb.connect(str(db), read_only=True)
        names = {r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()}
        assert set(TABLE_SCHEMAS) <= names
        n = con.execute("select count(*) from articles where length(text) > 0").fetchone()[0]
        assert n == entry["tables"]["articles"]
        con.close()


def test_two_builds_give_identical_parquet_bytes(seed_build, tmp_path):
    out, _ = seed_build
    assert build(tmp_path).success
    _, _, first = _release(out)
    _, _, second = _release(tmp_path)
    for name in TABLE_SCHEMAS:
        assert (first / f"{name}.parquet").read_bytes() == (second / f"{name}.parquet").read_bytes(), name


def test_rebuild_replaces_the_release_in_place(tmp_path):
    assert build(tmp_path).success and build(tmp_path).success
    index, _, _ = _release(tmp_path)
    assert [r["version"] for r in index["releases"]] == ["0.1.0"]


def test_cli_builds_the_seeds_and_prints_the_tables(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "build", "--articles", str(DEFAULT_ARTICLES_DIR), "--out", str(tmp_path)],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT_ROOT)},
    )
    assert proc.returncode == 0, proc.stderr
    assert str(tmp_path / "releases" / "0.1.0") in proc.stdout
    for name in TABLE_SCHEMAS:
        assert any(line.split()[:1] == [name] for line in proc.stdout.splitlines()), name
    assert "inputs set aside:" in proc.stdout
