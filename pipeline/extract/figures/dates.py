"""Read time expressions and resolve them against the article's publication date and its precision.

A figure's period comes from these: "on 7-8 December" pins a crossing, "currently" pins the
publication period. A missing year is the latest one not after publication.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache

from pipeline.extract.figures.ago import ago_mentions
from pipeline.extract.figures.anchored import with_anchored
from pipeline.extract.figures.date_ranges import merge_ranges
from pipeline.extract.figures.holidays import holiday_mentions
from pipeline.extract.figures.month_days import day_number, with_month_days
from pipeline.extract.figures.narrative_years import reference_days
from pipeline.extract.figures.pubdates import month_span as _month
from pipeline.extract.figures.pubdates import parse_published, publication_period, safe_date
from pipeline.extract.figures.seasons import season_mentions
from pipeline.extract.figures.story_weekdays import reported_weekday, story_weekday
from pipeline.extract.figures.time_mention import TimeMention
from pipeline.extract.figures.year_parts import phrase_pattern, year_part_pattern, year_parts
from pipeline.text.caseless_set import CaselessSet
from pipeline.text.rules import RuleSet
from pipeline.text.rules import alternation as _alt
from pipeline.text.spans import filter_spans

_RANK = {"unknown": 0, "year": 1, "month": 2, "day": 3}

__all__ = ["TimeMention", "find_time_expressions", "parse_published", "publication_period"]


@cache
def _tables(rules: RuleSet) -> dict:
    months = {r["name"]: int(r["month"]) for r in rules.rows("time_months.csv")}
    weekdays = {r["name"]: int(r["weekday"]) for r in rules.rows("time_weekdays.csv")}
    cues = {" ".join(r["cue"].split()): r["rule"] for r in rules.rows("time_weekday_cues.csv")}
    rel = {" ".join(r["phrase"].split()): r for r in rules.rows("time_relative.csv")}
    # Month names must be capitalised: lower-case "may", "march" are verbs far more often than dates.
    cased = [f(n) for n in months for f in (str.capitalize, str.upper)]
    M, Y = rf"(?P<m>(?-i:{_alt(cased)}))\.?", r"(?P<y>\d{4})"
    # a day in words only before "of" and its month ("the seventh and eighth of December"): "first December" is rarer
    # than "the first December convoy"
    words = _alt([r["word"] for r in rules.rows("time_day_ordinals.csv")]) if rules.has("time_day_ordinals.csv") else ""
    D2 = rf"\s*(?:-|–|\s(?:and|to|&)\s)\s*(?:the\s+)?(?P<d2>\d{{1,2}}|(?:{words or '(?!)'})(?=\s+of\s))(?:st|nd|rd|th)?"
    worded = rf"|(?:{words})(?=(?:{D2.replace('P<d2>', ':')})?\s+of\s)" if words else ""
    D = rf"(?P<d1>\d{{1,2}}{worded})(?:st|nd|rd|th)?"
    cue = _alt([r["word"] for r in rules.rows("time_cues.csv")])
    year_cue = _alt([r["word"] for r in rules.rows("time_cues.csv") if r["applies"] == "both"])
    absolute = [  # bare months and years need a cue word so the verb "may" and amounts stay out
        rf"\b{D}(?:{D2})?\s+(?:of\s+)?(?:(?:last|this)\s+)?{M}(?:,?\s+{Y})?\b",  # "the seventh of last December"
        rf"\b{M}\s+{D}(?:{D2})?(?:,?\s+{Y})?\b",
        rf"\b{M},?\s+{Y}\b",
        rf"\b(?:between|from)\s+{M.replace('P<m>', 'P<m0>')}\s+(?:and|to|until|till|through|-|–)\s+{M}(?:,?\s+{Y})?\b(?!\.?\s*\d)",
        rf"\b(?:{cue})(?:\s+|-){M}\b(?!\.?\s*\d)",
        rf"\b(?:{year_cue})(?:\s+|-){Y}\b",
        # "went back between 1976 and 1978": two years; not "between 1500 and 2000 soldiers", an amount
        rf"\b(?:between|from)\s+(?P<y0>\d{{4}})\s+(?:and|to|until|till|through|-|–)\s+{Y}\b(?!\s*(?-i:[a-z\d]))",
    ]
    # "January. A third batch crossed back …": a month alone opening a line labels a timeline's entry
    absolute.append(rf"(?<![^\n]){M}(?:,?\s+{Y})?(?=(?:[.:]|\s[-–—])\s)")
    if rules.has("time_month_nouns.txt"):  # "March arrivals were much lower": the month qualifies the noun
        absolute.append(rf"(?:(?<=\bthe\s)|(?<=^)|(?<=[.\n]\s)|(?<=\n)){M}(?=\s+(?:{_alt(sorted(rules.words('time_month_nouns.txt')))})\b)")
    # "since Saturday last", "on Monday next": the cue after the day, as older and British reports write it
    wd = rf"\b(?:(?P<cue>{_alt([c for c in cues if c])})\s+)?(?P<wd>{_alt(list(weekdays))})\b(?:\s+(?P<cue_after>last|next)\b(?!\s+(?:week|weekend|month|year)\b))?"
    # "to Shumla, today's Shumen": a place's present name, no time of the figure
    relp = rf"\b(?:(?:over|in|during|within|for)\s+)?(?:the\s+)?(?P<rel>{_alt(list(rel))})\b(?![’']s\s+(?-i:[A-Z]))"
    parts = year_part_pattern(rules)
    # All found in one scan of the lower-cased text (`caseless_set.py`): absolute, weekday, relative, year parts.
    scans = [re.compile(p, re.I) for p in [*absolute, wd, relp]] + ([parts] if parts else [])
    # "in the last week of March", "over the weekend of 7-8 December": the words are a part of the month or the days
    # named next, not a week or weekend before publication
    of_month = re.compile(rf"\s+of\s+(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:-|–|and|to)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+)?{M}")
    ordinals = {r["word"]: int(r["day"]) for r in rules.rows("time_day_ordinals.csv")} if words else {}
    # "Friday 6 December", "Sunday, December 8", "Wednesday the twenty-second,": the date says which day; not "on
    # Tuesday, the second such handover"
    date_after = re.compile(r",?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2,8}\b|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b"
                            rf"|the\s+(?:\d{{1,2}}(?:st|nd|rd|th)|{words or '(?!)'})\b{rules.pattern('day_alone_end').pattern})")
    return {"months": months, "weekdays": weekdays, "cues": cues, "rel": rel, "scan": CaselessSet(scans),
            "absolute": len(absolute), "of_month": of_month, "ordinals": ordinals, "date_after": date_after,
            "ahead": rules.pattern("date_ahead_before"), "dated_report": rules.pattern("dated_report_before")}


AHEAD_REACH = 40  # characters before a month the words that put it ahead may start ("scheduled to leave in early")


def _infer_year(month: int, day: int, ref: date | None, ahead: bool = False) -> int | None:
    """The year of a day given without one: the latest such day by `ref`, or with `ahead` the first from it."""
    if ref is None:
        return None
    if ahead:
        return ref.year if (month, day) >= (ref.month, ref.day) else ref.year + 1
    return ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1


def _absolute(g: dict, ref: date | None, months: dict[str, int],
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


def _weekday(wd: int, rule: str, pub: date) -> date:
    if rule == "before":
        return pub - timedelta(days=(pub.weekday() - wd - 1) % 7 + 1)
    if rule == "after":
        return pub + timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)
    return pub - timedelta(days=(pub.weekday() - wd) % 7)




_MONTH_PART = r"\b(?P<part>{part})(?:\s+|-)(?:of\s+)?$"


def _month_part(text: str, m: re.Match[str], start: date | None, end: date | None,
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


def _candidates(text: str, pub: date | None, precision: str, rules: RuleSet) -> list[TimeMention]:
    t, out = _tables(rules), []
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
        if got := safe_date(_absolute, g, told or ref, t["months"], ahead):
            start, end = _month_part(text, m, got[0], got[1], rules)
            out.append(TimeMention(m.start(), m.end(), m.group(0), start, end, "range" if got[2] else "absolute"))
    for m in weekday:
        if t["date_after"].match(text, m.end()):
            continue  # "Friday 6 December", "Sunday, December 8": the date says which day
        cue = t["cues"].get(" ".join((m.group("cue_after") or m.group("cue") or "").lower().split()), "on_or_before")
        wd = t["weekdays"][m.group("wd").lower()]
        day = reported_weekday(text, m.start(), wd, out, t["dated_report"]) or story_weekday(text, m.start(), wd, out, pub) \
            or (safe_date(_weekday, wd, cue, pub) if rank >= 3 else None)
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
