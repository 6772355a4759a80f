"""The acronym pass: "Border Guard Bangladesh (BGB)" makes every later "BGB" that body.

News define an acronym once, in brackets after the full name, then use it alone; the bracketed form
and every later standalone use become mentions of the named body. An acronym is two to eight letters
with at least two capitals ("BGB", "AA", "CNDF", "UNHCR").
"""

from __future__ import annotations

import re

from pipeline.extract.names.org_mention import OrgMention

_DEFINED = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z]{0,6}[A-Z])\)")


def acronyms_of(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """Mentions of bodies by the acronyms the text defines for them."""
    defined: dict[str, OrgMention] = {}
    for org in orgs:
        m = _DEFINED.match(text, org.end)
        if m and m.group("acr") not in defined:
            defined[m.group("acr")] = org
    if not defined:
        return []
    uses = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, defined))})(?![\w-])")
    return [OrgMention(m.start(), m.end(), m.group(0), defined[m.group(0)].name, defined[m.group(0)].kind,
                       defined[m.group(0)].affiliation) for m in uses.finditer(text)]
