"""Who is speaking: speaker candidates in a stretch of text, and the subject of a speech verb.

A speaker is a named person, an unnamed official or source ("one official in the defence ministry"),
or a body speaking as such ("the Ministry of Interior said"). Candidates inside a prepositional object
("told The New Arab", "spokesperson for the ministry") or a person's apposition are not subjects.
The nouns of each kind are rows of `speaker_nouns.csv`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.extract.names.org_mention import OrgMention
from pipeline.extract.speech.group_voices import group_voices
from pipeline.extract.speech.local_voices import local_voices
from pipeline.extract.speech.place_voices import place_voices
from pipeline.extract.speech.speaker_nouns import body_modifiers, headed, modifiers, noun_patterns
from pipeline.extract.speech.verbs import verb_re
from pipeline.text.spans import Span, filter_spans

if TYPE_CHECKING:
    from pipeline.extract.doc import ArticleDoc
    from pipeline.extract.names.persons import PersonMention


@dataclass(frozen=True)
class Speaker(Span):
    text: str
    kind: str  # named_person | anonymous | organization | pronoun
    name: str | None = None
    role: str | None = None
    org: str | None = None
    counted: bool = False  # a group the article counts ("At least 40 said ..."): its number is a figure too


def _org_after(orgs: list[OrgMention], end: int, text: str) -> str | None:
    """The body an unnamed speaker belongs to: "one official in the Iraqi defence ministry"."""
    for o in orgs:
        gap = text[end:o.start]
        if 0 <= o.start - end <= 40 and re.fullmatch(r"\s+(?:in|at|from|of|with|for)\s+(?:the\s+)?", gap):
            return o.name
    return None


def _all_candidates(doc: ArticleDoc) -> list[Speaker]:
    """Every speaker candidate of the article, found once; `candidates` drops those in a region's asides."""
    text, people, orgs = doc.text, doc.mentions.people, doc.mentions.orgs
    roles, anonymous, bodies, definite_bodies, pronouns = noun_patterns(doc.rules).finditer_each(text)
    found = [Speaker(p.start, p.end, p.surface, "named_person", p.name, p.role) for p in people]
    found += [Speaker(o.start, o.end, o.surface, "organization", o.name) for o in orgs]
    for m in roles:  # "the minister said": the minister named before, if any
        s, e = m.start(), m.end()
        # the person set beside the role ("The Minister of Foreign Affairs, Dr. X,") before one whose role only
        # holds the word ("the Syrian Foreign Minister, Y")
        earlier = [p for p in people if p.end <= s]
        if m.group("mods"):  # "the Syrian Foreign Minister": only the person given that very role
            office = f"{m.group('mods')}{m.group(2)}".lower()
            named = [p for p in earlier if office in (p.role or "").lower()]
        else:
            named = [p for p in earlier if _apposed_role(text, p, m.group(2))] or [
                p for p in earlier if m.group(2).lower() in (p.role or "").lower()]
        found.append(Speaker(s, e, text[s:e], "named_person", named[-1].name, named[-1].role) if named
                     else Speaker(s, e, text[s:e], "anonymous", None, text[s:e]))
    named_at = {p.start for p in people}
    for start, end in headed(text, anonymous, modifiers(doc.rules), body=False, rules=doc.rules):
        if any(0 < at - end <= TITLE_REACH and _TITLE_RUN.fullmatch(text, end, at) for at in named_at):
            continue  # "Colonel Karim Jaber", "Brigadier General Kamal Rashid": the title of the person named after it
        found.append(Speaker(start, end, text[start:end], "anonymous", None, text[start:end], _org_after(orgs, end, text)))
    for start, end in headed(text, bodies, body_modifiers(doc.rules), body=True, rules=doc.rules):
        found.append(Speaker(start, end, text[start:end], "organization", None, None, text[start:end]))
    for m in definite_bodies:  # "the ministry said": the ministry named before, else a body not named
        words = [m.group(2), *(m.group("bodymods") or "").split()]
        if m.group("bodymods") and any(o.start < m.end() and m.start() < o.end for o in orgs):
            continue  # "The interior ministry": a body the organisations already name there
        named = [o for o in orgs if o.end <= m.start() and all(w.lower() in o.name.lower() for w in words)]
        found.append(Speaker(m.start(), m.end(), m.group(0), "organization", named[-1].name) if named
                     else Speaker(m.start(), m.end(), m.group(0), "organization", None, None, m.group(0)))
    found += [Speaker(m.start(), m.end(), m.group(0), "pronoun") for m in pronouns]
    found += _acronym_bodies(doc, found)
    found += place_voices(doc, found, lambda start, end, surface: Speaker(start, end, surface, "organization", surface))
    found += group_voices(doc, found, lambda start, end, surface: Speaker(start, end, surface, "anonymous", counted=True))
    found += local_voices(doc, found, lambda start, end, surface, kind: Speaker(
        start, end, surface, kind, None, surface if kind == "anonymous" else None, None if kind == "anonymous" else surface))
    return sorted(found, key=lambda c: c.start)


def _apposed_role(text: str, person: PersonMention, noun: str) -> bool:
    """ "The applicant, Colonel Wassim Nakhleh, …", "The Minister of Foreign Affairs, Dr. X, …", "Anna Vole, the
    claimant, …": a role set beside the name."""
    before = text[max(0, person.start - TITLE_REACH - len(noun) - 50):person.start]  # room for "of Foreign Affairs"
    return re.search(rf"\b[Tt]he {re.escape(noun)}(?:\s+(?:of|for)(?:\s+(?:the\s+)?[A-Z][\w’'-]*){{1,4}})?,\s+"
                     rf"(?:[A-Z][\w.]*\s+){{0,2}}$", before) is not None or \
        re.match(rf",\s+the {re.escape(noun)}\b", text[person.end:person.end + len(noun) + 8]) is not None


TITLE_REACH = 30  # characters from a rank to the name it is the title of
_TITLE_RUN = re.compile(r"(?:\s+[A-Z][\w.]*){0,2}\s+")  # the rest of a title: "General", "Staff Major"
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
_SHOUTED_BEFORE = re.compile(r"\b[A-Z]{2,}\s+$")  # "THE END SAID": a headline in capitals, not an acronym


def _acronym_bodies(doc: ArticleDoc, found: list[Speaker]) -> list[Speaker]:
    """ "ARRA says fewer than 20 have returned": an acronym right before a speech verb names a body speaking,
    when no organisation, person or place is known by it."""
    verb, text = verb_re(doc.rules), doc.text
    taken = [*found, *doc.mentions.places]
    return [Speaker(m.start(), m.end(), m.group(0), "organization", m.group(0)) for m in _ACRONYM.finditer(text)
            if (said := verb.pattern.match(text, m.end() + 1)) is not None and text[m.end():m.end() + 1] == " "
            and said.group(0).islower() and not _SHOUTED_BEFORE.search(text, max(0, m.start() - 12), m.start())
            and not any(t.start < m.end() and m.start() < t.end for t in taken)]


def _found(doc: ArticleDoc, lo: int, hi: int) -> list[Speaker]:
    found = doc.layer("speaker_candidates", _all_candidates)  # sorted by start
    starts = doc.layer("speaker_candidate_starts", lambda _: [c.start for c in found])
    return [c for c in found[bisect_left(starts, lo):bisect_right(starts, hi)] if c.end <= hi]


def candidates(doc: ArticleDoc, lo: int, hi: int, objects_ok: bool = False) -> list[Speaker]:
    """Speaker candidates inside [lo, hi), in text order, overlaps settled by `filter_spans`."""
    text = doc.text
    asides = [Span(lo + m.start(), lo + m.end()) for m in doc.rules.pattern("speaker_aside").finditer(text[lo:hi])]
    absorbed = list(doc.mentions.extents.items())
    keep: list[Speaker] = []
    for c in filter_spans(_found(doc, lo, hi)):
        if any(c.overlaps(a) for a in asides):
            continue
        if any(s < c.start and c.end <= e for s, e in absorbed):
            continue  # inside someone's apposition: "Ali Abbas, the official spokesperson for ..."
        if not (objects_ok and not keep) and doc.rules.pattern("object_before").search(text[max(0, c.start - 30):c.start]):
            continue
        keep.append(c)
    return keep


def subject_before(doc: ArticleDoc, lo: int, verb_start: int) -> Speaker | None:
    """The nearest speaker candidate before a speech verb in the same sentence."""
    found = candidates(doc, lo, verb_start)
    return found[-1] if found else None
