"""Who a figure counts when it has no noun of its own: the people named before it, or followed by the article."""

from __future__ import annotations

import re

from pipeline.extract.counts.draft import MILITARY, CountDraft, population_of
from pipeline.extract.counts.inherit import restated_population
from pipeline.extract.counts.noun_phrases import noun_phrase
from pipeline.extract.figures.numbers import NumberMention
from pipeline.text.rules import RuleSet


def elliptical_population(text: str, number: NumberMention, prior: list[CountDraft], rules: RuleSet) -> str | None:
    """Who a figure without its own noun counts ("Of these, over 2,000 returned", "put the total at 2,530"):
    the people the article follows as a whole, not the last sub-group named before it. When its figures so
    far count one kind of military people, that kind; when several ("soldiers", "officers"), or people counted
    beside them ("714, including 48 police officers"), all of them."""
    start = number.start
    if (whole := whole_by_value(text, start, prior, rules)) is not None:
        return whole.population  # "… 437 enlisted men and 58 officers … Of the 58, 41 …": officers
    # the aside's words over any earlier figure's, read from the number itself ("well under 200, all of them officers")
    if (every := rules.pattern("all_described_after").match(text, number.number_start)) and (
            (described := noun_phrase(" " + every.group("what"), 0, rules)) is not None):
        return population_of(described.classes, rules)  # "That leaves 176, all of them officers": officers
    if (joined := _clause_joined(text, number, prior, rules)) is not None:
        return joined.population  # "31 officers have gone back …, and 12 have left for third countries": officers
    if (compared := _compared(text, number, prior, rules)) is not None:
        return compared.population  # "fewer than 60 officers remain, down from about 130 in February": officers
    every, prior = prior, followed_figures(text, start, prior, rules)
    if (narrowed := _within_last_rank(text, number, prior, every)) is not None:
        return narrowed  # "148 officers remain at Taji. Some two dozen have flown out …": officers
    if (same := restated_population(prior, number)) is not None:
        return same  # "Handed back, 19 December 2024: 1,905" after "1,905 soldiers were driven back": soldiers
    if (aside := rules.pattern("mostly_described_after").match(text, number.number_start)) and (
            (described := noun_phrase(" " + aside.group("what"), 0, rules)) is not None) and \
            population_of(described.classes, rules) in MILITARY:
        return "military_personnel"  # "a further 412, most of them conscripts": military, of more than one kind
    population = population_in_context(text, start, prior, rules)
    kinds = {d.population for d in prior if d.population in MILITARY}
    if population not in MILITARY or not kinds:
        return population
    mixed = len(kinds) > 1 or any(d.population == "other" for d in prior)
    return "military_personnel" if mixed else kinds.pop()


def _within_last_rank(text: str, number: NumberMention, prior: list[CountDraft], every: list[CountDraft]) -> str | None:
    """The rank of the paragraph's last figure when it counts one rank only, told alone in its sentence, and the
    figure is no larger: the story has narrowed to those men ("148 Syrian officers remain at Camp Taji … Some two
    dozen have flown out")."""
    last = prior[-1] if prior else None
    size = number.value_best or number.value_high or number.value_low
    if last is None or last.population != "officers" or size is None or last.number.value_best is None \
            or size > last.number.value_best or "\n" in text[last.number.end:number.start]:
        return None
    # "620 enlisted men and 44 officers crossed", "327 persons remain, of whom 279 are officers": the officers are
    # one part of a whole told beside them
    beside = any(d.sentence == last.sentence and d is not last for d in every)
    return None if beside else last.population


def _clause_joined(text: str, number: NumberMention, prior: list[CountDraft], rules: RuleSet) -> CountDraft | None:
    """The figure of the clause before, in the same sentence, when the figure's clause is joined to it and counts no
    more than it did: the noun left out is that figure's, not the article's people as a whole."""
    last = prior[-1] if prior else None
    if last is None or not last.sentence.start <= number.start < last.sentence.end:
        return None
    smaller = number.value_best is not None and last.number.value_best is not None and \
        number.value_best <= last.number.value_best
    joined = rules.pattern("clause_joined_before").search(text, max(last.number.end, number.start - 30), number.start)
    return last if smaller and joined else None


def _compared(text: str, number: NumberMention, prior: list[CountDraft], rules: RuleSet) -> CountDraft | None:
    """The figure of the same sentence a figure is given to compare with ("down from", "up from", "compared with"):
    an earlier size of the same people."""
    last = prior[-1] if prior else None
    if last is None or not last.sentence.start <= number.start < last.sentence.end:
        return None
    return last if rules.pattern("comparison_before").search(text[max(last.number.end, number.start - 30):number.start]) \
        else None


def followed_figures(text: str, start: int, prior: list[CountDraft], rules: RuleSet) -> list[CountDraft]:
    """The earlier figures of the people followed: civilians counted beside them in another sentence ("More than
    60,000 civilians have fled. … handed 23 of them back") are not who a figure without a noun counts, nor a
    second kind of them; in its own sentence they are ("1,146 refugees returned, bringing the total to 3,900").
    Staff who came with soldiers ("With them came 38 civilian employees of the customs. … 1,791 were handed
    over") are a side group too, unless the article counts no soldiers at all."""
    kept = [d for d in prior if d.sentence.start <= start < d.sentence.end
            or (np := noun_phrase(text, d.number.end, rules)) is None or np.classes != {"people"}]
    if not any(d.population in MILITARY for d in kept):
        return kept
    return [d for d in kept if d.sentence.start <= start < d.sentence.end or d.population != "civilian_staff"]


def whole_by_value(text: str, start: int, prior: list[CountDraft], rules: RuleSet) -> CountDraft | None:
    """The earlier figure a partitive names by its number ("Of the 58, he said, 41 …"), the latest of that value."""
    named = rules.pattern("whole_by_value_before").search(text, max(0, start - 80), start)
    if named is None:
        return None
    value = int(named.group("whole").replace(",", ""))
    return next((d for d in reversed(prior) if d.number.value_best == value), None)


def population_in_context(text: str, start: int, prior: list[CountDraft], rules: RuleSet) -> str | None:
    """The people of the context: the previous figure's, else the last personnel noun's."""
    return prior[-1].population if prior else noun_before(text, start, rules)


def noun_before(text: str, start: int, rules: RuleSet) -> str | None:
    """The population of the last personnel noun before `start`, with a noun coordinated before it ("Syrian
    soldiers and officers": both, not the officers alone)."""
    for m in reversed(list(re.finditer(r"[A-Za-z]+", text[:start]))):
        np = noun_phrase(" " + m.group(0), 0, rules)
        if np and (population := population_of(np.classes, rules)):
            pair = _COORDINATED_BEFORE.search(text, max(0, m.start() - 30), m.start())
            both = noun_phrase(f" {pair.group(1)} and {m.group(0)}", 0, rules) if pair else None
            return population_of(both.classes, rules) or population if both else population
    return None


_COORDINATED_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:and|or|&)\s+$")
