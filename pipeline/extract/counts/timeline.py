"""The date a timeline or live-blog entry opens on ("19-20 December - Iraq hands 1,905 soldiers …", "- 3 March:
620 personnel are handed …"): every figure of the entry took place then, unless its own words date it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.text.spans import span_at

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.dates import TimeMention
    from pipeline.text.spans import Span


def entry_date(doc: ArticleDoc, sent: Span) -> TimeMention | None:
    """The time that opens the sentence's paragraph as its label, followed by a dash or a colon."""
    paragraph = span_at(doc.paragraphs, sent.start)
    if paragraph is None:
        return None
    rules = doc.rules
    for time in doc.times:
        if time.start >= paragraph.start + 40 or time.start < paragraph.start:
            continue
        if time.period_start and time.kind != "present" \
                and rules.pattern("entry_label_before").fullmatch(doc.text, paragraph.start, time.start) \
                and rules.pattern("entry_label_after").match(doc.text, time.end, paragraph.end):
            return time
    return None
