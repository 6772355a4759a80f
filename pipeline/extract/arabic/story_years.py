"""The year of an Arabic date written without one, in a retrospective: "في الثاني من آب 1990 ..." then "في آب" or "في
السادس من آب" is August 1990, not the publication's August. As in English (`figures/narrative_years.py`): when the
last date before it that names its year lies at least `RETROSPECTIVE_YEARS` before publication, a date without a
year takes that year; else the latest such day not after publication (`dates.py`)."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from datetime import date

from pipeline.extract.figures.dates import TimeMention

RETROSPECTIVE_YEARS = 5


def in_story_years(mentions: list[TimeMention], yearless: set[int], today: date) -> list[TimeMention]:
    """`mentions` in text order, each one that starts in `yearless` moved to the year of the last dated one before
    it when that year is a retrospective's."""
    out, story_year = [], None
    for mention in mentions:
        if mention.start in yearless:
            if story_year is not None and mention.period_start and mention.period_end:
                with suppress(ValueError):  # 29 February of a year that has none: the date stays as read
                    mention = replace(mention, period_start=mention.period_start.replace(year=story_year),
                                      period_end=mention.period_end.replace(year=story_year))
        elif mention.kind in ("date", "month") and mention.period_start is not None:
            year = mention.period_start.year
            story_year = year if year <= today.year - RETROSPECTIVE_YEARS else None
        out.append(mention)
    return out
