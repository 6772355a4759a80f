"""A separate environment with DuckDB 1.1.3, to prove our DuckDB files open in 1.x clients.

Built once with uv from the package registry and cached under ~/.cache; the tests
that need it skip with the reason when it cannot be installed (offline machine).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

OLD_DUCKDB = "1.1.3"
ENV_DIR = Path.home() / ".cache" / "syria-iraq-personnel" / f"duckdb-{OLD_DUCKDB}"

# Runs inside the old environment: every table's row count and the comments DuckDB 1.1 sees.
READER = """
import json, sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)  # 1.1: keep the connection in a variable
tables = con.execute("SELECT table_name, comment FROM duckdb_tables() ORDER BY table_name").fetchall()
out = {"version": duckdb.__version__, "tables": {}, "views": {}, "uncommented_columns": []}
for name, comment in tables:
    out["tables"][name] = {"rows": con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0], "comment": comment}
out["views"] = dict(con.execute("SELECT view_name, comment FROM duckdb_views() WHERE NOT internal").fetchall())
out["uncommented_columns"] = con.execute(
    "SELECT table_name || '.' || column_name FROM duckdb_columns() WHERE database_name = current_database() "
    "AND NOT internal AND (comment IS NULL OR comment = '')").fetchall()
print(json.dumps(out, default=str))
"""


def _python() -> Path:
    return ENV_DIR / "bin" / "python"


def _ready() -> bool:
    probe = [str(_python()), "-c", f"import duckdb; assert duckdb.__version__ == '{OLD_DUCKDB}'"]
    return _python().exists() and subprocess.run(probe, capture_output=True).returncode == 0


@pytest.fixture(scope="session")
def old_duckdb_python() -> Path:
    if not _ready():
        uv = Path(sys.executable).with_name("uv")
        if not uv.exists():
            pytest.skip(f"uv not found beside {sys.executable}: the README's setup installs it")
        steps = [[str(uv), "venv", "-q", "--python", sys.executable, str(ENV_DIR)],
                 [str(uv), "pip", "install", "-q", "--python", str(_python()), f"duckdb=={OLD_DUCKDB}"]]
        for step in steps:
            done = subprocess.run(step, capture_output=True, text=True, timeout=300)
            if done.returncode != 0:
                pytest.skip(f"cannot install duckdb=={OLD_DUCKDB} into {ENV_DIR}: {done.stderr.strip()[-300:]}")
    return _python()


def read_with_old_duckdb(python: Path, db: Path) -> dict:
    done = subprocess.run([str(python), "-c", READER, str(db)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)
