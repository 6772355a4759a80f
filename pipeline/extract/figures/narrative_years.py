"""Which year a date written without one is read in, when the article's own dates say it is not the
publication's: retrospectives and year reviews (codebook §6.4)."""

from __future__ import annotations

import re
from datetime import date, timedelta

RETROSPECTIVE_YEARS = 5
RETROSPECTIVE_SHARE = (2, 3)  # of the dates with a month and a year, at least this share that old
YEAR_REVIEW_DAYS = 400  # a year review's own dates reach back a year and a few weeks before publication
CONTINUATION_DAYS = 62  # a day and month this soon after the last full date named goes on with its story


def _stated_day(g: dict, months: dict[str, int]) -> date | None:
    """The day (or the month's first) of a date written with its month and year, else None."""
    if not (g.get("m") and g.get("y")) or g.get("m0"):
        return None
    try:
        return date(int(g["y"]), months[g["m"].lower()], int(g["d1"]) if (g.get("d1") or "").isdigit() else 1)  # a day in words: its month
    except ValueError:
        return None


# a year that sets the scene opens its sentence ("In 1991 he was a major", "By 1939, …"); one inside it ("a memoir
# published in 1968", "fought at Sokolovo in 1943") dates an aside
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:]\s+|\n\s*)(?:[\w'’-]+[ \t]+){0,3}$")


# "Born in Lwów in 1918, the son of …": a life's dates in an obituary or a profile are not the story's year
_LIFE_DATE = re.compile(r"\b(?:born|died)\b[^.!?\n]{0,30}$", re.IGNORECASE)


def _opens_sentence(m: re.Match[str]) -> bool:
    return (_SENTENCE_OPENING.search(m.string, max(0, m.start() - 60), m.start()) is not None
            and _LIFE_DATE.search(m.string, max(0, m.start() - 40), m.start()) is None)


def reference_days(matches: list[re.Match[str]], ref: date | None, months: dict[str, int],
                   seasons: tuple[tuple[int, date], ...] = ()):
    """The day a date without a year is read against, by its position in the text (None: the publication).

    A retrospective ("On the night of 21 May 1975 ... in mid-May ... on 2 December", published fifty years
    later) tells its dates in the year its own dated months give: when every date with a month and a year is
    at least `RETROSPECTIVE_YEARS` before publication, a date without a year takes the year of the last such
    date before it, and a date before the first of them is the publication's; the publication's own month (a
dateline) is not one of them. A year review ("December 2024. Over three days, from 6 to 8
    December ... on 19 December", published on 30 December 2025) goes on from its last dated month when that
    lies a year or a little more before publication: a date without a year is the first one after it. Else
    the latest date not after publication: a report from January that recalls "September 2022" still means
    last month by "in December"."""
    # the publication's own month ("Anniversaries | 17 September 2019") is the dateline's, not the story's
    # a date the scan also found inside a longer one ("February 1997" in "12 February 1997") is that one
    matches = [m for m in matches if not any(o is not m and o.start() <= m.start() and m.end() <= o.end()
                                             and o.end() - o.start() > m.end() - m.start() for o in matches)]
    # a season with its year ("I was twenty-two in the spring of 1945") dates the story as a month and year do
    stated = [(m.start(), day) for m in matches if (day := _stated_day(m.groupdict(), months)) is not None]
    dated = sorted((start, day) for start, day in stated + list(seasons)
                   if ref is None or (day <= ref and (day.year, day.month) != (ref.year, ref.month)))
    if ref is None or not dated:
        return lambda position, month_day=None: None
    old = [day for _, day in dated if day.year <= ref.year - RETROSPECTIVE_YEARS]
    # a judgment or a report on the past may date its own steps ("heard on 12 February 1997"): most of its dates
    # are still the story's
    if len(old) * RETROSPECTIVE_SHARE[1] >= len(dated) * RETROSPECTIVE_SHARE[0]:
        # once its dated months make it a retrospective, a year said alone at a sentence's opening sets the story's
        # year too ("In 1991 he was a major … In the last days of January"); alone, such years are a news report's
        # background
        years = sorted([(start, day.year) for start, day in dated] + [
            (m.start(), int(m.group("y"))) for m in matches if m.groupdict().get("y") and not m.groupdict().get("m")
            and int(m.group("y")) <= ref.year and _opens_sentence(m)])

        def year_end(position: int, month_day: tuple[int, int] | None = None) -> date | None:
            # before its first old date an article speaks of its own time: "In April, 23 of them left … History
            # offers some guidance. In February 1871 …" is an aside late in a column, not a retrospective
            before = [year for start, year in years if start < position]
            # back in the publication's year ("Today, in 2021, …"), dates are read against the publication
            return date(before[-1], 12, 31) if before and before[-1] < ref.year else None
        return year_end

    def after_anchor(position: int, month_day: tuple[int, int] | None = None) -> date | None:
        before = [day for start, day in dated if start < position]
        if before and 364 < (ref - before[-1]).days <= YEAR_REVIEW_DAYS:
            return before[-1] + timedelta(days=364)
        if before and month_day and (ref - before[-1]).days > YEAR_REVIEW_DAYS:
            # an aside may date something else between ("told parliament in January 2025"): the story's last
            # few dates are tried, the latest first
            return next((day for anchor in reversed(before[-3:]) if (day := _continuing(anchor, month_day))), None)
        return None
    return after_anchor


def _continuing(anchor: date, month_day: tuple[int, int]) -> date | None:
    """"On the morning of Dec. 7, 2024 ... On Dec. 19, 1,905 of them rode buses back", published in March 2026:
    a day and month soon after the last full date named are in that story's year, not the latest before
    publication."""
    for year in (anchor.year, anchor.year + 1):
        try:
            day = date(year, *month_day)
        except ValueError:
            continue
        if anchor <= day:
            return day if (day - anchor).days <= CONTINUATION_DAYS else None
    return None
