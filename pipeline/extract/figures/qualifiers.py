"""What the words around an amount commit to: "more than 2,000" sets value_low to 2,001 (FORMAT.md)."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.figures.number_mention import Num, NumberMention
from pipeline.text.rules import RuleSet
from pipeline.text.rules import alternation as _alt


@cache
def _qualifiers(rules: RuleSet) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    rows = rules.rows("qualifiers.csv")
    table = {" ".join(r["phrase"].split()): r["qualifier"] for r in rows}
    before = [r["phrase"] for r in rows if r["position"] == "before"]
    after = [r["phrase"] for r in rows if r["position"] == "after"]
    return (re.compile(rf"(?<![\w-])({_alt(before)})\s+$", re.I),
            re.compile(rf"(?:\s+|-)({_alt(after)})(?!\w)", re.I), table)  # "fifty or so", "forty-odd"


def _bounds(q: str, n: Num) -> tuple[Num | None, Num | None, Num | None]:
    return {"exact": (n, n, n), "more_than": (n, n + 1, None), "at_least": (n, n, None),
            "nearly": (n, None, n), "approximate": (n, None, None), "at_most": (n, None, n),
            "fewer_than": (n, None, n - 1)}[q]


def qualified(text: str, start: int, end: int, value: Num, rules: RuleSet) -> NumberMention:
    before, after, table = _qualifiers(rules)
    q, s, e = "exact", start, end
    window = text[max(0, start - 40):start]
    if (m := before.search(window)) and not _verb_particle(window, m, rules):
        q, s = table[" ".join(m.group(1).lower().split())], start - len(window) + m.start(1)
        if tail := after.match(text, end):
            e = tail.end()  # "some 30-odd officers": one approximation said twice
    elif m := after.match(text, end):
        q, e = table[" ".join(m.group(1).lower().split())], m.end()
    best, low, high = _bounds(q, value)
    return NumberMention(s, e, text[s:e], best, low, high, q, start, end)


def _verb_particle(window: str, m: re.Match[str], rules: RuleSet) -> bool:
    """"handed over 612": the "over" belongs to the verb, the figure is exact."""
    if m.group(1).lower() not in ("over", "under"):
        return False
    prev = re.findall(r"[A-Za-z]+", window[:m.start(1)])
    return bool(prev) and prev[-1].lower() in rules.column("qualifier_particles.csv", "verb")
