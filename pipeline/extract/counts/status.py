"""What happened to the people a figure counts, as the words say it: status cues, found in the text in order and
told as done or only possible.

Cues are regexes in `status_cues.csv` (the language pack), each with its status, the side of the figure it is read
on and the place it points to. Which cue governs a figure is `governing.py`'s; the text they are read in, asides and
place names blanked, is `cue_text.py`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.text.pattern_set import PatternSet
from pipeline.text.rules import RuleSet
from pipeline.text.spans import Span, filter_spans

LOOKAHEAD = 120  # characters a cue's lookahead may read past its clause


@dataclass(frozen=True)
class Cue(Span):
    status: str
    place: str


@cache
def _cues(rules: RuleSet, side: str) -> tuple[PatternSet, tuple[tuple[str, str], ...]]:
    rows = [r for r in rules.rows("status_cues.csv") if r["side"] == side]
    return (PatternSet([rf"\b(?:{r['pattern']})\b" for r in rows], re.IGNORECASE),
            tuple((r["status"], r["place"]) for r in rows))


def cues_in(blanked: str, lo: int, hi: int, side: str, rules: RuleSet) -> list[Cue]:
    """Status cues in [lo, hi) in text order, overlaps settled by `filter_spans`. A cue may look ahead
    past `hi` ("sent 300 soldiers home": `sent` when `home` follows the people), so the search runs on."""
    patterns, kinds = _cues(rules, side)
    return filter_spans(Cue(start, end, *kinds[index])
                        for index, start, end in patterns.matches(blanked, lo, hi + LOOKAHEAD, hi) if end <= hi)


def realised(blanked: str, cues: list[Cue], rules: RuleSet) -> list[Cue]:
    """Cues of what happened or is announced ("will be returned today"), not of what only may happen ("may be
    repatriated", "asked to return", "would go home if they could")."""
    unrealised = rules.pattern("unrealised_before")
    # "about 1,350 would remain at Al-Marsana until then": who will stay somewhere is there now
    return [c for c in cues if _STAYING.match(blanked, c.start) or not (
        unrealised.search(blanked[max(0, c.start - 40):c.start]) or conditional(blanked, c, rules))]


def conditional(blanked: str, cue: Cue, rules: RuleSet) -> bool:
    """A move told in the future or as a possibility that hangs on a condition ("would go home if they could",
    "can return to Syria tomorrow if he chooses"): nothing has happened."""
    return bool(rules.pattern("future_before").search(blanked[max(0, cue.start - 40):cue.start])
                and rules.pattern("conditional_after").match(blanked, cue.end))


_STAYING = re.compile(r"(?:remain|stay)", re.IGNORECASE)
