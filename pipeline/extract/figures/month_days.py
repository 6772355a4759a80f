"""Days of the month told without their month ("On the sixteenth, 262 were moved", "the afternoon of the 8th"):
the day in the month of the last date named before them in their paragraph, or else of the last day the article
named before them, as a reader takes it; in a range whose end
names its month ("between the 9th and the 14th of April"), that month. An article that named no date before reads
them in the publication's month, or the one before when the day has not come yet. Words that count things
("the first group", "the third.") are not days: `time_day_ordinals.csv` says which words may stand alone."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from pipeline.extract.figures.anchored import ANCHOR_KINDS
from pipeline.extract.figures.pubdates import month_span, safe_date
from pipeline.extract.figures.time_mention import TimeMention
from pipeline.text.rules import RuleSet, alternation

MONTH_DAYS = 31  # an anchor this long or shorter names one month
_PAIR = re.compile(r"\s*(?:and|&|-|–)\s*", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*(?:the\s+)?", re.IGNORECASE)


@cache
def _table(rules: RuleSet) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    if not rules.has("time_day_ordinals.csv"):
        return None, {}
    rows = rules.rows("time_day_ordinals.csv")
    alone = alternation([r["word"] for r in rows if r["alone"] == "yes"])
    scan = re.compile(rf"\bthe\s+(?P<day>\d{{1,2}}(?:st|nd|rd|th)|{alone})\b{rules.pattern('day_alone_end').pattern}",
                      re.IGNORECASE)
    return scan, {r["word"]: int(r["day"]) for r in rows}


def day_number(word: str, ordinals: dict[str, int]) -> int | None:
    """12 for "12", "12th" or "twelfth"; None for a word that is no day."""
    digits = word.rstrip("stndrhSTNDRH")
    return int(digits) if digits.isdigit() else ordinals.get(word.lower())


def _month_of(found: re.Match[str], times: list[TimeMention], text: str) -> date | None:
    """A day of the month the day is read in: the range end it leads to, else the last date named before it."""
    after = next((t for t in times if t.start >= found.end()), None)
    if after and after.kind == "absolute" and after.period_start == after.period_end and \
            _RANGE_JOIN.fullmatch(text, found.end(), after.start):
        return after.period_start
    before = [t for t in times if t.end <= found.start() and t.kind in ANCHOR_KINDS
              and t.period_start and t.period_end and (t.period_end - t.period_start).days < MONTH_DAYS]
    # a month named in passing in an earlier paragraph ("told me in February") is not the story's: there, the
    # last day named is
    paragraph = text.rfind("\n\n", 0, found.start()) + 1
    days = [t for t in before if t.start >= paragraph or (t.period_end - t.period_start).days <= 1]
    return (days or before)[-1].period_end if before else None


def with_month_days(text: str, times: list[TimeMention], rules: RuleSet, published: date | None
                    ) -> list[TimeMention]:
    """`times` with each day of the month told alone added, where no other time expression holds it."""
    scan, ordinals = _table(rules)
    if scan is None:
        return times
    out, told = list(times), []
    for found in scan.finditer(text):
        if any(t.start < found.end() and found.start() < t.end for t in out):
            continue
        number = day_number(found.group("day"), ordinals)
        month = _month_of(found, out, text)
        if month is not None:
            day = safe_date(date, month.year, month.month, number)
        elif published is not None and not any(t.end <= found.start() for t in out):
            day = safe_date(date, published.year, published.month, number)
            if day is None or day > published:
                previous = month_span(published.year, published.month - 1)[0]
                day = safe_date(date, previous.year, previous.month, number)
        else:
            day = None
        if day is None:
            continue
        mention = TimeMention(found.start(), found.end(), found.group(0).rstrip(), day, day, "anchored")
        # "over two days, the nineteenth and the twentieth": two days of the month joined are the days between
        joined = [t for t in out if t.end <= found.start() and _PAIR.fullmatch(text, t.end, found.start())]
        if joined and joined[-1] in told and joined[-1].period_start < day:
            first = joined[-1]
            out.remove(first)
            mention = TimeMention(first.start, found.end(), text[first.start:found.end()], first.period_start, day,
                                  "anchored")
        told.append(mention)
        out = sorted([*out, mention], key=lambda t: t.start)
    return out
