"""When a stock told in the past stood: in a story's own time, not on the day of publication.

"At its fullest that autumn the camp held nearly 2,000 men", in a feature of 2015 about 1945; "By midnight
there were perhaps five hundred at the gate", in an interview about the night of the crossing; ""We were 248
in the beginning," he said": people held, told in the past tense, were there then. The last time the story
named before the figure dates it (rule `carried`).

A news report's "300 remained at the camp, officials said" is another past: the tense of reported speech,
which shifts the speaker's present back ("are" becomes "were"). That stock stands on the day of saying, so a
past-tense stock in reported speech is read this way only when the story's time is years before publication.
Direct speech does not shift: a quote that tells its figure in the past ("There were more than two thousand
of us in tents") is the speaker's own past.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.counts.neighbours import neighbours
from pipeline.extract.counts.writing_time import dates_writing
from pipeline.extract.figures.narrative_years import RETROSPECTIVE_YEARS
from pipeline.extract.speech.verbs import verb_re

if TYPE_CHECKING:
    from pipeline.extract.counts.scope import FigureScope
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.dates import TimeMention

OLD_DAYS = 365 * RETROSPECTIVE_YEARS


def story_time(doc: ArticleDoc, scope: FigureScope) -> TimeMention | None:
    """The story's last time before a past-tense stock figure, when the figure is narrated rather than reported
    or the story lies years before publication; else None."""
    rules, published = doc.rules, doc.published
    if published is None:
        return None
    start, end = scope.sentence.start, max(scope.hi, scope.number.end)
    if not rules.pattern("narrated_past").search(doc.text, start, end) or \
            rules.pattern("told_present").search(doc.text, start, end):
        return None
    before = [t for t in doc.times if t.end <= scope.number.start and t.kind != "present" and t.period_end
              and not dates_writing(doc, t)]
    if not before:
        return None
    if (published - before[-1].period_end).days < OLD_DAYS and reported(doc, scope):
        return None
    return before[-1]


def reported(doc: ArticleDoc, scope: FigureScope) -> bool:
    """The figure is in reported speech, whose past tense may be the speaker's present: its sentence has a
    speech verb ("said", "told Tigris Wire that "at least 40" …"), or runs on in the shifted tense ("had been
    flown back") from a sentence of its paragraph that has one. A quote that itself tells the figure in the
    past is direct speech, not reported."""
    sent, rules = scope.sentence, doc.rules
    quote = next((q for q in doc.quotes if q.start <= scope.number.start < q.end), None)
    if quote is not None and rules.pattern("narrated_past").search(doc.text, quote.start, quote.end):
        return False
    verbs = verb_re(rules)
    if verbs.search(doc.text, sent.start, sent.end):
        return True
    return rules.pattern("reported_speech_shift").search(doc.text, sent.start, sent.end) is not None and any(
        verbs.search(doc.text, other.start, other.end) for other in neighbours(doc, sent))
