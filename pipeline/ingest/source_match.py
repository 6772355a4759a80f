"""Match sources.csv rows to the files of the folder: by relative path, a bare name only when unambiguous."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath

from pipeline.ingest.entries import table_name
from pipeline.ingest.model import Rejection, SourceRow


def _bare_name_targets(rows: list[SourceRow], present: set[str], exact: set[str]) -> dict[str, str]:
    """A row giving only a file name ("a.txt") finds "sub/a.txt" when exactly one file has that name
    and no row names that file by its path; a row with a folder in it never matches another folder."""
    by_name: dict[str, list[str]] = {}
    for rel in sorted(present):
        by_name.setdefault(PurePosixPath(rel).name, []).append(rel)
    targets = {}
    for row in rows:
        if "/" in row.file or row.file in present:
            continue
        candidates = by_name.get(row.file, [])
        if len(candidates) == 1 and candidates[0] not in exact:
            targets[row.file] = candidates[0]
    return targets


def match_sources(rows: Iterable[SourceRow], files: Iterable[str], csv_name: str = "sources.csv"
                  ) -> tuple[dict[str, SourceRow], list[Rejection]]:
    """Map each article file (relative path) to its row; rows naming absent or repeated files are rejected."""
    rows, present = list(rows), set(files)
    exact = {row.file for row in rows if row.file in present}
    bare = _bare_name_targets(rows, present, exact)
    matched: dict[str, SourceRow] = {}
    rejections = []
    for row in rows:
        target = row.file if row.file in present else bare.get(row.file)
        if target is None:
            shared = sorted(f for f in present if "/" not in row.file and PurePosixPath(f).name == row.file)
            why = (f"a file name that {len(shared)} paths share ({', '.join(shared[:3])}); give the path in the folder"
                   if len(shared) > 1 else "but no such file is in the folder")
            rejections.append(Rejection(table_name(row.file), "sources_row_without_file",
                                        f"{csv_name} describes '{row.file[:300]}', {why}."[:1000]))
        elif target in matched:
            rejections.append(Rejection(table_name(row.file), "sources_duplicate_row",
                                        f"{csv_name} describes '{row.file[:300]}' more than once; the first row was used."))
        else:
            matched[target] = row
    return matched, rejections
