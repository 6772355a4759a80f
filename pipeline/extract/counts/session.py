"""The day of the sitting a meeting report tells of: when its figures were given.

"The Security Council was briefed yesterday, Tuesday 28 February, on …", "The joint committees … sat for more
than four hours yesterday to hear evidence on …": a report of a hearing, briefing or press conference gives its
figures as said at that sitting, so a stock with no date of its own stands on that day, not on the later day the
report appeared (codebook §6.4, rule 4). The sitting is the one the title or the article's first body sentences
name, with a single day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.dates import TimeMention

LEAD_SENTENCES = 3  # a masthead or standfirst line may come before the lead
NEAR = 30  # characters between the sitting's words and its day
HEADER_LINES = 8  # a record's header: the lines of title, body, subject, date and publisher above its first paragraph


def _in_header(doc: ArticleDoc, start: int) -> bool:
    """`start` lies in a headline line among the article's first lines (its title and a record's header)."""
    return any(line.start <= start < line.end for line in doc.headlines)


def session_date(doc: ArticleDoc) -> TimeMention | None:
    """The single day of the sitting the article's lead tells of, or None."""
    return doc.layer("session_date", _session_date)


def _session_date(doc: ArticleDoc) -> TimeMention | None:
    sitting = doc.rules.pattern("session_lead")
    body = [s for s in doc.sentences if not any(h.start <= s.start < h.end for h in doc.headlines)]
    # the title may name the sitting and its day itself ("…: minutes of the meeting of 13 January 2025"), and so may
    # a record's header lines above its body ("Summary Record of Hearing No. 14" … "Date of hearing: 11 February")
    title = [s for s in doc.sentences[:HEADER_LINES] if _in_header(doc, s.start)]
    for sent in title + body[:LEAD_SENTENCES]:
        found = sitting.search(doc.text, sent.start, sent.end)
        if found is None:
            continue
        # the day told with the sitting ("was briefed yesterday"), not one the sentence goes on to give
        # ("during a session …, said the officers had been moved … on 2 February")
        days = [t for t in doc.times if found.start() - NEAR <= t.start <= found.end() + NEAR
                and sent.start <= t.start < sent.end and t.kind != "present"
                and t.period_start is not None and t.period_start == t.period_end
                and (doc.published is None or t.period_end <= doc.published)]
        if days:
            return days[0]
    return None
