"""A figure alone in a table cell: under a column header that says what befell the people counted ("Site | Held |
Returned | As of" over "Camp Taji (north of Baghdad) | 81 | 40 | 10 Feb 2025"), or in a row whose other cells say it
("8 Dec 2024 | Mayor of the town | nearly 4,000 | entered the country", under "Date | Source | Figure | What it
counts", a header that names a count: not the "2" of a "Week" column). It counts the people a later cell of its row names first ("| 130 | officers remaining at the camp"), else the
people the figures before it count."""

from __future__ import annotations

from pipeline.extract.counts.bare.context import BareFigure, Reading
from pipeline.extract.counts.draft import population_of
from pipeline.extract.counts.noun_phrases import noun_phrase
from pipeline.extract.counts.status import cues_in
from pipeline.extract.counts.table_cells import column_header, row_cells, row_status
from pipeline.extract.places.host import HELD_AT


def table_cell(fig: BareFigure) -> Reading | None:
    header = column_header(fig.doc, fig.n)
    if header is None or _empty(fig):
        return None
    said = cues_in(fig.blanked, header.start, header.end, "after", fig.rules)
    counted = fig.rules.pattern("count_column_header").fullmatch(fig.text, header.start, header.end)
    status = said[0].status if said else row_status(fig.doc, fig.blanked, fig.n) if counted else None
    population = _named_in_row(fig) or fig.elliptical()
    return (population, fig.n.end, status) if population and status else None


def headerless_cell(fig: BareFigure) -> Reading | None:
    """ "19 Dec — Ministry of Foreign Affairs — 1,905 — handed over to Damascus", in a table whose every line holds
    figures (its columns told in the prose above it): a figure alone in its cell counts the people a later cell of
    its row names, else those the figures before it count, and what befell them is what another cell of its row
    says."""
    cells = row_cells(fig.doc, fig.n)
    own = next((cell for cell in cells if cell.start <= fig.n.start < cell.end), None)
    if own is None or fig.text[own.start:own.end].strip() != fig.n.text or column_header(fig.doc, fig.n) is not None \
            or _empty(fig):
        return None
    status = row_status(fig.doc, fig.blanked, fig.n)
    population = _named_in_row(fig) or fig.elliptical()
    return (population, fig.n.end, status) if population and status else None


def row_label(fig: BareFigure) -> Reading | None:
    """ "Officers at Camp Taji, end of month | 109 | 88" under "Indicator | September 2025 | October 2025": a figure
    alone in its cell counts what the row's first cell, its label, names: the people (else those the figures before
    it count) and what befell them (a site alone: held there)."""
    cells = row_cells(fig.doc, fig.n)
    own = next((cell for cell in cells if cell.start <= fig.n.start < cell.end), None)
    if own is None or own is cells[0] or fig.text[own.start:own.end].strip() != fig.n.text or _empty(fig):
        return None
    label = cells[0]
    if any(label.start <= m.start < label.end for m in fig.doc.numbers):
        return None
    said = cues_in(fig.blanked, label.start, label.end, "after", fig.rules) or \
        cues_in(fig.blanked, label.start, label.end, "before", fig.rules)
    named = noun_phrase(fig.text, label.start, fig.rules)
    own_people = population_of(named.classes, fig.rules) if named else None
    site = any(label.start <= p.start < label.end and p.feature_type in HELD_AT for p in fig.doc.mentions.count_places)
    status = said[0].status if said else "remaining" if own_people and site else None
    population = own_people or fig.elliptical()
    return (population, fig.n.end, status) if population and status else None


def _named_in_row(fig: BareFigure) -> str | None:
    """The population of the first cell after the figure's, in its row, that opens on a noun of people (a cell
    before it is more often the source's: "Mayor of the town")."""
    for cell in row_cells(fig.doc, fig.n):
        if cell.start > fig.n.end and (named := noun_phrase(fig.text, cell.start - 1, fig.rules)):
            return population_of(named.classes, fig.rules)
    return None


def _empty(fig: BareFigure) -> bool:
    """ "Al-Qaim temporary site | Anbar | 0 | 0": a zero in a cell says the site is empty; it counts no one."""
    return fig.n.value_best == 0
