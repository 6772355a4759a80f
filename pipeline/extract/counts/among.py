"""What a sentence's opening partitive says of the people in it: "Among those who crossed were 63 customs officers"."""

from __future__ import annotations

from pipeline.extract.counts.status import Cue, cues_in
from pipeline.text.rules import RuleSet


def among_cue(blanked: str, sentence_start: int, number_start: int, rules: RuleSet) -> Cue | None:
    """ "Among those who stayed behind are at least 30 officers", "Of the men still in Iraq, nearly 150 hold officer
    rank": the cue of the phrase the sentence opens on."""
    m = rules.pattern("among_opening").match(blanked, sentence_start, number_start) or \
        rules.pattern("of_the_opening").match(blanked, sentence_start, number_start)
    # "Among those crossing back today were 17 …": a participle after "those" tells it as a relative clause would
    found = [cue for side in ("after", "participle") for cue in cues_in(blanked, m.start("what"), m.end("what"), side, rules)
             ] if m else []
    return found[0] if found else None


def among_over_relative(blanked: str, sentence_start: int, number_start: int, np_end: int, cue: Cue | None,
                        rules: RuleSet) -> Cue | None:
    """ "Among those who crossed were 63 customs officers, who were sent back with the first group": the opening
    says which of the people followed they are, and readers count them with it; a relative clause after them only
    adds what befell them later. A main verb of their own ("… were 63 officers. They were sent back") is not
    overruled."""
    if cue is None or not rules.pattern("relative_pronoun").search(blanked, np_end, cue.start):
        return None
    return among_cue(blanked, sentence_start, number_start, rules)
