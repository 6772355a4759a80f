"""The dated heading lines of a chronology ("Saturday, 7 December 2024", "9 to 11 December", "Third week of
January", "Today"), each on a line of its own above the entry it dates: every figure of the paragraphs below
a heading, up to the next one, took place then unless its own words date it.

A single date line is no chronology (a byline's date, a dateline under the headline): an article has
headings only when at least `MIN_HEADINGS` of its lines are dates and nothing else.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.time_mention import TimeMention
    from pipeline.text.spans import Span

MIN_HEADINGS = 2


def _headings(doc: ArticleDoc) -> list[tuple[int, TimeMention]]:
    """(paragraph end, its date) for every paragraph that is a date and nothing else, in reading order."""
    before, after = doc.rules.pattern("date_heading_before"), doc.rules.pattern("date_heading_after")
    found = []
    for paragraph in doc.paragraphs:
        times = [t for t in doc.times if paragraph.start <= t.start and t.end <= paragraph.end]
        if len(times) == 1 and times[0].period_start and before.fullmatch(doc.text, paragraph.start, times[0].start) \
                and after.fullmatch(doc.text, times[0].end, paragraph.end):
            found.append((paragraph.end, times[0]))
    return found if len(found) >= MIN_HEADINGS else []


def heading_date(doc: ArticleDoc, paragraph: Span) -> TimeMention | None:
    """The date of the nearest heading line above the paragraph, if the article is a chronology."""
    headings = doc.layer("date_headings", _headings)
    index = bisect_right([end for end, _ in headings], paragraph.start) - 1
    return headings[index][1] if index >= 0 else None
