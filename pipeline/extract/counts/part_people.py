"""Who a part counts: "Some 40 of them" the people of the figure just before, "41 of the 58 men interviewed" the
whole's own people, "the officers, some 400 of them" the people just named."""

from __future__ import annotations

from pipeline.extract.counts.clauses import HEAD_REACH
from pipeline.extract.counts.draft import CountDraft, population_of
from pipeline.extract.counts.noun_phrases import noun_phrase
from pipeline.extract.counts.people import followed_figures, noun_before
from pipeline.extract.figures.numbers import NumberMention
from pipeline.text.rules import RuleSet


def of_them_population(text: str, n: NumberMention, prior: list[CountDraft], rules: RuleSet) -> str | None:
    """ "About 160 officers are at Taji. Some 40 of them are over 55": a part of "them" counts the people of the
    figure just before, not the people followed as a whole; "41 of the 58 men interviewed" the whole's own people."""
    if not (part := rules.pattern("partitive_them").match(text, n.end)):
        return None
    if (alike := rules.pattern("all_apposed_after").match(text, part.end())) and (
            kind := noun_phrase(" " + alike.group("noun"), 0, rules)) is not None:
        return population_of(kind.classes, rules)  # "130 of them, all officers"
    lo = max(0, n.start - HEAD_REACH)
    if (apposed := rules.pattern("apposed_figure_before").search(text, lo, n.start)) and \
            noun_phrase(" " + apposed.group("noun"), 0, rules) is not None and \
            (named := noun_before(text, apposed.end("noun"), rules)):
        return named  # "the officers, some 400 of them, lodged in town": them are the people just named
    prior = followed_figures(text, n.start, prior, rules)
    return whole_of_people(text, n, rules) or (prior[-1].population if prior else None)


def whole_of_people(text: str, n: NumberMention, rules: RuleSet) -> str | None:
    """The people of the whole a part is taken from, when the whole is named by its number and its own noun:
    "41 of the 58 men interviewed said …" counts 41 men, whatever its verb."""
    whole = rules.pattern("whole_by_number").match(text, n.end)
    named = noun_phrase(text, whole.end(), rules) if whole else None
    return population_of(named.classes, rules) if named else None
