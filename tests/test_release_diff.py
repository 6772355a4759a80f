"""Row-level differences between releases, read column by column: which rows were added, removed or changed
and in which columns, changes.parquet's order, and the changelog's example labels."""

from __future__ import annotations

import pyarrow as pa

from pipeline.publish.changelog import render_changelog
from pipeline.publish.diff import TableDiff, changes_table, diff_release, diff_table


def _entities(rows):
    names = ["entity_id", "entity_type", "name", "aliases"]
    return pa.Table.from_pylist([dict(zip(names, r)) for r in rows])


OLD = _entities([("e3", "person", "Ali", ["A"]), ("e1", "person", "Omar", []), ("e2", "organization", "UN", [])])
NEW = _entities([("e1", "person", "Omar", ["O."]), ("e4", "person", "Sara", []), ("e3", "organization", "Ali Co", ["A"])])


def test_rows_added_removed_and_changed_with_their_columns_in_schema_order():
    diff = diff_table("entities", OLD, NEW)
    assert (diff.added, diff.removed) == (["e4"], ["e2"])
    assert diff.changed == {"e1": ["aliases"], "e3": ["entity_type", "name"]}
    assert diff_table("entities", OLD, OLD).empty()
    assert diff_release({"entities": OLD}, {"entities": NEW})["entities"] == diff
    assert diff_release({"entities": OLD}, {})["entities"].removed == ["e1", "e2", "e3"]  # a table dropped


def test_changes_are_ordered_by_table_change_and_row():
    diffs = {"b": TableDiff(added=["z", "a"]), "a": TableDiff(removed=["r"], changed={"y": ["name"], "x": ["id"]})}
    rows = changes_table(diffs).to_pylist()
    assert [(r["table"], r["change"], r["row_id"], r["changed_columns"]) for r in rows] == [
        ("a", "changed", "x", ["id"]), ("a", "changed", "y", ["name"]), ("a", "removed", "r", []),
        ("b", "added", "a", []), ("b", "added", "z", [])]


def test_the_changelog_labels_its_examples():
    text = render_changelog("1.1.0", "1.0.0", {"entities": diff_table("entities", OLD, NEW)},
                            {"entities": OLD}, {"entities": NEW}, "minor")
    assert "`e4` — Sara" in text and "`e2` — UN" in text and "`e3` — Ali Co (columns: entity_type, name)" in text


def test_a_nan_is_a_change_as_python_compares_it():
    rows = [{"location_id": "geonames:1", "name": "A", "lat": float("nan")}, {"location_id": "geonames:2", "name": "B",
                                                                              "lat": 1.5}]
    old, new = pa.Table.from_pylist(rows), pa.Table.from_pylist([{**rows[0]}, {**rows[1], "name": "C"}])
    assert diff_table("locations", old, new).changed == {"geonames:1": ["lat"], "geonames:2": ["name"]}
