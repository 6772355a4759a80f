"""Whether "members" counted are soldiers: members of a military body, named in the phrase or just after it ("members
of the former Syrian army"), or earlier in the text for bare "members" later."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.counts.personnel_lexicon import personnel_nouns
from pipeline.text.rules import RuleSet, alternation


def military_members(text: str, start: int, i: int, rules: RuleSet) -> bool:
    """Members of a military body, by the words of the phrase or the few after it; or bare "members" in a text that
    has already called members of a military body so ("a new group of (212) members of the former Syrian army" …
    "has thus reached (2,351) members")."""
    if _names_military_body(text, start, i, rules):
        return True
    return any(_names_military_body(text, m.start(), m.end(), rules) for m in _members_re(rules).finditer(text, 0, start))


def _names_military_body(text: str, start: int, i: int, rules: RuleSet) -> bool:
    words = re.findall(r"[a-z]+", text[start:i].lower()) + re.findall(r"[a-z]+", text[i:i + 60].lower())[:6]
    return any(w in rules.words("military_bodies.txt") for w in words) or any(
        _military_acronym(text, acronym, rules) for acronym in _ACRONYM.findall(text, start, i))


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def _military_acronym(text: str, acronym: str, rules: RuleSet) -> bool:
    """ "1,520 former SLA members": the acronym stands for a military body the text spelt out before it ("the South
    Lebanon Army (SLA)")."""
    spelt = re.search(rf"((?:[A-Z][\w'’-]*\s+){{1,6}})\(\s*{acronym}\s*\)", text)
    return spelt is not None and any(w in rules.words("military_bodies.txt") for w in spelt.group(1).lower().split())


@cache
def _members_re(rules: RuleSet) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation([w for w, c in personnel_nouns(rules).items() if c == 'member'])})\b")
