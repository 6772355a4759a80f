"""Each article's extraction outcome, stored under the fingerprint of the code and rules that made it."""

from __future__ import annotations

from pathlib import Path

from pipeline.cache.entries import EntryStore
from pipeline.cache.store import clear
from pipeline.extract.rows.job import ArticleOutcome

__all__ = ["ArticleCache", "clear"]


class ArticleCache(EntryStore):
    def __init__(self, root: Path, fingerprint: str) -> None:
        super().__init__(root, fingerprint, (ArticleOutcome,))
