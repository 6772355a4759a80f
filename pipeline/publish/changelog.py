"""CHANGELOG.md of a release: rows added, removed and changed per table, with examples."""

from __future__ import annotations

import pyarrow as pa

from pipeline.publish.diff import TableDiff, row_ids

EXAMPLES = 5
LABEL_COLUMNS = ("count_text", "quote", "name", "surface", "title", "source_file", "check")  # first present wins
MAX_LABEL = 80


def _labels(name: str, table: pa.Table | None, ids: list[str]) -> dict[str, str]:
    """Row id -> a short human label (the figure, quote, name...) of the rows shown as examples."""
    if table is None:
        return {}
    col = next((c for c in LABEL_COLUMNS if c in table.column_names), None)
    if col is None:
        return {}
    shown, out = set(ids[:EXAMPLES]), {}
    keys = row_ids(name, table)
    rows = [n for n, key in enumerate(keys) if key in shown]  # the few rows shown, not the whole column
    for n, value in zip(rows, table.column(col).take(pa.array(rows, type=pa.int64())).to_pylist()):
        text = " ".join(str(value or "").split())
        out[keys[n]] = text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"
    return out


def _examples(ids: list[str], labels: dict[str, str], extra: dict[str, list[str]] | None = None) -> list[str]:
    lines = []
    for key in ids[:EXAMPLES]:
        label = f" — {labels[key]}" if labels.get(key) else ""
        cols = f" (columns: {', '.join(extra[key])})" if extra else ""
        lines.append(f"  - `{key}`{label}{cols}")
    if len(ids) > EXAMPLES:
        lines.append(f"  - … and {len(ids) - EXAMPLES} more (see changes.parquet)")
    return lines


def render_changelog(version: str, previous: str | None, diffs: dict[str, TableDiff],
                     old: dict[str, pa.Table], new: dict[str, pa.Table], level: str) -> str:
    since = f"since {previous}" if previous else "first release"
    lines = [f"# {version}", "", f"Changes {since} ({level} release). "
             "Every changed row is listed in changes.parquet.", ""]
    for name in sorted(diffs):
        d = diffs[name]
        lines.append(f"## {name}")
        lines.append("")
        lines.append(f"- added: {len(d.added)}, removed: {len(d.removed)}, changed: {len(d.changed)}")
        if d.added:
            lines += ["- added rows:", *_examples(d.added, _labels(name, new.get(name), d.added))]
        if d.removed:
            lines += ["- removed rows:", *_examples(d.removed, _labels(name, old.get(name), d.removed))]
        if d.changed:
            ids = list(d.changed)
            lines += ["- changed rows:", *_examples(ids, _labels(name, new.get(name), ids), d.changed)]
        lines.append("")
    return "\n".join(lines)
