"""Figures given only as figures that say nothing of what happened to the people ("early statements spoke of
2,000 troops", "the official tally was 2,612"): in an article that counts a crossing of their size, they are
more estimates of how many crossed, whether that crossing is counted before them or after."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.extract.counts.inherit import opens_on_partitive

if TYPE_CHECKING:
    from pipeline.extract.counts.draft import CountDraft
    from pipeline.extract.counts.scope import FigureScope
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.number_mention import NumberMention

SIZE_RATIO = 2  # an estimate of the same crossing lies between half and twice the largest entry counted


def as_large_as_the_crossing(number: NumberMention, entered: list[CountDraft]) -> bool:
    """The figure is of the size of the largest entry counted, between half and twice it; a vague figure
    ("thousands") when its bounds reach into that span."""
    sizes = [d.number.value_best for d in entered if d.status == "entered" and d.number.value_best]
    if not sizes:
        return False
    lowest, highest = max(sizes) / SIZE_RATIO, max(sizes) * SIZE_RATIO
    low = number.value_best or number.value_low
    high = number.value_best or number.value_high or low
    return low is not None and high is not None and low <= highest and high >= lowest


def restated_entries(doc: ArticleDoc, drafts: list[CountDraft], scopes: list[FigureScope]) -> list[int]:
    """Indices of the figures with no status word of their own, in a sentence that gives a figure as a figure,
    of the size of the article's largest entry."""
    estimate = doc.rules.pattern("estimate_words")
    return [index for index, (draft, scope) in enumerate(zip(drafts, scopes))
            if draft.status == "other" and scope.cue is None
            and estimate.search(doc.text, scope.sentence.start, scope.sentence.end)
            and as_large_as_the_crossing(draft.number, drafts)]


def parts_of_restated(doc: ArticleDoc, drafts: list[CountDraft], scopes: list[FigureScope], index: int) -> list[int]:
    """Indices of the figures right after a restated entry that are parts of it and said nothing of their own ("the
    ministry's figure of 2,493 … Of those, he says, about 380 were officers, from lieutenants to two major
    generals"): read before the total was known for an entry, they share what it now says."""
    out: list[int] = []
    for later in range(index + 1, len(drafts)):
        draft, scope = drafts[later], scopes[later]
        if draft.status != "other" or scope.cue is not None:
            break
        previous = drafts[later - 1]
        if previous.sentence != draft.sentence and not opens_on_partitive(doc, draft.sentence, [previous]):
            break
        out.append(later)
    return out


RESTATED_LEAST = 100  # a value this large, given again exactly, names the same people, not a new group of that size


def restated_periods(drafts: list[CountDraft]) -> list[CountDraft]:
    """A figure no date was read for ("Today we hear 1,791", "The correct figure is 1,791") that gives again the
    exact value of an earlier dated figure of the same status ("between 18 and 20 December, 1,791 were handed
    over") is about the same event: it takes that figure's period, as carried."""
    out: list[CountDraft] = []
    for draft in drafts:
        value = draft.number.value_best
        earlier = [d for d in out if value is not None and value >= RESTATED_LEAST and d.number.value_best == value
                   and d.status == draft.status and d.period.rule != "open" and d.period.start is not None]
        if draft.period.rule == "open" and earlier:
            draft = replace(draft, period=replace(earlier[-1].period, rule="carried"))
        out.append(draft)
    return out
