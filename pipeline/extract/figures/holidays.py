"""Feast days as dates: "on Christmas Eve", "in the week before Christmas", "By Christmas 1940" (`time_holidays.csv`).

A feast with its year is that day. Without one it is the latest such day by the publication, or in a story told of
another time, the one of the year it tells of (`narrative_years.py`: "over the pass in the week before Christmas" in
a history of 1949 is December 1949's). "The week before" a feast is the seven days up to its eve. A feast needs "on",
"at", "by" or "the week before" ahead of it: "home for Christmas", "before the New Year" tell no day.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache

from pipeline.extract.figures.time_mention import TimeMention
from pipeline.text.rules import RuleSet, alternation

WEEK = 7


@cache
def _table(rules: RuleSet) -> tuple[re.Pattern[str], dict[str, tuple[int, int]], tuple[str, ...]] | None:
    if not rules.has("time_holidays.csv"):
        return None
    days = {r["phrase"].lower(): (int(r["month"]), int(r["day"])) for r in rules.rows("time_holidays.csv")}
    pattern = re.compile(r"\b(?P<cue>on|at|by|(?:in\s+)?the\s+week\s+before)\s+(?P<feast>"
                         + alternation(sorted(days, key=len, reverse=True)) + r")\b(?:,?\s+(?P<year>\d{4})\b)?",
                         re.IGNORECASE)
    # a text that holds none of the feasts' first words is not scanned
    return pattern, days, tuple(sorted({phrase.split()[0] for phrase in days}))


def holiday_mentions(text: str, published: date | None, rules: RuleSet,
                     narrative: Callable[..., date | None] = lambda position, month_day=None: None) -> list[TimeMention]:
    """Every feast day of `text` with the day (or week) it stands for; None where neither a year nor a
    publication tells which."""
    table = _table(rules)
    if table is None:
        return []
    pattern, days, words = table
    low = text.lower()
    if not any(word in low for word in words):
        return []
    out = []
    for m in pattern.finditer(text):
        month, day = days[" ".join(m.group("feast").lower().split())]
        ref = narrative(m.start(), (month, day)) or published
        if m.group("year"):
            year = int(m.group("year"))
        elif ref is not None:
            year = ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1
        else:
            out.append(TimeMention(m.start(), m.end(), m.group(0), None, None, "absolute"))
            continue
        feast = date(year, month, day)
        if "week" in m.group("cue").lower():
            out.append(TimeMention(m.start(), m.end(), m.group(0), feast - timedelta(days=WEEK), feast - timedelta(days=1),
                                   "range"))
        else:
            out.append(TimeMention(m.start(), m.end(), m.group(0), feast, feast, "absolute"))
    return out
