"""Filesystem anchors. Everything is resolved from the package location, never the CWD.

No Dagster here: the build command finds its folders before it imports Dagster (`cli.py`)."""

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
DEFAULT_ARTICLES_DIR = PROJECT_ROOT / "seeds"
DEFAULT_OUTPUT_DIR = PROJECT_ROOT / "outputs"
TEXT_DATA_DIR = PACKAGE_DIR / "text" / "data"
LANGUAGE_PACKS_DIR = PACKAGE_DIR / "lang"
TOPIC_PACKS_DIR = PACKAGE_DIR / "topics"
GAZETTEER_DATA_DIR = PACKAGE_DIR / "extract" / "places" / "data"
INGEST_DATA_DIR = PACKAGE_DIR / "ingest" / "data"


def anchored(path: str | os.PathLike) -> Path:
    """Relative paths are taken from the project root, never from the current directory."""
    p = Path(path).expanduser()
    return p if p.is_absolute() else (PROJECT_ROOT / p)


def stage_cache_dir(output_dir: Path, kind: str) -> Path:
    """Per-article results of one stage (`ingest`, `articles` for extraction; `pipeline/cache/`):
    under `PIPELINE_CACHE_DIR` when set (shared with the gazetteer cache), else the output folder."""
    shared = os.environ.get("PIPELINE_CACHE_DIR")
    return (anchored(shared) if shared else output_dir / "cache") / kind
