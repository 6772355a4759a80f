"""The clause a figure belongs to: where it starts and ends, and numbers that count no people.

"2,493 Syrian military personnel who crossed into Iraq through Al-Qaim on 7-8 December, surrendering
their weapons" -> clause up to the participle (the noun phrase it counts is `noun_phrases.py`'s). Asides
(", including members of the Republican Guard,", dash pairs, brackets) are blanked, not removed, so
offsets stay valid.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.speech.verbs import verbs
from pipeline.text.rules import RuleSet, alternation

if TYPE_CHECKING:
    from pipeline.extract.figures.number_mention import NumberMention

HEAD_REACH = 120  # characters before a figure that its introducing words ("numbering", "put their number at") may span

def blank_asides(text: str, rules: RuleSet) -> str:
    return rules.pattern("figure_asides").sub(lambda m: " " * len(m.group(0)), text)


@cache
def _breaks(rules: RuleSet) -> re.Pattern[str]:
    # ", the Joint Operations Command (JOC) announced yesterday": a trailing speech verb of the lexicon
    # closes the figure's clause, so its time is the day of saying, not the figure's
    speech = rf",\s+(?:[\w()’'.-]+\s+){{0,6}}(?:{alternation(list(verbs(rules)))}|according to)\b"
    return re.compile("|".join([f"(?:{r['pattern']})" for r in rules.rows("clause_breaks.csv")] + [speech]),
                      re.IGNORECASE)


HOURS = 12  # "at two in the morning": the hours of a clock


def not_a_count(text: str, number: NumberMention, rules: RuleSet) -> bool:
    """ "every one of these men", "no one", "not a single one of them"; "he was one of the thousands", "One of them,
    a brigadier general, died": one person, not a count; "4.1 Arrivals
    by air" (a section number), "2.5 per cent": a number that is not whole counts no people; nor does "below zero",
    a temperature."""
    if any(isinstance(value, float) for value in (number.value_best, number.value_low, number.value_high)):
        return True
    if number.value_high is not None and number.value_high < 0:
        return True
    before = text[max(0, number.start - 20):number.start]
    if (number.value_best or 0) <= HOURS and before.endswith("at ") and rules.pattern("clock_time_after").match(
            text, number.end):
        return True  # "We left at two in the morning"
    return bool(rules.pattern("not_a_count_before").search(before)) or (
        number.value_best == 1 and number.qualifier == "exact"
        and bool(rules.pattern("not_a_count_one_of").match(text, number.end)
                 or rules.pattern("negated_one_before").search(before)
                 or (rules.pattern("one_person_of_before").search(text[max(0, number.start - 12):number.start])
                     and rules.pattern("one_of_group_after").match(text, number.end))))


def elliptical_gap(text: str, pos: int, rules: RuleSet) -> int | None:
    """Where a verb would start in "Of these, over 2,000 [voluntarily] returned": a figure with no noun."""
    m = rules.pattern("ellipsis_filler").match(text, pos)
    return m.end() if m else None


def clause_end(blanked: str, start: int, limit: int, rules: RuleSet) -> int:
    m = _breaks(rules).search(blanked, start, limit)
    return m.start() if m else limit


def before_apposition(blanked: str, np_end: int, end: int, next_figure: int | None, rules: RuleSet) -> int:
    """ "handed back 86 soldiers at the post, the first of nearly 400 troops the country has sheltered": a
    figure in apposition opens its own clause, whose verbs are not this figure's; a coordinated one ("300
    soldiers and 40 officers were handed over") shares the verb after it."""
    if next_figure is None or not np_end <= next_figure < end:
        return end
    comma = blanked.rfind(",", np_end, next_figure)
    if comma < 0 or next_figure - comma > 30 or rules.pattern("coordinated_previous").match(blanked[comma:next_figure]):
        return end
    return comma


def clause_start(blanked: str, lo: int, pos: int, rules: RuleSet) -> int:
    last = lo
    for m in _breaks(rules).finditer(blanked, lo, pos):
        last = m.end()
    return last
