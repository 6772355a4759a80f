"""Times inside a quoted document speak from the document's own date, not from the day of the article.

"Otto Kerschen described the scene in a letter to Königsberg dated 27 August. "Yesterday 3,000 Russians marched
through the town. The district now feeds 8,000 foreign soldiers."": in a centenary article of 2020 the letter's
"yesterday" is 26 August 1920 and its "now" 27 August 1920. A quote is read this way when the words right before
it name a document's date ("dated", "written on": `document_dated_before`) and lead into the quote with nothing
but punctuation or a short clause ("…, he wrote:"), or when the quote opens the paragraph after a label line that
names its source and date ("From the diary of Lieutenant Jan Kowal, interned at Kalvarija, October 1939:",
`source_label`). Its relative times move by the distance from the publication date to the document's day (to the
document's month or year when the label gives no day); its "now" becomes the document's date, a date of the
figure's own, and so is its present for a stock that names no time ("There are 900 of us in the barracks").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from pipeline.extract.figures.time_mention import TimeMention
from pipeline.extract.layout.quotes import Quote
from pipeline.text.rules import RuleSet

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

DOCUMENT_DAY = "document"  # the kind of a "now" read on the quoted document's day: a date of the figure's own

# between the document's date and its quote: punctuation, or a short clause of saying ("…, he wrote:")
_LEADS_INTO = re.compile(r"[^\n\"“”]{0,60}")


def from_documents(text: str, times: list[TimeMention], quotes: list[Quote], rules: RuleSet,
                   published: date | None) -> list[TimeMention]:
    """`times`, with those inside a dated document's quote read from the document's date."""
    out = list(times)
    for quote, anchor in document_anchors(text, times, quotes, rules, published):
        shift = anchor.period_start - published
        out = [_from(t, anchor, shift) if quote.start <= t.start < quote.end else t for t in out]
    return out


def document_anchors(text: str, times: list[TimeMention], quotes: list[Quote], rules: RuleSet,
                     published: date | None) -> list[tuple[Quote, TimeMention]]:
    """Each quote of a dated document, with the time that dates it (before the publication date)."""
    if published is None or not rules.has("patterns.csv"):
        return []
    dated = rules.pattern("document_dated_before")
    found = []
    for quote in quotes:
        anchor = next((t for t in reversed(times) if t.end <= quote.open and t.kind == "absolute"
                       and t.period_start is not None and t.period_start == t.period_end
                       and dated.search(text, max(0, t.start - 20), t.start)
                       and _LEADS_INTO.fullmatch(text, t.end, quote.open)), None) or _labelled(text, times, quote, rules) \
            or _narrated(text, times, quote, published)
        if anchor is not None and anchor.period_start < published:
            found.append((quote, anchor))
    return found


def _labelled(text: str, times: list[TimeMention], quote: Quote, rules: RuleSet) -> TimeMention | None:
    """The last date of a source's label line ending in a colon, right above the paragraph the quote opens."""
    line_start = text.rfind("\n", 0, quote.open) + 1
    if not line_start or text[line_start:quote.open].strip():
        return None
    label_start = text.rfind("\n", 0, line_start - 1) + 1
    if not text[label_start:line_start].rstrip().endswith(":") or \
            rules.pattern("source_label").search(text, label_start, line_start) is None:
        return None
    return next((t for t in reversed(times) if label_start <= t.start < line_start and t.kind == "absolute"
                 and t.period_start is not None), None)


STORY_GAP = 366  # days before publication beyond which a story's quotes no longer speak from the article's day


def _narrated(text: str, times: list[TimeMention], quote: Quote, published: date) -> TimeMention | None:
    """ "I crossed into Turkey in October 2011 … "Tomorrow you will be separated," he said.": a quote told in a
    story set long before the article speaks from the story's time, the last time named before it in its paragraph
    or the one before, when that is a date more than a year before publication."""
    here = text.rfind("\n\n", 0, quote.open)
    reach = text.rfind("\n\n", 0, here) + 1 if here > 0 else 0
    last = next((t for t in reversed(times) if reach <= t.start and t.end <= quote.open and t.kind != "present"), None)
    if last is None or last.kind != "absolute" or last.period_start is None or last.period_end is None:
        return None
    return last if (published - last.period_end).days > STORY_GAP else None


def _from(time: TimeMention, anchor: TimeMention, shift) -> TimeMention:
    if time.kind == "present":
        return replace(time, period_start=anchor.period_start, period_end=anchor.period_end, kind=DOCUMENT_DAY)
    if time.kind == "since" and time.period_end is None:  # "since October 1939" runs up to the document's day
        return replace(time, period_end=anchor.period_end)
    if time.kind == "relative" and time.period_start is not None and time.period_end is not None:
        if anchor.period_start != anchor.period_end:  # "last night" in a diary dated "October 1939"
            return replace(time, period_start=anchor.period_start, period_end=anchor.period_end)
        return replace(time, period_start=time.period_start + shift, period_end=time.period_end + shift)
    return time


def document_day(doc: ArticleDoc, pos: int) -> TimeMention | None:
    """The date of the dated document whose quote holds `pos`, if any."""
    anchors = doc.layer("document_anchors", lambda d: document_anchors(d.text, d.times, d.quotes, d.rules, d.published))
    return next((anchor for quote, anchor in anchors if quote.start <= pos < quote.end), None)
