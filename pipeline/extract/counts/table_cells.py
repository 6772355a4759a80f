"""A figure in a table row: what its other cells say happened ("held", "returned that day", "remaining").

The row is one line of a plain-text table (`layout/tables.py`). A verb in the figure's own cell ("1,905 men
handed back") is the figure's clause and governs as in any sentence; otherwise the first cell with a status
cue (the table's status column, whatever its header calls it) says what befell the people counted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.counts.status import cues_in
from pipeline.extract.figures.number_mention import NumberMention
from pipeline.extract.layout.tables import row_at, table_rows

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc


def row_status(doc: ArticleDoc, blanked: str, n: NumberMention) -> str | None:
    rows = doc.layer("table_rows", lambda d: table_rows(d.text, d.paragraphs))
    row = row_at(rows, n.start) if rows else None
    if row is None:
        return None
    own = next((cell for cell in row.cells if cell.start <= n.start < cell.end), None)
    if own is None or cues_in(blanked, own.start, own.end, "after", doc.rules):
        return None
    for cell in row.cells:
        if cell is not own and (found := cues_in(blanked, cell.start, cell.end, "after", doc.rules)):
            return found[0].status
    return None
