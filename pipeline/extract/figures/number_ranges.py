"""Two amounts read as one range: "between 350 and 400", "1,500 to 2,000", "eight or nine thousand".

The hedge before the first amount ("between roughly", "an estimated") covers the whole range, and a scale word
after the second ("two to three thousand") covers both ends. "rose from 2,000 to 3,000" is two figures, a change
(`range_from_change`), where "from 10,000 to 15,000 men" and "estimates ranged from" are one range (`range_from_lead`).
"""

from __future__ import annotations

import re

from pipeline.extract.figures.number_mention import Num, NumberMention
from pipeline.extract.figures.number_words import words_to_number
from pipeline.extract.figures.qualifiers import qualified
from pipeline.text.rules import RuleSet

_BETWEEN = re.compile(r"\bbetween\s+(?:(?:roughly|about|around|some|approximately|perhaps|maybe)\s+)?$", re.I)


def number_ranges(text: str, simple: list[tuple[int, int, Num]], rules: RuleSet) -> list[NumberMention]:
    out = []
    for (s1, e1, v1), (s2, e2, v2) in zip(simple, simple[1:]):
        gap = text[e1:s2]
        # "between 350 and 400", "between roughly 2,000 and 4,000": one range, its hedge on both ends; "eight or
        # nine thousand", "ten or fifteen": a range too
        lead = _BETWEEN.search(text[max(0, s1 - 30):s1])
        if lead and re.fullmatch(r"\s+and\s+", gap):
            s1_span = s1 - (min(s1, 30) - lead.start())
        elif re.fullmatch(r"\s*(?:-|–|—|to)\s*|\s+or\s+", gap) and (
                not re.search(r"\bfrom\s+$", text[max(0, s1 - 6):s1], re.I)
                or rules.pattern("range_from_lead").search(text, max(0, s1 - 20), s1)
                or not rules.pattern("range_from_change").search(text, max(0, s1 - 80), s1)):
            s1_span = qualified(text, s1, e1, v1, rules).start  # "an estimated 1,500 to 2,000": the hedge is the range's
        else:
            continue
        scale = words_to_number(text[s2:e2].split()[-1], rules) if re.search(r"[a-z]$", text[s2:e2], re.I) else None
        if scale and scale >= 100 and v1 * scale <= v2:
            v1 = v1 * scale  # "two to three thousand": the scale word covers both ends
        if v1 < v2:
            out.append(NumberMention(s1_span, e2, text[s1_span:e2], None, v1, v2, "range", s1, e2))
    return out
