"""A figure a correction withdraws: "Correction: An earlier version of this story said that 1,950 soldiers had
been handed over." is no claim of any source; the corrected figure that follows is ("The figure given … was
1,905", "والصحيح أنها ضمّت 64 عنصراً")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.text.rules import RuleSet


def retracted(text: str, sentence_start: int, at: int, rules: RuleSet) -> bool:
    """Whether a correction's words before the figure in its sentence (`withdrawn_before`) say an earlier version
    gave it, with no word of the right figure (`corrected_before`) between them and the figure. `text` is what the
    language's patterns read (the folded copy for Arabic) and the positions are in it."""
    said = list(rules.pattern("withdrawn_before").finditer(text, sentence_start, at))
    return bool(said) and rules.pattern("corrected_before").search(text, said[-1].end(), at) is None
