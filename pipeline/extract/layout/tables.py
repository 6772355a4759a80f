"""Plain-text tables: consecutive lines cut into the same number of cells by " | " (or by spaced dashes, " — ").

Newsletters, fact boxes and reports set their figures out in rows ("Anbar security official | 12 Dec 2024 |
held | Al-Marsana airfield | about 1,700 men"): a row is one line, and what its other cells say (the status
column, the place column) is said of the figure in its own cell. A masthead ("The Herald | Sunday 9 March
2025 | Opinion") is one such line alone, not a table: a table has at least two lines of the same shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.text.spans import Span

# a bar, or a spaced dash as some outlets set a table out as text ("19 Dec — Ministry of Foreign Affairs — 1,905 —
# handed over to Damascus"); a line cut by dashes is a row only beside lines cut the same way (`table_rows`)
_SEPARATOR = re.compile(r"[ \t]*\|[ \t]*|[ \t]+[—–][ \t]+")
_RULE_LINE = re.compile(r"\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?")  # Markdown's "|---|---|"
MIN_CELLS = 3  # two cells joined by one bar are too often a "Name | Role" credit line


@dataclass(frozen=True)
class TableRow(Span):
    cells: tuple[Span, ...]


def _cells(text: str, line: Span) -> tuple[Span, ...]:
    """The line's cells (text between bars, trimmed), outer bars of a Markdown row dropped."""
    cells, start = [], line.start
    for bar in _SEPARATOR.finditer(text, line.start, line.end):
        cells.append(Span(start, bar.start()))
        start = bar.end()
    cells.append(Span(start, line.end))
    return tuple(c for c in cells if c.end > c.start) if text[line.start] == "|" else tuple(cells)


def table_rows(text: str, paras: list[Span]) -> list[TableRow]:
    """Every line of a table (its header line too), each with its cells."""
    rows: list[TableRow] = []
    block: list[TableRow] = []
    for para in [*paras, None]:
        if para is not None and _RULE_LINE.fullmatch(text, para.start, para.end):
            continue
        cells = _cells(text, para) if para is not None else ()
        adjacent = block and para is not None and "\n\n" not in text[block[-1].end:para.start].replace(" ", "")
        if block and not (adjacent and len(cells) == len(block[-1].cells)):
            rows.extend(block if len(block) >= 2 else [])
            block = []
        if len(cells) >= MIN_CELLS:
            block.append(TableRow(para.start, para.end, cells))
    return rows


def row_at(rows: list[TableRow], pos: int) -> TableRow | None:
    return next((row for row in rows if row.start <= pos < row.end), None)


def header_of(text: str, rows: list[TableRow], row: TableRow) -> TableRow:
    """The first line of the table `row` belongs to: the lines above it with as many cells, each right below the
    one before (a Markdown rule line between them)."""
    index = rows.index(row)
    while index > 0 and len(rows[index - 1].cells) == len(row.cells) \
            and _BETWEEN_LINES.fullmatch(text, rows[index - 1].end, rows[index].start):
        index -= 1
    return rows[index]


_BETWEEN_LINES = re.compile(r"[ \t]*\n(?:[ \t|:-]*\n)?[ \t]*")
