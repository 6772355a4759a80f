"""When a stock told in the past stood, in a story set years before its publication.

"At its fullest that autumn the camp held nearly 2,000 men", in a feature of 2015 about 1945: people held,
told in the past tense where the story's own time is years before publication, were there then, not on the
day the feature appeared. The last time the story named before the figure dates it (rule `carried`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.figures.narrative_years import RETROSPECTIVE_YEARS

if TYPE_CHECKING:
    from pipeline.extract.counts.scope import FigureScope
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.dates import TimeMention

OLD_DAYS = 365 * RETROSPECTIVE_YEARS


def story_time(doc: ArticleDoc, scope: FigureScope) -> TimeMention | None:
    """The story's last time before a past-tense stock figure, when it lies years before publication; else None
    (a news report's "300 remained at the camp, officials said" is a stock of its day)."""
    rules, published = doc.rules, doc.published
    if published is None:
        return None
    start, end = scope.sentence.start, max(scope.hi, scope.number.end)
    if not rules.pattern("narrated_past").search(doc.text, start, end) or \
            rules.pattern("told_present").search(doc.text, start, end):
        return None
    before = [t for t in doc.times if t.end <= scope.number.start and t.kind != "present" and t.period_end]
    if not before or (published - before[-1].period_end).days < OLD_DAYS:
        return None
    return before[-1]
