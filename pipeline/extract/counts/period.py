"""When a figure applies: the first date in its clause, else the last one since the previous figure.

A date in a relative clause describes the people ("who fled last month"); when the main verb is a
later move ("have returned"), the figure's period runs from that date to the report. A figure of
people still there (`remaining`), or in a sentence that says "currently", is dated to publication.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from pipeline.extract.counts.scope import FigureScope

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

Period = tuple[date | None, date | None]


def figure_period(doc: ArticleDoc, scope: FigureScope) -> tuple[Period, str | None]:
    times, present = doc.times, doc.present
    lo, hi, sent, start = scope.lo, scope.hi, scope.sentence, scope.number.start
    inside = [t for t in times if lo <= t.start < hi and t.kind != "present"]
    before = [t for t in times if scope.prev_end <= t.start and t.end <= start and t.kind != "present"]
    chosen = inside[0] if inside else (before[-1] if before else None)
    if chosen and (chosen.period_start or chosen.period_end):
        return (chosen.period_start, chosen.period_end), chosen.text
    described = [t for t in times if lo > scope.np_end and scope.np_end <= t.start < lo and t.period_start]
    if described and scope.status in ("returned", "relocated") and present[1]:
        return (described[0].period_start, present[1]), described[0].text
    if scope.status == "remaining" or any(lo <= t.start < hi or sent.start <= t.start < start
                                          for t in times if t.kind == "present"):
        return present, None
    return (None, None), None
