"""Times told from another time the article gave ("On 24 March about 300 crossed. By the following Wednesday,
local authorities had counted more than 400", "two days later", "the day before"): each resolves from the last
day the text named before it, in its paragraph or the one before. With no such day it stays unread: publication
is not what "the following Wednesday" counts from."""

from __future__ import annotations

import re
from datetime import timedelta
from functools import cache

from pipeline.extract.figures.anchored_spans import CALENDAR_UNITS, LONGEST_ANCHOR, calendar_period
from pipeline.extract.figures.number_words import words_to_number
from pipeline.extract.figures.time_mention import TimeMention
from pipeline.text.caseless import CaselessScan
from pipeline.text.rules import RuleSet

ANCHOR_KINDS = ("absolute", "relative", "range", "anchored")  # a day the text named; not the publication itself


@cache
def _table(rules: RuleSet) -> tuple[CaselessScan | None, tuple[tuple[str, int], ...]]:
    """All the table's phrases in one alternation, each row a group `r<index>` (one scan of the text), and each
    row's (unit, offset)."""
    if not rules.has("time_anchored.csv"):
        return None, ()
    rows = rules.rows("time_anchored.csv")
    alternation = "|".join(f"(?P<r{index}>{row['pattern']})" for index, row in enumerate(rows))
    return CaselessScan(re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)), tuple((r["unit"], int(r["offset"])) for r in rows)


def _reach(text: str, pos: int) -> int:
    """Where the paragraph before the one holding `pos` begins."""
    here = text.rfind("\n\n", 0, pos)
    return text.rfind("\n\n", 0, here) + 1 if here > 0 else 0


def _resolved(found: re.Match[str], unit: str, offset: int, anchor: TimeMention, weekdays: dict[str, int]
              ) -> TimeMention:
    if unit in ("same", "those"):  # "crossed at Al-Qaim that weekend": the days just named
        return TimeMention(found.start(), found.end(), found.group(0), anchor.period_start, anchor.period_end, "anchored")
    if unit == "weekday":
        after = anchor.period_end
        day = after + timedelta(days=(weekdays[found.group("wd").lower()] - after.weekday() - 1) % 7 + 1)
    else:
        day = (anchor.period_end if offset > 0 else anchor.period_start) + timedelta(days=offset)
    return TimeMention(found.start(), found.end(), found.group(0), day, day, "anchored")


def with_anchored(text: str, times: list[TimeMention], rules: RuleSet) -> list[TimeMention]:
    """`times` with each anchored phrase resolved, in place of what it overlaps ("the following Wednesday" is
    not the Wednesday before publication)."""
    scan, units = _table(rules)
    if scan is None:
        return times
    weekdays = {r["name"]: int(r["weekday"]) for r in rules.rows("time_weekdays.csv")}
    out = list(times)
    for found in scan.finditer(text):
        unit, offset = units[_row(found)]
        # "that day", "that summer" point back within their own paragraph; "the next day" may count from the one before
        own = unit == "same" or (unit in CALENDAR_UNITS and offset == 0)
        reach = text.rfind("\n\n", 0, found.start()) + 1 if own else _reach(text, found.start())
        if unit == "back":  # "over the past two days" counts back from a day its own sentence names, else publication
            reach = max(reach, text.rfind(". ", 0, found.start()) + 1, text.rfind("\n", 0, found.start()) + 1)
        anchors = [t for t in out if (unit == "those" or reach <= t.start) and t.end <= found.start()
                   and t.kind in ANCHOR_KINDS and t.period_start and t.period_end
                   and (unit == "those" or (t.period_end - t.period_start).days <= LONGEST_ANCHOR.get(unit, 1))]
        if unit == "those":  # "during those two days": the days named that were as many, however far back
            days = _count(found.group("those"), rules)
            anchors = [t for t in anchors if (t.period_end - t.period_start).days + 1 == days]
        # "on Sunday evening, a day earlier,": an apposition restating the day just named, not a day from it
        if anchors and not rules.pattern("time_apposition").fullmatch(text, anchors[-1].end, found.start()):
            resolved = calendar_period(found, unit, offset, anchors[-1], rules) if unit in CALENDAR_UNITS else \
                _resolved(found, unit, offset, anchors[-1], weekdays)
            if resolved is not None:
                out = sorted([t for t in out if t.end <= found.start() or t.start >= found.end()] + [resolved],
                             key=lambda t: t.start)
    return out


def _count(word: str, rules: RuleSet) -> int | None:
    return int(word) if word.isdigit() else words_to_number(word, rules)


def _row(found: re.Match[str]) -> int:
    """The table row that matched: its group `r<index>` (`lastgroup` is a row's own inner group when it has one)."""
    return next(int(name[1:]) for name, value in found.groupdict().items() if value is not None and name[0] == "r"
                and name[1:].isdigit())
