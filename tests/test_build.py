"""End to end: the seeds built in process and through the CLI, checked as a user would."""

import hashlib
import json
import os
import subprocess
import sys

import duckdb
import pyarrow.parquet as pq
import pytest
from dagster import AssetCheckSeverity

from pipeline.paths import DEFAULT_ARTICLES_DIR, PROJECT_ROOT
from schemas import PRIMARY_KEYS, TABLE_SCHEMAS
from schemas.vocab import STATUSES
from tests.conftest import build

pytestmark = pytest.mark.build  # whole-graph builds: the `build` lane

def _release(out):
    index = json.loads((out / "releases" / "index.json").read_text())
    entry = next(r for r in index["releases"] if r["version"] == index["latest"])
    return index, entry, out / "releases" / entry["path"]


def test_build_succeeds_with_every_check_passing(seed_build):
    _, result = seed_build
    assert result.success
    evaluations = result.get_asset_check_evaluations()
    # WARN-severity checks (e.g. figures that disagree across articles) report; they do not block.
    assert evaluations and all(e.passed for e in evaluations if e.severity != AssetCheckSeverity.WARN)
    rows = {m.asset_key.to_user_string(): m.metadata["dagster/row_count"].value
            for m in result.get_asset_materialization_events() for m in [m.materialization]
            if "dagster/row_count" in m.metadata}
    assert rows["articles"] > 0 and rows["rejected_rows"] == 0


def test_release_has_every_file_and_index_points_at_it(seed_build):
    out, _ = seed_build
    index, entry, folder = _release(out)
    assert index["latest"] == "1.0.0" and folder.is_dir()
    expected = {f"{n}.parquet" for n in TABLE_SCHEMAS} | {
        "changes.parquet", "CHANGELOG.md", "charts", "dataset.duckdb", "datapackage.json", "SHA256SUMS",
        "README.md", "codebook.md", "CITATION.cff", "LICENSE.md", "queries.sql", "csv"}
    assert {p.name for p in folder.iterdir()} == expected
    assert sorted(p.name for p in (folder / "csv").iterdir()) == sorted(f"{n}.csv" for n in [*TABLE_SCHEMAS, "changes"])
    assert (out / "releases" / "latest").resolve() == folder.resolve()
    assert sorted(p.name for p in (folder / "charts").iterdir()) == sorted(
        ["places.png", "timeline.png", *(f"estimates_{status}.png" for status in STATUSES)])
    bundle = out / "releases" / entry["bundle"]["path"]
    assert bundle.name == "syria-iraq-personnel-1.0.0.zip"
    assert hashlib.sha256(bundle.read_bytes()).hexdigest() == entry["bundle"]["sha256"]
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
    # dataset.duckdb is the one file left out: DuckDB files are not byte-reproducible (verify compares its tables).
    every_file = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert set(listed) == every_file - {"SHA256SUMS", "dataset.duckdb"}
    for name, digest in listed.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest


def test_parquet_is_typed_sorted_and_free_of_pandas_metadata(seed_build):
    _, _, folder = _release(seed_build[0])
    for name in TABLE_SCHEMAS:
        table = pq.read_table(folder / f"{name}.parquet")
        assert b"pandas" not in (table.schema.metadata or {})
        expected = [c for c in TABLE_SCHEMAS[name].to_schema().columns if c not in ("text", "raw_text")]
        assert table.column_names == expected  # the public profile leaves article text out
        keys = table.select(list(PRIMARY_KEYS[name])).to_pylist()
        assert keys == sorted(keys, key=lambda r: tuple(r.values()))
    counts = pq.read_schema(folder / "personnel_counts.parquet")
    assert str(counts.field("period_start").type) == "date32[day]"


def test_datapackage_describes_every_field(seed_build):
    _, _, folder = _release(seed_build[0])
    package = json.loads((folder / "datapackage.json").read_text())
    assert package["version"] == "1.0.0" and package["licenses"] and package["sources"]
    assert package["created"] == "2025-03-01T00:00:00Z"  # latest article date, not the clock
    assert package["schema_fingerprint"]["package"] and package["code"]["package"] == "syria-iraq-personnel"
    assert {i["file"] for i in package["inputs"]} >= {"sources.csv", "000_12642a1dddfa9e4b.txt"}
    tables = set(TABLE_SCHEMAS) | {"changes"}
    assert {r["name"] for r in package["resources"]} == tables | {f"{n}_csv" for n in tables}
    assert {d["path"] for d in package["documentation"]} == {
        "README.md", "codebook.md", "CITATION.cff", "LICENSE.md", "queries.sql"}
    for resource in package["resources"]:
        assert resource["format"] == ("csv" if resource["name"].endswith("_csv") else "parquet")
        assert resource["schema"]["primaryKey"]
        for field in resource["schema"]["fields"]:
            assert field["description"] and field["type"] and field["constraints"]


def test_duckdb_warehouse_and_dataset_hold_every_table(seed_build):
    out, _ = seed_build
    _, entry, folder = _release(out)
    for db, with_text in ((out / "warehouse.duckdb", True), (folder / "dataset.duckdb", False)):
        con = duckdb.connect(str(db), read_only=True)
        names = {r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()}
        assert set(TABLE_SCHEMAS) | {"timeline", "latest_by_location", "statements_by_speaker"} <= names
        columns = {r[0] for r in con.execute(
            "select column_name from information_schema.columns where table_name = ?", ["articles"]).fetchall()}
        assert ("text" in columns) is with_text, db
        assert con.execute("select count(*) from articles").fetchone()[0] == entry["tables"]["articles"]
        con.close()


def test_two_builds_give_identical_files_and_a_rebuild_is_unchanged(seed_build, tmp_path):
    out, _ = seed_build
    assert build(tmp_path).success
    _, _, first = _release(out)
    _, _, second = _release(tmp_path)
    assert (first / "SHA256SUMS").read_bytes() == (second / "SHA256SUMS").read_bytes()
    stamp = (tmp_path / "warehouse.duckdb").stat().st_mtime_ns
    result = build(tmp_path)  # same inputs, same output folder: nothing new
    statuses = {e.materialization.asset_key.to_user_string(): e.materialization.metadata["status"].value
                for e in result.get_asset_materialization_events()
                if e.materialization.asset_key.to_user_string() in ("release", "warehouse")}
    assert statuses["release"] == "unchanged"
    assert statuses["warehouse"].startswith("unchanged")  # the warehouse in place holds these tables
    assert (tmp_path / "warehouse.duckdb").stat().st_mtime_ns == stamp
    index, _, _ = _release(tmp_path)
    assert [r["version"] for r in index["releases"]] == ["1.0.0"]


def test_cli_builds_the_seeds_and_prints_the_tables(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT_ROOT), "DAGSTER_HOME": os.environ["DAGSTER_HOME"]}
    cmd = [sys.executable, "-m", "pipeline", "build", "--articles", str(DEFAULT_ARTICLES_DIR), "--out", str(tmp_path)]
    proc = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr
    assert f"release 1.0.0 (major): {tmp_path / 'releases' / '1.0.0'}" in proc.stdout
    for name in TABLE_SCHEMAS:
        assert any(line.split()[:1] == [name] for line in proc.stdout.splitlines()), name
    assert "inputs set aside: 0" in proc.stdout and "rows set aside: 0 (see rejected_rows)" in proc.stdout
