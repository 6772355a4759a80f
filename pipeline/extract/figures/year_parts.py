"""Parts of a written year: "during the first half of 2025" is January to June 2025 (`time_year_parts.csv`)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from pipeline.extract.figures.pubdates import month_span
from pipeline.extract.figures.time_mention import TimeMention
from pipeline.text.caseless import CaselessScan
from pipeline.text.rules import RuleSet, alternation


@cache
def phrase_pattern(rules: RuleSet, table: str, first: str, last: str,
                   template: str) -> tuple[CaselessScan, dict[str, tuple[int, int]]] | None:
    """A table of phrases naming a part of a month or year (phrase -> first and last day or month), and the
    pattern `template` builds around their alternation (`{part}`), case ignored: scanned lower-cased."""
    if not rules.has(table):
        return None
    parts = {" ".join(r["phrase"].lower().split()): (int(r[first]), int(r[last])) for r in rules.rows(table)}
    return CaselessScan(re.compile(template.replace("{part}", alternation(list(parts))), re.I)), parts


_YEAR_PART = r"\b(?:the\s+)?(?P<part>{part})\s+of\s+(?P<y>\d{4})\b"


def year_part_pattern(rules: RuleSet) -> re.Pattern[str] | None:
    """"the first half of 2025": the pattern whose matches `year_parts` reads, or None without the table."""
    found = phrase_pattern(rules, "time_year_parts.csv", "first_month", "last_month", _YEAR_PART)
    return found[0].pattern if found else None


def year_parts(matches: list[re.Match[str]], rules: RuleSet) -> list[TimeMention]:
    """The periods of the matches of `year_part_pattern` (the dates' one scan finds them)."""
    found = phrase_pattern(rules, "time_year_parts.csv", "first_month", "last_month", _YEAR_PART)
    if found is None:
        return []
    parts = found[1]
    out = []
    for m in matches:
        first, last = parts[" ".join(m.group("part").lower().split())]
        year = int(m.group("y"))
        out.append(TimeMention(m.start(), m.end(), m.group(0), date(year, first, 1), month_span(year, last)[1],
                               "range"))
    return out
