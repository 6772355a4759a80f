"""Number words to values: "three hundred and fifty" -> 350, "a dozen" -> 12."""

from __future__ import annotations

import re
from functools import cache

from pipeline.text.rules import RuleSet


@cache
def number_words(rules: RuleSet) -> dict[str, tuple[int, str]]:
    """word -> (value, kind); kind is unit (one..ninety), group (hundred) or scale (thousand, million)."""
    return {r["word"]: (int(r["value"]), r["kind"]) for r in rules.rows("number_words.csv")}


def words_to_number(phrase: str, rules: RuleSet) -> int | None:
    """Value of a run of English number words ("three hundred and fifty" -> 350); None if none."""
    table = number_words(rules)
    total, group, seen = 0, 0, False
    for tok in re.findall(r"[a-z]+", phrase.lower()):
        if tok in ("a", "an", "and"):
            continue
        if tok not in table:
            return None
        value, kind = table[tok]
        seen = True
        if kind == "unit":
            group += value
        elif kind == "group":
            group = max(group, 1) * value
        else:
            total += max(group, 1) * value
            group = 0
    return total + group if seen else None
