"""The times a figure's own words give (rule 1 of `period.py`): which of its sentence's times date its clause.

A time in the clause dates it, unless it dates something else: a superlative's yardstick ("the first handover
since the winter"), a piece of writing ("whose memoir was published in 1991"), a where-clause or a later figure's
relative clause, a figure given to compare ("down from about 130 in February"), an apposition ("…, the fourth such
handover since December"). A time that opens the sentence dates its first clause, and every clause that names no
time of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.extract.counts.said_at import said_at
from pipeline.extract.counts.writing_time import dates_writing

if TYPE_CHECKING:
    from pipeline.extract.counts.scope import FigureScope
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.dates import TimeMention
    from pipeline.text.spans import Span


@dataclass(frozen=True)
class ClauseTimes:
    times: list[TimeMention]  # the sentence's times the later rules may read
    chosen: TimeMention | None  # the time of the figure's own clause
    opened: list[TimeMention]  # times that open the sentence, for a clause that names none


_APPOSITION = re.compile(r",\s+(?:the|a|an|its|their)\s")  # ", the fourth such handover since December"
_FRONTED_BEFORE = re.compile(r"[\s\-–•*]*(?:(?:on|in|by|during|at|until|over)\s+)?", re.IGNORECASE)
_FRONTED_AFTER = re.compile(r"\s*(?:alone|only)?\s*,")


def clause_times(doc: ArticleDoc, scope: FigureScope) -> ClauseTimes:
    lo, hi, sent, start = scope.lo, scope.hi, scope.sentence, scope.number.start
    dateline = doc.rules.pattern("dateline").match(doc.text, sent.start)
    # the dateline's date is when the report was filed; "…, officials said on Monday" when it was said
    # only the times the rules below read (the figure's scope, sentence and noun phrase) are asked whether
    # they date the saying: a time far on in the article would have every verb up to it read
    first, last = min(lo, sent.start, scope.np_end), max(hi, start, sent.end)
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
    fronted = [t for t in before if _fronted(doc, opening, t)]
    # "On December 19 alone, 1,905 were bused back, and smaller groups followed in January": a time that
    # opens the sentence dates its first clause, over a later one the clause runs on into
    # "Iraq on Wednesday handed 57 officers to ..., the fourth such handover since December": a time set off
    # after a comma describes what the apposition names; one between the subject and the verb is the figure's
    if before:
        inside = [t for t in inside if not _APPOSITION.search(doc.text, scope.np_end, t.start)]
    # "In early March, 61 of them were moved to Camp Taji; the other 112 were returned to Syria": a time that
    # opens the sentence dates each of its clauses that names no time of its own
    opened = [t for t in times if opening <= t.start and t.end <= start and t.kind != "present" and _fronted(doc, opening, t)]
    chosen = fronted[0] if fronted else inside[0] if inside else (before[-1] if before else None)
    return ClauseTimes(times, chosen, opened)


def _fronted(doc: ArticleDoc, opening: int, time: TimeMention) -> bool:
    """The time opens the sentence, set off by a comma ("On December 19 alone, …")."""
    return bool(_FRONTED_BEFORE.fullmatch(doc.text, opening, time.start) and _FRONTED_AFTER.match(doc.text, time.end))


def _in_other_relative(doc: ArticleDoc, start: int, lo: int, time: TimeMention) -> bool:
    """A time past the figure's verb in a clause that tells of something else: a "where" clause ("to be sent home from
    Iraq, where they fled three months ago"), or a relative clause of a later figure ("remained in its custody, out of
    3,250 who entered the country in December"). A relative clause of the figure's own ("1,180: soldiers who crossed
    on the night of December 7") tells its event."""
    where = doc.rules.pattern("where_clause_opening").search(doc.text, lo, time.start)
    if where is not None:
        return True
    openers = [m.start() for m in doc.rules.pattern("relative_pronoun").finditer(doc.text, lo, time.start)]
    return bool(openers) and figure_between(doc, start, openers[-1])


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


def figure_between(doc: ArticleDoc, figure_start: int, time_start: int) -> bool:
    """Another number stands between the figure and a later time of its sentence."""
    return any(figure_start < n.start < time_start for n in doc.numbers)
