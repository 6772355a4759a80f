"""The line that introduces a list of labelled figures says what befell their people, and when, when the labels do
not: "The handovers carried out so far were listed by the command as follows:" above "First batch (18-19 December
2024): 1,905" and "Second batch (14 January 2025): 78" (`status_cues.csv`, side `heading`); "A return of the War
Ministry dated June 1901 gives the following numbers:" above "- Peniche: 310"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.counts.status import cues_in

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.dates import TimeMention

INTRO_LINES = 8  # lines back from an item to the line that opens its list
_BULLETS = "-–•*"


def list_opening(doc: ArticleDoc, line_start: int) -> tuple[int, int] | None:
    """The span of the line ending in a colon that opens the list, when every line between it and the item's is an
    item of the list (a label, a colon, a figure; or a bullet and a figure); None when no such line opens the list."""
    # from the start of the item's line: an item may open on a dash or bullet before its label
    end = doc.text.rfind("\n", 0, line_start + 1) if line_start > 0 else -1
    for _ in range(INTRO_LINES):
        if end <= 0:
            return None
        start = doc.text.rfind("\n", 0, end) + 1
        line = doc.text[start:end].strip()
        if line.endswith(":"):
            return start, end
        figured = any(start <= n.start < end for n in doc.numbers)
        # an item: a label, a colon, a figure ("- Peniche: 310"), or a bullet and a figure ("- 342 on December 21;")
        if line and not (figured and (":" in line or line[0] in _BULLETS)):
            # "Ministry of Defence figures as of September 10" heads the list as a colon would, and so does a
            # labelled title with no figure ("In numbers: former soldiers back from Iraq (… as of June 10)"); a
            # sentence of the report does not: the list, if any, opened above it is another's
            # so does a dated subheading above its items ("2. The first handover (18-19 December 2024)")
            return (start, end) if _situation_line(doc, start, end) or _dated_heading(doc, line, start, end) \
                else None
        end = start - 1
    return None


def _situation_line(doc: ArticleDoc, start: int, end: int) -> bool:
    """The line says as of when its figures stand ("figures as of September 10", `situation_as_of`)."""
    situation = doc.rules.pattern("situation_as_of")
    return any(start <= t.start < end and situation.search(doc.text, max(start, t.start - SITUATION_REACH), t.start)
               for t in doc.times)


def _dated_heading(doc: ArticleDoc, line: str, start: int, end: int) -> bool:
    """A short line with no closing stop that holds a date and no figure but its section number: a heading, not a
    sentence of the report."""
    if len(line) > HEADING_LENGTH or line[-1] in ".!?\"”":
        return False
    dated = [t for t in doc.times if start <= t.start < end and t.period_start]
    numbered = _SECTION_NUMBER.match(doc.text, start)
    return bool(dated) and not any(start <= n.start < end and not any(t.start <= n.start < t.end for t in dated)
                                   and not (numbered and n.start < numbered.end()) for n in doc.numbers)


_SECTION_NUMBER = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})*[.)]\s")


HEADING_LENGTH = 90  # characters: a subheading, not a paragraph
SITUATION_REACH = 40  # characters before a date its "figures as of" may start


def list_heading_status(doc: ArticleDoc, blanked: str, line_start: int) -> str | None:
    """The status the list's opening line names."""
    opening = list_opening(doc, line_start)
    found = cues_in(blanked, opening[0], opening[1], "heading", doc.rules) if opening else []
    return found[0].status if found else None


def list_heading_time(doc: ArticleDoc, line_start: int) -> TimeMention | None:
    """The one date the list's opening line gives ("dated June 1901"), which every item of the list stands at."""
    opening = list_opening(doc, line_start)
    # the sentence that ends in the colon: a paragraph may tell of other months before it
    sentence = doc.sentence_at(opening[1] - 1) if opening is not None else None
    if sentence is None:
        return None
    dated = [t for t in doc.times if max(opening[0], sentence.start) <= t.start < opening[1]
             and t.kind not in ("present", "since") and t.period_start is not None]
    return dated[0] if len(dated) == 1 else None
