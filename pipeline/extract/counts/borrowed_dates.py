"""Dates a figure takes from outside its own clause (rules 2 and 4 of `period.py`), and the end of a "since"."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from pipeline.extract.counts.article_dates import measured_against
from pipeline.extract.counts.list_heading import list_heading_time
from pipeline.extract.counts.neighbours import neighbours, same_event_cues
from pipeline.extract.counts.said_at import said_at
from pipeline.extract.counts.writing_time import dates_writing

if TYPE_CHECKING:
    from pipeline.extract.counts.scope import FigureScope
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.dates import TimeMention
    from pipeline.text.spans import Span


def carried_date(doc: ArticleDoc, sent: Span, status: str) -> TimeMention | None:
    """A date from a neighbouring sentence that tells of the same event: the sentence before in the
    paragraph ("On Thursday, the command said. ... 1,905 were handed over"), or for a headline, the
    first sentences of the body. The neighbour must carry a cue of the figure's own status."""
    if status == "other":
        return None
    for other in neighbours(doc, sent):
        dateline = doc.rules.pattern("dateline").match(doc.text, other.start)
        dated = [t for t in doc.times if other.start <= t.start < other.end and t.kind != "present"
                 and t.period_start and not (dateline and t.start < dateline.end()) and not said_at(doc, other, t)
                 and not measured_against(doc, other, t) and not dates_writing(doc, t)]
        same = same_event_cues(doc, other, status)
        if dated and same:  # the date nearest the cue, not a dateline ("AMMAN, Jan 9 -") before it
            return min(dated, key=lambda t: min(abs(t.start - c.end) for c in same))
    return None


def saying_of_figure(stated: list[TimeMention], scope: FigureScope) -> TimeMention:
    """Of the times a sentence says its words were said, the one of the figure's own saying: the last between the
    previous figure and it ("the ministry said in April that 131 remained, …, and UNHCR said in February that …"),
    else the first after it ("About 150 remain in Mbarara, he said last week"), else the sentence's last."""
    start = scope.number.start
    before = [t for t in stated if scope.prev_end <= t.start and t.end <= start]
    return before[-1] if before else next((t for t in stated if t.start >= start), stated[-1])


def list_time(doc: ArticleDoc, start: int) -> TimeMention | None:
    """The date of the line that opens the list, for a figure on a labelled line of it ("- Peniche: 310")."""
    line_start = doc.text.rfind("\n", 0, start) + 1
    # from the newline before the line: the pattern opens on one, or on the text's start
    if not doc.rules.pattern("labelled_figure").match(doc.text, max(0, line_start - 1), start):
        return None
    return list_heading_time(doc, line_start)


def situation_date(doc: ArticleDoc) -> TimeMention | None:
    """The day a situation report says its figures stand at ("Situation as of 31 January 2025", "Figures as at
    28 February"): the present of its stock figures, not the later day it was published."""
    heading = doc.rules.pattern("situation_as_of")
    times = [t for t in doc.times if t.period_start and t.kind != "present"]
    for index, time in enumerate(times):
        if heading.search(doc.text, max(0, time.start - 40), time.start) and (
                doc.published is None or time.period_end <= doc.published):
            # "Reporting period: 21 January to 15 February 2025": the period's own end, the later date
            after = times[index + 1] if index + 1 < len(times) else None
            if after is not None and _SPAN_TO.fullmatch(doc.text, time.end, after.start):
                return after
            return time
    return None


_SPAN_TO = re.compile(r"\s*(?:to|until|-|–|—)\s*")


def then_of_figure(doc: ArticleDoc, scope: FigureScope) -> int | None:
    """Where "at the time" or "back then" stands before the figure with no other figure between, or in its clause
    after it; not in a later clause ("registered 2,611 …, although estimates published at the time ranged between
    2,000 and 3,000": the range's)."""
    start = scope.number.start
    found = doc.rules.pattern("that_time").search(doc.text, scope.sentence.start, max(scope.hi, start))
    if found is None or (found.start() < start and any(found.end() <= n.start < start for n in doc.numbers)):
        return None
    return found.start()


def since_until(doc: ArticleDoc, scope: FigureScope, time: TimeMention) -> date | None:
    """ "have crossed since 11 January" runs up to the report: a "since" period ends at publication, unless its
    clause tells of a past before another past ("had crossed since …"), whose end the article does not give; in
    what a speaker is reported to have said ("He said 30 families had travelled to Baghdad since the spring"), the
    tense is only moved back from the speaker's "have travelled", and the period runs up to the report too."""
    if time.kind != "since" or time.period_end is not None:
        return time.period_end
    past = doc.rules.pattern("past_perfect").search(doc.text, min(scope.np_end, scope.lo), scope.hi)
    start = scope.number.start
    reported = any(s.start <= start < s.end and not s.is_direct for s in doc.statements)
    return None if past and not reported else doc.present[1]
