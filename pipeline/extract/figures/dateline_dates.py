"""Times of a dispatch speak from its dateline's day, not from the day the paper came out.

"BELGRADE, Aug. 2. - The Government announced to-day … Seven hundred were sent to Varazdin yesterday" in a paper of
3 August: the dispatch was filed on 2 August, so its "to-day" is 2 August and its "yesterday" 1 August. A paragraph
that opens on a dateline (`dateline` in `patterns.csv`) holding one day before the publication date starts a
dispatch; its times counted from the day of writing ("to-day", "yesterday", "this evening": the `day` rule of
`time_relative.csv`), up to the next dated dateline, move by the distance from the publication date to that day. A dateline up to `DISPATCH_REACH` days before publication is a dispatch of this issue; an older date in
that place is something else (a headline's anniversary, a timeline's entry) and moves nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pipeline.extract.figures.time_mention import TimeMention
from pipeline.text.rules import RuleSet
from pipeline.text.spans import Span

DISPATCH_REACH = 7  # days: a wire dispatch reaches the paper within the week


def from_datelines(text: str, paragraphs: list[Span], times: list[TimeMention], rules: RuleSet,
                   published: date | None) -> list[TimeMention]:
    """`times`, with each relative time of a dated dispatch read from the dispatch's day."""
    if published is None or not rules.has_pattern("dateline"):
        return times
    sections = dispatches(text, paragraphs, times, rules, published)
    if not sections:
        return times
    # the words that count from the day of writing ("to-day", "yesterday", "this evening"); a weekday ("on
    # Wednesday") already names the latest such day, which the dispatch and the paper share but for one day a week
    day_words = {row["phrase"] for row in rules.rows("time_relative.csv") if row["rule"] == "day"}
    out = []
    for time in times:
        day = next((day for start, end, day in sections if start <= time.start < end), None)
        moved = day is not None and time.kind == "relative" and " ".join(time.text.lower().split()) in day_words
        out.append(_moved(time, day - published) if moved else time)
    return out


def dispatches(text: str, paragraphs: list[Span], times: list[TimeMention], rules: RuleSet,
               published: date) -> list[tuple[int, int, date]]:
    """(start, end, day) of each dispatch whose dateline holds a day before publication."""
    dateline = rules.pattern("dateline")
    opened = []
    for para in paragraphs:
        found = dateline.match(text, para.start, para.end)
        day = found and next((t.period_start for t in times if found.start() <= t.start < found.end()
                              and t.kind == "absolute" and t.period_start is not None
                              and t.period_start == t.period_end), None)
        if day is not None:
            opened.append((found.end(), day))
    ends = [start for start, _ in opened[1:]] + [len(text)]
    return [(start, end, day) for (start, day), end in zip(opened, ends)
            if 0 < (published - day).days <= DISPATCH_REACH]


def _moved(time: TimeMention, shift) -> TimeMention:
    if time.period_start is None or time.period_end is None:
        return time
    return replace(time, period_start=time.period_start + shift, period_end=time.period_end + shift)
