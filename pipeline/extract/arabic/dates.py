"""Time expressions in Arabic (placeholder until the date rules land)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.figures.dates import TimeMention

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


def find_arabic_times(doc: ArticleDoc) -> list[TimeMention]:
    return []
