"""Read time expressions and resolve them against the article's publication date and its precision.

A figure's period comes from these: "on 7-8 December" pins a crossing, "currently" pins the
publication period. A missing year is the latest one not after publication.
"""

from __future__ import annotations

from datetime import date, datetime

from pipeline.extract.figures.ago import ago_mentions
from pipeline.extract.figures.anchored import with_anchored
from pipeline.extract.figures.date_ranges import merge_ranges
from pipeline.extract.figures.expression_dates import absolute_dates, month_part, relative_period, weekday_date
from pipeline.extract.figures.holidays import holiday_mentions
from pipeline.extract.figures.month_days import day_number, with_month_days
from pipeline.extract.figures.narrative_years import reference_days
from pipeline.extract.figures.pubdates import parse_published, publication_period, safe_date
from pipeline.extract.figures.seasons import season_mentions
from pipeline.extract.figures.story_weekdays import reported_weekday, story_weekday
from pipeline.extract.figures.time_mention import TimeMention
from pipeline.extract.figures.time_patterns import time_tables
from pipeline.extract.figures.year_parts import year_parts
from pipeline.text.rules import RuleSet
from pipeline.text.spans import filter_spans

_RANK = {"unknown": 0, "year": 1, "month": 2, "day": 3}

__all__ = ["TimeMention", "find_time_expressions", "parse_published", "publication_period"]

AHEAD_REACH = 40  # characters before a month the words that put it ahead may start ("scheduled to leave in early")


def _candidates(text: str, pub: date | None, precision: str, rules: RuleSet) -> list[TimeMention]:
    t, out = time_tables(rules), []
    rank = _RANK.get(precision, 0) if pub else 0
    ref = publication_period(pub, precision)[1]
    found = t["scan"].finditer_each(text)
    absolute, (weekday, relative, *parts) = found[:t["absolute"]], found[t["absolute"]:]
    matches = sorted((m for group in absolute for m in group), key=lambda m: m.start())
    told = tuple((m.start, m.period_start) for m in season_mentions(text, None, rules) if m.period_start)
    narrative = reference_days(matches, ref, t["months"], told)
    for m in matches:
        g = {**m.groupdict(), **{k: str(day_number(m[k], t["ordinals"])) for k in ("d1", "d2") if m.groupdict().get(k)}}
        month_day = (t["months"][g["m"].lower()], int(g["d1"])) if g.get("m") and g.get("d1") and not g.get("y") else None
        told = narrative(m.start(), month_day)
        # the words before the whole date ("scheduled for 2 March") or right before its month ("expected in early July")
        ahead = told is None and any(t["ahead"].search(text, max(0, at - AHEAD_REACH), at) is not None
                                     for at in {m.start(), m.start("m") if g.get("m") else m.start()})
        if got := safe_date(absolute_dates, g, told or ref, t["months"], ahead):
            start, end = month_part(text, m, got[0], got[1], rules)
            out.append(TimeMention(m.start(), m.end(), m.group(0), start, end, "range" if got[2] else "absolute"))
    for m in weekday:
        if t["date_after"].match(text, m.end()):
            continue  # "Friday 6 December", "Sunday, December 8": the date says which day
        cue = t["cues"].get(" ".join((m.group("cue_after") or m.group("cue") or "").lower().split()), "on_or_before")
        wd = t["weekdays"][m.group("wd").lower()]
        day = reported_weekday(text, m.start(), wd, out, t["dated_report"]) or story_weekday(text, m.start(), wd, out, pub) \
            or (safe_date(weekday_date, wd, cue, pub) if rank >= 3 else None)
        out.append(TimeMention(m.start(), m.end(), m.group(0), day, day, "relative"))
    for m in relative:
        if t["of_month"].match(text, m.end()):
            continue
        r = t["rel"][" ".join(m.group("rel").lower().split())]
        needs = "day" if r["needs"] == "lead" else r["needs"]
        if r["needs"] == "lead" and any(a.start < m.start() and a.period_start and a.period_end
                                        and not a.period_start <= pub <= a.period_end for a in out):
            continue  # "driven overnight" after "on 19 December": the night of the story, if anything
        got = safe_date(relative_period, r["rule"], int(r["offset"]), pub, precision) if rank >= _RANK[needs] else None
        out.append(TimeMention(m.start(), m.end(), m.group(0), *(got or (None, None)), r["kind"]))
    seasons = season_mentions(text, pub if precision in ("day", "month") else None, rules, narrative)
    feasts = holiday_mentions(text, pub if precision == "day" else None, rules, narrative)
    return out + (year_parts(parts[0], rules) if parts else []) + seasons + feasts + ago_mentions(text, pub, precision, rules)


def find_time_expressions(text: str, published: date | None, precision: str, rules: RuleSet) -> list[TimeMention]:
    """Time expressions in `text`, non-overlapping (`filter_spans`), sorted by start; never raises."""
    if not text:
        return []
    if isinstance(published, datetime):
        published = published.date()
    if not isinstance(published, date):
        published, precision = None, "unknown"
    found = filter_spans(_candidates(text, published, precision, rules))
    days = with_month_days(text, found, rules, published if precision == "day" else None)
    return with_anchored(text, merge_ranges(text, days), rules)
