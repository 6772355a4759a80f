"""An amount found in the text, with its qualifier and the bounds the wording sets."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.text.spans import Span

Num = int | float


@dataclass(frozen=True)
class NumberMention(Span):
    """An amount with its qualifier: (start, end) covers "more than 2,000"; number_* the digits."""

    text: str
    value_best: Num | None
    value_low: Num | None
    value_high: Num | None
    qualifier: str
    number_start: int
    number_end: int
