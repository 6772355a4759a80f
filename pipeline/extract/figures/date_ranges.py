"""Time expressions joined into ranges: "between X and Y", "from X to Y", and "since X" (open end)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.extract.figures.pubdates import safe_date
from pipeline.extract.figures.time_mention import TimeMention


def _after(end: date | None, start: date | None) -> date | None:
    """A range's yearless end was inferred on its own; move it past the range's start."""
    if end is None or start is None or end >= start:
        return end
    moved = safe_date(lambda: end.replace(year=start.year))
    return moved if moved and moved >= start else safe_date(lambda: end.replace(year=start.year + 1)) or end


_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
# "between Friday 6 December and Sunday 8 December", "between the night of 7 December and the afternoon of the 8th":
# a weekday or a part of the day may stand before each end, and the part of a month its mention leaves outside
# ("between early March and mid-April 1999", "between late April and the end of May 1945")
_PART = (r"(?:the\s+(?:night|morning|afternoon|evening|day)\s+of\s+)?(?:\w+day,?\s+)?"
         r"(?:(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s+|mid-?\s*)?")
_LEAD = re.compile(rf"\b(?:between|from)\s+{_PART}$", re.I)
_JOIN = re.compile(rf"\s*(?:and|to|until|till|through|-|–)\s*{_PART}(?:the\s+)?", re.I)
LEAD_REACH = 40
RANGE_ENDS = ("absolute", "range", "anchored")  # anchored: a day of the month told alone ("the 8th"), `month_days.py`


_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)


def _weekday_pair(first: TimeMention, second: TimeMention) -> bool:
    """Two days named by their weekday alone, each read against the publication ("between Saturday and Tuesday")."""
    return all(t.kind == "relative" and t.period_start is not None and _WEEKDAY.fullmatch(t.text.strip())
               for t in (first, second))


def _before(start: date | None, end: date | None) -> date | None:
    """A range's yearless start ("between 1st March and 31st May, 2011") is in its end's year, or the year
    before when that would put it after the end."""
    if start is None or end is None:
        return start
    moved = safe_date(lambda: start.replace(year=end.year))
    return moved if moved and moved <= end else safe_date(lambda: start.replace(year=end.year - 1)) or start


# "since 18 December", "since the beginning of the process on 18 December", "since the start of the returns in
# mid-December": the day a count runs from, named or the day of its beginning
_SINCE = re.compile(r"\bsince\s+(?:the\s+(?:beginning|start|launch|onset|opening)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?"
                    r"(?:on|in)\s+)?$", re.I)
SINCE_REACH = 80


def merge_ranges(text: str, kept: list[TimeMention]) -> list[TimeMention]:
    """Join "between X and Y" / "from X to Y" into one range, and open "since X" at its start."""
    out: list[TimeMention] = []
    for tm in kept:
        prev = out[-1] if out else None
        # "between Friday 6 December and Sunday 8 December": a weekday may name each end's day
        lead = _LEAD.search(text[max(0, prev.start - LEAD_REACH):prev.start]) if prev else None
        weekdays = prev is not None and _weekday_pair(prev, tm)
        if (prev and lead and ((prev.kind in RANGE_ENDS and tm.kind in RANGE_ENDS) or weekdays)
                and _JOIN.fullmatch(text[prev.end:tm.start])):
            s = prev.start - (min(prev.start, LEAD_REACH) - lead.start())
            start = prev.period_start
            if _YEAR.search(tm.text) and not _YEAR.search(prev.text):
                start = _before(start, tm.period_end)
            if weekdays and start > tm.period_end:
                start -= timedelta(days=7)  # "between Saturday and Tuesday", written on a Saturday: the one before
            out[-1] = TimeMention(s, tm.end, text[s:tm.end], start, _after(tm.period_end, start), "range")
            continue
        since = _SINCE.search(text[max(0, tm.start - SINCE_REACH):tm.start])
        if since or re.match(r"since\b", tm.text, re.I):
            s = tm.start - (min(tm.start, SINCE_REACH) - since.start()) if since else tm.start
            tm = TimeMention(s, tm.end, text[s:tm.end], tm.period_start, None, "since")
        out.append(tm)
    return out
