"""Words set off inside a figure's clause that are not its own: asides between subject and verb, and
proportions.

"14 members of the armed forces, three of them generals, had entered the country": the aside between the
commas is a figure of its own, but the verb after it is the first figure's; "More than 2,350 men, roughly
nine in ten of those who crossed, have gone back": the aside's "crossed" is not what the 2,350 did, and
"nine in ten" is a share, not a count of people.
"""

from __future__ import annotations

from pipeline.extract.figures.numbers import NumberMention
from pipeline.text.rules import RuleSet


def subject_aside(blanked: str, np_end: int, limit: int, rules: RuleSet) -> tuple[int, int] | None:
    """The span of an aside between a figure's noun phrase and its verb, when the clause goes on after it
    with an auxiliary or adverb ("…, three of them generals, had entered")."""
    m = rules.pattern("subject_aside").match(blanked, np_end, limit)
    return (m.start("aside"), m.end("aside")) if m else None


def without_aside(blanked: str, aside: tuple[int, int] | None) -> str:
    """The clause text with the aside blanked out, offsets unchanged."""
    if aside is None:
        return blanked
    start, end = aside
    return blanked[:start] + " " * (end - start) + blanked[end:]


def is_proportion(text: str, number: NumberMention, rules: RuleSet) -> bool:
    """ "nine in ten", "one out of three": a share of the people, not a figure of them."""
    small = number.value_best is not None and number.value_best <= 100 and number.qualifier == "exact"
    return small and bool(rules.pattern("proportion_after").match(text, number.end)
                          or rules.pattern("proportion_before").search(text, max(0, number.start - 20), number.start))
