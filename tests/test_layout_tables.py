"""Plain-text tables: which lines are rows of one table, and their cells."""

from __future__ import annotations

from pipeline.extract.layout.sentences import paragraphs
from pipeline.extract.layout.tables import row_at, table_rows


def _rows(text: str) -> list[list[str]]:
    return [[text[c.start:c.end] for c in row.cells] for row in table_rows(text, paragraphs(text))]


def test_lines_cut_into_the_same_cells_are_one_table_header_included():
    text = ("The Tally\n\nSource | Date | Status | Figure\nBorder police | 4 May | crossed | 1,240 soldiers\n"
            "Governor |  9 May | held | about 800 men\n\nWhat the chart shows: 1,240 at the top.")
    assert _rows(text) == [["Source", "Date", "Status", "Figure"], ["Border police", "4 May", "crossed", "1,240 soldiers"],
                           ["Governor", "9 May", "held", "about 800 men"]]
    assert row_at(table_rows(text, paragraphs(text)), text.index("about 800")).cells[2].start == text.index("held")
    assert row_at(table_rows(text, paragraphs(text)), text.index("1,240 at")) is None


def test_a_masthead_or_a_credit_line_alone_is_no_table():
    text = "The Herald | Sunday 9 March 2025 | Opinion\n\nSome 300 soldiers crossed.\n\nPhoto: A. Name | Agency\n"
    assert _rows(text) == []


def test_a_markdown_table_drops_its_outer_bars_and_rule_line():
    text = "| Week | Status | Count |\n|---|:---:|---|\n| 1 | interned | 2,100 |\n| 2 | moved | 450 |\n"
    assert _rows(text) == [["Week", "Status", "Count"], ["1", "interned", "2,100"], ["2", "moved", "450"]]


def test_lines_of_another_shape_or_after_a_blank_line_start_another_table_or_none():
    text = "a | b | c\nd | e | f\n\ng | h | i\nj | k\n"
    assert _rows(text) == [["a", "b", "c"], ["d", "e", "f"]]


def test_lines_cut_by_spaced_dashes_are_a_table_but_a_sentence_with_one_aside_is_not():
    text = ("Figures as published (date; source; figure; what it counts):\n\n"
            "4 May — Border police — 1,240 — crossed at the bridge\n9 May — Governor — about 800 — held at the school\n\n"
            "The governor — who visited twice — disputes the police figure.")
    assert _rows(text) == [["4 May", "Border police", "1,240", "crossed at the bridge"],
                           ["9 May", "Governor", "about 800", "held at the school"]]
