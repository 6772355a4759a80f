"""A figure alone in a table cell, under a column header that says what befell the people counted ("Site | Held |
Returned | As of" over "Camp Taji (north of Baghdad) | 81 | 40 | 10 Feb 2025"): the people the figures before it
count, with the header's status."""

from __future__ import annotations

from pipeline.extract.counts.bare.context import BareFigure, Reading
from pipeline.extract.counts.status import cues_in
from pipeline.extract.counts.table_cells import column_header


def table_cell(fig: BareFigure) -> Reading | None:
    header = column_header(fig.doc, fig.n)
    if header is None or not (said := cues_in(fig.blanked, header.start, header.end, "after", fig.rules)):
        return None
    population = fig.elliptical()
    return (population, fig.n.end, said[0].status) if population else None
