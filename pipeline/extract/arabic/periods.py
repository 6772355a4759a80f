"""When an Arabic figure's people were counted: the time its own stretch of the sentence names.

A sentence often tells several events, each with its figure and its time ("دخلوا يومي ٧ و٨ كانون الأول، وإنها أعادت
١٦٥٠ منهم في الثامن عشر من الشهر ذاته"). A figure's stretch runs from the figure before it (from the comma after that figure's clause), or from the
last clause break ("فيما لا يزال مصير مئات", `clause_break_before`), to the figure after it; the time nearest before the figure in its
stretch dates it, else the first after it there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.arabic.folded import fold_text
from pipeline.extract.counts.calendar import event_period
from pipeline.extract.counts.period_value import FigurePeriod, publication_words

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.number_mention import NumberMention
    from pipeline.extract.figures.time_mention import TimeMention
    from pipeline.text.spans import Span


def figure_period(doc: ArticleDoc, sent: Span, status: str, number: NumberMention) -> FigurePeriod:
    """The time of the figure's stretch (rule `own`); else, for people still there, the publication period (rule
    `present`); else the sentence's date nearest before the figure, else its first (`own`); else the topic calendar's
    event or wave for the figure's status (`event`, `wave`); else an open period ending at publication (`open`, its
    start from `opened_at_story_start`)."""
    times = [t for t in doc.times if sent.start <= t.start < sent.end and (t.period_start or t.period_end)]
    lo, hi = _stretch(doc, sent, number)
    if own := _nearest(number.start, [t for t in times if lo <= t.start and t.end <= hi]):
        return FigurePeriod(own.period_start, own.period_end, own.text, "own")
    if status == "remaining":
        return FigurePeriod(*doc.present, publication_words(doc), "present")
    if own := _nearest(number.start, times):
        return FigurePeriod(own.period_start, own.period_end, own.text, "own")
    if (event := event_period(doc.text, sent.start, sent.end, status, doc.rules)) is not None:
        (first, last), words, rule = event
        return FigurePeriod(first, last, words, rule)
    return FigurePeriod(None, doc.present[1], publication_words(doc), "open")


def _nearest(at: int, times: list[TimeMention]) -> TimeMention | None:
    before = [t for t in times if t.start < at]
    return before[-1] if before else (times[0] if times else None)


def _stretch(doc: ArticleDoc, sent: Span, number: NumberMention) -> tuple[int, int]:
    """[from the figure before or the last clause break, to the figure after) within the sentence."""
    numbers = [n for n in doc.numbers if sent.start <= n.start < sent.end  # not a day of a date ("٧ و٨ كانون الأول")
               and not any(t.start <= n.start < t.end for t in doc.times)]
    before = [n.end for n in numbers if n.end <= number.start]
    lo = max([sent.start, *before])
    hi = min([sent.end] + [n.start for n in numbers if n.start >= number.end])
    folded = fold_text(doc.text)
    breaks = list(doc.rules.pattern("clause_break_before").finditer(folded.text, folded.at(lo), folded.at(number.start)))
    if breaks:
        lo = folded.start(breaks[-1].start())
    elif before and (comma := doc.text.rfind("،", lo, number.start)) >= 0:
        lo = comma  # after another figure, its clause ends at the comma: "دخلوا يومي ٧ و٨ كانون الأول، وإنها أعادت ١٦٥٠"
    return lo, hi
