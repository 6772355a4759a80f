"""The topic pack's calendar: named events ("the initial exodus", "shortly before the fall of ...") and the
caseload's dated waves, read from `named_events.csv`. Knowledge of one caseload lives only in its pack."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from pipeline.text.rules import RuleSet


@dataclass(frozen=True)
class NamedEvent:
    pattern: re.Pattern[str] | None  # None: a wave, dating any undated figure of `status`
    status: str
    period: tuple[date, date]
    requires: re.Pattern[str]
    name: str  # what a reader calls it (the table's note), the wave's period_text


@cache
def named_events(rules: RuleSet) -> tuple[NamedEvent, ...]:
    if not rules.has("named_events.csv"):
        return ()
    return tuple(NamedEvent(re.compile(r["pattern"], re.IGNORECASE) if r["pattern"] else None, r["status"],
                            (date.fromisoformat(r["period_start"]), date.fromisoformat(r["period_end"])),
                            re.compile(r["requires"], re.IGNORECASE), r["note"])
                 for r in rules.rows("named_events.csv"))


def event_period(text: str, lo: int, hi: int, status: str,
                 rules: RuleSet) -> tuple[tuple[date, date], str, str] | None:
    """(period, words, rule): a named event in text[lo:hi] with the words naming it (rule `event`), else
    the wave the figure's status belongs to with the wave's name (rule `wave`); None when the calendar
    says nothing or the article is of another caseload."""
    for event in named_events(rules):
        if (event.status and event.status != status) or not event.requires.search(text):
            continue
        if event.pattern is None:
            return event.period, event.name, "wave"
        if m := event.pattern.search(text, lo, hi):
            return event.period, m.group(0), "event"
    return None
