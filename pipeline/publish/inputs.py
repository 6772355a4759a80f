"""What a release was built from: input files with their hashes, the code version, a `created` date.

Nothing here reads the clock: `created` is the latest publication date among
the articles, so the same inputs give the same datapackage.json, byte for byte.
"""

from __future__ import annotations

import subprocess
import tomllib
from importlib import metadata
from pathlib import Path

import pandas as pd

from pipeline.paths import PROJECT_ROOT

DIST_NAME = "syria-iraq-personnel"


def input_manifest(articles: pd.DataFrame, rejected: pd.DataFrame, sources_name: str | None = None,
                   sources_sha256: str | None = None) -> list[dict]:
    """What the build read: each article file with the hash of the bytes ingest read (articles.raw_sha256),
    each entry set aside (no hash: its content is not in the data), and sources.csv as ingest read it.

    Hashing the folder again here would describe the folder as it is now, not the
    bytes the tables came from: a file edited during the build would disagree.
    """
    out = [{"file": f, "sha256": sha} for f, sha in zip(articles["source_file"], articles["raw_sha256"])]
    out += [{"file": f, "sha256": None, "set_aside": reason}
            for f, reason in zip(rejected["file"], rejected["reason"]) if not str(reason).startswith("sources_")]
    if sources_name and sources_sha256:
        out.append({"file": sources_name, "sha256": sources_sha256})
    return sorted(out, key=lambda entry: (entry["file"], entry.get("set_aside") or ""))


def git_commit(root: Path = PROJECT_ROOT) -> str | None:
    try:
        proc = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    commit = proc.stdout.strip()
    return commit if proc.returncode == 0 and len(commit) == 40 else None


def package_version() -> str | None:
    """Installed distribution version, else the one in pyproject.toml (a source checkout)."""
    try:
        return metadata.version(DIST_NAME)
    except metadata.PackageNotFoundError:
        pass
    try:
        with open(PROJECT_ROOT / "pyproject.toml", "rb") as fh:
            return tomllib.load(fh)["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return None


def code_manifest() -> dict:
    return {"package": DIST_NAME, "package_version": package_version(), "git_commit": git_commit()}


def created_from(articles: pd.DataFrame) -> str | None:
    """The latest article publication date as an ISO datetime (partial dates: their first day)."""
    dates = pd.to_datetime(articles.get("published_date", pd.Series(dtype=object)).dropna(),
                           format="ISO8601", errors="coerce").dropna()
    return None if dates.empty else dates.max().strftime("%Y-%m-%dT00:00:00Z")
