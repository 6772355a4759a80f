"""Read the optional sources.csv that describes each article file.

Bad rows are reported one by one, with their line number, never fatal: a row
with an oversized cell, the wrong number of cells or a path outside the folder
is set aside on its own and the rest of the file is used.
"""

from __future__ import annotations

import csv
import hashlib
import io
import posixpath
import stat
from collections.abc import Iterator
from pathlib import Path

from pipeline.ingest.model import Rejection, SourceRow

SOURCE_COLUMNS = ("file", "outlet", "title", "url", "published_date", "language")
MAX_CELL_CHARS = 4_000  # the longest column it feeds (url) is bounded at 2,000 characters
MAX_SOURCES_BYTES = 16 * 1024 * 1024


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _records(text: str) -> Iterator[tuple[int, list[str] | str]]:
    """(first line number, cells) per record, or (line, error message) for a record csv cannot parse."""
    reader = csv.reader(io.StringIO(text, newline=""))
    line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # e.g. a cell over csv's 128 KiB limit: this record only
            yield line, str(exc)
        else:
            yield line, cells
        line = reader.line_num + 1


def clean_path(value: str) -> str | None:
    """The path relative to the articles folder, or None when it leaves the folder."""
    path = posixpath.normpath(value.replace("\\", "/"))
    if path.startswith("/") or path == ".." or path.startswith("../") or ":" in path.split("/")[0]:
        return None
    return path


def _row_problem(cells: list[str], header: list[str]) -> str | None:
    if len(cells) != len(header):
        return f"has {len(cells)} cells where the header has {len(header)}"
    if (longest := max((len(c) for c in cells), default=0)) > MAX_CELL_CHARS:
        return f"has a cell of {longest:,} characters (limit {MAX_CELL_CHARS:,})"
    return None


def _row(cells: list[str], header: list[str], name: str, line: int) -> SourceRow | Rejection | None:
    if isinstance(cells, str) or (problem := _row_problem(cells, header)):
        problem = f"could not be parsed ({cells})" if isinstance(cells, str) else problem
        return Rejection(f"{name}:{line}", "sources_bad_row", f"{name} line {line} {problem}; that row was ignored.")
    row = {h: (v.strip() or None) for h, v in zip(header, cells)}
    if row.get("file") is None:
        if any(row.get(c) for c in SOURCE_COLUMNS):
            return Rejection(name, "sources_row_without_file",
                             f"{name} line {line} has an empty 'file' cell; it was ignored.")
        return None
    path = clean_path(row["file"])
    if path is None:
        return Rejection(f"{name}:{line}", "sources_bad_row",
                         f"{name} line {line} names {row['file'][:200]!r}, outside the articles folder; ignored.")
    return SourceRow(path, *(row.get(c) for c in SOURCE_COLUMNS[1:]))


def read_sources(path: Path) -> tuple[list[SourceRow], list[Rejection], str | None]:
    """Parse sources.csv: (rows, rejections, SHA-256 of the bytes read); unknown columns are reported once."""
    name = path.name
    digest = None
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO would block the build forever
            raise OSError("it is not a regular file")
        if path.stat().st_size > MAX_SOURCES_BYTES:
            raise OSError(f"it is over {MAX_SOURCES_BYTES:,} bytes")
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        records = _records(_decode(data))
        _, header = next(records, (1, []))
    except OSError as exc:
        return [], [Rejection(name, "sources_unreadable", f"{name} could not be read ({exc}); no metadata was used.")], None
    header = [h.strip() for h in header] if isinstance(header, list) else []
    if "file" not in header:
        return [], [Rejection(name, "sources_missing_file_column",
                              f"{name} has no 'file' column (found: {', '.join(header) or 'nothing'}); it was ignored.")], digest
    rejections = []
    unknown = sorted(h for h in header if h and h not in SOURCE_COLUMNS)
    if unknown:
        rejections.append(Rejection(name, "sources_unknown_columns",
                                    f"{name} columns {', '.join(unknown)} are not used and were ignored."))
    rows = []
    for line, cells in records:
        if cells == []:  # a blank line
            continue
        found = _row(cells, header, name, line)
        if found is not None:
            (rows if isinstance(found, SourceRow) else rejections).append(found)
    return rows, rejections, digest
