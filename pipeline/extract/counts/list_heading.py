"""The line that introduces a list of labelled figures says what befell their people when the labels do not:
"The handovers carried out so far were listed by the command as follows:" above "First batch (18-19 December
2024): 1,905" and "Second batch (14 January 2025): 78" (`status_cues.csv`, side `heading`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.counts.status import cues_in

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc

INTRO_LINES = 8  # lines back from an item to the line that opens its list


def list_heading_status(doc: ArticleDoc, blanked: str, line_start: int) -> str | None:
    """The status the list's opening line names, when every line between it and the item's is an item of the list
    (a label, a colon, a figure); None when no such line opens the list."""
    end = line_start - 1
    for _ in range(INTRO_LINES):
        if end <= 0:
            return None
        start = doc.text.rfind("\n", 0, end) + 1
        line = doc.text[start:end].strip()
        if line.endswith(":"):
            found = cues_in(blanked, start, end, "heading", doc.rules)
            return found[0].status if found else None
        if line and ":" not in line:
            return None  # a sentence of the report: the list, if any, opened above it is another's
        end = start - 1
    return None
