"""The dates a matched time expression stands for: a calendar date, a weekday, a relative phrase, a part of a month.

A date without a year is the latest such day by the reference day (or, said to be still to come, the first from
it); a weekday and a relative phrase ("last week", "now") are counted from the publication day and its precision.
`dates.py` finds the expressions and hands each match here.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.extract.figures.pubdates import month_span as _month
from pipeline.extract.figures.pubdates import publication_period
from pipeline.extract.figures.year_parts import phrase_pattern
from pipeline.text.rules import RuleSet


def _infer_year(month: int, day: int, ref: date | None, ahead: bool = False) -> int | None:
    """The year of a day given without one: the latest such day by `ref`, or with `ahead` the first from it."""
    if ref is None:
        return None
    if ahead:
        return ref.year if (month, day) >= (ref.month, ref.day) else ref.year + 1
    return ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1


def absolute_dates(g: dict, ref: date | None, months: dict[str, int],
                   ahead: bool = False) -> tuple[date | None, date | None, bool]:
    """(start, end, is_range) of a calendar date match; None dates when the year cannot be known. `ahead`: a date
    the words before it say is still to come ("expected in early March"), read forward from `ref`."""
    if g.get("y0"):
        first, last = int(g["y0"]), int(g["y"])
        if first >= last:
            raise ValueError("a range of years ends after it starts")  # two amounts ("between 1980 and 1975")
        return date(first, 1, 1), date(last, 12, 31), True
    if not g.get("m"):
        y = int(g["y"])
        return date(y, 1, 1), date(y, 12, 31), False
    month = months[g["m"].lower()]
    if g.get("m0"):  # "between March and August": whole months, the first in the year before if it is later
        y = int(g["y"]) if g.get("y") else _infer_year(month, 31 if ahead else 1, ref, ahead)
        if y is None:
            return None, None, True
        first = months[g["m0"].lower()]
        return _month(y - (first > month), first)[0], _month(y, month)[1], True
    d1 = int(g["d1"]) if g.get("d1") else None
    # a month without a day is this year's while any of it is left (ahead) or any of it has begun
    y = int(g["y"]) if g.get("y") else _infer_year(month, d1 or (31 if ahead else 1), ref, ahead)
    if y is None:
        return None, None, bool(g.get("d2"))
    if d1 is None:
        return (*_month(y, month), False)
    d2 = int(g["d2"]) if g.get("d2") else d1
    return date(y, month, d1), date(y, month, d2), d2 != d1


def relative_period(rule: str, offset: int, pub: date, precision: str) -> tuple[date | None, date | None]:
    ps, pe = publication_period(pub, precision)
    monday = pub - timedelta(days=pub.weekday())
    return {
        "day": lambda: (pub + timedelta(days=offset),) * 2,
        "days_back": lambda: (ps - timedelta(days=offset), pe),
        "week": lambda: (monday + timedelta(weeks=offset), monday + timedelta(weeks=offset, days=6)),
        "week_to_date": lambda: (monday, pub),
        "month": lambda: _month(pub.year, pub.month + offset),
        "month_to_date": lambda: (_month(pub.year, pub.month)[0], pe),
        "year": lambda: (date(pub.year + offset, 1, 1), date(pub.year + offset, 12, 31)),
        "year_to_date": lambda: (date(pub.year, 1, 1), pe),
        "present": lambda: (ps, pe),
        # the Saturday-Sunday on or before the publication day, shifted by `offset` weeks
        "weekend": lambda: (saturday := pub - timedelta(days=(pub.weekday() - 5) % 7) + timedelta(weeks=offset),
                            saturday + timedelta(days=1)),
    }[rule]()


def weekday_date(wd: int, rule: str, pub: date) -> date:
    if rule == "before":
        return pub - timedelta(days=(pub.weekday() - wd - 1) % 7 + 1)
    if rule == "after":
        return pub + timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)
    return pub - timedelta(days=(pub.weekday() - wd) % 7)


_MONTH_PART = r"\b(?P<part>{part})(?:\s+|-)(?:of\s+)?$"


def month_part(text: str, m: re.Match[str], start: date | None, end: date | None,
               rules: RuleSet) -> tuple[date | None, date | None]:
    """"mid-December", "in late August": a whole month narrowed to the third of it the words name."""
    found = phrase_pattern(rules, "time_month_parts.csv", "first_day", "last_day", _MONTH_PART)
    if found is None or start is None or end is None or not m.groupdict().get("m") or m.groupdict().get("d1"):
        return start, end
    pattern, parts = found
    month_at = m.start("m")
    part = pattern.search(text, max(0, month_at - 20), month_at)
    if part is None:
        return start, end
    first, last = parts[" ".join(part.group("part").lower().split())]
    return start.replace(day=first), min(end, start.replace(day=min(last, end.day)))
