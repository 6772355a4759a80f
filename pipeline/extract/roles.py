"""The body a speaker belongs to, read from their role ("Iraqi Defence Minister" -> ministry)."""

from __future__ import annotations

import re

from pipeline.extract import lexicon
from pipeline.extract.organizations import OrgMention, find_organizations, ministry_name


def speaker_org(role: str | None, orgs: list[OrgMention]) -> str | None:
    if not role:
        return None
    inside = find_organizations(role)
    if inside:  # "a parliament's Security and Defence Committee member": the committee, not parliament
        return max(inside, key=lambda o: (len(o.name), -o.start)).name
    nat = lexicon.alternation([r["adjective"] for r in lexicon.rows("nationalities.csv")])
    topics = lexicon.alternation([r["word"] for r in lexicon.rows("ministry_topics.csv")])
    m = re.search(rf"(?:(?P<nat>{nat})\s+)?(?P<topic>{topics})\s+[Mm]inister\b", role, re.IGNORECASE)
    if m:
        return ministry_name(m.group("nat"), m.group("topic"))
    if re.search(r"\bthe (?:ministry|committee|government)\b", role, re.IGNORECASE):
        noun = re.search(r"\bthe (ministry|committee|government)\b", role, re.IGNORECASE).group(1).lower()
        same = [o for o in orgs if noun in o.name.lower()]
        return same[0].name if same else None
    return None
