"""The patterns that find time expressions and the tables that read them, built once per rule set.

Every kind of time expression (calendar dates, weekdays, relative phrases such as "last week", the parts of a
year) is one pattern here, all found in one scan of the lower-cased text (`caseless_set.py`); `dates.py` reads
the matches with the lookup tables built alongside (month and weekday numbers, the cues and relative phrases).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.figures.year_parts import year_part_pattern
from pipeline.text.caseless_set import CaselessSet
from pipeline.text.rules import RuleSet
from pipeline.text.rules import alternation as _alt


@cache
def time_tables(rules: RuleSet) -> dict:
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
    # not the first digits of an amount ("revised on Dec. 11 to 2,493"): a day is no more than two digits
    D2 = rf"\s*(?:-|–|\s(?:and|to|&)\s)\s*(?:the\s+)?(?P<d2>\d{{1,2}}(?![.,]?\d)|(?:{words or '(?!)'})(?=\s+of\s))(?:st|nd|rd|th)?"
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
