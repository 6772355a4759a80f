"""Figures that add up to an earlier figure: a breakdown of the same people ("Iraq handed back 1,905 soldiers on
Wednesday and Thursday. … He said 1,130 went across on Wednesday and 775 on Thursday"). What happened to them is
what happened to the whole where their own words give no direction: a crossing that names none, or no verb. And a
total of earlier figures ("The 1,905 and the 412 together make 2,317 returned") runs from the first of them to the
last, when its own words give no date."""

from __future__ import annotations

from dataclasses import replace
from itertools import accumulate
from typing import TYPE_CHECKING

from pipeline.extract.counts.period_value import FigurePeriod

if TYPE_CHECKING:
    from pipeline.extract.counts.draft import CountDraft
    from pipeline.extract.counts.scope import FigureScope
    from pipeline.extract.doc import ArticleDoc

SUM_REACH = 2  # sentences before the parts' own where the whole they add up to may stand
_MOVES = ("entered", "returned", "relocated")


def summed_parts(doc: ArticleDoc, drafts: list[CountDraft], scopes: list[FigureScope]) -> list[tuple[int, str]]:
    """(index, the whole's status) of each figure of a run of two or more in one sentence that adds up to a figure
    of an earlier sentence nearby, where the figure's own words give no direction."""
    out = []
    for first in range(len(drafts)):
        for last in range(first + 1, len(drafts)):
            if drafts[last].sentence != drafts[first].sentence:
                break
            whole = _whole(doc, drafts, first, sum_of(drafts[first:last + 1]))
            if whole is not None:
                out += [(index, whole.status) for index in range(first, last + 1)
                        if drafts[index].status != whole.status and _undirected(doc, scopes[index])]
    return out


def sum_of(parts: list[CountDraft]) -> int | None:
    values = [d.number.value_best for d in parts]
    return None if None in values else sum(values)


def _whole(doc: ArticleDoc, drafts: list[CountDraft], first: int, total: int | None) -> CountDraft | None:
    """The nearest earlier figure of a move, within `SUM_REACH` sentences before the parts', of `total` people."""
    if total is None:
        return None
    before = [s for s in doc.sentences if s.end <= drafts[first].sentence.start][-SUM_REACH:]
    reach = before[0].start if before else drafts[first].sentence.start
    return next((d for d in reversed(drafts[:first]) if reach <= d.number.start and d.number.value_best == total
                 and d.status in _MOVES), None)


def _undirected(doc: ArticleDoc, scope: FigureScope) -> bool:
    if scope.cue is None:
        return True
    words = " ".join(doc.text[scope.cue.start:scope.cue.end].split())
    return doc.rules.pattern("undirected_crossing").match(words) is not None and \
        doc.rules.pattern("destination_after").match(doc.text, scope.cue.end, scope.sentence.end) is None


LEAST_TOTAL = 10  # a smaller sum of two figures ("two and three make five") is too likely a chance


def totals_of_earlier(drafts: list[CountDraft]) -> list[CountDraft]:
    """Each undated figure of a move that is the exact sum of a run of two or more earlier dated figures of the same
    move, dated from the run's first day to its last."""
    out = list(drafts)
    for index, total in enumerate(drafts):
        value = total.number.value_best
        if total.period.rule != "open" or total.status not in _MOVES or value is None or value < LEAST_TOTAL:
            continue
        earlier = [d for d in drafts[:index] if d.status == total.status and d.period.start and d.period.end
                   and d.number.value_best is not None and d.number.value_best != value]
        run = _run_adding_up(earlier, value)
        if run:
            first, last = min((d.period for d in run), key=lambda p: p.start), max((d.period for d in run), key=lambda p: p.end)
            out[index] = replace(total, period=FigurePeriod(first.start, last.end, f"{first.text} … {last.text}", "carried"))
    return out


def _run_adding_up(drafts: list[CountDraft], total: int) -> list[CountDraft] | None:
    """The first run of two or more consecutive `drafts` whose values add up to `total`: a run's sum is the
    difference of two running sums, so one pass finds it."""
    sums = list(accumulate((d.number.value_best for d in drafts), initial=0))
    starts: dict[int, int] = {}  # running sum -> the earliest run start it stands before
    for last in range(2, len(drafts) + 1):
        starts.setdefault(sums[last - 2], last - 2)
        if (first := starts.get(sums[last] - total)) is not None:
            return drafts[first:last]
    return None
