"""The date an article gives an event of a status as a whole, for a figure of that status its own words,
its sentence and the sentence before leave undated (codebook §6.4, rule 3).

An entry takes the date the article gives its crossing: the earliest day or days a sentence telling of people
entering names ("crossed on 15 and 16 August"), among the dates no more than `PRECEDENT_GAP` apart that hold the
first one the article tells (not a precedent told for comparison, months or years before). A return takes the date the article
gives its returns when every dated sentence telling of returns names the same day or days ("the handover took
place on Thursday";
"The returnees included 1,683 soldiers" in a report on that handover): a report on several batches on
several days dates none of them this way. Never a dateline, a day of saying or a span ("since December").
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from pipeline.extract.counts.neighbours import same_event_cues
from pipeline.extract.counts.said_at import said_at

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.dates import TimeMention
    from pipeline.text.spans import Span

_RULES = {"entered": "earliest", "returned": "only"}
PRECEDENT_GAP = timedelta(days=45)  # a crossing's days lie within weeks; a precedent ("in November") months off


def event_date(doc: ArticleDoc, status: str, sent: Span) -> TimeMention | None:
    """The article's date of its `status` event, or None. For a return, the times of the figure's own
    sentence are not among them: the own-date rule has found them to be another clause's ("the largest since
    Jordan began returning them in late December, when ..."); the crossing's earliest day stands for any
    entry, its own sentence's too ("crossed over 15 and 16 August, among them 300 who ...")."""
    if status not in _RULES:
        return None
    found = [t for t in doc.layer(f"event_dates_{status}", lambda d: _dated(d, status))
             if status == "entered" or not sent.start <= t.start < sent.end]
    if _RULES[status] == "earliest":
        return min(_leading_run(found), key=lambda t: (t.period_start, t.start), default=None)
    days = {(t.period_start, t.period_end) for t in found}
    return found[0] if len(days) == 1 else None


def _leading_run(found: list[TimeMention]) -> list[TimeMention]:
    """The run of entry dates, with no gap of more than `PRECEDENT_GAP` inside it, that holds the first one the
    article tells: a precedent told for comparison further on ("In 1994, during Yemen's civil war, the sultanate
    took in thousands", "In November, around 60 soldiers fled into Burkina Faso") stands months or years apart from
    the crossing the article leads with, and is not its date."""
    if not found:
        return []
    ordered = sorted(found, key=lambda t: t.period_start)
    runs = [[ordered[0]]]
    for time in ordered[1:]:
        if time.period_start - runs[-1][-1].period_end > PRECEDENT_GAP:
            runs.append([])
        runs[-1].append(time)
    lead = min(found, key=lambda t: t.start)
    return next(run for run in runs if lead in run)


def _dated(doc: ArticleDoc, status: str) -> list[TimeMention]:
    """The closed dates (not a dateline, not a day of saying) of the sentences that tell of `status`."""
    found = []
    for sent in doc.sentences:
        closed = [t for t in doc.times if sent.start <= t.start < sent.end and t.kind not in ("present", "since")
                  and t.period_start and t.period_end]
        if not closed or not same_event_cues(doc, sent, status):  # the cues read only where a date stands
            continue
        dateline = doc.rules.pattern("dateline").match(doc.text, sent.start)
        found += [t for t in closed if not (dateline and t.start < dateline.end()) and not said_at(doc, sent, t)
                  and not measured_against(doc, sent, t)]
    return found


def measured_against(doc: ArticleDoc, sent: Span, time: TimeMention) -> bool:
    """The time dates what a superlative is measured against ("the largest flight of troops since a Soviet
    division came over in 1988"), another event than the sentence's own."""
    return doc.rules.pattern("compared_since_before").search(doc.text, sent.start, time.start) is not None
