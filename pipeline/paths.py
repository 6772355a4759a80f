"""Filesystem anchors. Everything is resolved from the package location, never the CWD."""

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
