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

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from pipeline.extract.counts.article_dates import event_date, measured_against
from pipeline.extract.counts.calendar import event_period
from pipeline.extract.counts.list_heading import list_heading_time
from pipeline.extract.counts.neighbours import day_named_before, neighbours, same_event_cues, time_named_before
from pipeline.extract.counts.said_at import said_at, said_before
from pipeline.extract.counts.scope import FigureScope
from pipeline.extract.counts.session import session_date
from pipeline.extract.counts.story_time import OLD_DAYS, story_time
from pipeline.extract.counts.table_cells import column_time
from pipeline.extract.counts.timeline import entry_date, entry_weekday
from pipeline.extract.counts.writing_time import dates_writing
from pipeline.extract.figures.dateline_dates import dispatch_time
from pipeline.extract.figures.document_dates import document_day
from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.dates import TimeMention

Period = tuple[date | None, date | None]


_PUBLICATION_SHAPES = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


@dataclass(frozen=True)
class FigurePeriod:
    start: date | None
    end: date | None
    text: str | None  # the words the period stood on
    rule: str  # schemas.vocab.PERIOD_RULES


def publication_words(doc: ArticleDoc) -> str | None:
    """The publication date at its precision, as the present and open rules' own words."""
    shape = _PUBLICATION_SHAPES.get(doc.precision)
    return doc.published.strftime(shape) if doc.published is not None and shape else None


def figure_period(doc: ArticleDoc, scope: FigureScope) -> FigurePeriod:
    present, words = doc.present, publication_words(doc)
    if (filed := dispatch_time(doc, scope.number.start)) is not None:  # a dispatch's now is the day it was filed
        present, words = (filed.period_start, filed.period_end), filed.text
    lo, hi, sent, start = scope.lo, scope.hi, scope.sentence, scope.number.start
    dateline = doc.rules.pattern("dateline").match(doc.text, sent.start)
    # the dateline's date is when the report was filed; "…, officials said on Monday" when it was said
    # only the times the rules below read (the figure's scope, sentence and noun phrase) are asked whether
    # they date the saying: a time far on in the article would have every verb up to it read
    first, last = min(lo, sent.start, scope.np_end), max(hi, start, sent.end)
    # "in the first handover since the winter": what a superlative is measured against is another event's time;
    # "whose memoir was published in Baku in 1991": a time that dates a piece of writing dates nothing it tells
    times = [t for t in doc.times if first <= t.start < last and not (dateline and t.start < dateline.end())
             and not said_at(doc, sent, t) and not _measured_since(doc, sent, t) and not dates_writing(doc, t)]
    when = doc.rules.pattern("when_after_time")
    inside = [t for t in times if lo <= t.start < hi and t.kind != "present" and not when.match(doc.text, t.end)
              and not _in_other_relative(doc, start, lo, t) and not _compared_before(doc, start, t)]
    # "since Iraq began returning them in late December, when 1,320 were sent home": the time dates the
    # when-clause that follows it, even inside the previous figure's clause
    before = [t for t in times if (scope.prev_end <= t.start or (sent.start <= t.start and when.match(doc.text, t.end)))
              and t.end <= start and t.kind != "present"]
    opening = dateline.end() if dateline else sent.start
    fronted = [t for t in before if _FRONTED_BEFORE.fullmatch(doc.text, opening, t.start)
               and _FRONTED_AFTER.match(doc.text, t.end)]
    # "On December 19 alone, 1,905 were bused back, and smaller groups followed in January": a time that
    # opens the sentence dates its first clause, over a later one the clause runs on into
    # "Iraq on Wednesday handed 57 officers to ..., the fourth such handover since December": a time set off
    # after a comma describes what the apposition names; one between the subject and the verb is the figure's
    if before:
        inside = [t for t in inside if not _APPOSITION.search(doc.text, scope.np_end, t.start)]
    # "In early March, 61 of them were moved to Camp Taji; the other 112 were returned to Syria": a time that
    # opens the sentence dates each of its clauses that names no time of its own
    opened = [t for t in times if opening <= t.start and t.end <= start and t.kind != "present"
              and _FRONTED_BEFORE.fullmatch(doc.text, opening, t.start) and _FRONTED_AFTER.match(doc.text, t.end)]
    chosen = fronted[0] if fronted else inside[0] if inside else (before[-1] if before else None)
    chosen = entry_weekday(doc, sent, chosen) or chosen
    if chosen and scope.status == "remaining" and doc.rules.pattern("future_verb").search(
            doc.text, min(start, chosen.start), max(start, chosen.start)):
        chosen = None  # "The remaining 92 will be flown out on Tuesday": that day is the next move's
    column = column_time(doc, scope.number)  # a table's column headed "September 2025"
    if chosen and chosen.kind == "since" and column is not None and chosen.period_start:
        # "Cumulative returns since 19 December 2024 | 2,362 | 2,381": up to the end of each column's time
        return FigurePeriod(chosen.period_start, column.period_end, f"{chosen.text} … {column.text}", "own")
    if chosen and (chosen.period_start or chosen.period_end):
        return FigurePeriod(chosen.period_start, _since_until(doc, scope, chosen), chosen.text, "own")
    if column is not None:
        return FigurePeriod(column.period_start, column.period_end, column.text, "own")
    if (that_day := doc.rules.pattern("same_day").search(doc.text, sent.start, sent.end)) and (
            named := day_named_before(doc, sent, that_day.start())):
        return FigurePeriod(named.period_start, named.period_end, named.text, "carried")  # "... went home that day"
    if chosen is None and (anaphor := _then_of_figure(doc, scope)) and (
            named := time_named_before(doc, sent, anaphor)):
        return FigurePeriod(named.period_start, named.period_end, named.text, "carried")  # "... at the time"
    if chosen is None and opened and opened[0].period_start and not (scope.status == "remaining" and doc.rules.pattern(
            "future_verb").search(doc.text, opened[0].end, start)):
        return FigurePeriod(opened[0].period_start, _since_until(doc, scope, opened[0]), opened[0].text, "own")
    if (listed := _list_time(doc, start)) is not None:
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
        said = _saying_of_figure(stated, scope)
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
                                                 and not _figure_between(doc, start, t.start)]) == 1:
        # "On 13 July a force of about 200 overran the post, killing 25 border guards": what befell the people of
        # a sentence that tells of one day happened that day, unless the day is a later figure's ("84 had asked to
        # be flown on, and 31 of them left on Friday")
        return FigurePeriod(told[0].period_start, told[0].period_end, told[0].text, "carried")
    if (then := story_time(doc, scope)) is not None and (doc.published - then.period_end).days >= OLD_DAYS:
        # "Several thousand others chose to go home", in a piece of 2019 on 1939: a move told in a story set years
        # before publication happened in the story's time, not at any time up to the article
        return FigurePeriod(then.period_start, then.period_end, then.text, "carried")
    return FigurePeriod(None, present[1], words, "open")


def _saying_of_figure(stated: list[TimeMention], scope: FigureScope) -> TimeMention:
    """Of the times a sentence says its words were said, the one of the figure's own saying: the last between the
    previous figure and it ("the ministry said in April that 131 remained, …, and UNHCR said in February that …"),
    else the first after it ("About 150 remain in Mbarara, he said last week"), else the sentence's last."""
    start = scope.number.start
    before = [t for t in stated if scope.prev_end <= t.start and t.end <= start]
    return before[-1] if before else next((t for t in stated if t.start >= start), stated[-1])


def _list_time(doc: ArticleDoc, start: int) -> TimeMention | None:
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


_APPOSITION = re.compile(r",\s+(?:the|a|an|its|their)\s")  # ", the fourth such handover since December"
_FRONTED_BEFORE = re.compile(r"[\s\-–•*]*(?:(?:on|in|by|during|at|until|over)\s+)?", re.IGNORECASE)
_FRONTED_AFTER = re.compile(r"\s*(?:alone|only)?\s*,")


def _since_until(doc: ArticleDoc, scope: FigureScope, time: TimeMention) -> date | None:
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


def _then_of_figure(doc: ArticleDoc, scope: FigureScope) -> int | None:
    """Where "at the time" or "back then" stands before the figure with no other figure between, or in its clause
    after it; not in a later clause ("registered 2,611 …, although estimates published at the time ranged between
    2,000 and 3,000": the range's)."""
    start = scope.number.start
    found = doc.rules.pattern("that_time").search(doc.text, scope.sentence.start, max(scope.hi, start))
    if found is None or (found.start() < start and any(found.end() <= n.start < start for n in doc.numbers)):
        return None
    return found.start()


def _in_other_relative(doc: ArticleDoc, start: int, lo: int, time: TimeMention) -> bool:
    """A time past the figure's verb in a clause that tells of something else: a "where" clause ("to be sent home from
    Iraq, where they fled three months ago"), or a relative clause of a later figure ("remained in its custody, out of
    3,250 who entered the country in December"). A relative clause of the figure's own ("1,180: soldiers who crossed
    on the night of December 7") tells its event."""
    where = doc.rules.pattern("where_clause_opening").search(doc.text, lo, time.start)
    if where is not None:
        return True
    openers = [m.start() for m in doc.rules.pattern("relative_pronoun").finditer(doc.text, lo, time.start)]
    return bool(openers) and _figure_between(doc, start, openers[-1])


def _measured_since(doc: ArticleDoc, sent: Span, time: TimeMention) -> bool:
    """ "in the first handover since the winter": a since-time right after a superlative's noun is what it is measured
    against, not when the figure's people moved."""
    return time.kind == "since" and doc.rules.pattern("measured_since_before").search(
        doc.text, max(sent.start, time.start - 60), time.start) is not None


def _compared_before(doc: ArticleDoc, figure_start: int, time: TimeMention) -> bool:
    """A figure given to compare stands between the figure and the time ("fewer than 60 remain, down from about 130
    in February"): the time is that figure's."""
    compared = doc.rules.pattern("comparison_before")
    return any(figure_start < n.start < time.start and compared.search(doc.text, max(0, n.start - 20), n.start)
               for n in doc.numbers)


def _figure_between(doc: ArticleDoc, figure_start: int, time_start: int) -> bool:
    """Another number stands between the figure and a later time of its sentence."""
    return any(figure_start < n.start < time_start for n in doc.numbers)


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
