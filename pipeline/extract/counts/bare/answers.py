"""A figure that answers the question before it ("Q: And how many are still in Iraq?" then "A: As of this morning,
268."): the first sentence of the answer gives the figure with nothing before it but a label, a time or a place, and
nothing after it but the sentence's end. It counts the people the question asks about, with the status the question
asks (`questions.py`); a figure inside a longer answer tells its own story and is read as any other."""

from __future__ import annotations

from bisect import bisect_right

from pipeline.extract.counts.bare.context import BareFigure, Reading
from pipeline.extract.counts.draft import population_of
from pipeline.extract.counts.noun_phrases import noun_phrase
from pipeline.extract.counts.questions import answered_status
from pipeline.text.spans import Span


def answered_figure(fig: BareFigure) -> Reading | None:
    text, rules, n = fig.text, fig.rules, fig.n
    asked = _question_before(fig)
    tail = rules.pattern("answer_tail").match(text, n.end)
    if asked is None or tail is None or not rules.pattern("answer_lead").fullmatch(text, fig.sent.start, n.start):
        return None
    if n.start == fig.sent.start and n.text.isdigit() and text[n.end:n.end + 1] in ".)":
        return None  # "2. Compare Source B with the text.": a numbered list's item, not an answer
    many = rules.pattern("how_many_question").search(text, asked.start, asked.end)
    if many is None:
        return None
    asked_of = noun_phrase(text, many.end(), rules)
    population = (asked_of and population_of(asked_of.classes, rules)) or fig.elliptical()
    end = tail.end("words") if tail.group("words") else n.end  # "Around 2,500 in total": the answer's own words
    return (population, end, answered_status(fig.doc, fig.sent, end)) if population else None


def _question_before(fig: BareFigure) -> Span | None:
    """The paragraph right before the figure's, when it ends on a question and the figure's sentence opens its own."""
    paragraphs = fig.doc.paragraphs
    here = bisect_right([p.start for p in paragraphs], fig.sent.start) - 1
    if here < 1 or fig.doc.text[paragraphs[here].start:fig.sent.start].strip():
        return None
    asked = paragraphs[here - 1]
    return asked if fig.doc.text[asked.start:asked.end].rstrip().rstrip("*_").endswith("?") else None
