"""A release explains itself: README, codebook, citation, licence, queries and CSV copies."""

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
import yaml

from pipeline.paths import PROJECT_ROOT
from pipeline.publish.csv_export import csv_cell, table_csv
from pipeline.publish.release import publish_release
from pipeline.publish.release_readme import example_queries
from pipeline.publish.verify import verify_path

pytestmark = pytest.mark.build  # publishes releases or runs builds: the `build` lane

def test_csv_cells_are_plain_text():
    assert [csv_cell(v) for v in (None, True, False, ["Al-Qaim", "Al Qa'im"], 1.5, 7)] == [
        "", "true", "false", '["Al-Qaim","Al Qa\'im"]', "1.5", "7"]


def test_release_holds_documents_that_match_the_data(tables, tmp_path):
    folder = publish_release(tmp_path, tables, created="2024-12-12T00:00:00Z").folder
    readme = (folder / "README.md").read_text()
    assert "release 1.0.0" in readme and "| `personnel_counts` | 1 |" in readme
    assert "sha256sum -c SHA256SUMS" in readme and "python -m pipeline verify" in readme
    assert readme.count("```sql") == len(example_queries()) >= 3
    assert (folder / "codebook.md").read_bytes() == (PROJECT_ROOT / "docs" / "codebook.md").read_bytes()
    assert (folder / "queries.sql").read_bytes() == (PROJECT_ROOT / "docs" / "queries.sql").read_bytes()
    cff = yaml.safe_load((folder / "CITATION.cff").read_text())
    assert cff["version"] == "1.0.0" and cff["license"] == "CC-BY-4.0" and str(cff["date-released"]) == "2024-12-12"
    licence = (folder / "LICENSE.md").read_text()
    assert "CC-BY-4.0" in licence and "leaves the full article text out" in licence
    rows = list(csv.reader(io.StringIO((folder / "csv" / "personnel_counts.csv").read_text())))
    assert rows[0] == pq.read_schema(folder / "personnel_counts.parquet").names and len(rows) == 2
    sums = (folder / "SHA256SUMS").read_text()
    for name in ("README.md", "codebook.md", "CITATION.cff", "LICENSE.md", "queries.sql", "csv/articles.csv"):
        assert f"  {name}\n" in sums
    assert verify_path(folder) == []


def test_licence_says_when_article_text_is_included(tables, tmp_path):
    folder = publish_release(tmp_path, tables, include_text=True).folder
    assert "--include-text" in (folder / "LICENSE.md").read_text()
    assert "text" in next(csv.reader(io.StringIO((folder / "csv" / "articles.csv").read_text())))


def test_verify_names_a_missing_document_and_an_edited_csv(tables, tmp_path):
    from pipeline.publish.manifest import write_checksums

    folder = publish_release(tmp_path, tables).folder
    (folder / "CITATION.cff").unlink()
    path = folder / "csv" / "statements.csv"
    path.write_text(path.read_text().replace("said", "denied"))
    write_checksums(folder)  # whoever edits a file can recompute the sums
    problems = verify_path(folder)
    assert "CITATION.cff: missing" in problems
    assert "csv/statements.csv: rows differ from statements.parquet" in problems


def test_csv_is_deterministic(tables):
    from pipeline.publish.arrow import to_arrow

    first = table_csv(to_arrow("personnel_counts", tables["personnel_counts"]))
    assert first == table_csv(to_arrow("personnel_counts", tables["personnel_counts"].iloc[::-1]))
    aliases = next(csv.DictReader(io.StringIO(table_csv(to_arrow("locations", tables["locations"])))))["aliases"]
    assert json.loads(aliases) == ["Al-Qaim"]
