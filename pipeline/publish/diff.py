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


def row_ids(name: str, table: pa.Table) -> list[str]:
    """Each row's id: its primary key's parts joined by '|', read from the key columns alone."""
    keys = PRIMARY_KEYS[name]
    column = table.column(keys[0])
    if len(keys) == 1 and pa.types.is_string(column.type) and not column.null_count:
        # One text key (every table but rejected_inputs): each id is the key itself, as joining it alone gives;
        # a join per row was ~1 s of every release at 10,000 articles (old and new tables, and the changelog).
        return column.to_pylist()
    parts = [table.column(k).to_pylist() for k in keys]
    return ["|".join(str(p) for p in key) for key in zip(*parts)]


def _positions(ids: list[str]) -> dict[str, int]:
    return {key: n for n, key in enumerate(ids)}  # the last row of an id, as a dict of rows would keep


def diff_table(name: str, old: pa.Table | None, new: pa.Table) -> TableDiff:
    """Added/removed/changed rows; columns present on one side only are a schema change, not a row change."""
    if old is not None and old.equals(new):  # the usual rebuild: no row to compare one by one
        return TableDiff()
    before = _positions(row_ids(name, old)) if old is not None else {}
    after = _positions(row_ids(name, new))
    diff = TableDiff(added=sorted(set(after) - set(before)), removed=sorted(set(before) - set(after)))
    shared = sorted(set(before) & set(after))
    if not shared:
        return diff
    # Column by column, the shared rows aligned: a column whose aligned values are equal (Arrow's comparison,
    # for which NaN equals nothing, as for Python's) changed in no row; the others are compared value by value
    # as whole rows compared them.
    was_at = pa.array([before[key] for key in shared], type=pa.int64())
    now_at = pa.array([after[key] for key in shared], type=pa.int64())
    changed: dict[str, list[str]] = {}
    for col in (c for c in new.column_names if c in old.column_names):
        was, now = old.column(col).take(was_at), new.column(col).take(now_at)
        if was.equals(now):
            continue
        for key, before_value, after_value in zip(shared, was.to_pylist(), now.to_pylist()):
            if before_value != after_value:
                changed.setdefault(key, []).append(col)
    diff.changed = {key: changed[key] for key in shared if key in changed}
    return diff


def diff_release(old: dict[str, pa.Table], new: dict[str, pa.Table]) -> dict[str, TableDiff]:
    """Per table of `new`; tables only in `old` show every row as removed."""
    out = {name: diff_table(name, old.get(name), table) for name, table in new.items()}
    for name in sorted(set(old) - set(new)):
        out[name] = TableDiff(removed=sorted(set(row_ids(name, old[name]))))
    return out


def changes_table(diffs: dict[str, TableDiff]) -> pa.Table:
    """changes.parquet: one row per added, removed or changed row, ordered by table, change and row id
    ("added" < "changed" < "removed"), built column by column."""
    columns: list[list] = [[], [], [], []]
    for name in sorted(diffs):
        d = diffs[name]
        for change, ids in (("added", sorted(d.added)), ("changed", sorted(d.changed)), ("removed", sorted(d.removed))):
            columns[0] += [name] * len(ids)
            columns[1] += ids
            columns[2] += [change] * len(ids)
            columns[3] += [d.changed[k] for k in ids] if change == "changed" else [[]] * len(ids)
    return pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in zip(columns, CHANGES_SCHEMA)],
                                schema=CHANGES_SCHEMA)
