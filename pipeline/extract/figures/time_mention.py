"""A time expression found in the text and the period it stands for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pipeline.text.spans import Span


@dataclass(frozen=True)
class TimeMention(Span):
    """A time expression and the period it resolves to (None where the year or day cannot be known)."""

    text: str
    period_start: date | None
    period_end: date | None
    kind: str
