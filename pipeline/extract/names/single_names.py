"""When one capitalised word alone names a person: after an office ("Chief Minister Lalduhoma"), after "only
his first name", or after a verb of saying with a role or an age after it ('," says Bounthavy, now 84'). Most
single capitalised words are places, bodies or sentence openers, so a lone word needs one of these cues where a
full name needs only a weaker one."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.names.person_cues import after_age, after_speech, apposition
from pipeline.extract.names.person_titles import abbreviated_title, strong_titles, title_words
from pipeline.text.rules import RuleSet


def single(text: str, title: str, tokens: list[str], start: int, end: int, rules: RuleSet) -> bool:
    """One name alone is a person's after an office ("Chief Minister Lalduhoma"), never a body's head
    ("General Assembly"); or, untitled, after a verb of saying with a role after it ("…," said Lalrinmawia,
    the village council president', '," says Bounthavy, now 84'). Most single capitalised words fail the cheap
    tests first."""
    if len(tokens) != 1 or tokens[0].lower() in title_words(rules):
        return False  # "Deputy Chief (of Staff)", "Major General": an office, not a name
    strong = any(w.lower().rstrip(".") in strong_titles(rules) for w in (title or abbreviated_title(text, start,
                                                                                                    rules)).split())
    if strong and tokens[0].lower() not in _org_heads(rules):
        return True
    if not title and rules.pattern("first_name_only_before").search(text, max(0, start - 60), start):
        return True  # "only his first name, Denis, be published", "who gave his name only as Abdulhafiz"
    return not title and after_speech(text, start, rules) and (
        apposition(text, after_age(text, end), rules) is not None or _AGE_AFTER.match(text, end) is not None)


_AGE_AFTER = re.compile(r",\s+(?:now\s+|aged\s+)?\d{1,3}(?:,|\s+and\b|\.)")  # '," says Bounthavy, now 84 and living …'


@cache
def _org_heads(rules: RuleSet) -> frozenset[str]:
    return frozenset(r["head"].lower() for r in rules.rows("org_patterns.csv"))
