"""A personnel figure as extraction drafts it, and the population its personnel nouns name."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pipeline.extract.counts.period_value import FigurePeriod
from pipeline.extract.figures.numbers import NumberMention
from pipeline.extract.places.place_ref import PlaceRef
from pipeline.text.rules import RuleSet
from pipeline.text.spans import Span


@dataclass(frozen=True)
class CountDraft:
    number: NumberMention
    population: str
    status: str
    place: PlaceRef | None
    period: FigurePeriod
    sentence: Span


@cache
def _population_rules(rules: RuleSet) -> tuple[tuple[frozenset[str], frozenset[str], str], ...]:
    return tuple((frozenset(filter(None, r["all_of"].split("|"))), frozenset(filter(None, r["any_of"].split("|"))),
                  r["population"]) for r in rules.rows("population_rules.csv"))


def population_of(classes: frozenset[str], rules: RuleSet) -> str | None:
    for all_of, any_of, population in _population_rules(rules):
        if all_of <= classes and (not any_of or any_of & classes):
            return population
    return None


MILITARY = frozenset({"soldiers", "officers", "officers_and_officials", "military_personnel"})
