"""Seasons as time expressions: "returned over the summer", "moved to Taloqan in the spring" (`time_seasons.csv`).

A season with its year ("the winter of 1939") is that season; without one it is the latest such season begun by
the publication ("over the winter", written in November, is the last December to February), and "last" the
latest one already over. A season needs a preposition or "this"/"last" before it, so "a summer offensive" or
"that winter" of a story told years later is no date of the report's time; "by" only with its year ("By the summer
of 1957, fewer than 100 were still in the camps" counts them that summer); "since the spring" runs from its start.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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
    # "kept in summer villas", "in winter uniforms": a season naming a kind of thing is no date
    things = alternation(sorted(rules.words("time_season_nouns.txt"))) if rules.has("time_season_nouns.txt") else None
    # "in the late summer of 1916": a part of the season is read as the season
    pattern = re.compile(r"\b(?P<cue>in|over|during|through|throughout|this|last|by|since)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
                         rf"(?P<season>{alternation(list(months))})\b" + (rf"(?!\s+(?:{things})\b)" if things else "")
                         + r"(?:\s+of\s+(?P<year>\d{4})\b)?", re.IGNORECASE)
    return pattern, months


_SENTENCE_END = re.compile(r"(?:[.!?]\s+|\n[ \t]*|^[-•*][ \t]+)$", re.MULTILINE)


def _opens_sentence(text: str, start: int) -> bool:
    return start == 0 or _SENTENCE_END.search(text[max(0, start - 4):start]) is not None


def _span(year: int, first: int, last: int) -> tuple[date, date]:
    """The season that begins in `year` (a winter ends in the next)."""
    return date(year, first, 1), month_span(year + (last < first), last)[1]


def season_mentions(text: str, published: date | None, rules: RuleSet,
                    narrative: Callable[[int], date | None] = lambda position: None) -> list[TimeMention]:
    """Every season of `text` with the period it stands for (None when neither a year nor a publication tells).
    `narrative(position)`: the day a date without a year is read against there, when the article tells of
    another time than its publication's (`narrative_years.py`): "over the winter" of a story of 1939 is 1939's."""
    table = _season_table(rules)
    if table is None:
        return []
    pattern, months = table
    out = []
    for m in pattern.finditer(text):
        if m.group("cue").lower() == "by" and not m.group("year") and not _opens_sentence(text, m.start()):
            # "returned by the summer": a deadline, most often still to come, dates nothing yet; but "By the
            # summer, fewer than 140 remained" opens a sentence told of a season gone by
            continue
        first, last = months[m.group("season").lower()]
        told = narrative(m.start()) if published is not None else None
        if m.group("year"):
            start, end = _span(int(m.group("year")), first, last)
        elif told is not None:
            start, end = _span(told.year - (m.group("cue").lower() == "last"), first, last)
        elif published is not None:
            spans = [_span(year, first, last) for year in (published.year - 2, published.year - 1, published.year)]
            over = m.group("cue").lower() == "last"
            start, end = [s for s in spans if (s[1] < published if over else s[0] <= published)][-1]
            end = min(end, published)
        else:
            start = end = None
        if m.group("cue").lower() == "since":  # "have travelled to Baghdad since the spring": from its start on
            out.append(TimeMention(m.start(), m.end(), m.group(0), start, None, "since"))
            continue
        out.append(TimeMention(m.start(), m.end(), m.group(0), start, end, "range"))
    return out
