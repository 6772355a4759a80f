"""News outlets named where an article cites them ("told EastMojo", "the news portal bdnews24.com"),
by the cue patterns of `outlet_cues.csv`: outlets of any caseload, listed nowhere."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.names.org_mention import OrgMention
from pipeline.text.literals import may_match, required_literals
from pipeline.text.rules import RuleSet
from pipeline.text.spans import Span, filter_spans, overlaps_any


@cache
def _cues(rules: RuleSet) -> tuple[tuple[re.Pattern[str], tuple[str, ...] | None], ...]:
    """Each cue's regex and the words one of which its every match holds (an article with none skips it)."""
    return tuple((re.compile(r["pattern"]), required_literals(r["pattern"])) for r in rules.rows("outlet_cues.csv"))


@cache
def _not_names(rules: RuleSet) -> frozenset[str]:
    """Capitalised words that open no outlet's name: titles, pronouns, days, months."""
    words = {t for title in rules.column("person_titles.csv", "title") for t in title.split()}
    words |= rules.column("time_weekdays.csv", "name") | rules.column("time_months.csv", "name")
    words |= {r["noun"] for r in rules.rows("speaker_nouns.csv")}
    return frozenset(words)


def outlets_in(text: str, rules: RuleSet, taken: list[Span]) -> list[OrgMention]:
    found = []
    for rx, required in _cues(rules):
        for m in rx.finditer(text) if may_match(required, text) else ():
            start, end = m.span("name")
            if text[start:start + 4] == "the ":
                start += 4
            first = text[start:end].split()[0].lower().strip(".") if text[start:end].split() else ""
            span = Span(start, end)
            if end > start and first not in _not_names(rules) and not overlaps_any(span, taken):
                found.append(OrgMention(start, end, text[start:end], text[start:end], "media"))
    return filter_spans(found)


def own_outlet(text: str, outlet: str | None, taken: list[Span]) -> list[OrgMention]:
    """The publishing outlet wherever the article names it ("THE LEVANT LEDGER | Weekly", "told the Courier's
    reporter"): its name as the source list spells it, case ignored for names long enough not to be a word."""
    name = (outlet or "").strip()
    if len(name) < 3:
        return []
    flags = re.IGNORECASE if len(name) >= 5 else 0  # "AFP", "Ria" only as written
    found = []
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, flags):
        span = Span(match.start(), match.end())
        if not overlaps_any(span, taken):
            found.append(OrgMention(match.start(), match.end(), match.group(0), name, "media"))
    return found
