"""Which claims' periods belong to one question (codebook §7.1): interval logic, not equal dates.

* A **flow** (entered, returned, relocated) belongs to a *wave*: claims dated to at most a month
  (`WAVE_DAYS`) whose periods overlap or contain one another, transitively ('7-8 December', 'December
  2024' and 'over the past few days' before 12 December are one wave). A claim with an open start ('N
  entered', undated, ending at publication) joins the wave it reaches that has the most claims.
* A **stock** (remaining, other), and a flow that is a running total ('since 19 December') or reaches no
  wave, is *as of* a date: its period when that is a calendar day, month or year, else the publication's
  day or month when the period ends there, else its last day. Claims whose as-of periods overlap (the same
  date at the coarser precision: 12 February is in February) are one question, transitively.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

import pandas as pd

WAVE_DAYS = 31  # a wave fits in a month; a longer period is a running total
FLOWS = ("entered", "returned", "relocated")


@dataclass(frozen=True)
class Dated:
    """One claim's dates: its own period (start may be open), and the as-of period it is read at."""

    key: str  # count_id
    start: date | None  # None: open ('N entered', with no date)
    end: date | None  # an open end is the publication's last day; None only when nothing dates the claim
    as_of: tuple[date, date] | None  # the day, month or year a stock (or running total) is read at


def publication_span(published: str | None) -> tuple[date, date] | None:
    """'2025-03' -> (1 March, 31 March); '2024-12-12' -> that day; None when unknown."""
    if not published or not isinstance(published, str):
        return None
    parts = [int(p) for p in published.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else None
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if len(parts) == 2:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, parts[2]), date(year, month, parts[2])


def _day(value) -> date | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def is_calendar_unit(start: date, end: date) -> bool:
    month_end = calendar.monthrange(end.year, end.month)[1]
    whole_month = start.day == 1 and end.day == month_end and (start.year, start.month) == (end.year, end.month)
    whole_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year
    return start == end or whole_month or whole_year


def dated(key: str, period_start, period_end, published: str | None) -> Dated:
    start, end, publication = _day(period_start), _day(period_end), publication_span(published)
    open_end = end is None
    end = end or (publication[1] if publication else start)
    if end is None:
        return Dated(key, start, None, None)
    if start is not None and is_calendar_unit(start, end):
        as_of = (start, end)
    elif publication and (open_end or end == publication[1]):
        as_of = publication
    else:
        as_of = (end, end)
    return Dated(key, start, end, as_of)


def overlap_components(spans: list[tuple[str, date, date]]) -> list[list[str]]:
    """Keys grouped by transitively overlapping [start, end] spans, in date order."""
    groups: list[list[str]] = []
    reach: date | None = None
    for key, start, end in sorted(spans, key=lambda s: (s[1], s[2], s[0])):
        if reach is None or start > reach:
            groups.append([])
            reach = end
        groups[-1].append(key)
        reach = max(reach, end)
    return groups


def period_groups(claims: list[Dated], flow: bool) -> list[tuple[str, list[Dated]]]:
    """[(period_kind, claims)] for the claims of one status and population family."""
    in_wave = [c for c in claims if flow and c.start is not None and (c.end - c.start).days < WAVE_DAYS]
    # Sets built once: membership tests inside the loops made this quadratic (seconds at 10,000 articles).
    components = [set(keys) for keys in overlap_components([(c.key, c.start, c.end) for c in in_wave])]
    waves = [[c for c in in_wave if c.key in keys] for keys in components]
    starts = [min(c.start for c in w) for w in waves]
    rest = []
    waving = {id(c) for c in in_wave}
    for claim in (c for c in claims if id(c) not in waving):
        reached = [i for i, first in enumerate(starts) if claim.start is None and claim.end is not None
                   and first <= claim.end]
        if reached:  # the biggest wave it reaches, then the earliest
            waves[max(reached, key=lambda i: (len(waves[i]), -starts[i].toordinal()))].append(claim)
        else:
            rest.append(claim)
    dated_rest = [c for c in rest if c.as_of is not None]
    by_key = {c.key: c for c in dated_rest}
    as_of = [[by_key[k] for k in keys] for keys in overlap_components([(c.key, *c.as_of) for c in dated_rest])]
    undated = [[c for c in rest if c.as_of is None]]
    return [("wave", w) for w in waves] + [("as_of", g) for g in as_of + undated if g]


def stated_period(kind: str, claims: list[Dated]) -> tuple[date | None, date | None]:
    """The period most claims state (as-of periods for 'as_of', and for a wave's claims at a place where only
    undated ones were); ties: the longer, then the earlier."""
    spans = [(c.start, c.end) for c in claims if c.start is not None] if kind == "wave" else []
    spans = spans or [c.as_of for c in claims if c.as_of is not None]
    if not spans:
        return None, None
    return max(set(spans), key=lambda s: (spans.count(s), (s[1] - s[0]).days, -s[0].toordinal()))
