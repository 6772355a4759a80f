"""DuckDB COMMENTs on every table, column and view, from the pandera descriptions.

Comments live in DuckDB's catalog, so any client shows them (`duckdb_tables()`,
`duckdb_columns()`, `duckdb_views()`, DBeaver, the CLI's `.schema`). View columns
that repeat a table column take that column's description; derived ones are described here.
"""

from __future__ import annotations

import duckdb

from pipeline.publish.sql_text import sql_identifier, sql_literal
from pipeline.publish.views import VIEW_COLUMN_NOTES, VIEW_DESCRIPTIONS, VIEW_SOURCES
from schemas import TABLE_SCHEMAS, table_description

# Where a view column of the same name comes from, first match wins (views join counts/statements to articles).
SOURCE_ORDER = ("personnel_counts", "estimates", "statements", "articles", "locations")


def column_descriptions(name: str) -> dict[str, str]:
    return {col: spec.description or "" for col, spec in TABLE_SCHEMAS[name].to_schema().columns.items()}


def _comment(con: duckdb.DuckDBPyConnection, kind: str, target: str, text: str) -> None:
    con.execute(f"COMMENT ON {kind} {target} IS {sql_literal(text)}")  # COMMENT takes no parameters


def comment_tables(con: duckdb.DuckDBPyConnection, names) -> None:
    for name in names:
        table = sql_identifier(name)
        _comment(con, "TABLE", table, table_description(name))
        present = {row[0] for row in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = ? AND database_name = current_database()",
            [name]).fetchall()}
        for col, text in column_descriptions(name).items():
            if col in present:  # a release may leave article text out
                _comment(con, "COLUMN", f"{table}.{sql_identifier(col)}", text)


def view_column_description(view: str, column: str) -> str:
    if column in VIEW_COLUMN_NOTES.get(view, {}):
        return VIEW_COLUMN_NOTES[view][column]
    for name in VIEW_SOURCES.get(view, SOURCE_ORDER):
        text = column_descriptions(name).get(column)
        if text:
            return text
    raise KeyError(f"view {view}: column {column} has no description; add it to VIEW_COLUMN_NOTES")


def comment_views(con: duckdb.DuckDBPyConnection) -> None:
    for view, text in VIEW_DESCRIPTIONS.items():
        _comment(con, "VIEW", sql_identifier(view), text)
        columns = con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = ? AND database_name = current_database() "
            "ORDER BY column_index", [view]).fetchall()
        for (col,) in columns:
            _comment(con, "COLUMN", f"{sql_identifier(view)}.{sql_identifier(col)}", view_column_description(view, col))
