"""Read the optional sources.csv that describes each article file.

Bad rows are reported, never fatal: the folder still loads, with less metadata.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from pipeline.ingest.model import Rejection, SourceRow

SOURCE_COLUMNS = ("file", "outlet", "title", "url", "published_date", "language")


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _value(row: dict[str, str | None], column: str) -> str | None:
    value = (row.get(column) or "").strip()
    return value or None


def read_sources(path: Path) -> tuple[list[SourceRow], list[Rejection]]:
    """Parse sources.csv; unknown columns are ignored and reported once."""
    name = path.name
    try:
        reader = csv.DictReader(io.StringIO(_decode(path.read_bytes()), newline=""))
        header = [h.strip() for h in (reader.fieldnames or [])]
        raw_rows = list(reader)
    except (OSError, csv.Error) as exc:
        return [], [Rejection(name, "sources_unreadable", f"{name} could not be read ({exc}); no metadata was used.")]
    if "file" not in header:
        return [], [Rejection(name, "sources_missing_file_column",
                              f"{name} has no 'file' column (found: {', '.join(header) or 'nothing'}); it was ignored.")]
    rejections = []
    unknown = sorted(h for h in header if h and h not in SOURCE_COLUMNS)
    if unknown:
        rejections.append(Rejection(name, "sources_unknown_columns",
                                    f"{name} columns {', '.join(unknown)} are not used and were ignored."))
    rows = []
    for raw in raw_rows:
        row = {(k or "").strip(): v if isinstance(v, str) else None for k, v in raw.items()}
        file = _value(row, "file")
        if file is None:
            if any(_value(row, c) for c in SOURCE_COLUMNS):
                rejections.append(Rejection(name, "sources_row_without_file",
                                            f"A {name} row has an empty 'file' cell ({_describe(row)}); it was ignored."))
            continue
        rows.append(SourceRow(file, *(_value(row, c) for c in SOURCE_COLUMNS[1:])))
    return rows, rejections


def _describe(row: dict[str, str | None]) -> str:
    return ", ".join(f"{c}={row[c]!r}" for c in SOURCE_COLUMNS if row.get(c))


def match_sources(rows: Iterable[SourceRow], files: Iterable[str], csv_name: str = "sources.csv"
                  ) -> tuple[dict[str, SourceRow], list[Rejection]]:
    """Map each article file to its row; rows naming absent or repeated files are rejected."""
    present = set(files)
    by_basename: dict[str, list[str]] = {}
    for f in sorted(present):
        by_basename.setdefault(Path(f).name, []).append(f)
    matched: dict[str, SourceRow] = {}
    rejections = []
    for row in rows:
        target = row.file if row.file in present else None
        if target is None and len(by_basename.get(Path(row.file).name, [])) == 1:
            target = by_basename[Path(row.file).name][0]
        if target is None:
            rejections.append(Rejection(row.file, "sources_row_without_file",
                                        f"{csv_name} describes '{row.file}', but no such file is in the folder."))
        elif target in matched:
            rejections.append(Rejection(row.file, "sources_duplicate_row",
                                        f"{csv_name} describes '{row.file}' more than once; the first row was used."))
        else:
            matched[target] = row
    return matched, rejections
