"""Times counted back from the publication: "two weeks ago", "Eighty-five years ago this week" (`time_ago.csv`).

An anniversary piece dates its story this way ("Eighty-five years ago this week, hundreds of soldiers crossed
the mountains"): without it, "this week" alone would put the crossing in the week of publication. The amount is
digits, number words ("eighty-five", "a") or "a"; a publication date less precise than the rule needs gives the
words no period, as `time_relative.csv` does.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from pipeline.extract.figures.number_words import number_words, words_to_number
from pipeline.extract.figures.pubdates import month_span, safe_date
from pipeline.extract.figures.time_mention import TimeMention
from pipeline.text.alternation import alternation
from pipeline.text.rules import RuleSet

_RANK = {"unknown": 0, "year": 1, "month": 2, "day": 3}
_STEP_MONTHS = {"month": 1, "year": 12, "decade": 120, "century": 1200}
_AGO_CASES = ("ago", "Ago", "AGO")  # every phrase of time_ago.csv ends on it


@cache
def _ago_table(rules: RuleSet) -> tuple[re.Pattern[str], dict[str, dict[str, str]]]:
    rows = {" ".join(r["phrase"].split()): r for r in rules.rows("time_ago.csv")}
    if any("ago" not in phrase.lower().split() for phrase in rows):
        raise ValueError("time_ago.csv: every phrase must hold the word 'ago' (ago_mentions scans for it first)")
    words = alternation(sorted(number_words(rules)))
    # "a hundred and ten": an article may open the words, as it may stand for one ("a year ago")
    amount = rf"\d{{1,4}}|(?:an?\s+)?(?:{words})(?:(?:\s+|-)(?:and\s+)?(?:{words}))*|an?"
    return re.compile(rf"\b(?P<amount>{amount})\s+(?P<phrase>{alternation(rows)})\b", re.IGNORECASE), rows


def _back(published: date, step: str, amount: int) -> date:
    if step == "day":
        return published - timedelta(days=amount)
    if step == "week":
        return published - timedelta(weeks=amount)
    first, last = month_span(published.year, published.month - amount * _STEP_MONTHS[step])
    return first.replace(day=min(published.day, last.day))


def _span(day: date, span: str) -> tuple[date, date]:
    if span == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if span == "weekend":  # "a year ago this weekend": the Saturday and Sunday nearest the day reached
        saturday = day + timedelta(days=(5 - day.weekday() + 3) % 7 - 3)
        return saturday, saturday + timedelta(days=1)
    if span == "month":
        return month_span(day.year, day.month)
    if span == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day, day


def ago_mentions(text: str, published: date | None, precision: str, rules: RuleSet) -> list[TimeMention]:
    """Every "<amount> … ago" of `text` with the period it stands for (None when the publication does not tell)."""
    if not rules.has("time_ago.csv"):  # a language pack without the table counts nothing back
        return []
    if not any(word in text for word in _AGO_CASES):
        return []  # most articles count nothing back: a substring test spares the whole text one regex scan
    pattern, rows = _ago_table(rules)
    return [TimeMention(m.start(), m.end(), m.group(0), *_period(m, published, precision, rows, rules), "relative")
            for m in pattern.finditer(text)]


def _period(m: re.Match[str], published: date | None, precision: str, rows: dict[str, dict[str, str]],
            rules: RuleSet) -> tuple[date | None, date | None]:
    row = rows[" ".join(m.group("phrase").lower().split())]
    words = m.group("amount")
    amount = int(words) if words.isdigit() else 1 if words.lower() in ("a", "an") else words_to_number(words, rules)
    if not amount or published is None or _RANK.get(precision, 0) < _RANK[row["needs"]]:
        return None, None
    day = safe_date(_back, published, row["step"], amount)
    return _span(day, row["span"]) if day else (None, None)
