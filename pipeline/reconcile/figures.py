"""What one claim commits to, as numbers an estimate can combine (codebook §5.1 and §7.3).

Each figure becomes points on the line: `low`, the least it commits to; `high`, the most; `best`, its
best figure inside them; and a wider `band` used only to test agreement, whose open sides are
open ('more than 2,000' may be any number above 2,000) and which allows `TOLERANCE` of reporting noise.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

TOLERANCE = 0.05  # 2,493 and 2,500 agree; 2,493 and 'nearly 3,000' (at most 3,000) do not
OPEN_BELOW = ("at_most", "fewer_than")  # commits to nothing below: 0 is possible
OPEN_ABOVE = ("more_than", "at_least")


def _number(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


@dataclass(frozen=True)
class Commitment:
    low: int | None
    high: int | None
    best: int | None
    band: tuple[float, float] | None
    vague: bool


def commitment(qualifier: str, value_best, value_low, value_high) -> Commitment:
    """The figure's points: 'more than 2,000' is low = high = 2,001 (and open above), 'nearly 3,000' is
    low = high = best = 3,000 (open below), 'between 2,500 and 2,700' has best 2,600."""
    best, low, high = _number(value_best), _number(value_low), _number(value_high)
    if best is None and low is not None and high is not None and qualifier == "range":
        best = (low + high) // 2
    low_point = next((v for v in (low, best, high) if v is not None), None)
    high_point = next((v for v in (high, best, low) if v is not None), None)
    if low_point is None:
        return Commitment(None, None, None, None, qualifier == "vague")
    if low_point > high_point:  # 'more than N' (low N+1, best N) or 'fewer than N' (best N, high N-1)
        low_point, high_point = (low_point, low_point) if high is None else (high_point, high_point)
    best_point = None if best is None else min(max(best, low_point), high_point)
    band_low = 0.0 if qualifier in OPEN_BELOW else low_point * (1 - TOLERANCE)
    band_high = math.inf if qualifier in OPEN_ABOVE else high_point * (1 + TOLERANCE)
    return Commitment(low_point, high_point, best_point, (band_low, band_high), qualifier == "vague")


def bands_agree(bands: list[tuple[float, float]]) -> bool:
    """Intervals on a line agree pairwise exactly when they share a point (the highest low <= the lowest high)."""
    return not bands or max(b[0] for b in bands) <= min(b[1] for b in bands)


def lower_median(values: list[int]) -> int | None:
    """The middle figure; of two middle ones the lower, so value_best is always a figure some source gave."""
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2] if ordered else None
