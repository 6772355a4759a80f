"""Progress of a command-line build on stderr: a bar on a terminal, a line every few seconds otherwise."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path

from pipeline.progress import configure, heartbeat

TERMINAL_EVERY_S = 0.5  # a bar redrawn in place can move often
LINES_EVERY_S = 3.0  # "every few seconds", yet few lines in a log file or CI output


def input_files(articles_dir: Path) -> int:
    """Files the ingest stage will read (hidden files and folders are skipped, as ingest does; links to folders
    are not followed, as `Path.rglob` did not)."""
    if not articles_dir.is_dir():
        return 0
    # `os.scandir` entries, not `Path.rglob`: a Path built, made relative and split per file was ~0.2 s of every
    # build's start at 10,000 files, for a count.
    count, folders = 0, [articles_dir]
    while folders:
        try:
            with os.scandir(folders.pop()) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        folders.append(Path(entry.path))
                    elif entry.is_file():
                        count += 1
        except OSError:  # a folder that cannot be listed: ingest reports it, the count leaves it out
            continue
    return count


@contextmanager
def build_progress(articles_dir: Path, every_s: float | None = None):
    out = sys.stderr
    reporter = configure(out, every_s or (TERMINAL_EVERY_S if out.isatty() else LINES_EVERY_S))
    # Ingest has no input to observe: its stage starts here, sized by the folder.
    reporter.start_stage("ingest", total=input_files(articles_dir), unit="files", announce=True)
    stop = heartbeat(reporter)
    try:
        yield reporter
    finally:
        stop.set()
        reporter.finish()
        configure(None)  # silent again for whatever runs next in this process
