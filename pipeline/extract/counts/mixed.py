"""A figure said to count civilians or police along with the troops counts a mixed group.

"A monitoring network put the number at "close to 4,000", counting policemen and civilian employees of the border
post who fled with the troops": whatever noun the figure has, its people are not all military (`other`). The words
that say so follow the figure in its sentence (`mixed_count_after` in `patterns.csv`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.text.spans import Span

MIXED = "other"


def mixed_population(doc: ArticleDoc, sent: Span, np_end: int, population: str) -> str:
    """`other` when the words after the figure say it also counts civilians or police, else `population`."""
    if population == MIXED or not doc.rules.has_pattern("mixed_count_after"):
        return population
    return MIXED if doc.rules.pattern("mixed_count_after").match(doc.text, np_end, sent.end) else population
