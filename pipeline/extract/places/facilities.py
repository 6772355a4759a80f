"""Unnamed facility descriptions ("an Iraqi army camp", "the base") and the named site they mean."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.names.nationalities import nationalities
from pipeline.text.caseless import CaselessScan
from pipeline.text.rules import RuleSet, alternation
from pipeline.text.spans import Span


@cache
def _facility_re(rules: RuleSet) -> tuple[CaselessScan, dict[str, str]]:
    """Determiner, modifiers and head, case ignored: scanned lower-cased (`caseless.py`)."""
    lex = rules.rows("places_facility_lexicon.csv")
    det, mod = ([r["phrase"] for r in lex if r["kind"] == k] for k in ("determiner", "modifier"))
    mod += [a for a in nationalities(rules) if not re.search(r"['’]", a)]  # "an Iraqi army camp"
    heads = {r["phrase"]: r["feature_type"] for r in lex if r["kind"] == "head"}
    # "this hot southern town": a reporter's "this" takes any words before the head (the dateline's place); "the
    # crossing of 63 soldiers" is an event, not the crossing
    return CaselessScan(re.compile(rf"\b(?:(?:{alternation(det)})(?:\s+(?:{alternation(mod)})){{0,3}}"
                                   rf"|this(?:\s+[a-z][a-z-]*){{1,3}}?)"
                                   rf"\s+({alternation(list(heads))})\b(?!(?<=crossing)\s+of\b)", re.I)), heads


def generic_facility_mentions(text: str, rules: RuleSet) -> list[tuple[Span, str]]:
    """(span, feature_type) of "an Iraqi army camp", "the base"; "the Camp Taji" is a name."""
    pattern, heads = _facility_re(rules)
    return [(Span(m.start(), m.end()), heads[m.group(1).lower()])
            for m in pattern.finditer(text) if m.group(1).islower()]
