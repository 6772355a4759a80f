"""The stretch of text a figure's reading draws on: its sentence, clause and governing cue."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.counts.status import Cue
from pipeline.extract.figures.number_mention import NumberMention
from pipeline.text.spans import Span


@dataclass(frozen=True)
class FigureScope:
    number: NumberMention
    sentence: Span
    np_end: int  # end of the counted noun phrase
    lo: int  # where the figure's own clause starts to speak of it (after a relative clause, the main verb)
    hi: int  # end of the figure's clause
    cue: Cue | None  # the status cue that governs the figure
    status: str
    prev_end: int  # end of the previous figure's clause or number in this sentence: its dates are not ours
