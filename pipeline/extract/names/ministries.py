"""Ministries by shape, canonicalised: "the Iraqi defence ministry", "Iraq's Ministry of Defence" and
"the Iraqi Defence Ministry" are all "Iraqi Ministry of Defence"; without a country, "Ministry of Defence".

Matching starts from each "ministry" in the text and looks a few words back for the topic and the
country, so the long lists of countries and topics are tried only where a ministry is named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract.names.nationalities import nationalities
from pipeline.text.rules import RuleSet, alternation
from pipeline.text.spans import Span

_WINDOW = 60
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")  # matched in place, not on a copy of the rest of the text


@dataclass(frozen=True)
class MinistryMention(Span):
    name: str
    country: str | None


@cache
def topics(rules: RuleSet) -> dict[str, str]:
    return {r["word"]: r["canonical"] for r in rules.rows("ministry_topics.csv")}


@cache
def _country_by_adjective(rules: RuleSet) -> dict[str, str]:
    return {a.lower(): c for a, c in nationalities(rules).items()}


@cache
def _before(rules: RuleSet) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may stand before "Ministry of X" (a country), and before "X ministry" (a country, the topic)."""
    nat = alternation(list(nationalities(rules)))
    topic = alternation(list(topics(rules)))
    return (re.compile(rf"(?:(?<![\w-])(?P<nat>{nat})\s+)?(?:Federal\s+)?$"),
            re.compile(rf"(?:(?<![\w-])(?P<nat>{nat})\s+)?(?:Federal\s+)?(?<![\w-])(?P<topic>{topic})\s+$", re.IGNORECASE))


def country_adjective(country: str, rules: RuleSet) -> str:
    adjectives = [a for a, c in nationalities(rules).items() if c == country and not re.search(r"['’]", a)]
    return adjectives[0] if adjectives else country


def ministry_name(nat: str | None, topic: str, rules: RuleSet) -> str:
    canon = topics(rules).get(topic.lower(), topic.title().replace(" And ", " and ").replace(" Of ", " of "))
    country = _country_by_adjective(rules).get(nat.lower()) if nat else None
    return f"{country_adjective(country, rules)} Ministry of {canon}" if country else f"Ministry of {canon}"


def ministries_in(text: str, rules: RuleSet) -> list[MinistryMention]:
    before_of, before_word = _before(rules)
    out = []
    for m in rules.pattern("ministry").finditer(text):
        lo = max(0, m.start() - _WINDOW)
        of = rules.pattern("ministry_of_topic").match(text, m.end()) if m.group(0)[0].isupper() else None
        if of:
            head = before_of.search(text, lo, m.start())
            start, nat, topic, end = head.start(), head.group("nat"), of.group("topic"), of.end()
        # "the defence ministry of Iraq" is named by its "of"; "accused the defence ministry of hiding" is not
        elif (head := before_word.search(text, lo, m.start())) and not _OF_NAME.match(text, m.end()):
            start, nat, topic, end = head.start(), head.group("nat"), head.group("topic"), m.end()
        else:
            continue
        country = _country_by_adjective(rules).get(nat.lower()) if nat else None
        out.append(MinistryMention(start, end, ministry_name(nat, topic, rules), country))
    return out
