"""Which place a figure is about: one explicit, deterministic policy.

1. Places tied to the figure's clause: after a locative preposition ("remain in Rutba", "through the
   Al-Qaim border crossing") or as the object of the status verb ("entered Iraq"); the most specific
   wins (facility > town > governorate > country), then the first. A place the people refuse to go to
   ("refused to return to Syria") is not where they are.
2. Else the nearest place before the figure in its sentence ("Iraq announced it had received ...").
3. Else, for people who entered, remain or moved, the article's host country (its most named country).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract import lexicon
from pipeline.extract.text import Span


@dataclass(frozen=True)
class PlaceRef:
    start: int
    end: int
    surface: str
    location_id: str
    specificity: int
    feature_type: str
    country_code: str


@cache
def _locative_re() -> re.Pattern[str]:
    preps = lexicon.alternation([r["preposition"] for r in lexicon.rows("locative_prepositions.csv")])
    return re.compile(rf"\b(?:{preps})\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w’'-]+\s+){{0,3}}$", re.IGNORECASE)


def _tied(text: str, p: PlaceRef, lo: int, cue) -> bool:
    before = text[max(lo, p.start - 40):p.start]
    if _locative_re().search(before):
        return True
    return cue is not None and re.fullmatch(r"\s*(?:the\s+)?", text[cue.end:p.start]) is not None


def choose_place(text: str, places: list[PlaceRef], lo: int, hi: int, sent: Span, num_start: int,
                 cue, status: str, host: PlaceRef | None) -> PlaceRef | None:
    skip_until = cue.end + 40 if cue is not None and cue.place == "skip" else -1
    tied = [p for p in places if lo <= p.start < hi and p.start > skip_until and _tied(text, p, lo, cue)]
    if tied:
        return max(tied, key=lambda p: (p.specificity, -p.start))
    before = [p for p in places if sent.start <= p.start and p.end <= num_start]
    if before:
        return before[-1]
    return host if status in ("entered", "remaining", "relocated") else None
