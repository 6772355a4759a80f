"""Seasons as time expressions: "returned over the summer", "moved to Taloqan in the spring" (`time_seasons.csv`).

A season with its year ("the winter of 1939") is that season; without one it is the latest such season begun by
the publication ("over the winter", written in November, is the last December to February), and "last" the
latest one already over. A season needs a preposition or "this"/"last" before it, so "a summer offensive" or
"that winter" of a story told years later is no date of the report's time.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from pipeline.extract.figures.pubdates import month_span
from pipeline.extract.figures.time_mention import TimeMention
from pipeline.text.rules import RuleSet, alternation


@cache
def _season_table(rules: RuleSet) -> tuple[re.Pattern[str], dict[str, tuple[int, int]]] | None:
    if not rules.has("time_seasons.csv"):
        return None
    months = {r["phrase"].lower(): (int(r["first_month"]), int(r["last_month"])) for r in rules.rows("time_seasons.csv")}
    pattern = re.compile(r"\b(?P<cue>in|over|during|through|throughout|this|last)\s+(?:the\s+)?"
                         rf"(?P<season>{alternation(list(months))})\b(?:\s+of\s+(?P<year>\d{{4}})\b)?", re.IGNORECASE)
    return pattern, months


def _span(year: int, first: int, last: int) -> tuple[date, date]:
    """The season that begins in `year` (a winter ends in the next)."""
    return date(year, first, 1), month_span(year + (last < first), last)[1]


def season_mentions(text: str, published: date | None, rules: RuleSet) -> list[TimeMention]:
    """Every season of `text` with the period it stands for (None when neither a year nor a publication tells)."""
    table = _season_table(rules)
    if table is None:
        return []
    pattern, months = table
    out = []
    for m in pattern.finditer(text):
        first, last = months[m.group("season").lower()]
        if m.group("year"):
            start, end = _span(int(m.group("year")), first, last)
        elif published is not None:
            spans = [_span(year, first, last) for year in (published.year - 2, published.year - 1, published.year)]
            over = m.group("cue").lower() == "last"
            start, end = [s for s in spans if (s[1] < published if over else s[0] <= published)][-1]
            end = min(end, published)
        else:
            start = end = None
        out.append(TimeMention(m.start(), m.end(), m.group(0), start, end, "range"))
    return out
