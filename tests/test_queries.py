"""Every example query in docs/queries.sql runs on a fresh build and returns rows."""

import json
import re

import duckdb
import pytest

from pipeline.paths import PROJECT_ROOT

pytestmark = pytest.mark.build  # whole-graph builds: the `build` lane

QUERIES_FILE = PROJECT_ROOT / "docs" / "queries.sql"


def queries() -> list[str]:
    body = "\n".join(line for line in QUERIES_FILE.read_text().splitlines() if not line.lstrip().startswith("--"))
    return [q.strip() for q in body.split(";") if q.strip()]


def test_the_file_has_queries():
    assert len(queries()) >= 3


@pytest.mark.parametrize("index", range(len(queries())))
@pytest.mark.parametrize("database", ["warehouse", "release"])
def test_query_returns_rows(seed_build, index, database):
    out, _ = seed_build
    if database == "warehouse":
        path = out / "warehouse.duckdb"
    else:
        latest = json.loads((out / "releases" / "index.json").read_text())["latest"]
        path = out / "releases" / latest / "dataset.duckdb"
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert con.execute(queries()[index]).fetchall(), queries()[index]
    finally:
        con.close()


def test_every_readme_query_is_one_of_the_tested_queries():
    readme = (PROJECT_ROOT / "README.md").read_text()
    shown = [" ".join(q.split()).rstrip(";") for q in re.findall(r"```sql\n(.*?)```", readme, flags=re.DOTALL)]
    tested = {" ".join(q.split()) for q in queries()}
    assert shown and all(q in tested for q in shown)
