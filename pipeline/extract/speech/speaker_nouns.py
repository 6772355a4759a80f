"""Unnamed speakers found by their head nouns (`speaker_nouns.csv`): an office ("the Syrian Foreign Minister"),
an anonymous source ("one official"), a body ("the Iraqi authorities", "the ministry") or a pronoun, with the
modifiers that may stand before each head ("two senior Iraqi defence officials"). The heads are found in one scan
of the lower-cased text, and their modifiers read word by word looking back, so that a long list of nouns costs
one pass over the article."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.names.nationalities import nationalities
from pipeline.text.caseless_set import CaselessSet
from pipeline.text.rules import RuleSet, alternation
from pipeline.text.word_before import word_before


def _nouns(rules: RuleSet, kind: str) -> list[str]:
    return [r["noun"] for r in rules.rows("speaker_nouns.csv") if r["kind"] == kind]


@cache
def noun_patterns(rules: RuleSet) -> CaselessSet:
    """Definite roles, anonymous heads, body heads, definite bodies and pronouns, in that order, found in one
    scan of the lower-cased text (`caseless_set.py`). Heads first, then their modifiers word by word
    looking back (`_words_back`)."""
    pronouns = _nouns(rules, "pronoun")
    portfolio = alternation(sorted(rules.words("office_portfolios.txt"))) if rules.has("office_portfolios.txt") else "(?!)"
    return CaselessSet([
        # "the minister", "The Minister" as government readouts write the office, "the Syrian Foreign Minister"
        # ... and "the defence minister", "Iraq's interior minister": an office named by its portfolio or its state
        re.compile(rf"\b(?:[Tt]he|[A-Z][a-z]+['’]s) (?:same )?(?P<mods>(?:[A-Z][a-z]+ |(?:{portfolio}) ){{1,2}})?"
                   rf"((?i:{alternation(_nouns(rules, 'definite_role'))}))\b"),
        re.compile(rf"\b(?:{alternation(_nouns(rules, 'anonymous'))})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{alternation(_nouns(rules, 'organization_hint'))})\b", re.IGNORECASE),
        # "the ministry", "the regional health agency": lower-case words before the noun say which body (no article:
        # "By the autumn a ministry lawyer" names no body)
        re.compile(rf"\b[Tt]he (?:same )?(?P<bodymods>(?:(?!(?:a|an|the)\b)[a-z][\w-]* ){{1,2}}?)?"
                   rf"({alternation(_nouns(rules, 'definite_body'))})\b"),
        re.compile(rf"\b(?:{alternation(pronouns + [p.capitalize() for p in pronouns])})\b"),
    ])


@cache
def modifiers(rules: RuleSet) -> frozenset[str]:
    """Words allowed before an anonymous speaker noun ("two senior Iraqi defence officials")."""
    return rules.column("speaker_modifiers.csv", "modifier") | {a.lower() for a in nationalities(rules)}


@cache
def body_modifiers(rules: RuleSet) -> frozenset[str]:
    """Words that make a generic body noun a speaking body ("the Iraqi authorities")."""
    return frozenset({"the", "a", "an"} | rules.words("body_modifiers.txt") | {a.lower() for a in nationalities(rules)})


def _words_back(region: str, pos: int, allowed: frozenset[str], most: int) -> int | None:
    """Start of the run of up to `most` allowed words right before `pos`, or None."""
    start = None
    for _ in range(most):
        word = word_before(region, pos)
        # a modifier never comes from the line before: "… the border\n\nOfficials said" is a heading, then a speaker
        if not word or word[1].lower() not in allowed or "\n" in region[word[0] + len(word[1]):pos]:
            break
        start = pos = word[0]
    return start


def headed(region: str, heads: list[re.Match[str]], allowed: frozenset[str], body: bool,
            rules: RuleSet) -> list[tuple[int, int]]:
    """(start, end) of each head noun with the modifiers right before it ("two senior Iraqi officials").
    A body noun needs "the" or a country before it, with at most one other word between ("the Iraqi
    border authorities"), unless it has two words of its own ("aid agencies"), opens its sentence, or is
    the bare subject of an attribution (", police said", "according to police")."""
    out = []
    for m in heads:
        start = _words_back(region, m.start(), allowed, 8 if body else 5)
        if body and start is None and (skip := word_before(region, m.start())) and "\n" not in region[skip[0]:m.start()]:
            start = _words_back(region, skip[0], allowed, 8)
        # a body of two words names itself ("rights groups say", "aid agencies said"), and so does one that opens
        # its sentence ("Authorities have again warned that ...")
        before = region[max(0, m.start() - 40):m.start()]
        opens = m.group(0)[:1].isupper() and (before.rstrip()[-1:] in ("", ".", "!", "?", "•")
                                               or "\n" in before[len(before.rstrip()):])
        bare = body and rules.pattern("bare_body_lead").search(before) is not None
        if body and rules.pattern("body_in_before").search(region, max(0, (start or m.start()) - 4), start or m.start()):
            continue
        if start is not None or not body or " " in m.group(0).strip() or opens or bare:
            out.append((m.start() if start is None else start, m.end()))
    return out
