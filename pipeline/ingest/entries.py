"""What is in the articles folder: regular files to read, and everything else set aside with a reason.

Only regular files inside the folder are ever read. A symbolic link is never
followed (it could lead anywhere: /etc/passwd, a device, a loop); a FIFO, socket
or device would block or stream forever. Each gets a `rejected_inputs` row, so
the folder's every entry is accounted for.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest.model import REASONS, Rejection

ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm"})
MAX_NAME_CHARS = 255  # the tables' bound on a file name (rejected_inputs.file, articles.source_file)
NAME_HASH_CHARS = 16
NAME_TAIL_CHARS = 60  # a shortened name keeps its end: the file's own name and suffix
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")  # Unicode's category Cc, exactly


@dataclass(frozen=True)
class Entry:
    name: str  # as the tables hold it (shortened with a hash when too long)
    rel: str  # the real path relative to the folder, posix


def table_name(rel: str) -> str:
    """`rel` itself when it fits; else head + '…' + stable hash + tail, always the same for the same path."""
    if len(rel) <= MAX_NAME_CHARS:
        return rel
    digest = hashlib.sha256(rel.encode("utf-8", "surrogateescape")).hexdigest()[:NAME_HASH_CHARS]
    head = MAX_NAME_CHARS - NAME_TAIL_CHARS - NAME_HASH_CHARS - 3
    return f"{rel[:head]}…{digest}…{rel[-NAME_TAIL_CHARS:]}"


def _printable_name(rel: str) -> str | None:
    """None when the name can be stored as is; else an escaped spelling for the rejection row."""
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:  # bytes that are not UTF-8, kept by Python as surrogates
        return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if _CONTROLS.search(rel):  # C0, DEL and C1 controls
        return rel.encode("unicode_escape").decode("ascii")
    return None


def _is_ignored(rel: str, exempt: set[str]) -> bool:
    """Dotfiles, READMEs and the metadata file itself are not articles and not errors."""
    name = rel.rpartition("/")[2]
    return rel in exempt or any(part.startswith(".") for part in rel.split("/")) or name.upper().startswith("README")


def _link_rejection(path: Path, root: Path, name: str) -> Rejection:
    target = path.resolve()
    where = "inside" if target.is_relative_to(root) else "outside"
    kind = "folder" if target.is_dir() else "file" if target.exists() else "missing target"
    return Rejection(name, "link", f"A symbolic link to a {kind} {where} the articles folder; links are not "
                                   "followed. Copy the file into the folder to have it read.")


def classify(path: Path, root: Path, rel: str) -> Entry | Rejection:
    """One folder entry that is not a directory: a readable candidate, or why it is not read."""
    name = table_name(rel)
    if (escaped := _printable_name(rel)) is not None:
        return Rejection(table_name(escaped), "bad_name", f"{REASONS['bad_name'].capitalize()}: {escaped[:300]!r}.")
    try:
        mode = os.lstat(path).st_mode
    except OSError as exc:
        return Rejection(name, "unreadable", f"The entry could not be examined: {exc.strerror or exc}.")
    if stat.S_ISLNK(mode):
        return _link_rejection(path, root, name)
    if not stat.S_ISREG(mode):
        kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
                else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")
        return Rejection(name, "not_a_file", f"The entry is {kind}; only regular files are read.")
    if Path(rel).suffix.lower() not in ARTICLE_SUFFIXES:
        return Rejection(name, "unsupported_type", f"'{Path(rel).suffix or 'no extension'}' files are not read; "
                                                   f"{REASONS['unsupported_type']}.")
    return Entry(name, rel)


def _walk(root: Path, exempt: tuple[Path, ...]) -> Iterator[Entry | Rejection]:
    """Every entry under `root` (resolved), in walking order, without following links."""
    exempt_rel = {p.resolve().relative_to(root).as_posix() for p in exempt if p.resolve().is_relative_to(root)}
    unlisted: list[Rejection] = []  # folders os.walk could not list, reported as it meets them

    def unreadable_dir(err: OSError) -> None:
        rel = Path(err.filename).relative_to(root).as_posix() if err.filename else "."
        unlisted.append(Rejection(table_name(rel), "unreadable",
                                  f"The folder could not be listed: {err.strerror or err}; its files were not read."))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable_dir, followlinks=False):
        yield from unlisted
        unlisted.clear()
        here = Path(dirpath)
        links = [d for d in dirnames if (here / d).is_symlink()]  # os.walk lists links to folders as folders
        dirnames[:] = sorted(d for d in dirnames if d not in links and not d.startswith("."))
        # Paths as strings, the folder's once per folder: a Path built and made relative per file was most of
        # walking 10,000 files.
        prefix = "" if here == root else here.relative_to(root).as_posix() + "/"
        for fname in sorted(filenames + links):
            rel = prefix + fname
            if not _is_ignored(rel, exempt_rel):
                yield classify(here / fname, root, rel)
    yield from unlisted


def walk_folder(root: Path, exempt: tuple[Path, ...] = ()) -> tuple[list[Entry], list[Rejection]]:
    """Every entry under `root` without following links: candidates sorted by name, and rejections."""
    entries, rejections = [], []
    for found in _walk(root.resolve(), exempt):
        (entries if isinstance(found, Entry) else rejections).append(found)
    return sorted(entries, key=lambda e: e.name), rejections


def folder_problem(root: Path, exempt: tuple[Path, ...] = ()) -> str | None:
    """Why `root` cannot be an articles folder (missing, not a folder, nothing in it), or None."""
    if not root.exists():
        return f"the articles folder {root} does not exist"
    if not root.is_dir():
        return f"the articles path {root} is not a folder"
    if next(_walk(root.resolve(), exempt), None) is None:  # one entry is enough: the walk stops there
        return f"the articles folder {root} holds no files to read (only hidden files, READMEs or sources.csv)"
    return None
