"""Where an open period starts: a figure no words date ("Some 1,200 have since gone home", "Dozens refused to
board") happened some time after the story's events began and before the report, so its period runs from the
first day any figure of the article is dated to (the crossing of "2,493 crossed on 7 and 8 December") to the
publication, instead of having no start at all. A reader dates it no closer, but no earlier either: the people
counted were not there, or not counted, before the events the article tells of.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.counts.draft import CountDraft

# periods that stand on the article's own dates or the caseload's calendar, not on the publication alone
DATED_RULES = frozenset({"own", "described", "carried", "event", "wave", "stated"})


def opened_at_story_start(drafts: list[CountDraft]) -> list[CountDraft]:
    """Each open period given the start of the earliest period the article's dated figures stand on, when that
    start is no later than the open period's end (publication)."""
    dated = [d.period for d in drafts if d.period.rule in DATED_RULES and d.period.start is not None]
    if not dated:
        return drafts
    first = min(dated, key=lambda period: period.start)
    return [replace(d, period=replace(d.period, start=first.start, text=f"{first.text} to {d.period.text}"))
            if d.period.rule == "open" and d.period.start is None and d.period.end is not None
            and first.start <= d.period.end else d for d in drafts]
