"""Country adjectives and possessives ("Iraqi", "Iraq's") -> the country, from the language pack."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from pipeline.text.letter_first import letter_first
from pipeline.text.rules import RuleSet, alternation


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


@cache
def nationality_before(rules: RuleSet, words_file: str) -> re.Pattern[str] | None:
    """A nationality (group `nation`) and a word of `words_file` right after it ("Iraqi soil", "Iraqi capital"),
    the word in any case; None when the language pack has no such file."""
    if not rules.has(words_file):
        return None
    adjectives = [a for a in nationalities(rules) if not a.endswith(("'s", "’s"))]
    # tried only at the letters a nationality opens with (`letter_first.py`)
    words = alternation(sorted(rules.words(words_file)))
    return letter_first(rf"\b(?P<nation>{alternation(adjectives)})\s+(?i:{words})\b")


def nationality_matches(text: str, rules: RuleSet, words_file: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each nationality before a word of `words_file` in `text`, with the country it stands for."""
    pattern = nationality_before(rules, words_file)
    low = text.lower()
    if pattern is None or not any(word in low for word in _lowered_words(rules, words_file)):
        return  # the words are rarer than nationalities: looked for first
    table = nationalities(rules)
    for found in pattern.finditer(text):
        yield found, table[found.group("nation")]


@cache
def _lowered_words(rules: RuleSet, words_file: str) -> tuple[str, ...]:
    return tuple(word.lower() for word in rules.words(words_file))
