"""Periods told from another time in calendar units (`time_anchored.csv`): the days or weeks up to it ("On 19
December … over the past two days": 18-19 December), the days from it ("On 18 December the buses arrived. Over two
days …": 18-19 December), the time itself ("In January … By then": January), the days, weeks or whole months right after it ("Over the following three months" after "the end of March 1998": April to June 1998), its calendar week,
month or year or the next one ("that month", "the following week"), and its season ("By 20 August 1997 … that
summer": June to August 1997). A reader counts them from the time named, not from publication."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from pipeline.extract.figures.number_words import words_to_number
from pipeline.extract.figures.pubdates import month_span, safe_date
from pipeline.extract.figures.time_mention import TimeMention
from pipeline.text.rules import RuleSet

# the longest anchor each unit may count from: a day for days and weeks, a month for whole months, a year for
# its season or itself ("In 1997 … that summer")
LONGEST_ANCHOR = {"span": 31, "back": 1, "over": 1, "week": 1, "month": 31, "year": 366, "season": 366, "then": 366}
CALENDAR_UNITS = tuple(LONGEST_ANCHOR)
SEASON_DAYS = 92  # an anchor longer than a season is a year: its season is that year's


@cache
def _seasons(rules: RuleSet) -> dict[str, tuple[int, int]]:
    return {r["phrase"].lower(): (int(r["first_month"]), int(r["last_month"])) for r in rules.rows("time_seasons.csv")}


def _season(anchor: TimeMention, first: int, last: int) -> tuple[date, date]:
    day = anchor.period_start
    year = day.year
    if (anchor.period_end - day).days <= SEASON_DAYS and last < first and day.month <= last:
        year -= 1  # "On 10 January … that winter": the winter begun the December before
    return date(year, first, 1), month_span(year + (last < first), last)[1]


def _span(found: re.Match[str], end: date, rules: RuleSet) -> tuple[date, date] | None:
    count = int(found["n"]) if found["n"].isdigit() else words_to_number(found["n"], rules)
    if not count:
        return None
    unit = found["span"].lower()
    if unit == "months":
        return month_span(end.year, end.month + 1)[0], month_span(end.year, end.month + count)[1]
    return end + timedelta(days=1), end + timedelta(days=count * (7 if unit == "weeks" else 1))


def _back(found: re.Match[str], end: date, rules: RuleSet) -> tuple[date, date] | None:
    count = int(found["back"]) if found["back"].isdigit() else words_to_number(found["back"], rules)
    if not count:
        return None
    return end - timedelta(days=count * (7 if found["backspan"].lower() == "weeks" else 1) - 1), end


def calendar_period(found: re.Match[str], unit: str, offset: int, anchor: TimeMention, rules: RuleSet
                    ) -> TimeMention | None:
    """The period `found` names, counted from `anchor` in `unit` moved by `offset`; None if it cannot be told."""
    end = anchor.period_end
    if unit == "span":
        period = _span(found, end, rules)
    elif unit == "back":
        period = _back(found, end, rules)
    elif unit == "over":  # "On 18 December the buses arrived. Over two days, 1,905 went back": 18-19 December
        count = int(found["over"]) if found["over"].isdigit() else words_to_number(found["over"], rules)
        period = (anchor.period_start, anchor.period_start + timedelta(days=count - 1)) if count else None
    elif unit == "then":  # "In January ... By then, fewer than 300 were still in Iraq": the time just named
        period = (anchor.period_start, end)
    elif unit == "week":
        monday = end - timedelta(days=end.weekday()) + timedelta(weeks=offset)
        period = (monday, monday + timedelta(days=6))
    elif unit == "month":
        period = month_span(end.year, end.month + offset)
    elif unit == "year":
        period = safe_date(lambda: (date(end.year + offset, 1, 1), date(end.year + offset, 12, 31)))
    else:
        period = _season(anchor, *_seasons(rules)[found["season"].lower()])
    return TimeMention(found.start(), found.end(), found.group(0), *period, "anchored") if period else None
