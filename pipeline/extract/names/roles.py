"""The body a speaker belongs to, read from their role ("Iraqi Defence Minister" -> ministry)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipeline.extract.names.ministries import ministry_name, topics
from pipeline.extract.names.nationalities import nationalities
from pipeline.extract.names.org_mention import OrgMention
from pipeline.extract.names.organizations import organizations_in
from pipeline.text.rules import RuleSet, alternation


@cache
def _minister_re(rules: RuleSet) -> re.Pattern[str]:
    nat, topic = alternation(list(nationalities(rules))), alternation(list(topics(rules)))
    return re.compile(rf"(?:(?P<nat>{nat})\s+)?(?P<topic>{topic})\s+[Mm]inister\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 12)  # the same roles recur in every article ("the ministry spokesman")
def _body_named(role: str, rules: RuleSet) -> str | None:
    """The body a role names by itself, whatever the article: a body inside it, or a minister's ministry."""
    inside = organizations_in(role, rules)
    if inside:  # "a parliament's Security and Defence Committee member": the committee, not parliament
        return max(inside, key=lambda o: (len(o.name), -o.start)).name
    if m := _minister_re(rules).search(role):
        return ministry_name(m.group("nat"), m.group("topic"), rules)
    return None


def speaker_org(role: str | None, orgs: list[OrgMention], rules: RuleSet) -> str | None:
    if not role:
        return None
    if (named := _body_named(role, rules)) is not None:
        return named
    if m := rules.pattern("role_body").search(role):
        same = [o for o in orgs if m.group(1).lower() in o.name.lower()]
        return same[0].name if same else None
    return None
