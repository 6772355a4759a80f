"""Publication dates: the shape of the date given sets its precision, and the period it covers."""

from __future__ import annotations

import calendar
import re
from datetime import date


def parse_published(value: str | None) -> tuple[date | None, str]:
    """("2025-03" -> (2025-03-01, "month")); anything unreadable -> (None, "unknown")."""
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T\s]|$)", value or "")
    if not m:
        return None, "unknown"
    try:
        d = date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None, "unknown"
    return d, "day" if m.group(3) else "month" if m.group(2) else "year"


def publication_period(published: date | None, precision: str) -> tuple[date | None, date | None]:
    if published is None or precision not in ("day", "month", "year"):
        return None, None
    if precision == "day":
        return published, published
    if precision == "month":
        return month_span(published.year, published.month)
    return date(published.year, 1, 1), date(published.year, 12, 31)


def month_span(year: int, month: int) -> tuple[date, date]:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def publication(value: str | None, precision: str | None) -> tuple[date | None, str]:
    """The publication date at the precision ingest decided; guessed from the shape only when ingest
    gave none (a bare string passed by a caller)."""
    day, shape = parse_published(value)
    if precision is None:
        return day, shape
    if precision in ("day", "month", "year") and day is not None:
        return day, precision
    return None, "unknown"


def safe_date(fn, *args):
    """fn(*args), or None where odd dates (year 1, year 9999, day 31 of a short month) push date
    arithmetic out of range."""
    try:
        return fn(*args)
    except (ValueError, OverflowError, KeyError):
        return None
