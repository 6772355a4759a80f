"""`python -m pipeline verify PATH`: is this release folder (or bundle) what it claims to be?

Checks, each failure a FAIL line naming the file, never a traceback: SHA256SUMS
(only files inside the release, every listed file matches, every file listed),
every table present in datapackage.json, each Parquet file against its schema,
hash and row count, the release against releases/index.json (so a resealed edit
is caught), the provenance of every evidence span, and dataset.duckdb's tables
against the Parquet files (DuckDB files cannot be checksummed reproducibly).
"""

from __future__ import annotations

import json
import sys
import tempfile
import zipfile
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.publish.arrow import type_name
from pipeline.publish.bundle import extract_bundle
from pipeline.publish.manifest import CHECKSUMS, sha256_file
from pipeline.publish.verify_docs import document_problems, parquet_resources
from pipeline.publish.verify_duckdb import duckdb_differences
from pipeline.publish.verify_files import EXPECTED_RESOURCES, check_files, check_resources, inside
from pipeline.publish.verify_index import NO_ENTRY, check_index
from pipeline.publish.verify_provenance import release_provenance


def _schemas(folder: Path, descriptor: dict) -> list[str]:
    problems = []
    for res in descriptor.get("resources", []):
        path = inside(folder, str(res.get("path")))
        if path is None or not path.is_file():
            continue  # named by check_resources / check_files
        try:
            schema = pq.read_schema(path)
            table = pq.read_table(path)
        except Exception as err:
            problems.append(f"{res['path']}: unreadable Parquet ({type(err).__name__}: {str(err)[:200]})")
            continue
        if res.get("rows") != table.num_rows:
            problems.append(f"{res['path']}: {table.num_rows} rows, datapackage.json says {res.get('rows')}")
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
        for f in fields:
            if f["constraints"].get("required") and table.column(f["name"]).null_count:
                problems.append(f"{res['path']}: required column {f['name']} has nulls")
    return problems


def _provenance(folder: Path, descriptor: dict) -> list[str]:
    names = {r["name"] for r in descriptor["resources"]} - {"changes"}
    tables = {n: pq.read_table(folder / f"{n}.parquet").to_pandas() for n in sorted(names)}
    return [f"{name}.parquet: {len(found)} span(s) fail provenance; first: {json.dumps(found[0], default=str)}"
            for name, found in release_provenance(tables).items()]


def _guarded(name: str, check, *args) -> list[str]:
    """A check that meets something it cannot parse reports it as a finding instead of a traceback."""
    try:
        return check(*args)
    except Exception as err:
        return [f"{name}: could not be checked ({type(err).__name__}: {str(err)[:200]})"]


def verify_folder(folder: Path, bundle: Path | None = None) -> tuple[list[str], list[str]]:
    """(problems, notes) for one release folder; `bundle` when it was unpacked from that zip."""
    problems = _guarded(CHECKSUMS, check_files, folder)
    try:
        if not (folder / "datapackage.json").is_file():  # never open a FIFO or a folder under that name
            raise OSError("missing or not a regular file")
        descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        if not isinstance(descriptor, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as err:
        return problems + [f"datapackage.json: unreadable ({err})"], []
    try:
        index_problems, notes = check_index(folder, descriptor, bundle)
    except Exception as err:
        index_problems, notes = [f"index.json: could not be compared ({type(err).__name__}: {str(err)[:200]})"], []
    # With an index entry, the tables it recorded are the ones expected (index_problems names a missing one);
    # without, the tables the dataset has now.
    alone = any(n.startswith(NO_ENTRY) for n in notes)
    tables = parquet_resources(descriptor)  # the CSV copies and documents: `document_problems`
    problems += check_resources(tables, EXPECTED_RESOURCES if alone else frozenset())
    problems += _guarded("datapackage.json", _schemas, folder, tables)
    problems += index_problems
    if not problems:  # provenance of a corrupt file would only repeat the finding
        problems += _guarded("provenance", _provenance, folder, tables)
        problems += _guarded("dataset.duckdb", duckdb_differences, folder, tables)
    problems += _guarded("documents", document_problems, folder, descriptor)
    return problems, notes


def verify_release(path: Path) -> tuple[list[str], list[str]]:
    if path.is_symlink() and path.parent.joinpath("index.json").is_file():
        path = path.parent / path.readlink()  # `releases/latest`: the release it names, so its index entry is found
    if path.is_file() and path.suffix == ".zip":
        with tempfile.TemporaryDirectory() as tmp:
            try:
                folder = extract_bundle(path, Path(tmp))
            except (ValueError, OSError, zipfile.BadZipFile) as err:
                return [f"{path.name}: {err}"], []
            problems, notes = verify_folder(folder, bundle=path)
            return [f"{path.name}:{p}" for p in problems], notes
    if not path.is_dir():
        return [f"{path}: not a release folder or .zip bundle"], []
    return verify_folder(path)


def verify_path(path: Path) -> list[str]:
    return verify_release(path)[0]


def verify_command(path: Path) -> int:
    try:
        problems, notes = verify_release(path)
    except Exception as err:
        problems, notes = [f"{path}: could not be verified ({type(err).__name__}: {str(err)[:200]})"], []
    for line in problems:
        print(f"FAIL {line}", file=sys.stderr)
    for line in notes:
        print(f"note: {line}")
    print(f"{path}: {'OK' if not problems else f'{len(problems)} problem(s)'}")
    return 1 if problems else 0
