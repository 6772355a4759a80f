"""A figure said to count civilians or police along with the troops counts a mixed group.

"A monitoring network put the number at "close to 4,000", counting policemen and civilian employees of the border
post who fled with the troops": whatever noun the figure has, its people are not all military (`other`). The words
that say so follow the figure in its sentence (`mixed_count_after` in `patterns.csv`), or come before it in its
sentence ("with their dependants the number was close to 5,000": `mixed_count_before`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.text.spans import Span

MIXED = "other"


def mixed_population(doc: ArticleDoc, sent: Span, start: int, np_end: int, population: str) -> str:
    """`other` when the words around the figure (`start` to `np_end`) say it also counts civilians or police, else
    `population`."""
    if population == MIXED or not doc.rules.has_pattern("mixed_count_after"):
        return population
    rules = doc.rules
    if rules.pattern("mixed_count_after").match(doc.text, np_end, sent.end):
        return MIXED
    before = rules.pattern("mixed_count_before") if rules.has_pattern("mixed_count_before") else None
    return MIXED if before is not None and before.search(doc.text, sent.start, start) else population
