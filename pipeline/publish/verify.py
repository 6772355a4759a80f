"""`python -m pipeline verify PATH`: is this release folder (or bundle) what it claims to be?

Checks, each failure naming the file: SHA256SUMS (every listed file matches,
every file is listed), each Parquet file against its datapackage.json schema
and hash, the provenance of every evidence span, and dataset.duckdb's tables
against the Parquet files (DuckDB files cannot be checksummed reproducibly).
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from pipeline.publish.arrow import type_name
from pipeline.publish.bundle import extract_bundle
from pipeline.publish.manifest import CHECKSUMS, checksummed_files, read_checksums, sha256_file
from pipeline.publish.verify_docs import document_problems, parquet_resources
from pipeline.publish.verify_provenance import release_provenance


def _checksums(folder: Path) -> list[str]:
    if not (folder / CHECKSUMS).is_file():
        return [f"{CHECKSUMS}: missing"]
    listed = read_checksums(folder)
    problems = [f"{name}: listed in {CHECKSUMS} but missing" for name in listed if not (folder / name).is_file()]
    problems += [f"{name}: sha256 does not match {CHECKSUMS}" for name, digest in listed.items()
                 if (folder / name).is_file() and sha256_file(folder / name) != digest]
    problems += [f"{p.relative_to(folder).as_posix()}: not listed in {CHECKSUMS}"
                 for p in checksummed_files(folder) if p.relative_to(folder).as_posix() not in listed]
    return problems


def _schemas(folder: Path, descriptor: dict) -> list[str]:
    problems = []
    for res in descriptor.get("resources", []):
        path = folder / res["path"]
        try:
            schema = pq.read_schema(path)
        except Exception as err:
            problems.append(f"{res['path']}: unreadable Parquet ({type(err).__name__}: {err})")
            continue
        if res.get("hash") and res["hash"] != f"sha256:{sha256_file(path)}":
            problems.append(f"{res['path']}: hash differs from datapackage.json")
        fields = res["schema"]["fields"]
        if schema.names != [f["name"] for f in fields]:
            problems.append(f"{res['path']}: columns {schema.names} differ from datapackage.json")
            continue
        for f in fields:
            got = schema.field(f["name"])
            if f.get("arrowType") and type_name(got.type) != f["arrowType"]:
                problems.append(f"{res['path']}: column {f['name']} is {got.type}, datapackage.json says {f['arrowType']}")
        table = pq.read_table(path)
        for f in fields:
            if f["constraints"].get("required") and table.column(f["name"]).null_count:
                problems.append(f"{res['path']}: required column {f['name']} has nulls")
    return problems


def _provenance(folder: Path, descriptor: dict) -> list[str]:
    names = {r["name"] for r in descriptor.get("resources", [])}
    tables = {n: pq.read_table(folder / f"{n}.parquet").to_pandas() for n in names if n != "changes"}
    return [f"{name}.parquet: {len(found)} span(s) fail provenance; first: {json.dumps(found[0], default=str)}"
            for name, found in release_provenance(tables).items()]


def _duckdb(folder: Path, descriptor: dict) -> list[str]:
    db = folder / "dataset.duckdb"
    if not db.is_file():
        return []
    problems = []
    con = duckdb.connect(str(db), read_only=True)
    try:
        for res in descriptor.get("resources", []):
            if res["name"] == "changes":
                continue
            if not re.fullmatch(r"[a-z_][a-z0-9_]{0,63}", res["name"]):  # it becomes an SQL identifier
                problems.append(f"datapackage.json: resource name {res['name']!r} is not a plain table name")
                continue
            sql = (f'SELECT (SELECT count(*) FROM (SELECT * FROM "{res["name"]}" EXCEPT ALL '
                   f'SELECT * FROM read_parquet($p))) + (SELECT count(*) FROM (SELECT * FROM read_parquet($p) '
                   f'EXCEPT ALL SELECT * FROM "{res["name"]}"))')  # names come from the descriptor's resources
            if con.execute(sql, {"p": str(folder / res["path"])}).fetchone()[0]:
                problems.append(f"dataset.duckdb: table {res['name']} differs from {res['path']}")
    except duckdb.Error as err:
        problems.append(f"dataset.duckdb: {type(err).__name__}: {err}")
    finally:
        con.close()
    return problems


def verify_folder(folder: Path) -> list[str]:
    problems = _checksums(folder)
    try:
        descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        return problems + [f"datapackage.json: unreadable ({err})"]
    tables = parquet_resources(descriptor)
    problems += _schemas(folder, tables)
    if not problems:  # provenance of a corrupt file would only repeat the finding
        problems += _provenance(folder, tables) + _duckdb(folder, tables)
    return problems + document_problems(folder, descriptor)


def verify_path(path: Path) -> list[str]:
    if path.is_file() and path.suffix == ".zip":
        with tempfile.TemporaryDirectory() as tmp:
            return [f"{path.name}:{p}" for p in verify_folder(extract_bundle(path, Path(tmp)))]
    if not path.is_dir():
        return [f"{path}: not a release folder or .zip bundle"]
    return verify_folder(path)


def verify_command(path: Path) -> int:
    problems = verify_path(path)
    for line in problems:
        print(f"FAIL {line}", file=sys.stderr)
    print(f"{path}: {'OK' if not problems else f'{len(problems)} problem(s)'}")
    return 1 if problems else 0
