"""Country adjectives and possessives ("Iraqi", "Iraq's") -> the country, from the language pack."""

from __future__ import annotations

from functools import cache

from pipeline.text.rules import RuleSet


@cache
def nationalities(rules: RuleSet) -> dict[str, str]:
    """Adjective or possessive as written -> country; possessives are formed from the country names."""
    table = {r["adjective"]: r["country"] for r in rules.rows("nationalities.csv")}
    for country in set(table.values()):
        for mark in ("'s", "’s"):
            table.setdefault(f"{country}{mark}", country)
    return table


@cache
def nation_words(rules: RuleSet) -> frozenset[str]:
    """Every adjective and possessive, lower case."""
    return frozenset(a.lower() for a in nationalities(rules))
