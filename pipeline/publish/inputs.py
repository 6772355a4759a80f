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
from pipeline.publish.manifest import sha256_file

DIST_NAME = "syria-iraq-personnel"


def input_manifest(articles_dir: Path, sources_csv: Path | None) -> list[dict]:
    """Every non-hidden file under the articles folder (and sources.csv if kept elsewhere), sorted."""
    files = sorted(p for p in Path(articles_dir).rglob("*")
                   if p.is_file() and not any(part.startswith(".") for part in p.relative_to(articles_dir).parts))
    out = [{"file": p.relative_to(articles_dir).as_posix(), "sha256": sha256_file(p)} for p in files]
    if sources_csv is not None and Path(sources_csv).is_file() and Path(sources_csv).parent != Path(articles_dir):
        out.append({"file": Path(sources_csv).name, "sha256": sha256_file(Path(sources_csv))})
    return out


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
