"""A figure in a table row: what its other cells say happened ("held", "returned that day", "remaining").

The row is one line of a plain-text table (`layout/tables.py`). A verb in the figure's own cell ("1,905 men
handed back") is the figure's clause and governs as in any sentence; otherwise the first cell with a status
cue (the table's status column, whatever its header calls it) says what befell the people counted; else the
header of the figure's own column ("Site | Held | Returned | As of" over "Camp Taji | 81 | 40 | 10 Feb 2025").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.counts.status import cues_in
from pipeline.extract.figures.number_mention import NumberMention
from pipeline.extract.layout.tables import TableRow, header_of, row_at
from pipeline.text.spans import Span

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.figures.dates import TimeMention
    from pipeline.extract.places.place_ref import PlaceRef


def _rows(doc: ArticleDoc) -> list[TableRow]:
    return doc.table_rows


def row_status(doc: ArticleDoc, blanked: str, n: NumberMention) -> str | None:
    rows = _rows(doc)
    row = row_at(rows, n.start) if rows else None
    if row is None:
        return None
    own = next((cell for cell in row.cells if cell.start <= n.start < cell.end), None)
    if own is None or cues_in(blanked, own.start, own.end, "after", doc.rules):
        return None
    for cell in row.cells:
        # a verb ("handed over to Damascus"), else a noun of the event ("second handover", "total entries")
        if cell is not own and (found := cues_in(blanked, cell.start, cell.end, "after", doc.rules)
                                or cues_in(blanked, cell.start, cell.end, "heading", doc.rules)):
            return found[0].status
    column = column_header(doc, n)
    found = cues_in(blanked, column.start, column.end, "after", doc.rules) if column is not None else []
    return found[0].status if found else None


def row_cells(doc: ArticleDoc, n: NumberMention) -> tuple[Span, ...]:
    """The cells of the table row the figure stands in (none outside a table)."""
    rows = _rows(doc)
    row = row_at(rows, n.start) if rows else None
    return row.cells if row is not None else ()


def column_header(doc: ArticleDoc, n: NumberMention) -> Span | None:
    """The header cell over the figure's own cell, when the figure is its cell's only content and the table's
    first line is a header (no figure in it)."""
    rows = _rows(doc)
    row = row_at(rows, n.start) if rows else None
    if row is None:
        return None
    index = next((i for i, cell in enumerate(row.cells) if cell.start <= n.start < cell.end), None)
    header = header_of(doc.text, rows, row)
    if index is None or header is row or doc.text[row.cells[index].start:n.start].strip() \
            or doc.text[n.end:row.cells[index].end].strip():
        return None
    if any(header.start <= m.start < header.end for m in doc.numbers):
        return None
    return header.cells[index]


def column_time(doc: ArticleDoc, n: NumberMention) -> TimeMention | None:
    """The time a figure's column header is ("Indicator | September 2025 | October 2025" over "Officers at Camp
    Taji, end of month | 109 | 88"): the figures of that column stand then."""
    header = column_header(doc, n)
    if header is None:
        return None
    cell = doc.text[header.start:header.end].strip()
    times = [t for t in doc.times if header.start <= t.start < header.end and t.period_start and t.kind != "present"]
    if len(times) == 1 and (times[0].text.strip() == cell or not _SPAN_WORDS.search(cell)):
        return times[0]  # "In custody 22 Jan" too; not "Returned since 8 Dec", which runs on to the report's day
    return None


_SPAN_WORDS = re.compile(r"(?i)\b(?:since|from|until|till|to|through|between|after|before|by)\b")


def row_place(doc: ArticleDoc, n: NumberMention) -> PlaceRef | None:
    """The place a table row names in a cell of its own ("Security and Defence Committee | 11 Feb 2025 | 97 officers |
    held | Camp Taji"): where the row's figure stood or moved; the most precise when there are several."""
    cells = row_cells(doc, n)
    own = next((cell for cell in cells if cell.start <= n.start < cell.end), None)
    if own is None:
        return None
    named = [p for p in doc.mentions.count_places for cell in cells
             if cell is not own and cell.start <= p.start < cell.end and (
                 not doc.text[cell.start:p.start].strip() or _LOCATIVE_END.search(doc.text, cell.start, p.start))]
    return min(named, key=lambda p: (p.precision, p.start)) if named else None


# a place the cell's words put the people at or move them to ("remaining at Camp Taji", "moved to Camp Taji"), not
# one named in passing ("talks with Damascus")
_LOCATIVE_END = re.compile(r"\b(?:at|in|to|into|inside|near)\s+(?:the\s+)?$", re.IGNORECASE)
