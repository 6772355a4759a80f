"""People who came with someone: "I crossed into Turkey on a wet night, with eleven men of my company", "he
crossed into Lithuania with, in his words, "about forty men"": a figure right after "with" shares what befell the
one it came with, as the verb of its clause before it says."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.counts.status import Cue, cues_in

if TYPE_CHECKING:
    from pipeline.text.rules import RuleSet


def companion_cue(blanked: str, sentence_start: int, number_start: int, rules: RuleSet) -> Cue | None:
    """The last cue before "with N" of the same sentence, when the figure follows "with" directly."""
    with_ = rules.pattern("companions_before").search(blanked, sentence_start, number_start)
    if with_ is None:
        return None
    found = cues_in(blanked, sentence_start, with_.start(), "after", rules)
    return found[-1] if found else None
