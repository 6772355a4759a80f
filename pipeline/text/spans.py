"""`Span` is the base of every mention type; `filter_spans` is the one overlap policy.

Policy, used for numbers, times, places, organisations, people, cues and speakers alike: the longer
span wins; at equal length the better `rank` (lower sorts first), then the earlier start, then the
order of discovery. Kept spans come back sorted by start. Mirrors spaCy's `filter_spans`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, TypeVar


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def overlaps(self, other: Span | tuple[int, int]) -> bool:
        start, end = (other.start, other.end) if isinstance(other, Span) else other
        return self.start < end and start < self.end

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


S = TypeVar("S", bound=Span)


def overlaps_any(span: Span, others: Iterable[Span | tuple[int, int]]) -> bool:
    return any(span.overlaps(o) for o in others)


class Taken:
    """Spans asked `overlaps_any` once per token of an article: sorted once, each question a bisection.
    The spans starting before `span` ends overlap it when the farthest of their ends lies past its start."""

    def __init__(self, spans: Iterable[Span | tuple[int, int]]) -> None:
        pairs = sorted((s.start, s.end) if isinstance(s, Span) else (s[0], s[1]) for s in spans)
        self._starts = [start for start, _ in pairs]
        self._reach = list(accumulate((end for _, end in pairs), max))

    def overlaps(self, span: Span) -> bool:
        return self.overlaps_range(span.start, span.end)

    def overlaps_range(self, start: int, end: int) -> bool:
        """`overlaps(Span(start, end))` without making the span (asked for every capitalised word)."""
        before = bisect_left(self._starts, end)
        return before > 0 and self._reach[before - 1] > start


def filter_spans(spans: Iterable[S], rank: Callable[[S], Any] | None = None,
                 taken: Sequence[Span | tuple[int, int]] = ()) -> list[S]:
    """Non-overlapping spans by the policy above; `taken` are spans already claimed elsewhere."""
    order = sorted(enumerate(spans), key=lambda p: (p[1].start - p[1].end, rank(p[1]) if rank else 0,
                                                    p[1].start, p[0]))
    kept: list[S] = []
    for _, span in order:
        if not overlaps_any(span, kept) and not overlaps_any(span, taken):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def span_at(spans: Sequence[S], pos: int) -> S | None:
    """The span containing `pos`, if any."""
    return next((s for s in spans if s.start <= pos < s.end), None)
