"""Progress of a command-line build on stderr: a bar on a terminal, a line every few seconds otherwise."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

from pipeline.progress import configure, heartbeat

TERMINAL_EVERY_S = 0.5  # a bar redrawn in place can move often
LINES_EVERY_S = 3.0  # "every few seconds", yet few lines in a log file or CI output


def input_files(articles_dir: Path) -> int:
    """Files the ingest stage will read (hidden files are skipped, as ingest does)."""
    if not articles_dir.is_dir():
        return 0
    return sum(1 for p in articles_dir.rglob("*") if p.is_file()
               and not any(part.startswith(".") for part in p.relative_to(articles_dir).parts))


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
