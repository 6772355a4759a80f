"""Quoting for the few SQL statements that cannot take parameters (DuckDB's COMMENT ON, ATTACH).

Values go through `sql_literal`; identifiers through `sql_identifier`, which only
accepts plain lower-case names (every table, view and column name comes from the
schemas, so anything else is a programming error, not data to escape).
"""

from __future__ import annotations

import re

PLAIN_NAME = re.compile(r"[a-z_][a-z0-9_]{0,63}")


def sql_literal(text: str) -> str:
    """A single-quoted SQL string literal: quotes doubled; NUL refused (it would end the string in C)."""
    if "\x00" in text:
        raise ValueError("a SQL string literal cannot hold a NUL character")
    return "'" + text.replace("'", "''") + "'"


def sql_identifier(name: str) -> str:
    """A double-quoted identifier, for plain schema names only."""
    if not PLAIN_NAME.fullmatch(name):
        raise ValueError(f"not a plain table or column name: {name!r}")
    return f'"{name}"'
