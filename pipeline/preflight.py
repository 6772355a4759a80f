"""Can this build start? Asked first, so a missing folder or a bad --out is one line, not a traceback."""

from __future__ import annotations

import tempfile
from pathlib import Path

from pipeline.ingest.entries import folder_problem

# Exit codes of `build` for a build that cannot start (the others are in cli.py).
EXIT_NO_ARTICLES, EXIT_BAD_OUTPUT = 4, 5


def output_problem(out_dir: Path) -> str | None:
    """Why nothing can be written under `out_dir`, or None. Creates the folder when it is missing."""
    if out_dir.exists() and not out_dir.is_dir():
        return f"the output path {out_dir} is a file, not a folder"
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        # Permission bits do not tell (root ignores them, a read-only mount does not): try a real write.
        with tempfile.TemporaryFile(dir=out_dir, prefix=".write-test-"):
            pass
    except OSError as exc:
        return f"the output folder {out_dir} cannot be written ({exc.strerror or exc})"
    return None


def preflight(articles_dir: Path, sources_path: Path, out_dir: Path) -> tuple[int, str] | None:
    """(exit code, message), or None when the build can start: nothing is built from a folder that is not there."""
    if problem := folder_problem(articles_dir, (sources_path,)):
        return EXIT_NO_ARTICLES, problem
    if problem := output_problem(out_dir):
        return EXIT_BAD_OUTPUT, problem
    return None
