"""Amounts that measure something other than people: distance, time, weight, money, age, a share, or a label.

A unit after the amount ("12 km", "5 years", "40%") or before it ("Table 1", "paragraph 12", "$300") says so
(`number_units.csv`); such an amount is never a count of people, whatever noun follows.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.figures.number_mention import NumberMention
from pipeline.text.rules import RuleSet
from pipeline.text.rules import alternation as _alt


@cache
def _units(rules: RuleSet) -> tuple[re.Pattern[str], re.Pattern[str]]:
    rows = rules.rows("number_units.csv")
    after = _alt([r["unit"] for r in rows if r["position"] == "after"])
    before = _alt([r["unit"] for r in rows if r["position"] == "before"])
    return re.compile(rf"[\s-]*(?:{after})(?![a-z])", re.I), re.compile(rf"(?:^|[^\w])(?:{before})\s*$", re.I)


def is_measure(text: str, mention: NumberMention, rules: RuleSet) -> bool:
    """True when the amount measures distance, time, weight, money, age or a share, or labels a part of a
    document ("Table 1", "paragraph 12"), not people."""
    after, before = _units(rules)
    return bool(after.match(text, mention.number_end) or before.search(text[max(0, mention.start - 14):mention.start]))
