"""Arabic figures with no personnel noun after them, whose people the words before them name: "عاد منهم أكثر
من 2,100" (of them: the people counted before), "قدّر عدد العابرين بنحو ثلاثة آلاف" and "لا يتجاوز عددهم
الخمسين" (the number of the crossers, their number: a count of those people). The shapes are patterns of the
pack (`of_them_before`, `number_of_before`); who "they" are is the figure counted before, or the personnel noun
the number is "of" ("عدد الجنود الفارين").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.arabic.folded import Folded

if TYPE_CHECKING:
    from pipeline.extract.counts.draft import CountDraft
    from pipeline.extract.figures.number_mention import NumberMention
    from pipeline.text.rules import RuleSet

REACH = 60  # folded characters from "عدد" to the figure it is the number of


def bare_population(f: Folded, n: NumberMention, sent_start: int, earlier: list[CountDraft], rules: RuleSet,
                    noun_population) -> str | None:
    """The population of a figure with no noun of its own, or None when the words before it name no people.
    `noun_population(phrase)` reads a personnel noun phrase as the pack's nouns do."""
    start = f.at(n.start)
    before = f.text[max(f.at(sent_start), start - REACH):start]
    if rules.pattern("day_number_before").search(before):
        return None  # "يومي 7 و8 كانون الأول": days, after "the number of soldiers who entered"
    if rules.pattern("of_them_before").search(before):
        return earlier[-1].population if earlier else None
    if (number_of := rules.pattern("number_of_before").search(before)) is None:
        return None
    what = number_of.group("what")  # none for "عددهم", their number
    return (noun_population(what) if what else None) or (earlier[-1].population if earlier else None)
