"""A figure excepted from its clause's verb: "they were moved to the base, with the exception of 17 personnel
who remain at the airfield". What happened to the others did not happen to these: their own relative clause
says what did, and with none, people left out of a return or a move stay where they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.counts.status import Cue, cues_in

if TYPE_CHECKING:
    from pipeline.extract.figures.number_mention import NumberMention
    from pipeline.text.rules import RuleSet

LEFT_BEHIND = {"returned": "remaining", "relocated": "remaining"}  # the status of those left out of the others'


def excepted(text: str, blanked: str, n: NumberMention, np_end: int, begin: int, end: int, rules: RuleSet
             ) -> tuple[Cue | None, str | None] | None:
    """(the figure's own cue, or None and the status it is left with) when the figure is excepted from a verb
    before it in its clause (from `begin`); None when it is not."""
    if not rules.pattern("excepted_before").search(text, max(begin, n.start - 40), n.start):
        return None
    others = cues_in(blanked, begin, n.start, "after", rules) or cues_in(blanked, begin, n.start, "before", rules)
    if not others:
        return None
    own = cues_in(blanked, np_end, end, "after", rules)
    return (own[0], None) if own else (None, LEFT_BEHIND.get(others[-1].status, "other"))
