"""Normalise a publication date given as metadata into "YYYY[-MM[-DD]]" plus its precision.

Only unambiguous shapes are accepted: ISO dates and datetimes, and dates with a
month name. "03/04/2025" is rejected because day-month order varies by outlet.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import NamedTuple

from pipeline.date_bounds import FIRST_DATE, LAST_DATE
from pipeline.lang import month_names

_ISO = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_MONTH_YEAR = re.compile(r"([A-Za-z]+)\.?,?\s+(\d{4})")


class PubDate(NamedTuple):
    value: str | None
    precision: str  # day | month | year | unknown
    valid: bool  # False when a non-empty value could not be read


UNKNOWN = PubDate(None, "unknown", True)
# the tables' own date bounds (archive dispatches of 1871 are read): outside them, a typo or a placeholder
# like 0001
YEARS = range(FIRST_DATE.year, LAST_DATE.year)


@cache
def _months() -> dict[str, int]:
    return month_names()


def _build(year: str, month: str | int | None, day: str | None) -> PubDate:
    if int(year) not in YEARS:
        return PubDate(None, "unknown", False)
    try:
        if day is not None and month is not None:
            d = dt.date(int(year), int(month), int(day))
            return PubDate(d.isoformat(), "day", True)
        if month is not None:
            d = dt.date(int(year), int(month), 1)
            return PubDate(d.strftime("%Y-%m"), "month", True)
        return PubDate(dt.date(int(year), 1, 1).strftime("%Y"), "year", True)
    except ValueError:
        return PubDate(None, "unknown", False)


def _month_number(name: str) -> int | None:
    return _months().get(name.casefold())


def parse_pubdate(raw: str | None) -> PubDate:
    """Read a metadata date; empty -> unknown, unreadable -> invalid (value None)."""
    text = (raw or "").strip()
    if not text:
        return UNKNOWN
    if m := _ISO.fullmatch(text):
        return _build(m[1], m[2], m[3])
    if (m := _DAY_MONTH_YEAR.fullmatch(text)) and (month := _month_number(m[2])):
        return _build(m[3], month, m[1])
    if (m := _MONTH_DAY_YEAR.fullmatch(text)) and (month := _month_number(m[1])):
        return _build(m[3], month, m[2])
    if (m := _MONTH_YEAR.fullmatch(text)) and (month := _month_number(m[1])):
        return _build(m[2], month, None)
    return PubDate(None, "unknown", False)
