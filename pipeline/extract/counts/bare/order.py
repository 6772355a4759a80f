"""The readers of a figure without its own noun, in the order they are tried: the first that reads it wins."""

from __future__ import annotations

from pipeline.extract.counts.bare.answers import answered_figure
from pipeline.extract.counts.bare.cited import counted_by, key_figure, put_at, quoted_alone
from pipeline.extract.counts.bare.context import BareFigure, Reading
from pipeline.extract.counts.bare.continued import (
    bare_subject,
    bulleted_item,
    followed_more,
    gapped_item,
    list_item,
    more_subject,
    of_whom,
    place_list_item,
    remainder,
    total_figure,
)
from pipeline.extract.counts.bare.described import (
    apposed_figure,
    described_number,
    figure_of,
    number_of,
    numbering,
    relative_apposed,
)
from pipeline.extract.counts.bare.partitives import (
    left_after_cue,
    left_there,
    part_of_opening_whole,
    part_of_them,
    partitive_part,
    predicate_part,
    ranked_part,
    subject_of_cue,
)
from pipeline.extract.counts.bare.tabled import headerless_cell, row_label, table_cell

# A reader earlier in the list reads a narrower construction: "Of these, over 2,000 returned" is a part with a
# verb of its own before it is a bare subject; a key-figures label wins over the generic readings after it.
READERS = (
    ranked_part, predicate_part, part_of_them, subject_of_cue, partitive_part, left_after_cue, left_there,
    part_of_opening_whole,
    number_of, described_number, figure_of, followed_more, more_subject, apposed_figure, relative_apposed, numbering, counted_by,
    list_item, bulleted_item, place_list_item, gapped_item, remainder, key_figure, table_cell, row_label, headerless_cell,
    answered_figure, of_whom, total_figure,
    bare_subject, put_at, quoted_alone,
)


def bare_reading(fig: BareFigure) -> Reading | None:
    for reader in READERS:
        if (reading := reader(fig)) is not None:
            return reading
    return None
