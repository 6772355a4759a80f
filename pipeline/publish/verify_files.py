"""verify, part one: the files of a release folder, before any of them is parsed.

SHA256SUMS may only name files inside the release (no absolute paths, no "..",
no links), every file must be listed, and datapackage.json must describe every
table (those index.json recorded for it, else those the dataset has now), each
as a plain `<name>.parquet` beside it.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from pipeline.publish.manifest import CHECKSUMS, UNCHECKSUMMED, sha256_file
from schemas import TABLE_SCHEMAS

_SUM_LINE = re.compile(r"([0-9a-f]{64})  (.+)")
EXPECTED_RESOURCES = frozenset(TABLE_SCHEMAS) | {"changes"}


def inside(folder: Path, name: str) -> Path | None:
    """The file `name` inside `folder`, or None when the name or a link on its way leaves the folder."""
    rel = PurePosixPath(name)
    if not name or rel.is_absolute() or ".." in rel.parts or "\\" in name:
        return None
    path = folder / rel
    if path.is_symlink() or not path.resolve().is_relative_to(folder.resolve()):
        return None
    return path


def _listed(folder: Path) -> tuple[dict[str, str], list[str]]:
    listed, problems = {}, []
    text = (folder / CHECKSUMS).read_bytes().decode("utf-8", "replace")
    for number, line in enumerate(text.splitlines(), 1):
        m = _SUM_LINE.fullmatch(line)
        if not m:
            problems.append(f"{CHECKSUMS}: line {number} is not '<sha256>  <file>'")
        elif inside(folder, m[2]) is None:
            problems.append(f"{CHECKSUMS}: line {number} names {m[2][:200]!r}, outside the release")
        elif m[2] in listed:
            problems.append(f"{CHECKSUMS}: {m[2]} is listed twice")
        else:
            listed[m[2]] = m[1]
    return listed, problems


def check_files(folder: Path) -> list[str]:
    """Every listed file present and matching, every file listed, no links in the release."""
    if not (folder / CHECKSUMS).is_file():
        return [f"{CHECKSUMS}: missing"]
    listed, problems = _listed(folder)
    for name, digest in listed.items():
        path = folder / name
        if not path.is_file():
            problems.append(f"{name}: listed in {CHECKSUMS} but missing")
        elif sha256_file(path) != digest:
            problems.append(f"{name}: sha256 does not match {CHECKSUMS}")
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            problems.append(f"{rel}: a symbolic link inside the release")
        elif path.is_file() and rel != CHECKSUMS and rel not in UNCHECKSUMMED and rel not in listed:
            problems.append(f"{rel}: not listed in {CHECKSUMS}")
    return problems


def check_resources(descriptor: dict, expected: frozenset[str] = EXPECTED_RESOURCES) -> list[str]:
    """datapackage.json lists each `expected` table once, each as `<name>.parquet` beside it."""
    resources = descriptor.get("resources")
    if not isinstance(resources, list) or not all(isinstance(r, dict) for r in resources):
        return ["datapackage.json: no list of resources"]
    names = [r.get("name") for r in resources]
    problems = [f"datapackage.json: table {name} is missing" for name in sorted(expected - set(names))]
    problems += [f"datapackage.json: table {name} is listed more than once"
                 for name in sorted(set(map(str, names))) if names.count(name) > 1]
    problems += [f"datapackage.json: table {r.get('name')} has path {r.get('path')!r}, expected {r.get('name')}.parquet"
                 for r in resources if r.get("path") != f"{r.get('name')}.parquet"]
    return problems
