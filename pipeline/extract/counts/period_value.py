"""A figure's period as the rows carry it: its first and last day, the words it stood on and the rule that dated it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

_PUBLICATION_SHAPES = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


@dataclass(frozen=True)
class FigurePeriod:
    start: date | None
    end: date | None
    text: str | None  # the words the period stood on
    rule: str  # schemas.vocab.PERIOD_RULES


def publication_words(doc: ArticleDoc) -> str | None:
    """The publication date at its precision, as the present and open rules' own words."""
    shape = _PUBLICATION_SHAPES.get(doc.precision)
    return doc.published.strftime(shape) if doc.published is not None and shape else None
