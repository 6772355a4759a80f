"""Times inside a quoted document speak from the document's own date, not from the day of the article.

"Otto Kerschen described the scene in a letter to Königsberg dated 27 August. "Yesterday 3,000 Russians marched
through the town. The district now feeds 8,000 foreign soldiers."": in a centenary article of 2020 the letter's
"yesterday" is 26 August 1920 and its "now" 27 August 1920. A quote is read this way when the words right before
it name a document's date ("dated", "written on": `document_dated_before`) and lead into the quote with nothing
but punctuation or a short clause ("…, he wrote:"). Its relative times move by the distance from the
publication date to the document's; its "now" becomes the document's day, a date of the figure's own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from pipeline.extract.figures.time_mention import TimeMention
from pipeline.extract.layout.quotes import Quote
from pipeline.text.rules import RuleSet

DOCUMENT_DAY = "document"  # the kind of a "now" read on the quoted document's day: a date of the figure's own

# between the document's date and its quote: punctuation, or a short clause of saying ("…, he wrote:")
_LEADS_INTO = re.compile(r"[^\n\"“”]{0,60}")


def from_documents(text: str, times: list[TimeMention], quotes: list[Quote], rules: RuleSet,
                   published: date | None) -> list[TimeMention]:
    """`times`, with those inside a dated document's quote read from the document's date."""
    if published is None or not rules.has("patterns.csv"):
        return times
    dated = rules.pattern("document_dated_before")
    out = list(times)
    for quote in quotes:
        anchor = next((t for t in reversed(times) if t.end <= quote.open and t.kind == "absolute"
                       and t.period_start is not None and t.period_start == t.period_end
                       and dated.search(text, max(0, t.start - 20), t.start)
                       and _LEADS_INTO.fullmatch(text, t.end, quote.open)), None)
        if anchor is None or anchor.period_start >= published:
            continue
        shift = anchor.period_start - published
        out = [_from(t, anchor, shift) if quote.start <= t.start < quote.end else t for t in out]
    return out


def _from(time: TimeMention, anchor: TimeMention, shift) -> TimeMention:
    if time.kind == "present":
        return replace(time, period_start=anchor.period_start, period_end=anchor.period_end, kind=DOCUMENT_DAY)
    if time.kind == "relative" and time.period_start is not None and time.period_end is not None:
        return replace(time, period_start=time.period_start + shift, period_end=time.period_end + shift)
    return time
