"""What happened to people counted by a figure set off after them, when the figure's own clause says nothing.

"Iraq received the Syrian soldiers, numbering more than 2,400, after they fled", "the soldiers had arrived in
groups of between 50 and 300, most of them through Nimule": the figure only sizes the people the clause before
it names, so that clause's verb tells what happened to them, whether it takes them as its object ("received
the soldiers") or as its subject ("the soldiers had arrived").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.counts.clauses import HEAD_REACH, clause_start
from pipeline.extract.counts.status import Cue, cues_in, realised

if TYPE_CHECKING:
    from pipeline.extract.figures.number_mention import NumberMention
    from pipeline.text.rules import RuleSet
    from pipeline.text.spans import Span


def _head_start(text: str, sent: Span, n: NumberMention, rules: RuleSet) -> int | None:
    """Where the words that set the figure off after its people begin ("…, numbering", "in groups of",
    "senior officers, fewer than twenty, …", "those who stayed behind, a few hundred men, …")."""
    lo = max(sent.start, n.start - HEAD_REACH)
    if found := rules.pattern("numbering_before").search(text, lo, n.start):
        return found.start()
    apposed = rules.pattern("apposed_figure_before").search(text, lo, n.start)
    if apposed and rules.pattern("apposed_figure_after").match(text, n.end):
        return apposed.end("noun")
    # "Those who stayed behind, a few hundred men, faced …": the relative clause names them and tells what they did
    relative = rules.pattern("relative_apposed_before").search(text, lo, n.start)
    return relative.end() if relative else None


def apposed_cue(text: str, blanked: str, sent: Span, n: NumberMention, numbers: list[NumberMention],
                rules: RuleSet) -> Cue | None:
    """The last realised status cue of the clause that names the people a set-off figure sizes; none when
    another figure stands in that clause (its verbs are that figure's)."""
    head = _head_start(text, sent, n, rules)
    if head is None:
        return None
    begin = clause_start(blanked, sent.start, head, rules)
    if any(begin <= other.start < head for other in numbers if other is not n):
        return None
    found = realised(blanked, cues_in(blanked, begin, head, "before", rules) +
                     cues_in(blanked, begin, head, "after", rules), rules)
    # "the lists drawn up when he arrived, and the Syrian side signed for them in groups of fifty": a verb before
    # ", and" ends a clause of its own
    boundary = rules.pattern("coordinated_clause")
    found = [cue for cue in found if not boundary.search(blanked, cue.end, head)]
    return max(found, key=lambda cue: cue.end) if found else None
