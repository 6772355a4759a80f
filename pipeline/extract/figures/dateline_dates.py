"""Times of a dispatch speak from its dateline's day, not from the day the paper came out.

"BELGRADE, Aug. 2. - The Government announced to-day … Seven hundred were sent to Varazdin yesterday" in a paper of
3 August: the dispatch was filed on 2 August, so its "to-day" is 2 August and its "yesterday" 1 August. A paragraph
that opens on a dateline (`dateline` in `patterns.csv`), or is one ("CORFU, February 14.", `dateline_line`), holding a
day before the publication date starts a dispatch; its times counted from the day of writing (every phrase of `time_relative.csv`: "to-day", "yesterday",
"last week", "now"), up to the next dated dateline, are counted from that day instead. A dateline up to `DISPATCH_REACH` days before publication is a dispatch of this issue; an older date in
that place is something else (a headline's anniversary, a timeline's entry) and moves nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from pipeline.extract.figures.expression_dates import relative_period
from pipeline.extract.figures.pubdates import safe_date
from pipeline.extract.figures.time_mention import TimeMention
from pipeline.text.rules import RuleSet
from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

DISPATCH_REACH = 7  # days: a wire dispatch reaches the paper within the week


def from_datelines(text: str, paragraphs: list[Span], times: list[TimeMention], rules: RuleSet,
                   published: date | None) -> list[TimeMention]:
    """`times`, with each relative time of a dated dispatch read from the dispatch's day."""
    if published is None or not rules.has_pattern("dateline"):
        return times
    sections = dispatches(text, paragraphs, times, rules, published)
    if not sections:
        return times
    # the words that count from the day of writing ("to-day", "yesterday", "last week"); a weekday ("on Wednesday")
    # already names the latest such day, which the dispatch and the paper share but for one day a week
    counted = {" ".join(row["phrase"].split()): row for row in rules.rows("time_relative.csv")}
    out = []
    for time in times:
        day = next((day for start, end, day in sections if start <= time.start < end), None)
        row = counted.get(" ".join(time.text.lower().split())) if day is not None and time.period_start else None
        period = row and safe_date(relative_period, row["rule"], int(row["offset"]), day, "day")
        out.append(replace(time, period_start=period[0], period_end=period[1]) if period else time)
    return out


def dispatches(text: str, paragraphs: list[Span], times: list[TimeMention], rules: RuleSet,
               published: date) -> list[tuple[int, int, date]]:
    """(start, end, day) of each dispatch whose dateline holds a day before publication."""
    dateline = rules.pattern("dateline")
    # "CORFU, February 14." set on a line of its own above the dispatch
    own_line = rules.pattern("dateline_line") if rules.has_pattern("dateline_line") else None
    opened = []
    for para in paragraphs:
        found = dateline.match(text, para.start, para.end) or (
            own_line.fullmatch(text, para.start, para.end) if own_line is not None else None)
        day = found and next((t.period_start for t in times if found.start() <= t.start < found.end()
                              and t.kind == "absolute" and t.period_start is not None
                              and t.period_start == t.period_end), None)
        if day is not None:
            opened.append((found.end(), day))
    ends = [start for start, _ in opened[1:]] + [len(text)]
    return [(start, end, day) for (start, day), end in zip(opened, ends)
            if 0 < (published - day).days <= DISPATCH_REACH]



def dispatch_time(doc: ArticleDoc, pos: int) -> TimeMention | None:
    """The date on the dateline of the dispatch `pos` lies in ("CORFU, February 14." above it), or None: what the
    dispatch tells as now is as of that day, not of the day the paper came out."""
    if doc.published is None or doc.rules is None or not doc.rules.has_pattern("dateline"):
        return None
    sections = doc.layer("dispatches", lambda d: dispatches(d.text, d.paragraphs, d.times, d.rules, d.published))
    opened = next((start for start, end, _ in sections if start <= pos < end), None)
    return None if opened is None else next(
        (t for t in reversed(doc.times) if t.end <= opened and t.kind == "absolute" and t.period_start), None)
