"""When a figure applies, dated as a reader would, by the first rule that gives a date (codebook §6.4):

1. own: the first date in its clause, else the last one since the previous figure;
   a date in a relative clause describes the people ("who fled last month"); when the main verb is a
   later move ("have returned"), the period runs from that date to the report;
2. carried: a date from the previous sentence of the paragraph about the same event (same status cue);
3. event: the topic pack's calendar of named events and dated waves; else the date the article gives the
   figure's event as a whole, its crossing or its one day of returns (`article_dates.py`, rule `carried`);
4. stated / present: a figure is as of the day its sentence says it was stated ("…, he said last week",
   "announced in late December that …"); else a stock figure (`remaining`, "currently") of the publication;
   a stock, or a figure of neither a move nor a stock, narrated in the past takes the story's time
   (`story_time.py`, rule `carried`);
5. open: otherwise an open period ending at publication.

The result names its rule (`period_rule`) and the words it stood on (`period_text`), so a reader can
check every date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.counts.article_dates import event_date
from pipeline.extract.counts.borrowed_dates import (
    carried_date,
    list_time,
    saying_of_figure,
    since_until,
    situation_date,
    then_of_figure,
)
from pipeline.extract.counts.calendar import event_period
from pipeline.extract.counts.clause_times import clause_times, figure_between
from pipeline.extract.counts.neighbours import day_named_before, neighbours, time_named_before
from pipeline.extract.counts.period_value import FigurePeriod, publication_words
from pipeline.extract.counts.said_at import said_at, said_before
from pipeline.extract.counts.scope import FigureScope
from pipeline.extract.counts.session import session_date
from pipeline.extract.counts.story_time import OLD_DAYS, story_time
from pipeline.extract.counts.table_cells import column_time
from pipeline.extract.counts.timeline import entry_date, entry_weekday
from pipeline.extract.figures.dateline_dates import dispatch_time
from pipeline.extract.figures.document_dates import document_day

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

def figure_period(doc: ArticleDoc, scope: FigureScope) -> FigurePeriod:
    """The period of the figure, by the first of the rules above that gives one."""
    present, words = doc.present, publication_words(doc)
    if (filed := dispatch_time(doc, scope.number.start)) is not None:  # a dispatch's now is the day it was filed
        present, words = (filed.period_start, filed.period_end), filed.text
    lo, hi, sent, start = scope.lo, scope.hi, scope.sentence, scope.number.start
    own = clause_times(doc, scope)
    times, opened = own.times, own.opened
    chosen = entry_weekday(doc, sent, own.chosen) or own.chosen
    if chosen and scope.status == "remaining" and doc.rules.pattern("future_verb").search(
            doc.text, min(start, chosen.start), max(start, chosen.start)):
        chosen = None  # "The remaining 92 will be flown out on Tuesday": that day is the next move's
    column = column_time(doc, scope.number)  # a table's column headed "September 2025"
    if chosen and chosen.kind == "since" and column is not None and chosen.period_start:
        # "Cumulative returns since 19 December 2024 | 2,362 | 2,381": up to the end of each column's time
        return FigurePeriod(chosen.period_start, column.period_end, f"{chosen.text} … {column.text}", "own")
    if chosen and (chosen.period_start or chosen.period_end):
        return FigurePeriod(chosen.period_start, since_until(doc, scope, chosen), chosen.text, "own")
    if column is not None:
        return FigurePeriod(column.period_start, column.period_end, column.text, "own")
    if (that_day := doc.rules.pattern("same_day").search(doc.text, sent.start, sent.end)) and (
            named := day_named_before(doc, sent, that_day.start())):
        return FigurePeriod(named.period_start, named.period_end, named.text, "carried")  # "... went home that day"
    if chosen is None and (anaphor := then_of_figure(doc, scope)) and (
            named := time_named_before(doc, sent, anaphor)):
        return FigurePeriod(named.period_start, named.period_end, named.text, "carried")  # "... at the time"
    if chosen is None and opened and opened[0].period_start and not (scope.status == "remaining" and doc.rules.pattern(
            "future_verb").search(doc.text, opened[0].end, start)):
        return FigurePeriod(opened[0].period_start, since_until(doc, scope, opened[0]), opened[0].text, "own")
    if (listed := list_time(doc, start)) is not None:
        # "A return of the War Ministry dated June 1901 gives the following numbers:" above "- Peniche: 310"
        return FigurePeriod(listed.period_start, listed.period_end, listed.text, "carried")
    described = [t for t in times if lo > scope.np_end and scope.np_end <= t.start < lo and t.period_start]
    if described and scope.status == "entered":
        # "the 900 soldiers who crossed at Moyale on 3 and 4 March had been disarmed": the day of their crossing
        return FigurePeriod(described[0].period_start, described[0].period_end, described[0].text, "described")
    if (entry := entry_date(doc, sent)) is not None:
        return FigurePeriod(entry.period_start, entry.period_end, entry.text, "carried")
    if described and scope.status in ("returned", "relocated") and present[1]:
        return FigurePeriod(described[0].period_start, present[1], described[0].text, "described")
    stock = scope.status == "remaining" or any(lo <= t.start < hi or sent.start <= t.start < start
                                               for t in times if t.kind == "present")
    if stock and (then := story_time(doc, scope)) is not None:
        return FigurePeriod(then.period_start, then.period_end, then.text, "carried")
    if not stock and (carried := carried_date(doc, sent, scope.status)):
        return FigurePeriod(carried.period_start, carried.period_end, carried.text, "carried")
    if not stock and (event := event_period(doc.text, sent.start, sent.end, scope.status, doc.rules)):
        (first, last), words, rule = event
        return FigurePeriod(first, last, words, rule)
    stated = [t for t in doc.times if sent.start <= t.start < sent.end and not lo <= t.start < hi
              and t.kind != "present" and t.period_start and said_at(doc, sent, t)] or \
        [t for t in [said_before(doc, sent, next(iter(neighbours(doc, sent)), None))] if t is not None]
    # after the calendar (its waves are exact); a return announced on a day is dated by then ("announced in
    # late December that 1,905 had been returned"), not by the day of the article's latest batch
    if not stock and not (stated and scope.status == "returned") and (dated := event_date(doc, scope.status, sent)):
        return FigurePeriod(dated.period_start, dated.period_end, dated.text, "carried")
    if stated:
        # "About 150 remain in Mbarara, he said last week": a stock is as of the day it was stated;
        # "the ministry announced in late December that 1,905 had been returned": a flow, by then
        said = saying_of_figure(stated, scope)
        return FigurePeriod(said.period_start if stock else None, said.period_end, said.text, "stated")
    if stock and (written := document_day(doc, start)) is not None:
        # "From a report by the ministry, 1 June 1940:" above "At present 4,100 internees remain": the document's own day
        return FigurePeriod(written.period_start, written.period_end, written.text, "stated")
    if stock and (situation := situation_date(doc)):
        # "Reporting period: 15 to 22 December": the stocks stand as at its last day
        start = situation.period_end if situation.kind == "range" else situation.period_start
        return FigurePeriod(start, situation.period_end, situation.text, "present")
    if stock and (sitting := session_date(doc)):
        # "The Security Council was briefed yesterday": what the delegates gave stood on that day, the report's
        # own situation date, as a part of a whole dated by its own words takes the whole's
        return FigurePeriod(sitting.period_start, sitting.period_end, sitting.text, "present")
    if stock:
        return FigurePeriod(present[0], present[1], words, "present")
    if scope.status == "other" and (then := story_time(doc, scope)) is not None:
        return FigurePeriod(then.period_start, then.period_end, then.text, "carried")
    if scope.status == "other" and len(told := [t for t in times if sent.start <= t.start < sent.end
                                                 and t.kind not in ("present", "since") and t.period_start
                                                 and not figure_between(doc, start, t.start)]) == 1:
        # "On 13 July a force of about 200 overran the post, killing 25 border guards": what befell the people of
        # a sentence that tells of one day happened that day, unless the day is a later figure's ("84 had asked to
        # be flown on, and 31 of them left on Friday")
        return FigurePeriod(told[0].period_start, told[0].period_end, told[0].text, "carried")
    if (then := story_time(doc, scope)) is not None and (doc.published - then.period_end).days >= OLD_DAYS:
        # "Several thousand others chose to go home", in a piece of 2019 on 1939: a move told in a story set years
        # before publication happened in the story's time, not at any time up to the article
        return FigurePeriod(then.period_start, then.period_end, then.text, "carried")
    return FigurePeriod(None, present[1], words, "open")


