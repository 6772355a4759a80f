"""Who is speaking: speaker candidates in a stretch of text, and the subject of a speech verb.

A speaker is a named person, an unnamed official or source ("one official in the defence ministry"),
or a body speaking as such ("the Ministry of Interior said"). Candidates inside a prepositional object
("told The New Arab", "spokesperson for the ministry") or a person's apposition are not subjects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract import lexicon
from pipeline.extract.organizations import OrgMention
from pipeline.extract.persons import PersonMention


@dataclass(frozen=True)
class Speaker:
    start: int
    end: int
    text: str
    kind: str  # named_person | anonymous | organization | pronoun
    name: str | None = None
    role: str | None = None
    org: str | None = None


_OBJECT_PREP_RE = re.compile(r"(?:\b(?:to|with|for|of|from|by|told|tells|in|at|on|about|against)|['’]s)\s+(?:the\s+)?$",
                             re.IGNORECASE)
_DEFINITE_BODY_RE = re.compile(r"\b[Tt]he (ministry|command|committee|government|office|agency|council|army)\b")
_DEFINITE_ROLE_RE = re.compile(r"\b[Tt]he (minister|mayor|governor|ambassador|president|envoy|spokesman|"
                               r"spokesperson|spokeswoman|commander|lawmaker|analyst)\b")
_PRONOUN_RE = re.compile(r"\b(?:he|she|He|She)\b")
# Participial asides ("…, citing informed sources, reported") name someone who is not the subject.
_ASIDE_RE = re.compile(r",\s+(?:\w+ing|however|meanwhile|too|also)\b[^,]*,")


@cache
def _anonymous_re() -> re.Pattern[str]:
    mods = lexicon.alternation(lexicon.column("speaker_modifiers.csv", "modifier"))
    nouns = lexicon.alternation([r["noun"] for r in lexicon.rows("speaker_nouns.csv") if r["kind"] == "anonymous"])
    return re.compile(rf"\b(?:(?:{mods})\s+){{0,5}}(?:{nouns})\b", re.IGNORECASE)


@cache
def _generic_body_re() -> re.Pattern[str]:
    nouns = lexicon.alternation([r["noun"] for r in lexicon.rows("speaker_nouns.csv") if r["kind"] == "organization_hint"])
    nats = lexicon.alternation([r["adjective"] for r in lexicon.rows("nationalities.csv")])
    return re.compile(rf"\b(?:(?:the|{nats})\s+)+(?:\w+\s+)?(?:{nouns})\b", re.IGNORECASE)


def _org_after(orgs: list[OrgMention], end: int, text: str) -> str | None:
    """The body an unnamed speaker belongs to: "one official in the Iraqi defence ministry"."""
    for o in orgs:
        gap = text[end:o.start]
        if 0 <= o.start - end <= 40 and re.fullmatch(r"\s+(?:in|at|from|of|with|for)\s+(?:the\s+)?", gap):
            return o.name
    return None


def candidates(text: str, lo: int, hi: int, people: list[PersonMention], orgs: list[OrgMention],
               extents: dict[int, int], objects_ok: bool = False) -> list[Speaker]:
    """Speaker candidates inside [lo, hi), in text order; `extents` maps a person start to its apposition end."""
    region = _ASIDE_RE.sub(lambda m: " " * len(m.group(0)), text[lo:hi])
    blank = [(lo + m.start(), lo + m.end()) for m in _ASIDE_RE.finditer(text[lo:hi])]
    absorbed = [(s, e) for s, e in extents.items()]
    found: list[Speaker] = []
    for p in people:
        if lo <= p.start and p.end <= hi:
            found.append(Speaker(p.start, p.end, p.surface, "named_person", p.name, p.role))
    for o in orgs:
        if lo <= o.start and o.end <= hi:
            found.append(Speaker(o.start, o.end, o.surface, "organization", o.name))
    for m in _DEFINITE_ROLE_RE.finditer(region):  # "the minister said": the minister named before, if any
        s, e = lo + m.start(), lo + m.end()
        named = [p for p in people if p.end <= s and m.group(1).lower() in (p.role or "").lower()]
        found.append(Speaker(s, e, text[s:e], "named_person", named[-1].name, named[-1].role) if named
                     else Speaker(s, e, text[s:e], "anonymous", None, text[s:e]))
    for m in _anonymous_re().finditer(region):
        s, e = lo + m.start(), lo + m.end()
        found.append(Speaker(s, e, text[s:e], "anonymous", None, text[s:e], _org_after(orgs, e, text)))
    for m in _generic_body_re().finditer(region):
        s, e = lo + m.start(), lo + m.end()
        found.append(Speaker(s, e, text[s:e], "organization", None, None, text[s:e]))
    for m in _DEFINITE_BODY_RE.finditer(region):
        s = lo + m.start()
        named = [o for o in orgs if o.end <= s and m.group(1).lower() in o.name.lower()]
        if named:
            found.append(Speaker(s, lo + m.end(), m.group(0), "organization", named[-1].name))
    for m in _PRONOUN_RE.finditer(region):
        found.append(Speaker(lo + m.start(), lo + m.end(), m.group(0), "pronoun"))
    keep = []
    for c in sorted(found, key=lambda c: (c.start, -c.end)):
        if any(s <= c.start < e for s, e in blank):
            continue
        if any(s < c.start and c.end <= e for s, e in absorbed):
            continue  # inside someone's apposition: "Ali Abbas, the official spokesperson for ..."
        if not (objects_ok and not keep) and _OBJECT_PREP_RE.search(text[max(0, c.start - 30):c.start]):
            continue
        if keep and c.start < keep[-1].end:
            continue
        keep.append(c)
    return keep


def subject_before(text: str, lo: int, verb_start: int, people, orgs, extents) -> Speaker | None:
    """The nearest speaker candidate before a speech verb in the same sentence."""
    found = candidates(text, lo, verb_start, people, orgs, extents)
    return found[-1] if found else None
