"""README.md of a release: what the data is, its files and tables, how to cite, verify and query it."""

from __future__ import annotations

from pipeline.publish.csv_export import CSV_DIR
from pipeline.publish.datapackage import PACKAGE
from pipeline.publish.release_docs import AUTHOR, DOCS_DIR, DOCUMENTS, LICENCE
from schemas import table_description

DUCKDB_VERSIONS = "DuckDB 1.1 or later (written in DuckDB's v1.1.0 storage format)"


def example_queries() -> list[tuple[str, str]]:
    """(title, SQL) of each example in docs/queries.sql: a `-- N. title` line, then the statement."""
    out, title, body = [], None, []
    for line in (DOCS_DIR / "queries.sql").read_text(encoding="utf-8").splitlines():
        if line.startswith("-- ") and line[3:4].isdigit():
            title, body = line[3:].split(". ", 1)[-1], []
        elif title is not None and not line.startswith("--"):
            body.append(line)
            if line.rstrip().endswith(";"):
                out.append((title, "\n".join(body).strip()))
                title = None
    return out


def _tables(rows: dict[str, int]) -> list[str]:
    lines = ["| table | rows | what a row is | files |", "|---|---:|---|---|"]
    for name, count in rows.items():
        lines.append(f"| `{name}` | {count} | {table_description(name)} "
                     f"| `{name}.parquet`, `{CSV_DIR}/{name}.csv` |")
    return lines


def render_readme(version: str, created: str | None, rows: dict[str, int], include_text: bool) -> str:
    title = f"{PACKAGE['title']} — release {version}"
    lines = [f"# {title}", "", PACKAGE["description"], "",
             "Each row records what an article *reports*, not what is true; conflicting figures are kept "
             "side by side, and `estimates` reconciles them: one row per question with the best, lowest and "
             "highest figure its independent sources commit to and whether they agree (views `estimates_timeline`, "
             "`disputes`). Every column, vocabulary and coding rule is defined in `codebook.md`.", "",
             f"- version: {version}" + (f" (latest article: {created[:10]})" if created else ""),
             "- article text: " + ("included (`--include-text`)" if include_text else
                                   "left out (public profile; outlet, title and URL are kept)"),
             f"- licence: {LICENCE['name']} for the data; quoted news text keeps its owners' rights (`LICENSE.md`)",
             "", "## Tables", "", *_tables(rows), "",
             "`changes.parquet` (and `csv/changes.csv`) lists the rows added, removed or changed since the previous "
             "release, summarised in `CHANGELOG.md`. CSV files are UTF-8; a list cell is a JSON array; "
             "an empty cell is null.", "",
             "## Files", "", "| file | what it is |", "|---|---|",
             *[f"| `{name}` | {text} |" for name, text in DOCUMENTS.items()],
             "| `dataset.duckdb` | Every table plus the views `timeline`, `latest_by_location`, "
             f"`statements_by_speaker`, with descriptions as comments; opens in {DUCKDB_VERSIONS}. |",
             "| `datapackage.json` | Frictionless Data Package: every file, column, type, constraint and key. |",
             "| `charts/` | The figures over time, and where they were reported (PNG). |",
             "| `SHA256SUMS` | SHA-256 of every file except itself and `dataset.duckdb`. |", "",
             "## How to cite", "",
             f"{AUTHOR}. *{PACKAGE['title']}*, version {version}. Licensed {LICENCE['name']}. "
             "The same in machine-readable form: `CITATION.cff`.", "",
             "## How to verify", "",
             "```bash", "sha256sum -c SHA256SUMS", "```", "",
             "checks every file's bytes. With the project installed, `python -m pipeline verify <this folder>` "
             "also checks each table against `datapackage.json`, that every quoted span is found at its "
             "offsets, and that `dataset.duckdb` holds the same rows as the Parquet files.", "",
             "## Example queries", "",
             "Open `dataset.duckdb` with the DuckDB shell (`duckdb dataset.duckdb`) or Python "
             "(`duckdb.connect('dataset.duckdb', read_only=True)`); `queries.sql` holds these:", ""]
    for number, (query_title, sql) in enumerate(example_queries(), start=1):
        lines += [f"{number}. {query_title}", "", "```sql", sql, "```", ""]
    return "\n".join(lines)
