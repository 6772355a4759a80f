"""Row-level differences between two releases, keyed by each table's primary key."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from schemas import PRIMARY_KEYS

CHANGES_SCHEMA = pa.schema([
    pa.field("table", pa.string(), nullable=False, metadata={"description": "Table the row belongs to."}),
    pa.field("row_id", pa.string(), nullable=False,
             metadata={"description": "Primary key of the row (parts joined by '|')."}),
    pa.field("change", pa.string(), nullable=False, metadata={"description": "added, removed or changed."}),
    pa.field("changed_columns", pa.list_(pa.string()), nullable=False,
             metadata={"description": "Columns whose value changed (empty for added/removed rows)."}),
])


@dataclass
class TableDiff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)  # row id -> changed columns

    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def _rows(name: str, table: pa.Table) -> dict[str, dict]:
    keys = PRIMARY_KEYS[name]
    return {"|".join(str(r[k]) for k in keys): r for r in table.to_pylist()}


def diff_table(name: str, old: pa.Table | None, new: pa.Table) -> TableDiff:
    """Added/removed/changed rows; columns present on one side only are a schema change, not a row change."""
    if old is not None and old.equals(new):  # the usual rebuild: no row to compare one by one
        return TableDiff()
    before = _rows(name, old) if old is not None else {}
    after = _rows(name, new)
    shared_cols = [c for c in new.column_names if old is not None and c in old.column_names]
    diff = TableDiff(added=sorted(set(after) - set(before)), removed=sorted(set(before) - set(after)))
    for key in sorted(set(before) & set(after)):
        cols = [c for c in shared_cols if before[key][c] != after[key][c]]
        if cols:
            diff.changed[key] = cols
    return diff


def diff_release(old: dict[str, pa.Table], new: dict[str, pa.Table]) -> dict[str, TableDiff]:
    """Per table of `new`; tables only in `old` show every row as removed."""
    out = {name: diff_table(name, old.get(name), table) for name, table in new.items()}
    for name in sorted(set(old) - set(new)):
        out[name] = TableDiff(removed=sorted(_rows(name, old[name])))
    return out


def changes_table(diffs: dict[str, TableDiff]) -> pa.Table:
    """changes.parquet: one row per added, removed or changed row, in a fixed order."""
    rows = []
    for name in sorted(diffs):
        d = diffs[name]
        rows += [(name, k, "added", []) for k in d.added]
        rows += [(name, k, "removed", []) for k in d.removed]
        rows += [(name, k, "changed", cols) for k, cols in d.changed.items()]
    rows.sort(key=lambda r: (r[0], r[2], r[1]))
    columns = list(zip(*rows)) if rows else [[], [], [], []]
    return pa.Table.from_arrays([pa.array(list(c), type=f.type) for c, f in zip(columns, CHANGES_SCHEMA)],
                                schema=CHANGES_SCHEMA)
