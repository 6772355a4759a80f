"""verify, part three: dataset.duckdb holds the same rows as the Parquet files.

A DuckDB file is not byte-reproducible (see duckdb_store.py), so it is kept out
of SHA256SUMS and compared table by table instead.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb


def duckdb_differences(folder: Path, descriptor: dict) -> list[str]:
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
