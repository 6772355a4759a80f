"""A weekday told in a story set long before publication: the first such day on or after the day the paragraph
last named; and a weekday a dated report gave, counted back from that report's day.

"On the night of Saturday, December 7, 2024, about 1,200 walked up to the crossing. … By Sunday evening the
tally stood at 2,740", in an article of December 2025, is 8 December 2024: the paragraph narrates that night,
and its Sunday is the one that follows it, not the Sunday before publication. In a news report whose
paragraph recalls a date weeks back and then says "on Monday", the Monday is still the publication's week:
only a day a year or more before publication sets the story's own week.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.extract.figures.time_mention import TimeMention

STORY_DAYS = 365  # a paragraph whose last day lies this long before publication tells its own week


def story_weekday(text: str, at: int, weekday: int, earlier: list[TimeMention], published: date | None) -> date | None:
    """The weekday (0 = Monday) at `at` as the paragraph's story dates it, or None to read it from publication."""
    if published is None:
        return None
    paragraph_start = text.rfind("\n\n", 0, at)
    days = [m for m in earlier if paragraph_start < m.start and m.end <= at and m.period_start is not None
            and m.period_start == m.period_end and m.kind == "absolute"]
    if not days:
        return None
    last = max(days, key=lambda m: m.start).period_end
    if (published - last).days < STORY_DAYS:
        return None
    return last + timedelta(days=(weekday - last.weekday()) % 7)


def reported_weekday(text: str, at: int, weekday: int, earlier: list[TimeMention], dated_report: re.Pattern[str]
                     ) -> date | None:
    """ "Our report of 21 December said that 2,000 soldiers had been handed back "on Thursday"": a weekday in the
    words of a report its sentence dates is that day's week, the last such day on or before the report (19
    December), not the publication's."""
    sentence_start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    days = [m for m in earlier if sentence_start <= m.start and m.end <= at and m.kind == "absolute"
            and m.period_start is not None and m.period_start == m.period_end
            and dated_report.search(text, sentence_start, m.start)]
    if not days:
        return None
    report = max(days, key=lambda m: m.start).period_end
    return report - timedelta(days=(report.weekday() - weekday) % 7)
