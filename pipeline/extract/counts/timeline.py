"""The date a timeline or live-blog entry opens on ("19-20 December - Iraq hands 1,905 soldiers …", "- 3 March:
620 personnel are handed …", "APRIL - Eleven officers return …"): every figure of the entry took place then,
unless its own words date it. A heading on a line of its own dates the paragraphs below it (`headings.py`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.counts.headings import heading_date
from pipeline.extract.figures.pubdates import month_span
from pipeline.extract.figures.time_mention import TimeMention
from pipeline.text.rules import RuleSet, alternation
from pipeline.text.spans import span_at

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.text.spans import Span


def entry_date(doc: ArticleDoc, sent: Span) -> TimeMention | None:
    """The time that opens the sentence's paragraph as its label, followed by a dash or a colon, or closing a
    dateline in capitals that opens it."""
    paragraph = span_at(doc.paragraphs, sent.start)
    if paragraph is None:
        return None
    rules = doc.rules
    for time in doc.times:
        if time.start >= paragraph.start + 90 or time.start < paragraph.start or not time.period_start \
                or time.kind == "present":
            continue
        # "3 March: …", and a caption's dated dateline "1. AL-QAIM, IRAQ, SUNDAY 8 DECEMBER 2024. Syrian soldiers …"
        if (time.start < paragraph.start + 40
                and rules.pattern("entry_label_before").fullmatch(doc.text, paragraph.start, time.start)
                and rules.pattern("entry_label_after").match(doc.text, time.end, paragraph.end)) or (
                rules.pattern("dateline_label_before").fullmatch(doc.text, paragraph.start, time.start)
                and rules.pattern("dateline_label_after").match(doc.text, time.end, paragraph.end)):
            return time
    return _month_label(doc, paragraph) or heading_date(doc, paragraph)


@cache
def _month_label_re(rules: RuleSet) -> tuple[re.Pattern[str], dict[str, int]]:
    months = {r["name"]: int(r["month"]) for r in rules.rows("time_months.csv")}
    cased = [f(n) for n in months for f in (str.capitalize, str.upper)]  # "may" the verb opens no entry
    return re.compile(rf"[ \t]*(?P<m>{alternation(cased)})\.?[ \t]*(?:-|–|—|:)[ \t]"), months


def _month_label(doc: ArticleDoc, paragraph: Span) -> TimeMention | None:
    """ "APRIL - Eleven officers return to Syria": an entry labelled by its month alone, in the year the
    entries before it reached (the next one when its month comes earlier), else the publication's."""
    pattern, months = _month_label_re(doc.rules)
    m = pattern.match(doc.text, paragraph.start, paragraph.end)
    if m is None:
        return None
    month = months[m.group("m").lower()]
    before = [t.period_start for t in doc.times if t.end <= paragraph.start and t.period_start and t.kind != "present"]
    if before:
        year = before[-1].year + (month < before[-1].month)
    elif (published := doc.present[1]) is not None:
        year = published.year - (month > published.month)
    else:
        return None
    start, end = month_span(year, month)
    return TimeMention(m.start("m"), m.end("m"), m.group("m"), start, end, "absolute")


_PLAIN_WEEKDAY = re.compile(r"(?:on\s+)?(?P<day>[A-Za-z]+)(?:\s+(?:night|morning|afternoon|evening))?", re.IGNORECASE)


def entry_weekday(doc: ArticleDoc, sent: Span, time: TimeMention | None) -> TimeMention | None:
    """ "The warehouse held 212 men on Monday night" in a caption dated "MONDAY 9 DECEMBER 2024": a bare weekday in
    an entry dated to one day is the last such day on or before the entry's date, not before publication."""
    if time is None or time.kind != "relative" or not (bare := _PLAIN_WEEKDAY.fullmatch(time.text)):
        return None
    weekday = {r["name"]: int(r["weekday"]) for r in doc.rules.rows("time_weekdays.csv")}.get(bare.group("day").lower())
    entry = entry_date(doc, sent)
    if weekday is None or entry is None or entry.period_start is None or entry.period_start != entry.period_end:
        return None
    day = entry.period_start - timedelta(days=(entry.period_start.weekday() - weekday) % 7)
    return replace(time, period_start=day, period_end=day)
